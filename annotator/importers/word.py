"""Word documents (.docx): paragraphs and table cells in document order, with their direction.

python-docx is imported inside the function (it loads lxml).  A file that is not a zip,
or a zip that is not a Word document, is refused with a message naming it.
"""

from __future__ import annotations

import zipfile
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path
from typing import Any

from annotator.errors import NotDocumentError
from annotator.importers.text_file import MAX_ARTICLE_BYTES, check_text, read_file_bytes
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.text.direction import Direction, detect_direction

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_EXPANSION_LIMIT = 20  # document.xml may be this many times the size limit once unzipped (a zip bomb is not)


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
    ppr = paragraph._p.pPr
    if ppr is None:
        return None
    bidi = ppr.find(f"{_W}bidi")
    if bidi is None:
        return None
    return bidi.get(f"{_W}val", "1") not in ("0", "false", "off")


def _blocks(document: Any) -> list[Any]:
    """Paragraphs of the body and of its tables, in document order (a merged cell once)."""
    from docx.table import Table

    out: list[Any] = []
    for item in document.iter_inner_content():
        if isinstance(item, Table):
            seen: set[int] = set()
            for row in item.rows:
                for cell in row.cells:
                    if id(cell._tc) not in seen:
                        seen.add(id(cell._tc))
                        out.extend(cell.paragraphs)
        else:
            out.append(item)
    return out


def read_docx_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES) -> DocxArticle:
    """Read a .docx file; NotDocumentError if it is not a Word document, EmptyFileError if it has no text."""
    p = Path(path)
    data = read_file_bytes(p, max_bytes)
    if not zipfile.is_zipfile(BytesIO(data)):
        raise NotDocumentError(
            p,
            QT_TRANSLATE_NOOP("Core", "is not a Word document (a .docx file is a zip archive; this one is not a zip)"),
        )
    with zipfile.ZipFile(BytesIO(data)) as archive:
        names = set(archive.namelist())
        if "word/document.xml" not in names or "[Content_Types].xml" not in names:
            raise NotDocumentError(
                p, QT_TRANSLATE_NOOP("Core", "is a zip archive but not a Word document (it has no word/document.xml)")
            )
        if archive.getinfo("word/document.xml").file_size > _EXPANSION_LIMIT * max_bytes:
            raise NotDocumentError(
                p, QT_TRANSLATE_NOOP("Core", "unpacks to a document far larger than the size limit for one article")
            )

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise NotDocumentError(
            p, QT_TRANSLATE_NOOP("Core", "is not a readable Word document ({reason})").format(reason=exc)
        ) from exc
    except Exception as exc:  # lxml's XMLSyntaxError and the like: a damaged document
        raise NotDocumentError(
            p,
            QT_TRANSLATE_NOOP("Core", "is a damaged Word document ({reason})").format(
                reason=f"{type(exc).__name__}: {exc}"
            ),
        ) from exc
    paragraphs: list[str] = []
    marks: list[bool | None] = []
    for paragraph in _blocks(document):
        text = " ".join(paragraph.text.replace("\t", " ").split())
        if text:
            paragraphs.append(text)
            marks.append(_is_rtl(paragraph))
    text = check_text("\n\n".join(paragraphs), p)
    marked_rtl = sum(1 for m in marks if m)
    direction: Direction = "rtl" if marked_rtl * 2 > len(marks) else detect_direction(text)
    directions = tuple(
        ("rtl" if mark else "ltr") if mark is not None else detect_direction(para, direction)
        for para, mark in zip(paragraphs, marks, strict=True)
    )
    core = document.core_properties
    title = (core.title or "").strip() or None
    # core.language is usually the author's Word interface language, not the article's: the text decides.
    return DocxArticle(text=text, title=title, direction=direction, paragraph_directions=directions)
