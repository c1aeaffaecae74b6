"""Saved web pages: the article body and the metadata the page carries, without any network access.

The body is found by trafilatura (boilerplate removal: scripts, styles, navigation,
"read also" boxes, comments and footers are left out); metadata comes from the page's
own tags (``<title>``, Open Graph, ``<link rel=canonical>``, ``<html lang>``, dates).
trafilatura and lxml are imported inside the functions: they cost ~0.2 s to load.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from annotator.errors import DecodingError, EmptyFileError
from annotator.importers.text_file import MAX_ARTICLE_BYTES, check_text, decode_as, decode_bytes, read_file_bytes
from annotator.messages import QT_TRANSLATE_NOOP

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_LANG = re.compile(r"^[A-Za-z]{2,3}")
_BLOCKS = (
    "p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "section", "article", "pre",
    "dd", "dt", "figcaption", "header", "footer", "ul", "ol", "table",
)  # fmt: skip
_NOT_TEXT = ("script", "style", "noscript", "template", "head", "nav", "iframe", "svg", "button", "form")


@dataclass(frozen=True)
class HtmlArticle:
    """What a page holds: the article text (paragraphs separated by blank lines) and its metadata."""

    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None  # ISO date
    language: str | None = None
    encoding: str | None = None


def decode_html(data: bytes, path: object = "<bytes>") -> tuple[str, str]:
    """Decode a page: byte order mark, else the page's ``<meta charset>``, else detection."""
    if not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _META_CHARSET.search(data[:4096])
        if declared:
            name = declared.group(1).decode("ascii")
            try:
                return decode_as(data, name, path), name.lower()
            except DecodingError:  # a wrong or unknown declaration: fall back to detection
                pass
    return decode_bytes(data, path)


def _paragraphs(text: str) -> str:
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return "\n\n".join(line for line in lines if line)


def _language(tree: Any) -> str | None:
    for value in (
        tree.get("lang"),
        tree.get("{http://www.w3.org/XML/1998/namespace}lang"),
        *tree.xpath("//meta[@http-equiv='content-language' or @http-equiv='Content-Language']/@content"),
        *tree.xpath("//meta[@property='og:locale']/@content"),
    ):
        if value:
            match = _LANG.match(value.strip())
            if match:
                return match.group(0).lower()
    return None


def _fallback_text(tree: Any) -> str:
    """Plain text of a fragment or a page trafilatura found no article in: blocks become paragraphs."""
    from lxml import etree

    body = tree.find("body")
    root = body if body is not None else tree
    etree.strip_elements(root, *_NOT_TEXT, etree.Comment, with_tail=False)
    for element in root.iter(*_BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.tag != "br":
            element.text = "\n" + (element.text or "")
    return str(root.text_content())


def _iso_date(value: str | None) -> str | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        return None


def extract_html(html: str, path: object = "<html>", *, fragment: bool = False) -> HtmlArticle:
    """The article in a page (boilerplate removed) with its metadata; no network access is made.

    ``fragment=True`` (HTML copied to the clipboard) keeps all the text the user
    selected instead of looking for an article.  EmptyFileError if no text is found.
    """
    import lxml.html
    from lxml.etree import ParserError
    from trafilatura import bare_extraction

    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares an encoding
    try:
        tree = lxml.html.document_fromstring(html)
    except (ParserError, ValueError) as exc:  # a page with nothing in it, or bytes lxml refuses
        raise EmptyFileError(
            path, QT_TRANSLATE_NOOP("Core", "holds no readable web page ({reason})").format(reason=exc)
        ) from exc
    language = _language(tree)
    text = ""
    meta: dict[str, Any] = {}
    if not fragment:
        doc = bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_images=False,
            deduplicate=False,
            # no "extensive" date search: a footer's copyright year is not the publication date
            date_extraction_params={"extensive_search": False, "original_date": True},
        )
        if doc is not None:
            meta = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            text = _paragraphs(meta.get("text") or "")
    if not text:
        text = _paragraphs(_fallback_text(tree))
    if not text:
        raise EmptyFileError(path, QT_TRANSLATE_NOOP("Core", "is a web page without article text"))
    title = meta.get("title") or None
    if title is None:
        found = tree.findtext(".//title")
        title = " ".join(found.split()) if found and found.strip() else None
    return HtmlArticle(
        text=text,
        title=title,
        outlet=meta.get("sitename") or None,
        url=meta.get("url") or None,
        published=_iso_date(meta.get("date")),
        language=language,
    )


def read_html_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES) -> HtmlArticle:
    """Read a saved web page (.html/.htm): the article body and metadata, decoded and checked."""
    p = Path(path)
    data = read_file_bytes(p, max_bytes)
    html, encoding = decode_html(data, p)
    article = extract_html(html, p)
    return HtmlArticle(
        text=check_text(article.text, p),
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        language=article.language,
        encoding=encoding,
    )
