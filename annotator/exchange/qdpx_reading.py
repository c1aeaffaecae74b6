"""Reading a REFI-QDA project (``.qdpx``) as QualCoder, MAXQDA, NVivo, ATLAS.ti and Nisba write it, safely.

Nothing here trusts the file: the zip's sizes are capped while reading (a zip bomb is refused, whatever its
headers say), ``project.qde`` is parsed by defusedxml with DTDs, entities and external references refused,
a text is read only from inside the zip (``internal://NAME``, in ``sources/`` or ``Sources/``; ``..``,
slashes and the ``absolute://``/``relative://`` schemes are never followed), and every number is checked.
A refusal raises a :class:`~annotator.errors.ProjectImportError` naming the file; the result is plain data
(:class:`QdaFile`), offsets still in the file's own units (see :mod:`.qdpx_offsets`).
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from annotator.errors import NotQdaProjectError, QdaContentError, UnsafeQdaFileError
from annotator.exchange.qda_codebook import NISBA_FOLDERS, ORIGIN_PREFIX
from annotator.importers.text_file import MAX_ARTICLE_BYTES
from annotator.messages import QT_TRANSLATE_NOOP

MAX_QDE_BYTES = 256 * 1024 * 1024
MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_ENTRIES = 20_000
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")
_PLAIN_NAME = re.compile(r"^[^/\\\x00]+$")


@dataclass(frozen=True)
class QdaCode:
    """A code (or a folder of codes) of the code book."""

    guid: str
    name: str
    codable: bool
    colour: str | None
    description: str
    folders: tuple[str, ...]
    """The names of the codes it sits in, the top one first."""


@dataclass(frozen=True)
class QdaCoding:
    """One code applied to a selection, by whom."""

    code: str
    user: str | None


@dataclass(frozen=True)
class QdaSelection:
    """A ``PlainTextSelection``: a span of its source's text (in the file's units) and its codings."""

    guid: str
    name: str
    start: int
    end: int
    description: str
    codings: tuple[QdaCoding, ...]
    user: str | None
    created: datetime | None
    modified: datetime | None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class QdaSource:
    """A ``TextSource``: its text as the file holds it (a BOM and CRs kept), its selections and variables."""

    guid: str
    name: str
    text: str
    entry: str
    selections: tuple[QdaSelection, ...]
    variables: dict[str, str]


@dataclass(frozen=True)
class QdaFile:
    """What a ``.qdpx`` holds that Nisba can use."""

    path: Path
    origin: str
    name: str
    codes: dict[str, QdaCode]
    sources: tuple[QdaSource, ...]
    links: tuple[tuple[str, str], ...]
    skipped: tuple[str, ...] = field(default=())
    """Sources and notes not read, each with the reason."""

    @property
    def from_nisba(self) -> bool:
        """Whether Nisba wrote the file itself (one selection per claim, linked mentions and cues)."""
        return self.origin.startswith(ORIGIN_PREFIX)

    @property
    def nisba_layout(self) -> bool:
        """Whether the code book is laid out as Nisba writes it: written by Nisba, or by a tool that read such a
        file and kept its folders (QualCoder does); its folders then mean what Nisba meant."""
        tops = {c.name for c in self.codes.values() if not c.folders and not c.codable}
        return self.from_nisba or tops >= NISBA_FOLDERS


class _Zip:
    """The zip, read with caps on every entry and on the whole."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self.archive = zipfile.ZipFile(path)
        except FileNotFoundError as exc:
            raise NotQdaProjectError(path, QT_TRANSLATE_NOOP("Core", "no such file")) from exc
        except IsADirectoryError as exc:
            raise NotQdaProjectError(path, QT_TRANSLATE_NOOP("Core", "is a folder, not a .qdpx file")) from exc
        except OSError as exc:
            raise NotQdaProjectError(
                path, QT_TRANSLATE_NOOP("Core", "cannot be read ({reason})").format(reason=exc.strerror or str(exc))
            ) from exc
        except zipfile.BadZipFile as exc:
            raise NotQdaProjectError(
                path, QT_TRANSLATE_NOOP("Core", "is not a REFI-QDA project (.qdpx): it is not a zip file")
            ) from exc
        infos = self.archive.infolist()
        if len(infos) > MAX_ENTRIES:
            raise UnsafeQdaFileError(
                path,
                QT_TRANSLATE_NOOP("Core", "holds {count} files; a project this app reads has at most {limit}").format(
                    count=f"{len(infos):,}", limit=f"{MAX_ENTRIES:,}"
                ),
            )
        self.members = {info.filename: info for info in infos if not info.is_dir()}
        self.folded = {name.casefold(): name for name in self.members}
        self.read_total = 0

    def read(self, name: str, limit: int) -> bytes:
        info = self.members[name]
        chunks, size = [], 0
        try:
            with self.archive.open(info) as fh:
                while chunk := fh.read(1 << 20):
                    size += len(chunk)
                    self.read_total += len(chunk)
                    if size > limit or self.read_total > MAX_TOTAL_BYTES:
                        raise UnsafeQdaFileError(
                            self.path,
                            QT_TRANSLATE_NOOP(
                                "Core", "{name} unpacks to more than {size} MB (a damaged file or a zip bomb)"
                            ).format(name=name, size=f"{min(limit, MAX_TOTAL_BYTES) // 2**20:,}"),
                        )
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, EOFError, RuntimeError, NotImplementedError) as exc:
            raise NotQdaProjectError(
                self.path,
                QT_TRANSLATE_NOOP("Core", "{name} cannot be unpacked ({reason})").format(name=name, reason=str(exc)),
            ) from exc
        return b"".join(chunks)

    def internal(self, reference: str) -> str | None:
        """The zip entry an ``internal://NAME`` reference names (None: it names none); refuses paths that leave."""
        name = reference[len("internal://") :].lstrip("/")
        if not _PLAIN_NAME.match(name) or name in (".", "..") or ".." in name.split("/"):
            raise UnsafeQdaFileError(
                self.path,
                QT_TRANSLATE_NOOP("Core", "a source names the path {path}, outside its sources folder").format(
                    path=repr(reference)
                ),
            )
        for folder in ("sources/", "Sources/"):
            if folder + name in self.members:
                return folder + name
        return self.folded.get(f"sources/{name}".casefold())


def read_qdpx(path: Path) -> QdaFile:
    """Read ``path`` (a ``.qdpx``); refuses a file that is not one, or is unsafe, with the reason."""
    path = Path(path)
    source = _Zip(path)
    with source.archive:
        qde = next((n for n in source.members if n.casefold() == "project.qde"), None)
        if qde is None:
            raise NotQdaProjectError(
                path, QT_TRANSLATE_NOOP("Core", "is a zip without project.qde, so not a REFI-QDA project")
            )
        root = _parse(path, source.read(qde, MAX_QDE_BYTES))
        return _Reader(path, source, root).file()


def _parse(path: Path, data: bytes) -> Element:
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        root: Element = fromstring(data, forbid_dtd=True)
    except DefusedXmlException as exc:
        raise UnsafeQdaFileError(
            path,
            QT_TRANSLATE_NOOP(
                "Core",
                "project.qde declares a DTD or entities ({kind}); REFI-QDA files need neither and they are refused",
            ).format(kind=type(exc).__name__),
        ) from exc
    except ParseError as exc:
        raise QdaContentError(
            path, QT_TRANSLATE_NOOP("Core", "project.qde is not well-formed XML ({reason})").format(reason=str(exc))
        ) from exc
    if not (root.tag.startswith("{urn:QDA-XML:project:") and root.tag.endswith("}Project")):
        raise NotQdaProjectError(
            path,
            QT_TRANSLATE_NOOP("Core", "project.qde is not a QDA-XML project (its root is {tag})").format(
                tag=repr(root.tag)
            ),
        )
    return root


def _utc(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.strip())
    except ValueError:
        return None
    return parsed.astimezone(UTC).replace(tzinfo=None) if parsed.tzinfo else parsed


class _Reader:
    """Walks the parsed ``project.qde``."""

    def __init__(self, path: Path, source: _Zip, root: Element) -> None:
        self.path, self.zip, self.root = path, source, root
        self.ns = root.tag[: root.tag.index("}") + 1]
        self.users: dict[str, str] = {}
        self.variables: dict[str, str] = {}
        self.notes: dict[str, str] = {}
        self.skipped: list[str] = []

    def _all(self, parent: Element | None, tag: str) -> list[Element]:
        return [] if parent is None else parent.findall(self.ns + tag)

    def _one(self, parent: Element | None, tag: str) -> Element | None:
        return None if parent is None else parent.find(self.ns + tag)

    def _guid(self, element: Element, attribute: str = "guid", *, required: bool = True) -> str:
        value = element.get(attribute)
        match = _GUID.match(value or "")
        if match is None:
            if not required and value is None:
                return ""
            tag = element.tag.removeprefix(self.ns)
            raise QdaContentError(
                self.path,
                QT_TRANSLATE_NOOP("Core", "a {element} has the {attribute} {value}, which is not a GUID").format(
                    element=tag, attribute=attribute, value=repr(value)
                ),
            )
        return match.group(1).lower()

    def _int(self, element: Element, attribute: str) -> int:
        value = element.get(attribute)
        try:
            return int(value or "")
        except ValueError:
            name = element.get("name") or element.get("guid") or "?"
            raise QdaContentError(
                self.path,
                QT_TRANSLATE_NOOP(
                    "Core", "the selection {name} has the {attribute} {value}, which is not a whole number"
                ).format(name=repr(name[:40]), attribute=attribute, value=repr(value)),
            ) from None

    def file(self) -> QdaFile:
        for user in self._all(self._one(self.root, "Users"), "User"):
            self.users[self._guid(user)] = user.get("name") or user.get("id") or "?"
        for variable in self._all(self._one(self.root, "Variables"), "Variable"):
            self.variables[self._guid(variable)] = variable.get("name") or ""
        for note in self._all(self._one(self.root, "Notes"), "Note"):
            self.notes[self._guid(note)] = (
                self._text_of(
                    note,
                    QT_TRANSLATE_NOOP("Core", "note {name}").format(name=note.get("name"))
                    if note.get("name")
                    else QT_TRANSLATE_NOOP("Core", "note"),
                )
                or ""
            )
        codes: dict[str, QdaCode] = {}
        self._codes(self._all(self._one(self._one(self.root, "CodeBook"), "Codes"), "Code"), (), codes)
        case_values = self._case_variables()
        sources = []
        sources_element = self._one(self.root, "Sources")
        for element in [] if sources_element is None else list(sources_element):
            kind = element.tag.removeprefix(self.ns)
            name = element.get("name") or ""
            if kind != "TextSource":
                self.skipped.append(
                    QT_TRANSLATE_NOOP("Core", "{kind} {name}: only text sources are read").format(
                        kind=kind, name=repr(name)
                    )
                )
                continue
            read = self._source(element, case_values)
            if read is not None:
                sources.append(read)
        links = tuple(
            (self._guid(link, "originGUID", required=False), self._guid(link, "targetGUID", required=False))
            for link in self._all(self._one(self.root, "Links"), "Link")
        )
        return QdaFile(
            self.path,
            self.root.get("origin") or "",
            self.root.get("name") or "",
            codes,
            tuple(sources),
            links,
            tuple(self.skipped),
        )

    def _codes(self, elements: list[Element], folders: tuple[str, ...], into: dict[str, QdaCode]) -> None:
        for element in elements:
            description = self._one(element, "Description")
            colour = element.get("color")
            code = QdaCode(
                guid=self._guid(element),
                name=" ".join((element.get("name") or "").split()),
                codable=(element.get("isCodable") or "true").strip().lower() in ("true", "1"),
                colour=colour if colour and re.fullmatch(r"#[0-9a-fA-F]{6}", colour) else _long_colour(colour),
                description=(description.text or "") if description is not None else "",
                folders=folders,
            )
            into[code.guid] = code
            self._codes(self._all(element, "Code"), (*folders, code.name), into)

    def _text_of(self, element: Element, what: str) -> str | None:
        """The text of a source or note: inline, or the zip entry its plainTextPath names (None: not readable)."""
        inline = self._one(element, "PlainTextContent")
        reference = element.get("plainTextPath")
        if reference is None:
            return inline.text or "" if inline is not None else None
        if not reference.startswith("internal://"):
            self.skipped.append(
                QT_TRANSLATE_NOOP(
                    "Core", "{what}: its text lies outside the file ({reference}); only texts inside the .qdpx are read"
                ).format(what=what, reference=reference[:80])
            )
            return None
        entry = self.zip.internal(reference)
        if entry is None:
            self.skipped.append(
                QT_TRANSLATE_NOOP("Core", "{what}: the file has no {entry} in its sources folder").format(
                    what=what, entry=reference[len("internal://") :]
                )
            )
            return None
        return _decode(self.path, entry, self.zip.read(entry, MAX_ARTICLE_BYTES), self.skipped)

    def _case_variables(self) -> dict[str, dict[str, str]]:
        """Variables that QualCoder and Quirkos attach to a source through a Case naming that one source."""
        out: dict[str, dict[str, str]] = {}
        for case in self._all(self._one(self.root, "Cases"), "Case"):
            refs = self._all(case, "SourceRef")
            if len(refs) == 1:
                out.setdefault(self._guid(refs[0], "targetGUID"), {}).update(self._values(case))
        return out

    def _values(self, element: Element) -> dict[str, str]:
        values: dict[str, str] = {}
        for value in self._all(element, "VariableValue"):
            ref = self._one(value, "VariableRef")
            name = self.variables.get(self._guid(ref, "targetGUID")) if ref is not None else None
            held = [child for child in value if child is not ref]
            if name and held and (held[0].text or "").strip():
                values[name] = (held[0].text or "").strip()
        return values

    def _source(self, element: Element, case_values: dict[str, dict[str, str]]) -> QdaSource | None:
        guid = self._guid(element)
        name = element.get("name") or ""
        text = self._text_of(element, QT_TRANSLATE_NOOP("Core", "source {name}").format(name=repr(name)))
        if text is None:
            return None
        selections = tuple(self._selection(s) for s in self._all(element, "PlainTextSelection"))
        variables = {**case_values.get(guid, {}), **self._values(element)}
        entry = element.get("plainTextPath") or "PlainTextContent"
        return QdaSource(guid, name, text, entry, selections, variables)

    def _selection(self, element: Element) -> QdaSelection:
        user = self.users.get(self._guid(element, "creatingUser", required=False)) or self.users.get(
            self._guid(element, "modifyingUser", required=False)
        )
        description = self._one(element, "Description")
        codings = []
        for coding in self._all(element, "Coding"):
            ref = self._one(coding, "CodeRef")
            if ref is not None:
                by = self.users.get(self._guid(coding, "creatingUser", required=False))
                codings.append(QdaCoding(self._guid(ref, "targetGUID"), by or user))
        notes = tuple(
            self.notes[g] for ref in self._all(element, "NoteRef") if (g := self._guid(ref, "targetGUID")) in self.notes
        )
        return QdaSelection(
            guid=self._guid(element),
            name=element.get("name") or "",
            start=self._int(element, "startPosition"),
            end=self._int(element, "endPosition"),
            description=(description.text or "") if description is not None else "",
            codings=tuple(codings),
            user=user,
            created=_utc(element.get("creationDateTime")),
            modified=_utc(element.get("modifiedDateTime")),
            notes=notes,
        )


def _long_colour(value: str | None) -> str | None:
    """``#rgb`` as ``#rrggbb``; anything else None."""
    if value and re.fullmatch(r"#[0-9a-fA-F]{3}", value):
        return "#" + "".join(ch * 2 for ch in value[1:]).lower()
    return None


def _decode(path: Path, entry: str, raw: bytes, skipped: list[str]) -> str | None:
    """A source text file: UTF-8 (a BOM kept as U+FEFF, for the offsets to decide), or UTF-16 with its BOM."""
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            return "\ufeff" + raw.decode("utf-16")
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        skipped.append(
            QT_TRANSLATE_NOOP("Core", "{entry}: its text is not UTF-8 ({reason} at byte {position})").format(
                entry=entry, reason=exc.reason, position=exc.start
            )
        )
        return None
