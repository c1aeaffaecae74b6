"""Reading article files: encodings, line endings, titles, and clear refusals."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from annotator import AnnotatorError, Project
from annotator.errors import (
    DecodingError,
    DuplicateArticleError,
    EmptyFileError,
    FileTooLargeError,
    NotTextError,
    UnreadableFileError,
)
from annotator.importers.text_file import guess_title, normalize_text, read_text_file

ARABIC = (
    "خلال زيارة تاريخية.. بوتين وكيم يوقعان اتفاقية جديدة\n\nوقال بوتين إن “الاتفاقية” تنص على المساعدة المتبادلة.\n"
)


@pytest.mark.parametrize(
    ("encoding", "prefix"),
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("cp1256", b""),
        ("iso-8859-6", b""),
    ],
)
def test_each_encoding_decodes_to_the_same_stored_text(tmp_path: Path, encoding: str, prefix: bytes) -> None:
    text = ARABIC if encoding != "iso-8859-6" else ARABIC.replace("“", '"').replace("”", '"')
    path = tmp_path / f"article-{encoding}.txt"
    path.write_bytes(prefix + text.encode(encoding))
    decoded = read_text_file(path)
    assert decoded.text == text
    assert not decoded.text.startswith("\ufeff")
    assert decoded.title == "خلال زيارة تاريخية.. بوتين وكيم يوقعان اتفاقية جديدة"


def test_windows_1256_is_not_mistaken_for_western(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes("وقال وزير الخارجية أنتوني بلينكن إن الاتفاق بين روسيا وكوريا الشمالية".encode("cp1256"))
    decoded = read_text_file(path)
    assert decoded.text.startswith("وقال وزير")
    assert decoded.encoding.replace("_", "").replace("-", "").lower() in {"cp1256", "windows1256"}


def test_line_endings_become_lf_and_nothing_else_changes() -> None:
    assert normalize_text("\ufeffa\r\nb\rc\nd\u00a0e\u2029f") == "a\nb\nc\nd\u00a0e\u2029f"


def test_title_skips_a_section_word(sample_text: str) -> None:
    assert guess_title(sample_text) == "خلال زيارة تاريخية.. بوتين وكيم يوقعان اتفاقية جديدة للدفاع المشترك"
    assert guess_title("This is a sentence that ends.\nMore.") is None


@pytest.mark.parametrize(
    ("content", "error", "words"),
    [
        (b"", EmptyFileError, "empty"),
        (b"  \n\r\n\t ", EmptyFileError, "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), NotTextError, "PNG image"),
        (b"PK\x03\x04" + bytes(100), NotTextError, "ZIP"),
        (b"abc\x00def\x00" * 20, NotTextError, "binary"),
        (b"\xff\xfe\x00\xd8", DecodingError, "utf-16"),
    ],
)
def test_bad_files_are_refused_with_name_and_reason(tmp_path: Path, content: bytes, error: type, words: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(error) as info:
        read_text_file(path)
    assert str(path) in str(info.value)
    assert words.lower() in str(info.value).lower()
    assert isinstance(info.value, AnnotatorError)


def test_missing_folder_and_too_large(tmp_path: Path) -> None:
    with pytest.raises(UnreadableFileError, match="does not exist"):
        read_text_file(tmp_path / "nope.txt")
    with pytest.raises(UnreadableFileError, match="folder"):
        read_text_file(tmp_path)
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 2048)
    with pytest.raises(FileTooLargeError, match="limit"):
        read_text_file(big, max_bytes=1024)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("x")
    path.chmod(0)
    with pytest.raises(UnreadableFileError, match="permission"):
        read_text_file(path)


def test_refused_file_leaves_the_project_unchanged(project: Project, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARABIC, encoding="utf-8")
    first = project.import_file(good)
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(50))
    with pytest.raises(NotTextError):
        project.import_file(bad)
    with pytest.raises(DuplicateArticleError, match=f"article {first.id}"):
        project.import_file(good)
    assert [a.id for a in project.articles()] == [first.id]


def test_crlf_file_stores_lf_and_offsets_follow_it(project: Project, tmp_path: Path) -> None:
    path = tmp_path / "crlf.txt"
    path.write_bytes("\ufeffسطر أول\r\nوقال بوتين\r\n".encode("utf-8"))
    article = project.import_file(path)
    assert article.text == "سطر أول\nوقال بوتين\n"
    assert article.direction == "rtl" and article.language == "ar" and article.encoding == "utf-8-sig"
    start = article.text.index("بوتين")
    claim = project.add_claim(article.id, start, start + 5)
    assert claim.text == "بوتين"
