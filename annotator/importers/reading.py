"""Reading articles from any supported file or the clipboard into a draft, before anything is stored.

Everything here is a pure function of the input (no project, no Qt), so the UI can run it
in a worker thread and store the draft afterwards through :meth:`Project.import_draft`.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from annotator.errors import EmptyFileError, InvalidValueError
from annotator.importers.furniture import NO_FURNITURE, Furniture, find_furniture, remove_furniture
from annotator.importers.text_file import MAX_ARTICLE_BYTES, check_text, guess_title, read_file_bytes, read_text_file
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.text.direction import Direction

DraftKind = Literal["text", "html", "docx", "clipboard"]

SUFFIX_KINDS: dict[str, DraftKind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".docx": "docx",
}
IMPORTABLE_SUFFIXES: tuple[str, ...] = tuple(SUFFIX_KINDS)
"""File suffixes looked for in folders (other files named explicitly are sniffed)."""


@dataclass(frozen=True)
class ArticleDraft:
    """An article read from a file or the clipboard, not yet stored: text as it will be stored, and metadata."""

    text: str
    source: str
    """The file's path, or "clipboard"."""
    kind: DraftKind
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    language: str | None = None
    direction: Direction | None = None
    encoding: str | None = None
    encoding_confident: bool = True
    """False when the encoding detector was unsure: the user should look at the text first."""
    encoding_alternatives: tuple[str, ...] = ()
    furniture: Furniture = NO_FURNITURE
    """Site furniture lines the cleaner proposes to drop (see :meth:`without_furniture`)."""

    def without_furniture(self) -> ArticleDraft:
        """The same draft with the proposed furniture lines removed (before storing, never after)."""
        if not self.furniture:
            return self
        text = remove_furniture(self.text, self.furniture)
        title = self.title
        if self.kind in ("text", "clipboard") and (title is None or title not in text):
            title = guess_title(text) or title
        return dataclasses.replace(self, text=text, title=title, furniture=NO_FURNITURE)


def _sniff(path: Path, max_bytes: int) -> DraftKind:
    head = read_file_bytes(path, max_bytes)[:2048]
    if head.startswith(b"PK\x03\x04"):
        return "docx"
    lowered = head.lower().lstrip(b"\xef\xbb\xbf \t\r\n")
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered[:512]:
        return "html"
    return "text"


def read_article(path: str | Path, *, max_bytes: int = MAX_ARTICLE_BYTES, encoding: str | None = None) -> ArticleDraft:
    """Read one article file of any supported kind (by suffix, else by content) into a draft.

    ``encoding`` forces the encoding of a plain-text file or a saved page (the user's
    choice when the detector was unsure).  Raises a FileImportError subclass naming the file and reason.
    """
    p = Path(path)
    kind = SUFFIX_KINDS.get(p.suffix.lower()) or _sniff(p, max_bytes)
    source = str(p)
    if kind == "html":
        from annotator.importers.web_page import read_html_file

        page = read_html_file(p, max_bytes, encoding)
        return ArticleDraft(
            text=page.text,
            source=source,
            kind="html",
            title=page.title,
            outlet=page.outlet,
            url=page.url,
            published=page.published,
            language=page.language,
            encoding=page.encoding,
            encoding_confident=page.encoding_confident,
            encoding_alternatives=page.encoding_alternatives,
            furniture=find_furniture(page.text),
        )
    if kind == "docx":
        from annotator.importers.word import read_docx_file

        doc = read_docx_file(p, max_bytes)
        return ArticleDraft(
            text=doc.text,
            source=source,
            kind="docx",
            title=doc.title or guess_title(doc.text),
            language=doc.language,
            direction=doc.direction,
            furniture=find_furniture(doc.text),
        )
    decoded = read_text_file(p, max_bytes, encoding=encoding)
    return ArticleDraft(
        text=decoded.text,
        source=source,
        kind="text",
        title=decoded.title,
        encoding=decoded.encoding,
        encoding_confident=decoded.confident,
        encoding_alternatives=decoded.alternatives,
        furniture=find_furniture(decoded.text),
    )


def draft_from_clipboard(text: str | None, html: str | None = None) -> ArticleDraft:
    """A draft from what the clipboard holds: its plain text, else the text of its HTML.

    Browsers put both on the clipboard when a page is copied; the plain text is what the
    user selected.  InvalidValueError when neither holds any text.
    """
    source = "clipboard"
    body = text if text and text.strip() else None
    if body is None and html and html.strip():
        from annotator.importers.web_page import extract_html

        try:
            body = extract_html(html, source, fragment=True).text
        except EmptyFileError:
            body = None
    if body is None or not body.strip():
        raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "the clipboard holds no text to import"))
    stored = check_text(body, source)
    return ArticleDraft(
        text=stored, source=source, kind="clipboard", title=guess_title(stored), furniture=find_furniture(stored)
    )


def _importable(path: Path) -> bool:
    # Word's lock files (~$name.docx) and hidden files are not articles.
    hidden = path.name.startswith(("~$", "."))
    return path.is_file() and path.suffix.lower() in IMPORTABLE_SUFFIXES and not hidden


def expand_paths(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; folders are walked recursively for importable files, in name order."""
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out.extend(sorted(f for f in p.rglob("*") if _importable(f)))
        else:
            out.append(p)
    return out
