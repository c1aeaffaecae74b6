"""A ``.qdpx`` opened without trusting it: the zip read with caps on every entry and on the whole (a zip bomb
is refused, whatever its headers say), ``internal://`` references kept inside its sources folder, and
``project.qde`` parsed by defusedxml with DTDs, entities and external references refused.  A refusal raises a
:class:`~annotator.errors.ProjectImportError` naming the file."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from annotator.errors import NotQdaProjectError, QdaContentError, UnsafeQdaFileError
from annotator.messages import QT_TRANSLATE_NOOP

MAX_TOTAL_BYTES = 1024 * 1024 * 1024
MAX_ENTRIES = 20_000
_PLAIN_NAME = re.compile(r"^[^/\\\x00]+$")


class CappedZip:
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


def parse_qde(path: Path, data: bytes) -> Element:
    """``project.qde`` parsed, refusing DTDs and entities, malformed XML and a root that is not a QDA-XML project."""
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
