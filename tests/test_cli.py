"""The ``annotator`` command, run as a real subprocess."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator import Project
from annotator.paths import SAMPLE_ARTICLE
from tests.xlsx_helpers import sheet_rows


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True, timeout=120)


def test_import_reports_each_file_and_fails_on_bad_ones(tmp_path: Path) -> None:
    project = tmp_path / "p.nisba"
    bad = tmp_path / "image.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(40))
    cp1256 = tmp_path / "win.txt"
    cp1256.write_bytes("وقال وزير الخارجية أنتوني بلينكن إن الاتفاق يظهر أن موسكو في حالة يأس".encode("cp1256"))
    result = run("import", str(SAMPLE_ARTICLE), str(bad), str(cp1256), "--project", str(project))
    assert result.returncode == 1
    assert "imported" in result.stdout and "article 1" in result.stdout and "article 2" in result.stdout
    assert f"{bad}: is a PNG image" in result.stderr
    assert "2 imported, 0 skipped, 1 failed" in result.stderr
    with Project.open(project) as p:
        assert [a.text[:4] for a in p.articles()] == ["أخبا", "وقال"]
    again = run("import", str(SAMPLE_ARTICLE), "--project", str(project))
    assert again.returncode == 0 and "skipped" in again.stderr and "already in the project (article 1)" in again.stderr


def test_import_folder_then_export(tmp_path: Path) -> None:
    folder = tmp_path / "articles" / "deep"
    folder.mkdir(parents=True)
    (folder / "a.txt").write_text("خبر أول عن بوتين\nوقال بوتين إن الاتفاق تاريخي", encoding="utf-8")
    (folder / "b.txt").write_text("Second article text", encoding="utf-8")
    (folder / "skip.png").write_bytes(b"\x89PNG")
    project = tmp_path / "p.nisba"
    assert run("import", str(tmp_path / "articles"), "--project", str(project)).returncode == 0
    with Project.open(project) as p:
        article = p.articles()[0]
        source = p.add_source("بوتين", "person")
        start = article.text.index("بوتين", 10)
        p.add_claim(article.id, start, start + 5, [source.id])
    out = tmp_path / "out.xlsx"
    result = run("export", "--project", str(project), "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "exported 1 claim from 2 articles" in result.stdout
    [row] = sheet_rows(out, "Claims")
    assert row["Claim text"] == "بوتين" and row["Primary source"] == "بوتين"


def test_export_of_missing_project_is_an_error(tmp_path: Path) -> None:
    result = run("export", "--project", str(tmp_path / "none.nisba"), "--out", str(tmp_path / "x.xlsx"))
    assert result.returncode == 1 and "no such project" in result.stderr
    assert not (tmp_path / "none.nisba").exists()


def test_export_formats_scope_and_annotation_import(tmp_path: Path) -> None:
    project = tmp_path / "p.nisba"
    with Project.open(project) as p:
        first = p.import_file(SAMPLE_ARTICLE)
        second = p.add_article("The Hill reported that the deal was signed.")
        hill = p.add_source("The Hill", "media")
        p.add_claim(first.id, 76, 120, [hill.id])
        p.add_claim(second.id, 23, 42, [hill.id])
    csv_out = tmp_path / "claims.csv"
    assert run("export", "-p", str(project), "-o", str(csv_out)).returncode == 0
    assert csv_out.read_bytes().startswith(b"\xef\xbb\xbf")
    forced = tmp_path / "claims.data"
    result = run("export", "-p", str(project), "-o", str(forced), "--format", "json")
    assert result.returncode == 0 and forced.read_text(encoding="utf-8").lstrip().startswith("{")
    one = tmp_path / "one.xlsx"
    result = run("export", "-p", str(project), "-o", str(one), "--article", str(second.id), "--no-context")
    assert "exported 1 claim from 1 article" in result.stdout
    [row] = sheet_rows(one, "Claims")
    assert row["Claim text"] == "the deal was signed" and "Text before" not in row
    bad = run("export", "-p", str(project), "-o", str(tmp_path / "x.pdf"))
    assert bad.returncode == 1 and "unknown export format 'pdf'" in bad.stderr

    other = tmp_path / "other.nisba"
    assert run("import", str(SAMPLE_ARTICLE), "-p", str(other)).returncode == 0
    result = run("import-annotations", str(forced), "-p", str(other))
    assert result.returncode == 1  # the English article's claim cannot be placed
    assert "1 claim(s) added" in result.stdout and "is not in this project" in result.stdout
    with Project.open(other) as p:
        [claim] = p.claims()
        assert (claim.start, claim.end) == (76, 120)


def test_import_folder_of_pages_word_files_and_text_with_progress(tmp_path: Path) -> None:
    from tests.corpus import HEADLINE, write_docx, write_page, write_zip_of_other

    folder = tmp_path / "mixed" / "deep"
    folder.mkdir(parents=True)
    write_page(folder, "page.htm")
    write_docx(folder, "word.docx")
    write_zip_of_other(folder, "fake.docx")
    (folder / "sample.txt").write_bytes(SAMPLE_ARTICLE.read_bytes())
    project = tmp_path / "p.nisba"
    result = run("import", str(tmp_path / "mixed"), "--clean", "--project", str(project))
    assert result.returncode == 1  # the fake .docx
    assert "[4/4] imported" in result.stdout and "[1/4] error" in result.stderr
    assert "fake.docx: is a zip archive but not a Word document" in result.stderr
    assert "4 furniture line(s) removed" in result.stdout
    assert "3 imported, 0 skipped, 1 failed" in result.stderr
    with Project.open(project) as p:
        page, sample, word = p.articles()
        assert (page.title, page.outlet, str(page.published)) == (HEADLINE, "الخليج اليوم", "2024-06-20")
        assert sample.text.startswith("خلال زيارة") and sample.text.endswith("مواصلة الحرب.")
        assert word.direction == "rtl" and word.text.startswith(HEADLINE)
