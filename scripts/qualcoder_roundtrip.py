"""A round trip through QualCoder, tried for real: Nisba -> .qdpx -> QualCoder -> .qdpx -> Nisba, field by field.

    .venv/bin/python scripts/qualcoder_roundtrip.py --qualcoder PATH [--keep DIR] [--python PY]

PATH is QualCoder's source tree (with src/qualcoder/refi.py), or a git repository of it (its HEAD is unpacked).
1. Builds a Nisba project with every kind of record (scripts/qualcoder_trial_project.py) and exports it with
   ``project.export("nisba.qdpx")``.
2. In QualCoder's own environment (a venv with PyQt6 that this script makes under ~/.cache/nisba, or --python),
   runs QualCoder's importer and exporter headless (scripts/qualcoder_headless.py): a new QualCoder project made
   by QualCoder's own code, Nisba's file imported by its RefiImport, its database read and every coding checked
   against QualCoder's own slice of its text, then its RefiExport writes a .qdpx.
3. Imports QualCoder's .qdpx into a new Nisba project and compares it with the original field by field.
4. Prints a table of what survived and what did not, with the reason where QualCoder's code shows it.

QualCoder's helpers import PyQt6.QtMultimedia, which needs the system library libpulse0 (Debian's package of that
name).  Nothing here touches the user's home: QualCoder's HOME is a folder of the trial.
"""

from __future__ import annotations

import argparse
import ctypes.util
import json
import os
import subprocess
import sys
import tempfile
import textwrap
from pathlib import Path
from typing import Any

from qualcoder_trial_checks import Row, database_rows, export_rows, read_qde
from qualcoder_trial_project import (
    ARTICLE_FIELDS,
    CLAIM_FIELDS,
    ITEM_FIELDS,
    SOURCE_FIELDS,
    Snapshot,
    build,
    compare,
    snapshot,
)

from annotator import Project

HERE = Path(__file__).resolve().parent
QUALCODER_PACKAGES = ("PyQt6==6.11.0", "qtawesome", "pymupdf", "Pillow")
"""What QualCoder's modules run here import at start (refi, app, helpers, speakers, color_selector)."""
LOSS_REASONS = {
    "colour": "QualCoder stores the nearest of its own 120 colours (refi.py sub_codes -> color_matcher)",
    "modified": "QualCoder keeps one date per coding and writes creationDateTime only; Nisba takes that time",
    "link_annotators": "QualCoder gives every coding its selection's creatingUser, not the Coding's "
    "(load_codings_for_text), so each link comes back as the claim annotator's",
    "mentions": "QualCoder drops Links, so Nisba cannot tie a mention's selection to its claim (reported as "
    "not placed)",
    "cues": "QualCoder drops Links, so Nisba cannot tie a cue's selection to its claim (reported as not placed)",
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--qualcoder", type=Path, required=True, help="QualCoder's source tree or git repository")
    parser.add_argument("--keep", type=Path, help="keep every file of the trial in this folder")
    parser.add_argument("--python", type=Path, help="a Python with PyQt6 for QualCoder (default: a venv made here)")
    args = parser.parse_args()
    if ctypes.util.find_library("pulse") is None:
        print("QualCoder imports PyQt6.QtMultimedia, which needs libpulse0: apt-get install libpulse0", file=sys.stderr)
        return 2
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        return trial(args.keep.resolve(), args.qualcoder.resolve(), args.python, kept=True)
    with tempfile.TemporaryDirectory(prefix="nisba-qualcoder-") as work:
        return trial(Path(work), args.qualcoder.resolve(), args.python, kept=False)


def trial(work: Path, qualcoder: Path, python: Path | None, kept: bool) -> int:
    src, commit = qualcoder_source(qualcoder, work)
    python = python or qualcoder_python()
    original = work / "original.nisba"
    for stale in work.glob("*.nisba*"):
        stale.unlink()
    with Project.open(original) as project:
        build(project)
        sent_path = project.export(work / "nisba.qdpx").path
        before = snapshot(project)
    result = run_qualcoder(python, src, sent_path, work)
    if not result["export"]:
        print("QualCoder wrote no .qdpx; see", work / "qualcoder.log", file=sys.stderr)
        return 1
    sent, back_path = read_qde(sent_path), Path(result["export"])
    back = read_qde(back_path)
    rows = database_rows(sent, result["database"]) + export_rows(sent, back, result["database"])
    with Project.open(work / "roundtrip.nisba") as other:
        preview = other.preview_project_import(back_path)
        mapping = {
            folder: role for folder, role in NISBA_ROLES.items() if preview.folders.get(folder) not in (None, role)
        }
        report = other.import_project(back_path, mapping or None)
        after = snapshot(other)
    rows += nisba_rows(before, after)
    probe = "from PyQt6.QtCore import PYQT_VERSION_STR, QT_VERSION_STR; print(PYQT_VERSION_STR, QT_VERSION_STR)"
    versions = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=False).stdout.split()
    print(f"QualCoder {commit or '(not a git checkout)'} ({result['version']}), PyQt6 {' / Qt '.join(versions)}")
    where = f"files kept in {work}" if kept else "files removed (--keep DIR keeps them)"
    print(f"Nisba's file: {sent.origin}; QualCoder's export: {back.origin}; {where}")
    db = result["database"]
    counts = {k: len(db[k]) for k in ("sources", "categories", "codes", "code_text", "attributes", "annotations")}
    print("QualCoder's database: " + ", ".join(f"{k} {n}" for k, n in counts.items()))
    print()
    print_table(rows)
    print()
    print("QualCoder's message boxes (answered by the stand-ins):")
    for message in result["messages"]:
        print(f"  {message['title']}: {' '.join(message['text'].split())[:110]}")
    troubles = [line for line in result["log"].splitlines() if any(w in line for w in ("Cannot", "rror", "Duplicated"))]
    print(f"QualCoder's log: {len(troubles)} line(s) of trouble (cannot, error, duplicated)")
    for line in troubles[:10]:
        print("  " + textwrap.shorten(line, 116))
    print("Importing QualCoder's file into Nisba:")
    print(
        f"  folders: {', '.join(f'{k} = {v}' for k, v in preview.folders.items())}; mapping given: {mapping or 'none'}"
    )
    for line in report.lines():
        print("  " + textwrap.shorten(line, 116))
    return 0


NISBA_ROLES = {"Sources": "sources", "Quote types": "quote types", "Labels": "labels"}
"""Nisba's folders a caller can map, should a tool lose the layout that makes them Nisba's."""


def qualcoder_source(path: Path, work: Path) -> tuple[Path, str | None]:
    """QualCoder's src/ folder and its commit (a git repository's HEAD is unpacked into ``work``)."""

    def git(*args: str) -> str | None:
        done = subprocess.run(["git", "-C", str(path), *args], capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else None

    commit = git("rev-parse", "HEAD")
    if (path / "src" / "qualcoder" / "refi.py").is_file():
        dirty = git("status", "--porcelain", "--untracked-files=no")
        return path / "src", f"{commit}{' (with local changes)' if dirty else ''}" if commit else None
    if commit is None:
        raise SystemExit(f"{path}: neither QualCoder's source tree (src/qualcoder/refi.py) nor a git repository")
    tree = work / "qualcoder-source"
    if not (tree / "src" / "qualcoder" / "refi.py").is_file():
        tree.mkdir(exist_ok=True)
        archive = subprocess.run(["git", "-C", str(path), "archive", commit], capture_output=True, check=True)
        subprocess.run(["tar", "-x", "-C", str(tree)], input=archive.stdout, check=True)
    return tree / "src", commit


def qualcoder_python() -> Path:
    """A venv for QualCoder (PyQt6, never Nisba's PySide6), made once under the user's cache folder."""
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "nisba" / "qualcoder-venv"
    python, marker = cache / "bin" / "python", cache / "nisba-packages.txt"
    wanted = "\n".join(QUALCODER_PACKAGES)
    if python.exists() and marker.exists() and marker.read_text() == wanted:
        return python
    print(f"Making QualCoder's environment in {cache} (once; about a minute)…", file=sys.stderr)
    subprocess.run([sys.executable, "-m", "venv", "--clear", str(cache)], check=True)
    subprocess.run([str(python), "-m", "pip", "install", "-q", *QUALCODER_PACKAGES], check=True)
    marker.write_text(wanted)
    return python


def run_qualcoder(python: Path, src: Path, qdpx: Path, work: Path) -> dict[str, Any]:
    """QualCoder's half, in its own Python, HOME a folder of the trial; its output goes to qualcoder.log."""
    home, qc_work, out = work / "qualcoder-home", work / "qualcoder", work / "qualcoder-result.json"
    for folder in (home, qc_work):
        if folder.exists():
            subprocess.run(["rm", "-rf", str(folder)], check=True)
        folder.mkdir()
    env = {**os.environ, "HOME": str(home), "QT_QPA_PLATFORM": "offscreen", "PYTHONNOUSERSITE": "1"}
    env.pop("PYTHONPATH", None)
    command = [str(python), str(HERE / "qualcoder_headless.py"), "--src", str(src), "--qdpx", str(qdpx)]
    command += ["--work", str(qc_work), "--out", str(out)]
    with open(work / "qualcoder.log", "w", encoding="utf-8") as log:
        done = subprocess.run(command, env=env, stdout=log, stderr=subprocess.STDOUT, check=False)
    if done.returncode != 0:
        print((work / "qualcoder.log").read_text(encoding="utf-8")[-3000:], file=sys.stderr)
        raise SystemExit(f"QualCoder's half failed (exit {done.returncode}); log: {work / 'qualcoder.log'}")
    result: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    return result


def nisba_rows(before: Snapshot, after: Snapshot) -> list[Row]:
    """Stage 3: QualCoder's file imported into a new Nisba project, against the original, field by field."""
    stage = "QualCoder .qdpx -> Nisba"
    rows = []
    for what, fields, old, new in (
        ("articles", ARTICLE_FIELDS, before.articles, after.articles),
        ("sources", SOURCE_FIELDS, before.sources, after.sources),
        ("labels", ("colour",), before.labels, after.labels),
        ("claims", CLAIM_FIELDS, before.claims, after.claims),
    ):
        found, per_field = compare(old, new, fields)
        rows.append(Row(stage, f"{what} (by {_key_of(what)})", found.kept, found.of, "; ".join(found.differences)))
        for name, count in per_field.items():
            why = LOSS_REASONS.get(name, "")
            if count.differences:
                why = f"{why}{'; ' if why else ''}e.g. {count.differences[0]}"
            each = " (each)" if name in ITEM_FIELDS else ""
            rows.append(Row(stage, f"  {what[:-1]} {name.replace('_', ' ')}{each}", count.kept, count.of, why))
    extra = len(set(after.claims) - set(before.claims))
    rows.append(
        Row(stage, "claims the original does not have", extra, 0, "claims that came back changed in span or annotator")
    )
    return rows


def _key_of(what: str) -> str:
    return {"articles": "text", "claims": "article, span, annotator"}.get(what, "name")


def print_table(rows: list[Row]) -> None:
    """Stage, what, kept of how many, and the reason for what was lost (where QualCoder's code shows it)."""
    width = max(len(r.what) for r in rows) + 2
    stage = None
    for row in rows:
        if row.stage != stage:
            stage = row.stage
            print(f"\n{stage}")
            print(f"  {'what':<{width}}{'kept':>12}  note")
        mark = "ok" if row.kept == row.of else "LOST" if row.kept < row.of else "more"
        note = row.why if row.kept != row.of else ""
        lines = textwrap.wrap(note, 100) or [""]
        print(f"  {row.what:<{width}}{f'{row.kept} of {row.of}':>9} {mark:<4} {lines[0]}")
        for line in lines[1:]:
            print(f"  {'':<{width}}{'':>14} {line}")


if __name__ == "__main__":
    sys.exit(main())
