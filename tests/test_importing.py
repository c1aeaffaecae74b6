"""Importing web pages, Word files and text in each encoding: text, metadata, direction, clear refusals."""

from __future__ import annotations

import os
import socket
from datetime import date
from pathlib import Path

import pytest

from annotator import AnnotatorError, Project
from annotator.errors import (
    DecodingError,
    DuplicateArticleError,
    EmptyFileError,
    FileTooLargeError,
    InvalidValueError,
    NotDocumentError,
    NotTextError,
    UnreadableFileError,
)
from annotator.importers.furniture import find_furniture, remove_furniture
from annotator.importers.reading import draft_from_clipboard, expand_paths, read_article
from annotator.importers.text_file import guess_encoding
from annotator.paths import SAMPLE_ARTICLE
from annotator.text.direction import detect_direction, detect_language, paragraph_directions
from tests.corpus import (
    HEADLINE,
    NOT_ARTICLE,
    PARA_1,
    PARA_2,
    PARA_3,
    news_page,
    write_docx,
    write_page,
    write_zip_of_other,
)

# -- web pages ------------------------------------------------------------------------------


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the import tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.usefixtures("no_network")
@pytest.mark.parametrize("charset", ["utf-8", "windows-1256"])
def test_saved_page_gives_the_article_body_and_metadata(tmp_path: Path, charset: str) -> None:
    draft = read_article(write_page(tmp_path, charset=charset))
    assert draft.kind == "html"
    assert draft.text == f"{HEADLINE}\n\n{PARA_1}\n\n{PARA_2}\n\n{PARA_3}"
    for furniture in NOT_ARTICLE:
        assert furniture not in draft.text
    assert draft.title == HEADLINE
    assert draft.outlet == "الخليج اليوم"
    assert draft.url == "https://example.com/news/putin-kim"
    assert draft.published == "2024-06-20"
    assert draft.language == "ar"
    assert draft.encoding == charset


def test_an_old_page_declaring_windows_1256_in_http_equiv(tmp_path: Path) -> None:
    html = news_page("windows-1256").replace(
        '<meta charset="windows-1256">',
        '<meta http-equiv="Content-Type" content="text/html; charset=windows-1256">',
    )
    path = tmp_path / "old.htm"
    path.write_bytes(html.encode("cp1256"))
    draft = read_article(path)
    assert draft.encoding == "windows-1256" and draft.text.startswith(HEADLINE) and PARA_3 in draft.text


def test_a_copyright_year_is_not_a_publication_date(tmp_path: Path) -> None:
    draft = read_article(write_page(tmp_path, dated=False, lang="ar-EG"))
    assert draft.published is None
    assert draft.language == "ar"


def test_page_metadata_goes_into_the_article(project: Project, tmp_path: Path) -> None:
    article = project.import_file(write_page(tmp_path))
    assert (article.title, article.outlet, article.url, article.published, article.language, article.direction) == (
        HEADLINE,
        "الخليج اليوم",
        "https://example.com/news/putin-kim",
        date(2024, 6, 20),
        "ar",
        "rtl",
    )
    start = article.text.index("بلينكن")
    assert project.add_claim(article.id, start, start + 6).text == "بلينكن"


def test_a_page_without_an_article_falls_back_to_its_text(tmp_path: Path) -> None:
    path = tmp_path / "short.htm"
    path.write_text("<html><body><p>قال بوتين</p><script>x()</script></body></html>", encoding="utf-8")
    assert read_article(path).text == "قال بوتين"
    empty = tmp_path / "empty.html"
    empty.write_text("<html><head><script>x()</script></head><body> </body></html>", encoding="utf-8")
    with pytest.raises(EmptyFileError, match=r"empty\.html"):
        read_article(empty)


# -- Word files --------------------------------------------------------------------------------


def test_docx_paragraphs_in_order_with_right_to_left_kept(project: Project, tmp_path: Path) -> None:
    draft = read_article(write_docx(tmp_path))
    assert draft.kind == "docx"
    assert draft.text.split("\n\n") == [
        HEADLINE,
        PARA_1,
        PARA_2,
        "The agreement was signed in Pyongyang.",
        "المصدر",
        "وكالة أسوشيتد برس",
        PARA_3,
    ]
    assert draft.direction == "rtl" and draft.title == HEADLINE
    article = project.import_draft(draft)
    assert article.direction == "rtl" and article.language == "ar"
    dirs = paragraph_directions(article.text, "rtl")
    assert dirs[article.text.split("\n").index("The agreement was signed in Pyongyang.")] == "ltr"


def test_docx_title_from_its_properties(tmp_path: Path) -> None:
    assert read_article(write_docx(tmp_path, title="عنوان المستند")).title == "عنوان المستند"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda d: write_zip_of_other(d), "not a Word document"),
        (lambda d: (d / "plain.docx").write_text("just text, no zip") and d / "plain.docx", "not a zip"),
    ],
)
def test_a_docx_that_is_not_one_is_refused(project: Project, tmp_path: Path, make: object, words: str) -> None:
    path = make(tmp_path)  # type: ignore[operator]
    with pytest.raises(NotDocumentError) as info:
        project.import_file(path)
    assert str(path) in str(info.value) and words in str(info.value)
    assert project.articles() == []


# -- plain text in each encoding ---------------------------------------------------------------

HEBREW = "ראש הממשלה אמר היום כי ההסכם בין רוסיה לצפון קוריאה מסוכן לאזור כולו.\nהוא הוסיף כי ישראל עוקבת.\n"
PERSIAN_1256 = "رئيس‌جمهور روسيه گفت که اين توافق‌نامه کمک متقابل را پيش‌بيني مي‌کند.\n"  # Arabic yeh: in cp1256
PERSIAN = "رئیس‌جمهور روسیه گفت که این توافق‌نامه کمک متقابل را پیش‌بینی می‌کند.\n"
URDU = "روس اور شمالی کوریا نے ایک نئے دفاعی معاہدے پر دستخط کیے ہیں۔\n"
ENGLISH = "Putin and Kim signed a new mutual defence pact this week, The Hill reported.\n"


@pytest.mark.parametrize(
    ("text", "encoding", "language", "direction"),
    [
        (HEBREW, "cp1255", "he", "rtl"),
        (HEBREW, "iso-8859-8", "he", "rtl"),
        (HEBREW, "utf-16", "he", "rtl"),
        (PERSIAN_1256, "cp1256", "fa", "rtl"),
        (PERSIAN, "utf-8", "fa", "rtl"),
        (PERSIAN, "utf-8-sig", "fa", "rtl"),
        (URDU, "utf-8", "ur", "rtl"),
        (ENGLISH, "utf-16-be", "en", "ltr"),
    ],
)
def test_hebrew_persian_urdu_english_import_with_language_and_direction(
    project: Project, tmp_path: Path, text: str, encoding: str, language: str, direction: str
) -> None:
    path = tmp_path / "a.txt"
    data = text.replace("\n", "\r\n").encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    path.write_bytes(data)
    article = project.import_file(path)
    assert article.text == text  # CRLF stored as LF, ZWNJ kept
    assert (article.language, article.direction) == (language, direction)


def test_cr_only_line_endings(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "mac.txt"
    path.write_bytes("سطر أول\rسطر ثان\r".encode("cp1256"))
    assert project.import_file(path).text == "سطر أول\nسطر ثان\n"


def test_an_unsure_guess_offers_alternatives_and_the_users_choice_wins(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "short.txt"
    path.write_bytes("مرحبا بالعالم".encode("iso-8859-6"))
    draft = read_article(path)
    assert not draft.encoding_confident
    assert "iso8859_6" in (draft.encoding, *draft.encoding_alternatives)
    chosen = read_article(path, encoding="iso8859_6")
    assert chosen.text == "مرحبا بالعالم" and chosen.encoding == "iso8859_6"
    assert project.import_file(path, encoding="iso-8859-6").text == "مرحبا بالعالم"
    with pytest.raises(DecodingError, match=r"short\.txt.*not an encoding"):
        read_article(path, encoding="no-such-codec")


def test_long_texts_are_detected_with_confidence() -> None:
    for encoding in ("cp1256", "iso-8859-6"):
        guess = guess_encoding((PARA_3 + PARA_2).replace("“", '"').replace("“", '"').encode(encoding))
        assert guess.confident and guess.encoding.replace("-", "_") in ("cp1256", "iso8859_6")


# -- site furniture ------------------------------------------------------------------------------


def test_sample_furniture_is_offered_not_applied(project: Project) -> None:
    sample = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    draft = read_article(SAMPLE_ARTICLE)
    assert draft.text == sample  # nothing removed unless asked
    assert [line.text for line in draft.furniture.lines] == ["أخبار", "تعليق", "إقرأ أيضاً", "زر الذهاب إلى الأعلى"]
    cleaned = draft.without_furniture()
    assert cleaned.text.startswith("خلال زيارة تاريخية") and cleaned.text.endswith("مواصلة الحرب.")
    assert cleaned.text == sample[sample.index("خلال") : sample.index("\n\nتعليق")]
    assert project.import_file(SAMPLE_ARTICLE).text == sample
    article = project.import_file(SAMPLE_ARTICLE, remove_furniture=True)  # a different text: not a duplicate
    assert article.text == cleaned.text
    assert article.title == "خلال زيارة تاريخية.. بوتين وكيم يوقعان اتفاقية جديدة للدفاع المشترك"


def test_furniture_found_at_the_edges_and_read_also_links() -> None:
    text = (
        "الرئيسية > أخبار > دولي\nعنوان الخبر هنا طويل بعض الشيء\n\nنص الخبر الأول.\n"
        "اقرأ أيضاً: بوتين يزور الصين\nنص آخر.\n\nشارك\nفيسبوك تويتر واتساب\n© 2024 جميع الحقوق محفوظة\n"
    )
    furniture = find_furniture(text)
    assert [f.reason for f in furniture.lines] == [
        "breadcrumb",
        "read-also link",
        "site link",
        "share buttons",
        "copyright line",
    ]
    for f in furniture.lines:
        assert text[f.start : f.end] == f.text
    assert remove_furniture(text, furniture) == "عنوان الخبر هنا طويل بعض الشيء\n\nنص الخبر الأول.\nنص آخر.\n"


def test_no_furniture_in_plain_prose_and_never_everything() -> None:
    assert not find_furniture(f"{PARA_1}\n\n{PARA_2}\n")
    assert not find_furniture("أخبار\n\nشارك\n")
    assert not find_furniture("شارك")


# -- clipboard, folders -----------------------------------------------------------------------


def test_clipboard_text_or_html() -> None:
    assert draft_from_clipboard("سطر\r\nوقال بوتين").text == "سطر\nوقال بوتين"
    html = f"<meta charset='utf-8'><p>{PARA_1}</p><script>x()</script><p>{PARA_2}</p>"
    draft = draft_from_clipboard(None, html)
    assert draft.text == f"{PARA_1}\n\n{PARA_2}" and draft.kind == "clipboard"
    with pytest.raises(InvalidValueError, match="clipboard holds no text"):
        draft_from_clipboard("  ", "<p> </p>")


def test_clipboard_article_is_stored_without_a_file(project: Project) -> None:
    article = project.import_draft(draft_from_clipboard(f"{HEADLINE}\n{PARA_1}"))
    assert article.imported_from == "clipboard" and article.title == HEADLINE


def test_folders_are_walked_for_every_importable_kind(tmp_path: Path) -> None:
    deep = tmp_path / "a" / "b"
    deep.mkdir(parents=True)
    for name in ("x.txt", "y.HTML", "z.docx", "w.htm", "skip.png", "~$lock.docx", ".hidden.txt"):
        (deep / name).write_bytes(b"x")
    assert [p.name for p in expand_paths([tmp_path])] == ["w.htm", "x.txt", "y.HTML", "z.docx"]


# -- bad input: a clear answer, nothing lost -------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "error", "words"),
    [
        ("empty.txt", b"", EmptyFileError, "is empty"),
        ("empty.html", b"", EmptyFileError, "is empty"),
        ("image.txt", b"\x89PNG\r\n\x1a\n" + bytes(200), NotTextError, "PNG image"),
        ("image.html", b"\xff\xd8\xff\xe0" + bytes(200), NotTextError, "JPEG image"),
        ("old.txt", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(200), NotTextError, "old Microsoft Office"),
        ("bytes.txt", bytes(range(1, 32)) * 40, NotTextError, "control characters"),
        ("bad-bom.txt", b"\xff\xfe\x00\xd8", DecodingError, "utf-16"),
    ],
)
def test_each_bad_file_is_refused_and_the_batch_goes_on(
    project: Project, tmp_path: Path, name: str, content: bytes, error: type, words: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(PARA_1, encoding="utf-8")
    results: list[object] = []
    for path in (bad, good):
        try:
            results.append(project.import_file(path).id)
        except AnnotatorError as exc:
            results.append(exc)
    refusal, stored = results
    assert isinstance(refusal, error) and str(bad) in str(refusal) and words in str(refusal)
    assert [a.id for a in project.articles()] == [stored]


def test_too_large_limit_is_overridable(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "big.html"
    path.write_text(f"<p>{PARA_1}</p>" * 20, encoding="utf-8")
    with pytest.raises(FileTooLargeError, match=r"big\.html.*limit"):
        project.import_file(path, max_bytes=1024)
    assert project.articles() == []
    assert project.import_file(path, max_bytes=1_000_000).text.startswith(PARA_1[:20])


def test_unreadable_paths(project: Project, tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match=r"missing\.docx: does not exist"):
        project.import_file(tmp_path / "missing.docx")
    with pytest.raises(UnreadableFileError, match="is a folder"):
        read_article(tmp_path)


def test_duplicate_of_a_page_is_skipped(project: Project, tmp_path: Path) -> None:
    first = project.import_file(write_page(tmp_path, "one.html"))
    with pytest.raises(DuplicateArticleError, match=f"two.htm.*article {first.id}"):
        project.import_file(write_page(tmp_path, "two.htm"))


def test_direction_of_mixed_paragraphs() -> None:
    assert detect_direction("The Hill قالت إن بوتين وكيم وقعا الاتفاق") == "rtl"
    assert detect_language(PERSIAN) == "fa" and detect_language(URDU) == "ur" and detect_language(HEBREW) == "he"


def test_unknown_suffixes_are_sniffed(tmp_path: Path) -> None:
    page = tmp_path / "saved-page"
    page.write_bytes(write_page(tmp_path).read_bytes())
    assert read_article(page).kind == "html"
    word = tmp_path / "word.bin"
    word.write_bytes(write_docx(tmp_path).read_bytes())
    assert read_article(word).kind == "docx"
    text = tmp_path / "notes.md"
    text.write_text(PARA_1, encoding="utf-8")
    assert read_article(text).kind == "text"


def test_a_permission_error_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "locked.html"
    path.write_text("<p>x</p>", encoding="utf-8")

    real_open = os.open

    def deny(name: object, flags: int, *args: int) -> int:
        if Path(str(name)) == path:
            raise PermissionError(13, "Permission denied")
        return real_open(name, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", deny)  # root reads anything: simulate the refusal
    with pytest.raises(UnreadableFileError, match=r"locked\.html: cannot be read \(permission denied\)"):
        read_article(path)


def test_a_wrong_chosen_encoding_is_refused_not_garbled(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes(PARA_3.encode("cp1256"))
    with pytest.raises(DecodingError, match=r"win\.txt: is not valid utf-8 .*try another encoding"):
        read_article(path, encoding="utf-8")
    assert read_article(path).text == PARA_3


def test_an_xhtml_page_with_an_xml_declaration(tmp_path: Path) -> None:
    path = tmp_path / "page.xhtml"
    html = news_page().replace("<!DOCTYPE html>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE html>')
    path.write_text(html.replace('<html lang="ar"', '<html xmlns="http://www.w3.org/1999/xhtml" lang="ar"'), "utf-8")
    draft = read_article(path)
    assert draft.text.startswith(HEADLINE) and PARA_3 in draft.text and draft.language == "ar"


def test_a_word_file_without_text_is_refused(project: Project, tmp_path: Path) -> None:
    import docx

    path = tmp_path / "blank.docx"
    document = docx.Document()
    document.add_paragraph("   ")
    document.save(str(path))
    with pytest.raises(EmptyFileError, match=r"blank\.docx: holds no text"):
        project.import_file(path)
    assert project.articles() == []
