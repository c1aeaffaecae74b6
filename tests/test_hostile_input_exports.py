"""Exports of hostile values a project holds: no live formula, no character Excel refuses, every file reads back.

The values are written into the project file directly (as an older version, another tool or an
import may have stored them), so the test holds whatever the API accepts today.
"""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import openpyxl
import pytest

from annotator import Project
from annotator.exchange.w3c import read_web_annotations
from annotator.exports.files import FORMULA_PREFIXES
from tests.corpus import PARA_1

HOSTILE = ["=1+1", "@SUM(A1)", "+1", "-1", "a\x01b", "\x1b[31m", "=cmd|' /C calc'!A0", "x\ufffe"]


@pytest.fixture(scope="module")
def hostile_project(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A project whose text fields (language among them) hold formula-looking text and control characters."""
    path = tmp_path_factory.mktemp("hostile-exports") / "p.nisba"
    with Project.open(path, backup_on_open=False, backup_every_minutes=None) as p:
        for n in range(len(HOSTILE)):
            article = p.add_article(f"{PARA_1} {n}")
            source = p.add_source(f"مصدر {n}", "person", aliases=[f"كنية {n}"])
            p.add_claim(article.id, 0, 20, [source.id], note="ملاحظة")
            p.add_label(f"وسم {n}")
    con = sqlite3.connect(path)
    with con:
        for n, value in enumerate(HOSTILE, start=1):
            con.execute(
                "UPDATE article SET language = ?, title = ?, outlet = ?, url = ? WHERE id = ?",
                (value, value, value, value, n),
            )
            con.execute("UPDATE source SET name = ? WHERE id = ?", (f"{value} {n}", n))
            con.execute("UPDATE claim SET note = ? WHERE id = ?", (value, n))
    con.close()
    return path


def test_no_cell_of_the_workbook_is_a_formula_or_refused(hostile_project: Path, tmp_path: Path) -> None:
    with Project.open(hostile_project, backup_on_open=False, backup_every_minutes=None) as p:
        target = p.export(tmp_path / "out.xlsx", "xlsx").path
    book = openpyxl.load_workbook(target)
    cells = [c for ws in book for row in ws.iter_rows() for c in row]
    formulas = [f"{c.parent.title}!{c.coordinate}" for c in cells if c.data_type == "f"]
    assert formulas == []
    articles = book["Articles"]
    header = [c.value for c in articles[1]]
    languages = [row[header.index("Language")] for row in articles.iter_rows(min_row=2, values_only=True)]
    assert languages[:4] == ["=1+1", "@SUM(A1)", "+1", "-1"] and languages[4] == "a\ufffdb"


def test_csv_cells_that_look_like_formulas_get_their_apostrophe(hostile_project: Path, tmp_path: Path) -> None:
    with Project.open(hostile_project, backup_on_open=False, backup_every_minutes=None) as p:
        target = p.export(tmp_path / "out.csv", "csv").path
    with target.open(encoding="utf-8-sig", newline="") as fh:
        cells = [cell for row in csv.reader(fh) for cell in row]
    assert "'=1+1" in cells and not [c for c in cells if c.startswith(FORMULA_PREFIXES)]


def test_the_json_export_reads_back(hostile_project: Path, tmp_path: Path) -> None:
    with Project.open(hostile_project, backup_on_open=False, backup_every_minutes=None) as p:
        target = p.export(tmp_path / "out.json", "json").path
    refs = read_web_annotations(target)
    assert sorted(ref.note for ref in refs) == sorted(HOSTILE)
