"""Word documents (.docx): paragraphs and table cells in document order, with their direction.

python-docx opens the package (it and lxml load with this module, on the first .docx); the text
is read from the document's XML here, without python-docx's table model, whose merged-cell
arithmetic fails on damaged tables (a ``vMerge`` in the first row, a ``gridSpan`` of "zz") and
grows with the span (a ``gridSpan`` of 10⁹ asks for gigabytes).  Every member of the zip is
checked before python-docx reads it: its compression, its declared size, and its actual size and
markup while it is inflated, so no member (a thumbnail, ``styles.xml``) can inflate past the
limits.  A file that is not a zip, a zip that is not a Word document or a damaged one is refused
with a message naming it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from lxml import etree

from annotator.errors import FileTooLargeError, NotDocumentError
from annotator.importers.file_access import size_text
from annotator.importers.text_file import MAX_ARTICLE_BYTES, check_text, read_file_bytes
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.text.direction import Direction, detect_direction

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
EXPANSION_LIMIT = 5
"""Each member, and all of them together, may inflate to this many times the size limit."""
MAX_MEMBERS = 2_000
"""A Word document has tens of members (a few hundred with many images)."""
MAX_TAGS = 2_000_000
"""Tags (``<``) in the XML members together: about a million elements, a book of a thousand pages."""
_CHUNK = 1 << 20
_COMPRESSIONS = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED)  # what Word writes; bzip2/lzma inflate unbounded

_ENTITY = etree.Entity  # the tag of an entity reference lxml keeps unresolved
_P, _R, _T = f"{_W}p", f"{_W}r", f"{_W}t"
_PPR, _BIDI = f"{_W}pPr", f"{_W}bidi"
_TAB = (f"{_W}tab", f"{_W}ptab")
_BR, _CR, _HYPHEN = f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen"
_BLOCK_CONTAINERS = frozenset(f"{_W}{tag}" for tag in ("tbl", "tr", "tc", "sdt", "sdtContent", "customXml"))
_RUN_CONTAINERS = frozenset(
    f"{_W}{tag}" for tag in ("hyperlink", "ins", "smartTag", "fldSimple", "sdt", "sdtContent", "customXml", "dir")
)


@dataclass(frozen=True)
class DocxArticle:
    """A Word document's text (paragraphs separated by blank lines), title and direction."""

    text: str
    title: str | None
    direction: Direction
    paragraph_directions: tuple[Direction, ...]
    """The direction the document gives each stored paragraph (``w:bidi``), else the one its letters give."""
    language: str | None = None


def _is_rtl(paragraph: Any) -> bool | None:
    """The paragraph's ``w:bidi`` mark: True, False (``w:val="0"``), or None when it has none."""
    for ppr in paragraph:
        if ppr.tag == _PPR:
            for bidi in ppr:
                if bidi.tag == _BIDI:
                    return bidi.get(f"{_W}val", "1") not in ("0", "false", "off")
            return None
    return None


def _walk(parent: Any, containers: frozenset[str], wanted: str) -> Iterator[Any]:
    """The ``wanted`` elements under ``parent``, in order, looking inside ``containers`` (no recursion)."""
    stack = [iter(parent)]
    while stack:
        for child in stack[-1]:
            if child.tag == wanted:
                yield child
            elif child.tag in containers:
                stack.append(iter(child))
                break
        else:
            stack.pop()


def _text_of_t(element: Any) -> str:
    """A ``w:t``'s text; an entity reference in it (never resolved: no DTD is read) stays as written."""
    parts = [element.text or ""]
    for child in element:
        if child.tag is _ENTITY:
            parts.append(child.text or "")
        parts.append(child.tail or "")
    return "".join(parts)


def _run_text(run: Any) -> Iterator[str]:
    for child in run:
        tag = child.tag
        if tag == _T:
            yield _text_of_t(child)
        elif tag in _TAB:
            yield "\t"
        elif tag == _CR or (tag == _BR and child.get(f"{_W}type", "textWrapping") == "textWrapping"):
            yield "\n"
        elif tag == _HYPHEN:
            yield "-"


def paragraph_text(paragraph: Any) -> str:
    """The text of a ``w:p``: its runs, also inside hyperlinks, insertions, fields and content controls."""
    return "".join(part for run in _walk(paragraph, _RUN_CONTAINERS, _R) for part in _run_text(run))


def _blocks(body: Any) -> Iterator[Any]:
    """Paragraphs of the body and of its tables (nested ones too), in document order, each cell once."""
    return _walk(body, _BLOCK_CONTAINERS, _P)


def _damaged(path: Path, exc: BaseException) -> NotDocumentError:
    return NotDocumentError(
        path,
        QT_TRANSLATE_NOOP("Core", "is a damaged Word document ({kind}: {reason})").format(
            kind=type(exc).__name__, reason=str(exc)
        ),
    )


def _check_members(archive: zipfile.ZipFile, path: Path, max_bytes: int) -> None:
    """Refuse a package whose members are too many, oddly compressed, or inflate past the limits."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise NotDocumentError(
            path,
            QT_TRANSLATE_NOOP("Core", "holds {count} files; a Word document holds at most a few hundred").format(
                count=f"{len(infos):,}"
            ),
        )
    limit = EXPANSION_LIMIT * max_bytes
    for info in infos:
        if info.compress_type not in _COMPRESSIONS:
            raise NotDocumentError(
                path,
                QT_TRANSLATE_NOOP("Core", "is compressed in a way Word never uses ({member})").format(
                    member=info.filename
                ),
            )
        if info.flag_bits & 0x1:
            raise NotDocumentError(
                path, QT_TRANSLATE_NOOP("Core", "is password-protected; save it without a password first")
            )
        if info.file_size > limit:
            raise NotDocumentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Core", "unpacks to more than the {size} an article's document may take ({member})"
                ).format(size=size_text(limit), member=info.filename),
            )
    if sum(info.file_size for info in infos) > limit:
        raise NotDocumentError(
            path,
            QT_TRANSLATE_NOOP("Core", "unpacks to more than the {size} an article's document may take").format(
                size=size_text(limit)
            ),
        )
    total = tags = 0
    for info in infos:  # the declared sizes may lie: count what inflating really gives
        xml = info.filename.endswith((".xml", ".rels"))
        size = 0
        with archive.open(info) as member:
            while chunk := member.read(_CHUNK):
                size += len(chunk)
                total += len(chunk)
                if xml:
                    tags += chunk.count(b"<")
                if size > info.file_size or total > limit:
                    raise NotDocumentError(
                        path,
                        QT_TRANSLATE_NOOP("Core", "unpacks to more than it declares ({member})").format(
                            member=info.filename
                        ),
                    )
                if tags > MAX_TAGS:
                    raise NotDocumentError(
                        path,
                        QT_TRANSLATE_NOOP(
                            "Core", "holds more than {limit} XML tags; a Word article holds far fewer ({member})"
                        ).format(limit=f"{MAX_TAGS:,}", member=info.filename),
                    )


def _open_package(data: bytes, path: Path, max_bytes: int) -> tuple[Any, Any]:
    """The python-docx Document of ``data`` and its body, once every member passed :func:`_check_members`.

    The body is parsed again with plain lxml elements: walking python-docx's element classes
    costs ~25 µs an element, twenty times as much.
    """
    if not zipfile.is_zipfile(BytesIO(data)):
        raise NotDocumentError(
            path,
            QT_TRANSLATE_NOOP("Core", "is not a Word document (a .docx file is a zip archive; this one is not a zip)"),
        )
    try:
        with zipfile.ZipFile(BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "word/document.xml" not in names or "[Content_Types].xml" not in names:
                raise NotDocumentError(
                    path,
                    QT_TRANSLATE_NOOP("Core", "is a zip archive but not a Word document (it has no word/document.xml)"),
                )
            _check_members(archive, path, max_bytes)

            import docx

            document = docx.Document(BytesIO(data))
            main = archive.read(str(document.part.partname).lstrip("/"))
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, remove_comments=True)
        body = etree.fromstring(main, parser).find(f"{_W}body")
    except NotDocumentError:
        raise
    except Exception as exc:  # BadZipFile, zlib.error, lxml's XMLSyntaxError, python-docx's PackageNotFoundError...
        raise _damaged(path, exc) from exc
    if body is None:
        raise NotDocumentError(path, QT_TRANSLATE_NOOP("Core", "is a Word document without a body"))
    return document, body


def read_docx_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES) -> DocxArticle:
    """Read a .docx file; NotDocumentError if it is not a Word document, EmptyFileError if it has no text."""
    p = Path(path)
    document, body = _open_package(read_file_bytes(p, max_bytes), p, max_bytes)
    try:
        paragraphs: list[str] = []
        marks: list[bool | None] = []
        for paragraph in _blocks(body):
            text = " ".join(paragraph_text(paragraph).replace("\t", " ").split())
            if text:
                paragraphs.append(text)
                marks.append(_is_rtl(paragraph))
        title = (document.core_properties.title or "").strip() or None
    except Exception as exc:  # a part python-docx reads lazily that does not parse
        raise _damaged(p, exc) from exc
    joined = "\n\n".join(paragraphs)
    if len(joined) > max_bytes or len(joined.encode("utf-8")) > max_bytes:
        raise FileTooLargeError(
            p,
            QT_TRANSLATE_NOOP("Core", "holds more than the limit of {size} of text for one article").format(
                size=size_text(max_bytes)
            ),
        )
    text = check_text(joined, p)
    marked_rtl = sum(1 for m in marks if m)
    direction: Direction = "rtl" if marked_rtl * 2 > len(marks) else detect_direction(text)
    directions = tuple(
        ("rtl" if mark else "ltr") if mark is not None else detect_direction(para, direction)
        for para, mark in zip(paragraphs, marks, strict=True)
    )
    # core.language is usually the author's Word interface language, not the article's: the text decides.
    return DocxArticle(text=text, title=title, direction=direction, paragraph_directions=directions)
