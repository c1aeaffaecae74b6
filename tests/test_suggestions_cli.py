"""``annotator suggest FILE... [--project P] --json``, run as a real subprocess."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

from annotator import Project
from annotator.paths import SAMPLE_ARTICLE
from tests.test_suggestions import CONTRACT_KEYS


def suggest(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator", "suggest", *args], capture_output=True, text=True, timeout=120
    )


def test_json_output_has_one_object_per_file_with_offsets_into_the_stored_text(tmp_path: Path) -> None:
    crlf = tmp_path / "crlf.txt"
    crlf.write_bytes(b"\xef\xbb\xbf" + SAMPLE_ARTICLE.read_bytes().replace(b"\n", b"\r\n"))
    result = suggest(str(SAMPLE_ARTICLE), str(crlf), "--json")
    assert result.returncode == 0, result.stderr
    documents = [json.loads(line) for line in result.stdout.splitlines()]
    assert [d["article"] for d in documents] == ["ar-news-putin-kim.txt", "crlf.txt"]
    with Project.open(tmp_path / "p.nisba") as project:
        stored = project.import_file(crlf).text
    assert documents[0]["claims"] == documents[1]["claims"]  # BOM and CRLF gone, as import_file stores them
    claims = documents[1]["claims"]
    assert len(claims) >= 8
    for claim in claims:
        assert set(claim) == CONTRACT_KEYS
        assert stored[claim["start"] : claim["end"]] == claim["claim"]
        assert stored[claim["cue_start"] : claim["cue_start"] + len(claim["cue"])] == claim["cue"]
    assert stored.startswith("أخبار")  # the furniture is kept, so the offsets count it


def test_the_projects_sources_and_aliases_name_the_suggestions(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as project:
        project.add_source("Antony Blinken", "person", aliases=["بلينكن"])
        project.add_source("Vladimir Putin", "person", aliases=["بوتين", "فلاديمير بوتين"])
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = suggest(str(SAMPLE_ARTICLE), "--project", str(path), "--json")
    assert result.returncode == 0, result.stderr
    sources = {c["source"] for c in json.loads(result.stdout)["claims"]}
    assert {"Antony Blinken", "Vladimir Putin", "The Hill"} <= sources
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before  # opened read-only


def test_an_unreadable_file_is_reported_and_the_others_still_suggested(tmp_path: Path) -> None:
    result = suggest(str(tmp_path / "missing.txt"), str(SAMPLE_ARTICLE), "--json")
    assert result.returncode == 1
    assert "missing.txt: does not exist" in result.stderr
    assert json.loads(result.stdout)["article"] == "ar-news-putin-kim.txt"


def test_a_missing_project_is_an_error(tmp_path: Path) -> None:
    result = suggest(str(SAMPLE_ARTICLE), "--project", str(tmp_path / "none.nisba"), "--json")
    assert result.returncode == 1 and "no such project file" in result.stderr
    assert not (tmp_path / "none.nisba").exists()


def test_without_json_a_readable_listing() -> None:
    result = suggest(str(SAMPLE_ARTICLE))
    assert result.returncode == 0
    assert "ar-news-putin-kim.txt:" in result.stdout and "أنتوني بلينكن [وقال وزير الخارجية" in result.stdout


def test_a_reader_that_stops_early_ends_the_command_quietly() -> None:
    """``annotator suggest ... | head -1``: no traceback when the pipe closes (BrokenPipeError)."""
    command = [sys.executable, "-m", "annotator", "suggest", *[str(SAMPLE_ARTICLE)] * 40, "--json"]
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE) as process:
        assert process.stdout is not None and process.stderr is not None
        first = process.stdout.readline()
        process.stdout.close()  # the reader goes away with most of the output unwritten
        errors = process.stderr.read().decode()
        process.wait(timeout=120)
    assert json.loads(first)["article"] == "ar-news-putin-kim.txt"
    assert "Traceback" not in errors and "BrokenPipeError" not in errors, errors
