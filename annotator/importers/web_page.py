"""Saved web pages: the article body and the metadata the page carries, without any network access.

The body is found by trafilatura (boilerplate removal: scripts, styles, navigation,
"read also" boxes, comments and footers are left out); metadata comes from the page's
own tags (``<title>``, Open Graph, ``<link rel=canonical>``, ``<html lang>``, dates).
trafilatura and lxml are imported inside the functions: they cost ~0.2 s to load.

trafilatura's time grows faster than the page (20,000 paragraphs take ~2.5 s, 200,000 about a
minute), so a page is measured first: its elements are counted while parsing (stopping at
:data:`MAX_PAGE_ELEMENTS`, refused beyond), and a page with more than
:data:`TRAFILATURA_ELEMENTS` elements or :data:`TRAFILATURA_TEXT` characters of text is read
by the plain extractor (every block a paragraph; the furniture cleaner still proposes lines).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from annotator.errors import DecodingError, EmptyFileError, FileTooLargeError, NotTextError
from annotator.importers.text_file import (
    MAX_ARTICLE_BYTES,
    EncodingGuess,
    check_text,
    decode_as,
    decode_bytes,
    guess_encoding,
    read_file_bytes,
    refuse_surrogates,
    text_codec,
)
from annotator.messages import QT_TRANSLATE_NOOP

MAX_PAGE_ELEMENTS = 250_000
"""A page with more elements than this is not a saved article (parsing it alone would take gigabytes)."""
TRAFILATURA_ELEMENTS = 15_000
"""Pages with more elements (scripts, styles, SVG and navigation left out) get the plain extractor."""
TRAFILATURA_TEXT = 1_000_000
"""Pages with more characters of text than this get the plain extractor."""
_FEED = 1 << 16

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
    encoding_confident: bool = True
    encoding_alternatives: tuple[str, ...] = ()


def _nearly(data: bytes, encoding: str) -> str | None:
    """``data`` decoded with ``encoding``, bad bytes replaced, if they are few (a flaw, not another encoding).

    Few: at most 3, or 1 in 100 of the bytes beyond ASCII (text in another encoding breaks nearly all).
    """
    text = data.decode(encoding, errors="replace")
    bad = text.count("\ufffd")
    beyond_ascii = len(data) - len(data.decode("ascii", errors="ignore"))
    return text if bad <= max(3, beyond_ascii // 100) else None


def decode_page(data: bytes, path: object = "<bytes>", encoding: str | None = None) -> tuple[str, EncodingGuess]:
    """Decode a page: ``encoding`` if given, else a byte order mark, the page's ``<meta charset>``, detection.

    A declaration naming no text encoding (``rot13``, ``hex``...) is ignored like an unknown one.
    A declared (or given) encoding that a few bytes break is kept, those bytes replaced by U+FFFD,
    and the result marked unsure, as a detector's guess is: the user looks at the text first.
    """
    if encoding is not None:
        codec = text_codec(encoding, path)
        try:
            return decode_as(data, encoding, path), EncodingGuess(encoding, True)
        except DecodingError:
            nearly = _nearly(data, codec.name)
            if nearly is None:
                raise
            return nearly, EncodingGuess(encoding, False)
    if data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        text, used = decode_bytes(data, path)
        return text, EncodingGuess(used, True)
    found = _META_CHARSET.search(data[:4096])
    declared = found.group(1).decode("ascii").lower() if found else None
    if declared is not None:
        try:
            codec = text_codec(declared, path)
        except DecodingError:  # unknown, or not a text encoding: as if nothing were declared
            declared = None
        else:
            if codec.name.startswith(("utf-16", "utf-32")):  # bytes that hold this <meta> are not UTF-16 (HTML spec)
                declared, codec = "utf-8", text_codec("utf-8")
            try:
                return decode_as(data, declared, path), EncodingGuess(declared, True)
            except DecodingError:
                nearly = _nearly(data, codec.name)
                if nearly is not None:
                    others = _guesses(data, path)
                    return nearly, EncodingGuess(declared, False, tuple(e for e in others if e != declared))
    guess = guess_encoding(data, path)
    if declared is not None:  # the page said otherwise: whatever the detector thinks, it is a guess
        guess = EncodingGuess(guess.encoding, False, (*guess.alternatives, declared))
    return decode_as(data, guess.encoding, path), guess


def _guesses(data: bytes, path: object) -> tuple[str, ...]:
    try:
        guess = guess_encoding(data, path)
    except (DecodingError, NotTextError):
        return ()
    return (guess.encoding, *guess.alternatives)


def count_elements(html: str, stop_after: int = MAX_PAGE_ELEMENTS) -> int:
    """The number of elements in ``html``, counted while parsing; stops once past ``stop_after``."""
    from lxml import etree

    parser = etree.HTMLPullParser(events=("start",))
    count = 0
    for at in range(0, len(html), _FEED):
        parser.feed(html[at : at + _FEED])
        count += sum(1 for _ in parser.read_events())
        if count > stop_after:
            return count
    try:
        parser.close()
    except etree.LxmlError:  # nothing parseable at all: no elements
        return count
    return count + sum(1 for _ in parser.read_events())


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
    """Plain text of a fragment or a page trafilatura found no article in: blocks become paragraphs.

    ``tree`` has had its scripts, styles, navigation and comments removed already.
    """
    body = tree.find("body")
    root = body if body is not None else tree
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
    from lxml import etree
    from trafilatura import bare_extraction

    refuse_surrogates(html, path)  # lxml cannot take half a character
    html = _XML_DECLARATION.sub("", html, count=1)  # lxml refuses a str that declares an encoding
    if count_elements(html) > MAX_PAGE_ELEMENTS:
        raise FileTooLargeError(
            path,
            QT_TRANSLATE_NOOP(
                "Core",
                "has more than {limit} HTML elements; a saved article page has a few thousand "
                "(copy the article's text and paste it instead)",
            ).format(limit=f"{MAX_PAGE_ELEMENTS:,}"),
        )
    try:
        tree = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError) as exc:  # a page with nothing in it, or bytes lxml refuses
        raise EmptyFileError(
            path, QT_TRANSLATE_NOOP("Core", "holds no readable web page ({reason})").format(reason=str(exc))
        ) from exc
    language = _language(tree)
    page_title = tree.findtext(".//title")
    etree.strip_elements(tree, *_NOT_TEXT, etree.Comment, with_tail=False)
    plain = (
        fragment or sum(1 for _ in tree.iter()) > TRAFILATURA_ELEMENTS or len(tree.text_content()) > TRAFILATURA_TEXT
    )
    text = ""
    meta: dict[str, Any] = {}
    if not plain:
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
        title = " ".join(page_title.split()) if page_title and page_title.strip() else None
    return HtmlArticle(
        text=text,
        title=title,
        outlet=meta.get("sitename") or None,
        url=meta.get("url") or None,
        published=_iso_date(meta.get("date")),
        language=language,
    )


def read_html_file(path: str | Path, max_bytes: int = MAX_ARTICLE_BYTES, encoding: str | None = None) -> HtmlArticle:
    """Read a saved web page (.html/.htm): the article body and metadata, decoded and checked.

    ``encoding`` overrides the page's own declaration (the user's choice when the reading was unsure).
    """
    p = Path(path)
    data = read_file_bytes(p, max_bytes)
    html, guess = decode_page(data, p, encoding)
    article = extract_html(html, p)
    return HtmlArticle(
        text=check_text(article.text, p),
        title=article.title,
        outlet=article.outlet,
        url=article.url,
        published=article.published,
        language=article.language,
        encoding=guess.encoding,
        encoding_confident=guess.confident,
        encoding_alternatives=guess.alternatives,
    )
