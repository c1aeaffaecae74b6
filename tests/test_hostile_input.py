"""Hostile files through every importer: a clear refusal naming the file (or a good result), the project unchanged.

The cases that cost time or memory when unbounded run in tests/test_hostile_input_bounds.py, in a
subprocess with a memory limit; the ones here are cheap whichever way they go.  One project serves
the module: every refusal must leave it as it was.
"""

from __future__ import annotations

import os
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotator import Project
from annotator.errors import (
    DecodingError,
    FileImportError,
    FileTooLargeError,
    NotDocumentError,
    NotTextError,
    UnreadableFileError,
)
from annotator.importers import web_page, word
from annotator.importers.reading import draft_from_clipboard, read_article
from tests import hostile_corpus as hc
from tests.corpus import PARA_1, PARA_2, PARA_3, news_page

NOT_TEXT_CODECS = ("rot13", "hex", "base64", "zlib", "uu", "quopri", "undefined", "bz2", "punycode", "idna")


@pytest.fixture(scope="module")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Project]:
    """A project holding one article and one claim, as every hostile case starts from."""
    folder = tmp_path_factory.mktemp("filled")
    with Project.open(folder / "p.nisba", backup_on_open=False, backup_every_minutes=None) as p:
        article = p.add_article(PARA_1 + "\n\n" + PARA_2)
        source = p.add_source("بوتين", "person")
        p.add_claim(article.id, 0, 20, [source.id])
        yield p


def _unchanged(p: Project) -> None:
    assert len(p.articles()) == 1 and len(p.claims()) == 1


@pytest.mark.parametrize("encoding", [*NOT_TEXT_CODECS, "unicode_escape", "no-such-codec", "utf-8\x00"])
def test_a_forced_encoding_that_is_no_text_encoding_is_refused(filled: Project, tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "مقال.txt"
    path.write_text(PARA_1, encoding="utf-8")
    with pytest.raises(DecodingError, match=r"is not a text encoding|is not an encoding this app knows") as info:
        filled.import_file(path, encoding=encoding)
    assert str(path) in str(info.value) and "\x00" not in str(info.value)
    _unchanged(filled)


@pytest.mark.parametrize("charset", [*NOT_TEXT_CODECS, "unicode_escape", "raw_unicode_escape"])
def test_a_page_declaring_no_text_encoding_is_read_as_if_it_declared_none(tmp_path: Path, charset: str) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(hc.page_declaring(charset))
    draft = read_article(path)
    assert PARA_1 in draft.text and draft.encoding == "utf-8"


def test_a_page_declaring_utf8_with_one_bad_byte_is_kept_and_offered_for_review(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_bytes(hc.page_with_one_bad_byte())
    draft = read_article(path)
    assert not draft.encoding_confident and draft.encoding == "utf-8"
    assert "\ufffd" in draft.text and PARA_2 in draft.text and PARA_3 in draft.text  # not Windows-1256 mojibake
    again = read_article(path, encoding="utf-8")  # the user's choice in the preview re-reads the page
    assert again.text == draft.text


def test_utf7_that_decodes_to_half_a_character_is_refused(filled: Project, tmp_path: Path) -> None:
    path = tmp_path / "u7.txt"
    path.write_bytes(b"a claim +2AA- in the text, " * 10)
    with pytest.raises(NotTextError, match=r"u7\.txt: holds a broken character .*U\+D800"):
        filled.import_file(path, encoding="utf-7")
    _unchanged(filled)


def test_clipboard_text_or_html_with_half_a_character_is_refused() -> None:
    with pytest.raises(NotTextError, match="clipboard: holds a broken character"):
        draft_from_clipboard(PARA_1 + "\ud800")
    with pytest.raises(NotTextError, match="clipboard: holds a broken character"):
        draft_from_clipboard(None, news_page().replace("<p>", "<p>\udfff", 1))


def test_the_size_message_gives_sizes_people_can_read(filled: Project, tmp_path: Path) -> None:
    path = tmp_path / "small.txt"
    path.write_text(PARA_1, encoding="utf-8")
    with pytest.raises(FileTooLargeError) as info:
        filled.import_file(path, max_bytes=10)
    message = str(info.value)
    assert "small.txt: is " in message and "limit of 10 bytes" in message and "0 MB" not in message
    _unchanged(filled)


def test_the_size_limit_holds_while_reading_not_only_on_stat(
    filled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "grows.txt"
    path.write_text(PARA_1 * 40, encoding="utf-8")
    real_stat = Path.stat
    small = os.stat_result((0o100644, 0, 0, 1, 0, 0, 10, 0, 0, 0))

    def stat_before_it_grew(self: Path, **kwargs: bool) -> os.stat_result:
        return small if self == path else real_stat(self, **kwargs)

    monkeypatch.setattr(Path, "stat", stat_before_it_grew)  # the file grew (or was swapped) after the check
    with pytest.raises(FileTooLargeError, match=r"grows\.txt: grew past the limit of 1000 bytes"):
        filled.import_file(path, max_bytes=1000)
    _unchanged(filled)


@pytest.mark.parametrize("suffix", [".txt", ".html", ".docx"])
def test_a_nul_in_the_path_is_refused_naming_the_path(filled: Project, tmp_path: Path, suffix: str) -> None:
    with pytest.raises(UnreadableFileError, match=r"a\\x00b.*: has a NUL character in its name"):
        filled.import_file(tmp_path / f"a\0b{suffix}")
    _unchanged(filled)


def test_a_device_is_refused_before_anything_is_read(filled: Project) -> None:
    with pytest.raises(UnreadableFileError, match="/dev/null: is a device, not a file"):
        filled.import_file("/dev/null")  # endless ones (/dev/zero) run in test_hostile_input_bounds.py
    _unchanged(filled)


def test_a_folder_named_like_an_article_is_refused(filled: Project, tmp_path: Path) -> None:
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    with pytest.raises(UnreadableFileError, match=r"folder\.txt: is a folder"):
        filled.import_file(folder)


def test_a_file_name_that_is_not_utf8_is_shown_escaped(tmp_path: Path) -> None:
    path = tmp_path / os.fsdecode(b"\xff-bad.txt")
    path.write_bytes(b"")
    with pytest.raises(FileImportError) as info:
        read_article(path)
    assert "\\udcff-bad.txt: is empty" in str(info.value)
    str(info.value).encode("utf-8")  # a message Qt and a terminal can show


# -- Word -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "first_cell",
    [
        hc.cell("خلية أولى", "<w:vMerge/>"),  # a merge continued from a row that does not exist
        hc.cell("خلية أولى", '<w:vMerge w:val="nonsense"/>'),
        hc.cell("خلية أولى", '<w:gridSpan w:val="zz"/>'),
        hc.cell("خلية أولى", '<w:gridSpan w:val="-5"/>'),
    ],
)
def test_damaged_word_tables_keep_their_text(tmp_path: Path, first_cell: str) -> None:
    body = hc.table([[first_cell, hc.cell("خلية ثانية")], [hc.cell("", "<w:vMerge/>"), hc.cell("ثالثة")]])
    path = hc.write_docx(tmp_path / "table.docx", body + hc.para(PARA_1))
    text = read_article(path).text
    assert text.split("\n\n") == ["خلية أولى", "خلية ثانية", "ثالثة", PARA_1]


def test_nested_tables_are_read_in_document_order(tmp_path: Path) -> None:
    inner = hc.table([[hc.cell("داخلية")]])
    body = hc.para("قبل") + f"<w:tbl><w:tr><w:tc>{hc.para('خارجية')}{inner}</w:tc></w:tr></w:tbl>" + hc.para("بعد")
    path = hc.write_docx(tmp_path / "nested.docx", body)
    assert read_article(path).text.split("\n\n") == ["قبل", "خارجية", "داخلية", "بعد"]


def test_an_entity_reference_in_a_run_keeps_its_paragraph_and_is_never_resolved(tmp_path: Path) -> None:
    doctype = '<!DOCTYPE w:document [<!ENTITY e "كيان"><!ENTITY x SYSTEM "file:///etc/passwd">]>'
    document = hc.document_xml(hc.para("&e;قبل &e; بعد") + hc.para("&x;سر") + hc.para(PARA_1), doctype)
    path = hc.write_docx(tmp_path / "entity.docx", document=document)
    lines = read_article(path).text.split("\n\n")
    assert lines == ["&e;قبل &e; بعد", "&x;سر", PARA_1]


@pytest.mark.parametrize(
    "damage",
    [
        hc.damage_central_directory,
        lambda p: p.write_bytes(p.read_bytes()[: len(p.read_bytes()) // 2]),
        lambda p: hc.lie_about_size(p, "word/document.xml", 10),
    ],
    ids=["central directory", "cut in half", "declared size"],
)
def test_a_damaged_zip_is_refused_as_a_damaged_document(filled: Project, tmp_path: Path, damage: object) -> None:
    path = hc.write_docx(tmp_path / "broken.docx", hc.word_article_body())
    damage(path)  # type: ignore[operator]
    with pytest.raises(NotDocumentError, match=r"broken\.docx: is (a damaged Word document|not a Word document)"):
        filled.import_file(path)
    _unchanged(filled)


@pytest.mark.parametrize("compression", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_members_compressed_as_word_never_does_are_refused(tmp_path: Path, compression: int) -> None:
    path = hc.write_docx(tmp_path / "odd.docx", hc.word_article_body(), compression=compression)
    with pytest.raises(NotDocumentError, match=r"odd\.docx: is compressed in a way Word never uses"):
        read_article(path)


def test_every_member_is_held_to_the_size_limit_not_only_the_document(filled: Project, tmp_path: Path) -> None:
    body = hc.word_article_body()
    thumbnail = hc.write_docx(tmp_path / "thumb.docx", body, thumbnail=hc.repeated(b"\0", 3_000_000))
    styles = hc.write_docx(tmp_path / "styles.docx", body, styles=hc.styles_bomb(3_000_000))
    for path in (thumbnail, styles):
        with pytest.raises(NotDocumentError, match=f"{path.name}: unpacks to more than the 488.3 KB"):
            filled.import_file(path, max_bytes=100_000)
    _unchanged(filled)


def test_too_many_tags_are_refused_before_python_docx_parses_them(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(word, "MAX_TAGS", 1_000)
    path = hc.write_docx(tmp_path / "many.docx", "<w:p/>" * 1_500 + hc.para(PARA_1))
    with pytest.raises(NotDocumentError, match=r"many\.docx: holds more than 1,000 XML tags"):
        read_article(path)


# -- saved pages ---------------------------------------------------------------------


def test_a_page_of_too_many_elements_is_refused_before_it_is_parsed_whole(
    filled: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(web_page, "MAX_PAGE_ELEMENTS", 2_000)
    path = tmp_path / "huge.html"
    path.write_text(hc.page_with_elements(3_000), encoding="utf-8")
    with pytest.raises(FileTooLargeError, match=r"huge\.html: has more than 2,000 HTML elements"):
        filled.import_file(path)
    _unchanged(filled)


def test_a_page_over_the_extraction_budget_gets_the_plain_extractor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import trafilatura

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("trafilatura was asked to extract a page over its budget")

    monkeypatch.setattr(web_page, "TRAFILATURA_ELEMENTS", 500)
    monkeypatch.setattr(trafilatura, "bare_extraction", never)
    path = tmp_path / "big.html"
    path.write_text(hc.page_with_elements(800), encoding="utf-8")
    draft = read_article(path)
    assert PARA_1 in draft.text and "فقرة 799" in draft.text and "سكربت" not in draft.text


# -- generated ----------------------------------------------------------------------------

_CELL_PROPERTIES = st.lists(
    st.one_of(
        st.just("<w:vMerge/>"),
        st.builds('<w:vMerge w:val="{}"/>'.format, st.sampled_from(["restart", "continue", "", "zz"])),
        st.builds(
            '<w:gridSpan w:val="{}"/>'.format,
            st.one_of(st.integers(-5, 10**12), st.sampled_from(["zz", "", "1.5", "٣"])),
        ),
    ),
    max_size=2,
)
_WORDS = st.text(alphabet="ابتثجحخ دذرزسش", min_size=1, max_size=12).map(lambda t: " ".join(t.split())).filter(bool)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.lists(st.tuples(_WORDS, _CELL_PROPERTIES), min_size=1, max_size=4), min_size=1, max_size=5))
def test_any_table_markup_is_read_with_every_cell_text(tmp_path: Path, rows: list[list[tuple[str, list[str]]]]) -> None:
    body = hc.table([[hc.cell(text, "".join(props)) for text, props in row] for row in rows])
    path = hc.write_docx(tmp_path / "generated.docx", body + hc.para(PARA_1))
    lines = read_article(path).text.split("\n\n")
    assert lines == [text for row in rows for text, _ in row] + [PARA_1]


_SOUP = st.lists(
    st.one_of(
        st.sampled_from(["<p>", "</p>", "<div>", "<table>", "<td>", "<br>", "<!--", "-->", "&#", "&amp;", "<svg>"]),
        st.builds('<meta charset="{}">'.format, st.sampled_from([*NOT_TEXT_CODECS, "utf-16", "utf-7", "x", ""])),
        st.text(max_size=30),
    ),
    max_size=60,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(_SOUP, st.sampled_from(["utf-8", "cp1256", "utf-16"]))
def test_any_tag_soup_is_read_or_refused_by_name(tmp_path: Path, soup: list[str], encoding: str) -> None:
    path = tmp_path / "soup.html"
    path.write_bytes(("<html><body>" + "".join(soup) + "</body></html>").encode(encoding, "replace"))
    try:
        draft = read_article(path)
    except FileImportError as exc:
        assert str(path) in str(exc)
        return
    assert draft.text.strip() and "\r" not in draft.text
