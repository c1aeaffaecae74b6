"""The cases of scripts/hostile_campaign.py: hostile files and calls, built one at a time in a corpus folder."""

from __future__ import annotations

import json
import os
import random
import subprocess
import zipfile
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from annotator import Project
from annotator.importers.reading import draft_from_clipboard, read_article
from annotator.paths import SAMPLE_ARTICLE
from tests import hostile_corpus as hc
from tests.corpus import PARA_1, news_page

Action = Callable[[Project, Path], object]

NOT_TEXT_CODECS = ("rot13", "hex", "base64", "zlib", "uu", "quopri", "undefined", "bz2", "punycode", "idna")
ODD_CODECS = (*NOT_TEXT_CODECS, "unicode_escape", "raw_unicode_escape", "utf-7", "no-such-codec", "utf-16", "")
SURROGATE = "\ud800"


@dataclass
class Case:
    """One hostile input: the file built for it, what is done with it, and what a refusal must name."""

    group: str
    name: str
    path: Path
    action: Action
    names: tuple[str, ...] = ()
    budget: float = 5.0
    check: Callable[[Project], list[str]] | None = None
    cleanup: Callable[[], None] | None = None


def _import(p: Project, path: Path) -> object:
    return p.import_file(path)


def _annotations(p: Project, path: Path) -> object:
    return p.import_annotations(path)


def _sample() -> str:
    return SAMPLE_ARTICLE.read_text(encoding="utf-8")


def _flip(data: bytes, rng: random.Random, flips: int) -> bytes:
    out = bytearray(data)
    for _ in range(flips):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _draft_findings(path: Path) -> Action:
    """Read the page and flag mojibake stored as a confident guess."""

    def action(p: Project, _: Path) -> object:
        draft = read_article(path)
        p.import_draft(draft)
        if draft.encoding_confident and PARA_1[:20] not in draft.text:
            return [f"mojibake stored as a confident guess ({draft.encoding})"]
        return []

    return action


def text_cases(folder: Path, rng: random.Random, count: int) -> Iterator[Case]:
    """Plain-text files: random bytes, flipped bits, forced odd encodings, limits."""
    sample = _sample()
    prefixes = [b"", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff", b"PK\x03\x04", b"%PDF-"]
    for n in range(count):
        path = folder / f"random-{n}.txt"
        path.write_bytes(rng.choice(prefixes) + rng.randbytes(rng.randrange(0, 4000)))
        yield Case("text", path.name, path, _import, (path.name,))
    for n in range(count):
        encoding = rng.choice(["utf-8", "cp1256", "utf-16", "iso8859_6"])
        path = folder / f"flipped-{n}.txt"
        path.write_bytes(_flip(sample.encode(encoding, "replace"), rng, rng.randrange(1, 40)))
        yield Case("text", f"{path.name} ({encoding})", path, _import, (path.name,))
    path = folder / "sample.txt"
    path.write_text(sample, encoding="utf-8")
    for encoding in ODD_CODECS:
        yield Case(
            "text", f"encoding={encoding!r}", path, lambda p, f, e=encoding: p.import_file(f, encoding=e), (path.name,)
        )
    (folder / "utf7.txt").write_bytes(b"claimed +2AA- text " * 20)
    yield Case("text", "utf-7 lone surrogate", folder / "utf7.txt", lambda p, f: p.import_file(f, encoding="utf-7"))
    yield Case("text", "max_bytes=10", path, lambda p, f: p.import_file(f, max_bytes=10), (path.name, "10 bytes"))
    big = folder / "big.txt"
    big.write_bytes(sample.encode() * (21 * 1024 * 1024 // len(sample.encode()) + 1))
    yield Case("text", "21 MB", big, _import, (big.name, "limit"))
    odd = folder / os.fsdecode(b"\xff\xfe-article.txt")
    odd.write_text(sample.replace("بوتين", "بوتين بوتين"), encoding="utf-8")
    yield Case("text", "file name not UTF-8", odd, _import)


def html_cases(folder: Path, rng: random.Random, count: int) -> Iterator[Case]:
    """Saved pages: odd declared charsets, a bad byte, pages of many elements, random soup."""
    for charset in ODD_CODECS:
        path = folder / f"charset-{charset or 'empty'}.html"
        path.write_bytes(hc.page_declaring(charset))
        yield Case("html", f"meta charset {charset!r}", path, _draft_findings(path), (path.name,))
    path = folder / "bad-byte.html"
    path.write_bytes(hc.page_with_one_bad_byte())
    yield Case("html", "utf-8 with one bad byte", path, _draft_findings(path), (path.name,))
    shapes = {
        "p": "<p>x</p>",
        "empty p": "<p></p>",
        "div span": "<div><span>كلمة {n}</span></div>",
        "li": '<li><a href="/{n}">رابط</a></li>',
        "td": "<tr><td>خلية</td><td>{n}</td></tr>",
        "br": "كلمة<br>",
    }
    for label, unit in shapes.items():
        for elements in (10_000, 100_000, 1_000_000):
            path = folder / f"elements-{elements}.html"
            page = hc.page_with_elements(elements, unit)
            if len(page.encode()) > 20 * 1024 * 1024:
                continue
            path.write_text(page, encoding="utf-8")
            yield Case("html", f"{elements:,} × {label}", path, _import, (path.name,))
    for label, page in (
        ("100,000 nested divs", news_page().replace("<p>", "<div>" * 100_000 + "<p>", 1)),
        ("9 MB of words", news_page().replace("<p>", "<p>" + "كلمة " * 1_800_000, 1)),
        ("10 MB attribute", news_page().replace("<p>", '<p title="' + "x" * 10_000_000 + '">', 1)),
        ("15 MB script", news_page().replace("<p>", "<script>" + "a<b;" * 3_500_000 + "</script><p>", 1)),
        ("only a script", "<html><script>var x = 1;</script></html>"),
        ("empty page", "<html></html>"),
    ):
        path = folder / "page.html"
        path.write_text(page, encoding="utf-8")
        yield Case("html", label, path, _import, (path.name,))
    laughs = '<!DOCTYPE html [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    external = '<!DOCTYPE html [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    for label, page in (
        ("billion laughs", news_page().replace("<!DOCTYPE html>", laughs).replace("<p>", "<p>&b;", 1)),
        ("external entity", news_page().replace("<!DOCTYPE html>", external).replace("<p>", "<p>&x;", 1)),
    ):
        path = folder / "entities.xhtml"
        path.write_text(page, encoding="utf-8")
        yield Case("html", label, path, _import, (path.name,))
    base = news_page().encode()
    tags = [
        "<p>",
        "</p>",
        "<div>",
        "<table>",
        "<td>",
        "<script>",
        "<!--",
        "-->",
        "<![CDATA[",
        "&#",
        ";",
        "<meta charset=",
    ]
    for n in range(count):
        path = folder / f"random-{n}.html"
        kind = n % 3
        if kind == 0:
            data = b"<html>" + rng.randbytes(rng.randrange(1, 3000))
        elif kind == 1:
            data = _flip(base, rng, rng.randrange(1, 60))
        else:
            soup = "".join(rng.choice(tags) if rng.random() < 0.5 else PARA_1[: rng.randrange(40)] for _ in range(400))
            data = f"<html><body>{soup}</body></html>".encode()
        path.write_bytes(data)
        yield Case("html", path.name, path, _import, (path.name,))


def docx_cases(folder: Path, rng: random.Random, count: int) -> Iterator[Case]:
    """Word files: odd tables, entities, bombs in any member, damaged zips, flipped bits."""
    body = hc.word_article_body()
    article = folder / "article.docx"

    def bodies() -> Iterator[tuple[str, str]]:
        yield "a real article", body
        yield "vMerge in the first row", hc.table([[hc.cell("أول", "<w:vMerge/>")]]) + body
        yield "gridSpan zz", hc.table([[hc.cell("أول", '<w:gridSpan w:val="zz"/>')]]) + body
        yield "gridSpan -5", hc.table([[hc.cell("أول", '<w:gridSpan w:val="-5"/>')]]) + body
        yield "gridSpan 1,000,000,000", hc.table([[hc.cell("أول", '<w:gridSpan w:val="1000000000"/>')]]) + body
        yield "vMerge chain of 2,000 rows", hc.vmerge_chain(2000) + body
        yield "vMerge chain of 20,000 rows", hc.vmerge_chain(20_000) + body
        yield "100,000 paragraphs", "".join(hc.para(f"فقرة {n}") for n in range(100_000))
        yield (
            "tables nested 60 deep",
            "<w:tbl><w:tr><w:tc>" * 60 + hc.para("عميق") + "</w:tc></w:tr></w:tbl>" * 60 + body,
        )
        yield "elements nested 100,000 deep", "<w:p>" + "<w:r>" * 100_000 + "</w:r>" * 100_000 + "</w:p>" + body

    for label, xml in bodies():
        hc.write_docx(article, xml)
        yield Case("docx", label, article, _import, (article.name,))
    ent_doc = '<!DOCTYPE w:document [<!ENTITY e "كيان">]>'
    laughs = (
        '<!DOCTYPE w:document [<!ENTITY a "ha"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">'
        '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>'
    )
    for label, doctype, run in (
        ("entity in a text run", ent_doc, "قبل &e; بعد"),
        ("billion laughs", laughs, "&c;&c;&c;"),
        ("external entity", '<!DOCTYPE w:document [<!ENTITY x SYSTEM "file:///etc/passwd">]>', "&x;"),
        ("undefined entity", "", "&nothing;"),
    ):
        hc.write_docx(article, document=hc.document_xml(hc.para(run) + body, doctype))
        checks = (
            (
                lambda p: (
                    ["the paragraph around the entity was dropped"]
                    if not any("قبل" in a.text for a in p.articles())
                    else []
                )
            )
            if label.startswith("entity")
            else None
        )
        yield Case("docx", label, article, _import, (article.name,), check=checks)
    gb = 1536 * 1024 * 1024
    main = "word/document.xml"
    head, tail = hc.document_xml("SPLIT").encode().split(b"SPLIT")
    empty_paragraphs = hc.repeated(b"<w:p/>", 300 * 1024 * 1024, head, tail)
    bombs: list[tuple[str, Callable[[], Path]]] = [
        ("thumbnail inflating to 1.5 GB", lambda: hc.write_docx(article, body, thumbnail=hc.repeated(b"\0", gb))),
        ("styles.xml inflating to 1.5 GB", lambda: hc.write_docx(article, body, styles=hc.styles_bomb(gb))),
        ("300 MB of empty paragraphs", lambda: hc.write_docx(article, document=empty_paragraphs)),
        ("document.xml declared 10 bytes", lambda: hc.lie_about_size(hc.write_docx(article, body), main, 10)),
        ("document.xml declared 4 GB", lambda: hc.lie_about_size(hc.write_docx(article, body), main, 0xFFFFFFF0)),
        ("bzip2 members", lambda: hc.write_docx(article, body, compression=zipfile.ZIP_BZIP2)),
        ("lzma members", lambda: hc.write_docx(article, body, compression=zipfile.ZIP_LZMA)),
        ("damaged central directory", lambda: hc.damage_central_directory(hc.write_docx(article, body))),
        ("cut in half", lambda: _truncate(hc.write_docx(article, body))),
        ("50,000 members", lambda: hc.write_docx(article, body, extra={f"x/{n}.xml": b"<a/>" for n in range(50_000)})),
        ("a zip of a text file", lambda: _zip_of_text(article)),
    ]  # fmt: skip
    for label, build in bombs:
        build()
        yield Case("docx", label, article, _import, (article.name,))
    hc.write_docx(article, body)
    good = article.read_bytes()
    for n in range(count):
        path = folder / f"flipped-{n}.docx"
        path.write_bytes(_flip(good, rng, rng.randrange(1, 30)) if n % 4 else rng.randbytes(rng.randrange(1, 5000)))
        yield Case("docx", path.name, path, _import, (path.name,))


def _truncate(path: Path) -> Path:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


def _zip_of_text(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "not a Word document")
    return path


def special_cases(folder: Path) -> Iterator[Case]:
    """Paths that are not regular files, or cannot be paths at all."""
    for suffix in (".txt", ".docx", ".html", ".json"):
        fifo = hc.make_fifo(folder / f"pipe{suffix}")
        action = _annotations if suffix == ".json" else _import
        yield Case("special", f"FIFO {fifo.name}", fifo, action, (fifo.name,), cleanup=fifo.unlink)
    zero = folder / "zero.txt"
    zero.symlink_to("/dev/zero")
    yield Case("special", "link to /dev/zero named .txt", zero, _import, (zero.name,), cleanup=zero.unlink)
    for device in ("/dev/zero", "/dev/urandom", "/dev/null"):
        yield Case("special", device, Path(device), _import, (device,))
        yield Case("special", f"{device} as annotations", Path(device), _annotations, (device,))
    folder_txt = folder / "folder.txt"
    folder_txt.mkdir()
    yield Case("special", "a folder named .txt", folder_txt, _import, (folder_txt.name,), cleanup=folder_txt.rmdir)
    yield Case("special", "missing file", folder / "missing.txt", _import, ("missing.txt",))
    for label, action in (("import_file", _import), ("import_annotations", _annotations)):
        yield Case("special", f"NUL in path ({label})", folder / "a\0b.txt", action, ("a\\x00b",))
    yield Case("special", "name too long", folder / ("x" * 300 + ".txt"), _import, ("xxxx",))
    fed = hc.make_fifo(folder / "fed.txt")
    writer = subprocess.Popen(["sh", "-c", f"head -c 31457280 /dev/zero | tr '\\0' 'a' > '{fed}'"])

    def stop() -> None:
        writer.kill()
        writer.wait()
        fed.unlink()

    yield Case("special", "FIFO fed 30 MB", fed, _import, (fed.name,), check=_within_limit, cleanup=stop)


def _within_limit(p: Project) -> list[str]:
    from annotator.importers.text_file import MAX_ARTICLE_BYTES

    too_big = [a.id for a in p.articles() if len(a.text.encode()) > MAX_ARTICLE_BYTES]
    return [f"article(s) {too_big} stored past the size limit"] if too_big else []


def clipboard_cases() -> Iterator[Case]:
    """What a clipboard may hold."""
    page = news_page()
    for label, text, html in (
        ("text with a lone surrogate", PARA_1 + SURROGATE, None),
        ("html with a lone surrogate", None, page.replace("<p>", "<p>" + SURROGATE, 1)),
        ("control characters", "\x01\x02" * 500, None),
        ("html of 200,000 elements", None, "<p>x</p>" * 200_000),
    ):
        yield Case(
            "clipboard",
            label,
            Path("clipboard"),
            lambda p, _, t=text, h=html: p.import_draft(draft_from_clipboard(t, h)),
        )


def api_cases() -> Iterator[Case]:
    """Wrong-typed and broken values through the Project API (the same calls as tests/test_hostile_api.py)."""
    from tests.hostile_api_calls import BROKEN_TEXT, WRONG_TYPES

    for name, (call, field_name) in {
        **WRONG_TYPES,
        **{f"lone surrogate in {k}": v for k, v in BROKEN_TEXT.items()},
    }.items():
        action: Action = lambda p, _, c=call: c(p, 1)  # noqa: E731 (the campaign's project holds article 1)
        yield Case("api", name, Path("api"), action, (field_name,), check=_misuse_accepted)  # accepted: broken


def _misuse_accepted(_p: Project) -> list[str]:
    return ["a wrong-typed or broken value was accepted instead of refused"]


def export_cases() -> Iterator[Case]:
    """Values the API accepts, exported: no live formula, no export failure."""
    for label, call in (
        ("language '=1+1'", lambda p: p.add_article("نص للتصدير", language="=1+1")),
        ("language with a control character", lambda p: p.add_article("نص للتصدير", language="a\x01")),
        ("title '=1+1'", lambda p: p.add_article("نص للتصدير", title="=1+1")),
        ("source '=cmd'", lambda p: p.add_claim(1, 0, 5, [p.add_source("=cmd|' /C calc'!A0").id])),
        ("alias '@SUM(1)'", lambda p: p.add_source("مصدر", aliases=["@SUM(1)"])),
        ("note with controls", lambda p: p.add_claim(1, 0, 5, note="\x00\x07\x1b")),
        ("outlet '+1'", lambda p: p.add_article("نص للتصدير", outlet="+1")),
    ):
        yield Case("exports", label, Path("exports"), lambda p, _, c=call: c(p))


def all_cases(folder: Path, seed: int, count: int, groups: Collection[str] = ()) -> Iterator[Case]:
    """Every case (of ``groups``, if given), built one at a time into ``folder`` (each file overwrites the last)."""
    from scripts.hostile_annotation_cases import annotation_cases

    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    export = folder / "export.json"
    with Project.open(folder / "source.nisba", backup_on_open=False, backup_every_minutes=None) as p:
        article = p.import_file(SAMPLE_ARTICLE)
        chain = [p.add_source("بوتين", "person").id, p.add_source("The Hill", "media").id]
        p.add_claim(article.id, 10, 60, chain, note="ملاحظة")
        p.export(export, "json")
    exported = json.loads(export.read_text(encoding="utf-8"))
    makers: dict[str, Callable[[], Iterator[Case]]] = {
        "text": lambda: text_cases(folder, rng, count),
        "html": lambda: html_cases(folder, rng, count // 2),
        "docx": lambda: docx_cases(folder, rng, count // 2),
        "annotations": lambda: annotation_cases(folder, rng, count, exported),
        "special": lambda: special_cases(folder),
        "clipboard": clipboard_cases,
        "exports": export_cases,
        "api": api_cases,
    }
    for group, make in makers.items():
        if not groups or group in groups:
            yield from make()
