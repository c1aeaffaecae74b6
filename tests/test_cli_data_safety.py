"""The command line and the one-writer rule: export reads alongside the app; import waits its turn, saying why."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from annotator import Project
from annotator.paths import SAMPLE_ARTICLE
from tests.v1_project import build_v1_project


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "annotator", *args], capture_output=True, text=True, timeout=120)


def test_export_works_while_the_app_has_the_project_open_and_import_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as app_project:
        app_project.import_file(SAMPLE_ARTICLE)
        result = run("export", "--project", str(path), "--out", str(tmp_path / "c.xlsx"))
        assert result.returncode == 0, result.stderr
        result = run("import", str(SAMPLE_ARTICLE), "--project", str(path))
        assert result.returncode != 0 and "already open in another Nisba window" in result.stderr
        assert len(app_project.articles()) == 1


def test_export_of_an_older_file_upgrades_it_first(tmp_path: Path) -> None:
    path = tmp_path / "old.nisba"
    build_v1_project(path)
    result = run("export", "--project", str(path), "--out", str(tmp_path / "c.xlsx"))
    assert result.returncode == 0, result.stderr
    assert "exported 3 claims" in result.stdout
