"""Reading a REFI-QDA project (``.qdpx``) as QualCoder, MAXQDA, NVivo, ATLAS.ti and Nisba write it, safely.

Nothing here trusts the file: the zip's sizes are capped while reading (a zip bomb is refused, whatever its
headers say), ``project.qde`` is parsed by defusedxml with DTDs, entities and external references refused
(both in :mod:`.qdpx_archive`), a text is read only from inside the zip (``internal://NAME``, in ``sources/``
or ``Sources/``; ``..``, slashes and the ``absolute://``/``relative://`` schemes are never followed), and
every number is checked.  A refusal raises a :class:`~annotator.errors.ProjectImportError` naming the file;
the result is plain data (:class:`~.qdpx_contents.QdaFile`), offsets still in the file's own units (see
:mod:`.qdpx_offsets`).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element

from annotator.errors import NotQdaProjectError, QdaContentError
from annotator.exchange.qdpx_archive import CappedZip, parse_qde
from annotator.exchange.qdpx_contents import QdaCode, QdaCoding, QdaFile, QdaSelection, QdaSource
from annotator.importers.text_file import MAX_ARTICLE_BYTES
from annotator.messages import QT_TRANSLATE_NOOP

MAX_QDE_BYTES = 256 * 1024 * 1024
_GUID = re.compile(r"^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$")


def read_qdpx(path: Path) -> QdaFile:
    """Read ``path`` (a ``.qdpx``); refuses a file that is not one, or is unsafe, with the reason."""
    path = Path(path)
    source = CappedZip(path)
    with source.archive:
        qde = next((n for n in source.members if n.casefold() == "project.qde"), None)
        if qde is None:
            raise NotQdaProjectError(
                path, QT_TRANSLATE_NOOP("Core", "is a zip without project.qde, so not a REFI-QDA project")
            )
        root = parse_qde(path, source.read(qde, MAX_QDE_BYTES))
        return _Reader(path, source, root).file()


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

    def __init__(self, path: Path, source: CappedZip, root: Element) -> None:
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
