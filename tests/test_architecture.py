"""The core stays free of Qt: checked by importing it in a clean interpreter, and by reading its source."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from pathlib import Path

import annotator

FORBIDDEN = ("PySide6", "qtawesome", "qtpy", "shiboken6", "ui")
CORE = Path(annotator.__file__).parent


def test_importing_every_core_module_loads_no_qt() -> None:
    found = pkgutil.walk_packages([str(CORE)], prefix="annotator.")
    modules = [m.name for m in found if not m.name.endswith("__main__") and ".migrations." not in m.name]
    assert "annotator.project" in modules and "annotator.exports.xlsx" in modules
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        f"bad = sorted(n for n in sys.modules if n.split('.')[0] in {FORBIDDEN!r})\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_no_core_source_file_names_qt() -> None:
    offenders = []
    for path in CORE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
    assert offenders == []


HEAVY = (
    *("openpyxl", "qtawesome", "charset_normalizer", "trafilatura", "docx", "lxml", "htmldate", "justext"),
    *("annotator.suggestions", "psycopg", "defusedxml", "networkx", "numpy", "ui.overview.window"),
)


def test_startup_does_not_load_openpyxl_or_qtawesome() -> None:
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import ui.main_window.window, ui.app, annotator.first_run\n"
        f"print(','.join(sorted(n for n in {HEAVY!r} if n in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_first_window_needs_no_storage_layer() -> None:
    """The app module and the light core modules load without SQLAlchemy, so the first window shows at once."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import ui.app, ui.main_window.startup_frame, annotator, annotator.paths\n"
        "print(','.join(sorted(n for n in ('sqlalchemy', 'alembic', 'ui.main_window.window') if n in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_the_main_windows_first_screen_needs_no_storage_layer() -> None:
    """The main window's module and the first screen's reader load without SQLAlchemy: the article is painted
    in the real window before the storage layer (and the project's parts) are imported."""
    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import ui.app, ui.main_window.window, annotator.storage.first_screen, ui.articles.list_page\n"
        "heavy = ('sqlalchemy', 'alembic', 'annotator.project', 'annotator.storage.models',"
        " 'ui.main_window.project_parts', 'ui.articles.article_list', 'ui.claims.claims_model')\n"
        "print(','.join(sorted(n for n in heavy if n in sys.modules)))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == ""


def test_make_bench_runs_every_benchmark() -> None:
    from benchmarks.run_all import SCRIPTS

    folder = Path(__file__).resolve().parents[1] / "benchmarks"
    scripts = {p.name for p in folder.glob("*.py")} - {"__init__.py", "run_all.py"}
    assert {script for _, script in SCRIPTS} == scripts
    assert all(p.read_text(encoding="utf-8").startswith('"""') for p in folder.glob("*.py") if p.name != "__init__.py")
