"""Hostile inputs built on the spot: damaged Word files, pathological pages, malformed annotation files.

Shared by ``tests/test_hostile_input*.py`` and ``scripts/hostile_campaign.py``; nothing here is
stored in the repository, every file is written into a folder the caller gives.
"""

from __future__ import annotations

import io
import json
import os
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tests.corpus import HEADLINE, PARA_1, PARA_2, PARA_3, news_page

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_THUMBNAIL_REL = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/thumbnail"
_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_STYLES = "application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"


# -- Word --------------------------------------------------------------------------


def para(text: str, *, rtl: bool = True) -> str:
    """One ``w:p`` holding ``text`` in one run (right-to-left unless ``rtl`` is false)."""
    ppr = "<w:pPr><w:bidi/></w:pPr>" if rtl else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>'


def cell(text: str, tcpr: str = "") -> str:
    """One table cell (``w:tc``) with ``tcpr`` inside its ``w:tcPr``."""
    return f"<w:tc><w:tcPr>{tcpr}</w:tcPr>{para(text)}</w:tc>"


def table(rows: Iterable[Iterable[str]]) -> str:
    """A ``w:tbl`` of rows of already built cells."""
    return "<w:tbl>" + "".join("<w:tr>" + "".join(row) + "</w:tr>" for row in rows) + "</w:tbl>"


def document_xml(body: str, doctype: str = "") -> str:
    """A whole ``word/document.xml`` around ``body`` (with an optional DOCTYPE, for entity cases)."""
    head = f'<?xml version="1.0" encoding="UTF-8"?>{doctype}<w:document xmlns:w="{W_NS}">'
    return f"{head}<w:body>{body}</w:body></w:document>"


def _content_types(overrides: Mapping[str, str]) -> str:
    parts = "".join(f'<Override PartName="/{name}" ContentType="{kind}"/>' for name, kind in overrides.items())
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="jpeg" ContentType="image/jpeg"/>'
        f"{parts}</Types>"
    )


def _rels(targets: Mapping[str, str]) -> str:
    items = "".join(
        f'<Relationship Id="rId{n}" Type="{kind}" Target="{target}"/>'
        for n, (target, kind) in enumerate(targets.items(), start=1)
    )
    return (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{items}</Relationships>'
    )


def write_docx(
    path: Path,
    body: str = "",
    *,
    document: str | Iterable[bytes] | None = None,
    thumbnail: Iterable[bytes] | None = None,
    styles: Iterable[bytes] | None = None,
    extra: Mapping[str, bytes] | None = None,
    compression: int = zipfile.ZIP_DEFLATED,
) -> Path:
    """A minimal Word package: ``document`` (default: ``document_xml(body)``) and optional streamed parts.

    ``thumbnail``, ``styles`` (and ``document``, given as chunks) are written chunk by chunk, so a
    member can inflate to gigabytes while the file stays small; ``extra`` adds members no relationship names.
    """
    overrides = {"word/document.xml": _MAIN}
    package_rels = {"word/document.xml": f"{_REL}/officeDocument"}
    document_rels: dict[str, str] = {}
    if thumbnail is not None:
        package_rels["docProps/thumbnail.jpeg"] = _THUMBNAIL_REL
    if styles is not None:
        overrides["word/styles.xml"] = _STYLES
        document_rels["styles.xml"] = f"{_REL}/styles"
    with zipfile.ZipFile(path, "w", compression, compresslevel=1 if compression == zipfile.ZIP_DEFLATED else None) as z:
        z.writestr("[Content_Types].xml", _content_types(overrides))
        z.writestr("_rels/.rels", _rels(package_rels))
        if document_rels:
            z.writestr("word/_rels/document.xml.rels", _rels(document_rels))
        if document is None or isinstance(document, str):
            z.writestr("word/document.xml", document if document is not None else document_xml(body))
        streamed = (("word/document.xml", None if isinstance(document, str) else document),)
        for name, chunks in (*streamed, ("docProps/thumbnail.jpeg", thumbnail), ("word/styles.xml", styles)):
            if chunks is not None:
                with z.open(name, "w", force_zip64=True) as member:
                    for chunk in chunks:
                        member.write(chunk)
        for name, data in (extra or {}).items():
            z.writestr(name, data)
    return path


def repeated(unit: bytes, total: int, head: bytes = b"", tail: bytes = b"") -> Iterator[bytes]:
    """``head``, then ``unit`` repeated to about ``total`` bytes (in 16 MB chunks), then ``tail``."""
    yield head
    block = unit * max(1, (1 << 24) // len(unit))
    left = total
    while left > 0:
        yield block[:left]
        left -= len(block)
    yield tail


def styles_bomb(total: int) -> Iterator[bytes]:
    """A ``styles.xml`` that inflates to about ``total`` bytes (one huge comment: well-formed XML)."""
    return repeated(b" ", total, f'<?xml version="1.0"?><w:styles xmlns:w="{W_NS}"><!--'.encode(), b"--></w:styles>")


def lie_about_size(path: Path, member: str, declared: int) -> Path:
    """Rewrite ``path`` so the central directory declares ``member`` to inflate to ``declared`` bytes."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(io.BytesIO(bytes(data))) as z:
        info = z.getinfo(member)
    name = member.encode()
    at = data.find(b"PK\x01\x02")  # the central directory record of ``member``, found by its name
    while at >= 0:
        if data[at + 46 : at + 46 + len(name)] == name:
            data[at + 24 : at + 28] = declared.to_bytes(4, "little")
            break
        at = data.find(b"PK\x01\x02", at + 4)
    local = info.header_offset
    data[local + 22 : local + 26] = declared.to_bytes(4, "little")
    path.write_bytes(bytes(data))
    return path


def damage_central_directory(path: Path) -> Path:
    """Overwrite the start of the zip's central directory: the local entries stay readable."""
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    data[at : at + 30] = b"\xff" * 30
    path.write_bytes(bytes(data))
    return path


def word_article_body() -> str:
    """A realistic body: heading, right-to-left paragraphs, an English one, a two-cell table."""
    return (
        para(HEADLINE)
        + para(PARA_1)
        + para(PARA_2)
        + para("The agreement was signed in Pyongyang.", rtl=False)
        + table([[cell("المصدر"), cell("وكالة أسوشيتد برس")]])
        + para(PARA_3)
    )


def vmerge_chain(rows: int) -> str:
    """A table whose first column is one cell merged down ``rows`` rows."""
    first = [cell("رأس العمود", '<w:vMerge w:val="restart"/>'), cell("صف 0")]
    rest = [[cell("", "<w:vMerge/>"), cell(f"صف {n}")] for n in range(1, rows)]
    return table([first, *rest])


# -- web pages -----------------------------------------------------------------------


def page_declaring(charset: str) -> bytes:
    """The news page, encoded in UTF-8, declaring ``charset`` in its ``<meta>``."""
    return news_page("utf-8").replace('<meta charset="utf-8">', f'<meta charset="{charset}">').encode("utf-8")


def page_with_one_bad_byte() -> bytes:
    """The news page in UTF-8, declared UTF-8, with one byte that is not UTF-8 in its first paragraph."""
    data = news_page("utf-8").encode("utf-8")
    at = data.index(PARA_1.encode("utf-8")) + 40
    return data[:at] + b"\xff" + data[at:]


def page_with_elements(count: int, unit: str = "<p>فقرة {n}</p>") -> str:
    """The news page with ``count`` more elements before its first paragraph."""
    extra = "".join(unit.format(n=n) for n in range(count))
    return news_page().replace("<p>", extra + "<p>", 1)


# -- Web Annotation files ------------------------------------------------------------


def annotation(
    text: str,
    start: int,
    end: int,
    *,
    sources: Iterable[str] = ("بوتين",),
    text_hash: Any = None,
    ident: str = "urn:test:1",
) -> dict[str, Any]:
    """One claim as the app exports it, on ``text[start:end]``."""
    from annotator.importers.text_file import text_hash as hash_of

    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "identifying", "value": name, "nisba:role": "source", "nisba:order": n}
        for n, name in enumerate(sources)
    ]
    bodies.append({"type": "TextualBody", "purpose": "classifying", "value": "direct", "nisba:role": "quoteType"})
    digest = hash_of(text) if text_hash is None else text_hash
    return {
        "id": ident,
        "type": "Annotation",
        "body": bodies,
        "target": {
            "source": f"urn:sha256:{digest}" if isinstance(digest, str) else "urn:x",
            "nisba:textHash": digest,
            "selector": [
                {"type": "TextPositionSelector", "start": start, "end": end},
                {"type": "TextQuoteSelector", "exact": text[start:end], "prefix": "", "suffix": ""},
            ],
        },
    }


def collection(items: list[Any]) -> dict[str, Any]:
    """An AnnotationCollection holding ``items`` on its first page."""
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "type": "AnnotationCollection",
        "first": {"type": "AnnotationPage", "items": items},
    }


def write_json(path: Path, data: Any) -> Path:
    """``data`` as JSON (non-ASCII kept, lone surrogates written as escapes, as JSON allows)."""
    path.write_text(json.dumps(data, ensure_ascii=True), encoding="utf-8")
    return path


def nested(depth: int, opener: str = "[", closer: str = "]") -> str:
    """JSON text of ``depth`` nested arrays (or objects, with ``{"a":`` and ``}``)."""
    return opener * depth + closer * depth


WRONG_SHAPES: tuple[str, ...] = (
    "123",
    '"str"',
    "null",
    "[]",
    '{"items": "abc"}',
    "true",
    "1.5",
    "{}",
    '{"a": 1}',
    "[1, 2]",
    '["x"]',
    '{"first": "x"}',
    '{"type": "Foo"}',
    '{"type": "AnnotationCollection", "first": {"items": "x"}}',
    '[{"type": "Person"}]',
)
"""JSON files that are no Web Annotation file (each must be refused as such, never "0 claims added")."""


# -- special files -------------------------------------------------------------------


def make_fifo(path: Path) -> Path:
    """A named pipe at ``path`` (nobody writes to it: reading it would block forever)."""
    os.mkfifo(path)
    return path
