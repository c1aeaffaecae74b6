"""``annotator export --out study.qdpx`` and ``annotator import-project``, run as real subprocesses."""

from __future__ import annotations

from pathlib import Path

from annotator import Project
from tests.qdpx_files import Selection, Source, code, guid, write_qdpx
from tests.test_cli import run
from tests.test_refi_export import fill


def test_export_then_import_project_from_the_command_line(tmp_path: Path, sample_text: str) -> None:
    study = tmp_path / "study.nisba"
    with Project.open(study) as project:
        fill(project, sample_text)
    exported = run("export", "-p", str(study), "--out", str(tmp_path / "study.qdpx"))
    assert exported.returncode == 0, exported.stderr
    assert "exported 3 claims from 3 articles" in exported.stdout
    other = tmp_path / "other.nisba"
    Project.open(other).close()
    preview = run("import-project", str(tmp_path / "study.qdpx"), "-p", str(other), "--preview")
    assert preview.returncode == 0 and "article “بوتين وكيم”: 2 claim(s), new" in preview.stdout
    with Project.open(other) as p:
        assert p.articles() == []
    result = run("import-project", str(tmp_path / "study.qdpx"), "-p", str(other))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 claim(s) added, 3 new article(s)")
    with Project.open(other) as p:
        assert len(p.claims()) == 3


def test_a_folder_is_mapped_to_sources_and_bad_input_is_an_error(tmp_path: Path) -> None:
    folder, person = guid(), guid()
    codes = code(folder, "Speakers", codable=False, children=code(person, "Putin"))
    text = "وقال بوتين إن الوقت حان."
    source = Source("a", text, [Selection(5, 10, [person], name="بوتين")])
    qdpx = write_qdpx(tmp_path / "qc.qdpx", [source], codes, origin="QualCoder 3.6")
    project = tmp_path / "p.nisba"
    Project.open(project).close()
    mapped = run("import-project", str(qdpx), "-p", str(project), "--map", "Speakers=sources")
    assert mapped.returncode == 0 and "1 new source(s): Putin" in mapped.stdout
    wrong = run("import-project", str(qdpx), "-p", str(project), "--map", "Speakers=people")
    assert wrong.returncode == 1 and "--map takes FOLDER=ROLE" in wrong.stderr
    broken = tmp_path / "broken.qdpx"
    broken.write_text("not a zip", encoding="utf-8")
    refused = run("import-project", str(broken), "-p", str(project))
    assert refused.returncode == 1 and f"{broken}: is not a REFI-QDA project (.qdpx)" in refused.stderr
