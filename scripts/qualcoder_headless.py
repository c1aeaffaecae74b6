"""QualCoder's own REFI-QDA import and export, run headless: the QualCoder half of scripts/qualcoder_roundtrip.py.

Runs under a Python that has PyQt6 (QualCoder's environment, never Nisba's), with QualCoder's source tree on the
path and HOME pointed at a throwaway folder (QualCoder keeps its settings, log and export staging in
~/.qualcoder).  It runs QualCoder's own code for the menu actions "Import REFI-QDA project" and "Export REFI-QDA
project": the methods ``refi_project_import``, ``new_project``, ``open_project``, ``close_project``,
``project_summary_report`` and ``refi_project_export`` are compiled from ``MainWindow`` in
``src/qualcoder/__main__.py`` and bound to a small stand-in for the main window (its text log, tabs and menus),
so the project database is created by QualCoder's own ``CREATE TABLE`` statements and the file is read and
written by ``RefiImport`` and ``RefiExport`` of ``src/qualcoder/refi.py``.

Stand-ins, and nothing else: the file dialogs (they answer with the paths given), the message boxes and the
line-endings dialog (they return at once, the dialog's default "No change to line endings" kept; every
message is recorded), the window's widgets, and QualCoder's AI layer ``qualcoder.ai_llm`` (it needs
langchain, torch, faiss and model weights, is off by default, and nothing here calls it).

Then it reads QualCoder's database and checks every coding: its stored text against QualCoder's own slice of
the stored file text (``App.get_text_fulltext``), and against what QualCoder's coding window would highlight
(a ``QTextCursor`` set to the stored positions, as ``DialogCodeText.highlight`` does).  Everything goes to a
JSON file for the Nisba half to compare.

    python qualcoder_headless.py --src QUALCODER/src --qdpx IN.qdpx --work DIR --out RESULT.json
"""

from __future__ import annotations

import argparse
import ast
import datetime
import gettext
import json
import logging
import os
import shutil
import sqlite3
import sys
import types
from pathlib import Path
from typing import Any

WINDOW_METHODS = (
    "refi_project_import",
    "refi_project_export",
    "new_project",
    "open_project",
    "close_project",
    "delete_backup_folders",
    "project_summary_report",
)
"""MainWindow's methods that run as QualCoder wrote them."""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--src", type=Path, required=True, help="QualCoder's src/ folder")
    parser.add_argument("--qdpx", type=Path, required=True, help="the .qdpx to import")
    parser.add_argument("--work", type=Path, required=True, help="where QualCoder's project and export go")
    parser.add_argument("--out", type=Path, required=True, help="the JSON result")
    args = parser.parse_args()
    result = run(args.src.resolve(), args.qdpx.resolve(), args.work.resolve())
    args.out.write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


def run(src: Path, qdpx: Path, work: Path) -> dict[str, Any]:
    sys.path.insert(0, str(src))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PyQt6 import QtCore, QtGui, QtWidgets

    qt_app = QtWidgets.QApplication(["QualCoder"])
    gettext.NullTranslations().install()  # as QualCoder's gui() does when no translation is chosen
    (Path.home() / ".qualcoder").mkdir(exist_ok=True)  # as qualcoder/__main__.py does when imported
    sys.modules["qualcoder.ai_llm"] = _ai_stand_in()
    import qualcoder.app as qc_app
    import qualcoder.helpers as helpers
    import qualcoder.refi as refi

    messages: list[dict[str, str]] = []
    project_base = work / "nisba_trial"
    export_dir = work / "qualcoder_export"
    export_dir.mkdir(parents=True, exist_ok=True)
    _answer_dialogs(QtWidgets, refi, messages, {"save": project_base, "open": qdpx, "directory": export_dir})

    window = _window(QtGui, QtWidgets, qc_app.App())
    namespace = {
        "__name__": "qualcoder.__main__",
        **{"QtCore": QtCore, "QtGui": QtGui, "QtWidgets": QtWidgets, "Path": Path, "datetime": datetime},
        **{"os": os, "shutil": shutil, "sqlite3": sqlite3, "sys": sys},
        "logger": logging.getLogger("qualcoder.__main__"),
        "Message": helpers.Message,
        "get_default_user_directory": helpers.get_default_user_directory,
        "App": qc_app.App,
        "AiLLM": _AiStandIn,
        "RefiImport": refi.RefiImport,
        "RefiExport": refi.RefiExport,
    }
    for name, function in _window_methods(src / "qualcoder" / "__main__.py", namespace).items():
        setattr(window, name, types.MethodType(function, window))

    window.refi_project_import()  # File > Import > REFI-QDA project: new project, then RefiImport
    if window.app.conn is None:
        raise SystemExit(f"QualCoder made no project; its messages: {messages}")
    database = _read_database(window.app, QtWidgets)
    window.refi_project_export()  # File > Export > REFI-QDA project: RefiExport
    exported = sorted(export_dir.glob("*.qdpx"))
    result = {
        "version": window.app.version,
        "project_path": window.app.project_path,
        "database": database,
        "export": str(exported[0]) if exported else None,
        "messages": messages,
        "log": window.ui.textEdit.toPlainText(),
    }
    window.close_project()
    qt_app.quit()
    return result


def _ai_stand_in() -> types.ModuleType:
    """``qualcoder.ai_llm``'s names that the code run here imports: no AI model profiles, an AI that does nothing."""
    module = types.ModuleType("qualcoder.ai_llm")
    module.get_default_ai_models = list  # type: ignore[attr-defined]
    module.update_ai_models = lambda models, index, settings=None: (models, index, None)  # type: ignore[attr-defined]
    module.AiLLM = _AiStandIn  # type: ignore[attr-defined]
    return module


class _AiStandIn:
    """QualCoder's AI, switched off (its ``ai_enable`` setting is False by default)."""

    def __init__(self, *_args: object) -> None:
        pass

    def init_llm(self, *_args: object, **_kwargs: object) -> None:
        pass

    def close(self) -> None:
        pass


def _answer_dialogs(qt_widgets: Any, refi: Any, messages: list[dict[str, str]], paths: dict[str, Path]) -> None:
    """The file dialogs answer with ``paths``; message boxes and the line-endings dialog return at once."""
    dialog = qt_widgets.QFileDialog
    # (path, the filter the user picked): RefiImport takes an empty filter as "cancelled"
    dialog.getSaveFileName = staticmethod(lambda *_a, **_k: (str(paths["save"]), "All files (*)"))
    dialog.getOpenFileName = staticmethod(lambda *_a, **_k: (str(paths["open"]), "(*.qdpx *.QDPX)"))
    dialog.getExistingDirectory = staticmethod(lambda *_a, **_k: str(paths["directory"]))

    def message_exec(box: Any) -> Any:
        messages.append({"title": box.windowTitle(), "text": box.text()})
        return qt_widgets.QMessageBox.StandardButton.Ok

    qt_widgets.QMessageBox.exec = message_exec
    refi.RefiLineEndings.exec = lambda _dialog: qt_widgets.QDialog.DialogCode.Accepted


def _window(qt_gui: Any, qt_widgets: Any, app: Any) -> Any:
    """A stand-in for QualCoder's MainWindow: its log, tabs and menu action; its menus and AI chat do nothing."""
    tabs = qt_widgets.QTabWidget()
    ui = types.SimpleNamespace(textEdit=qt_widgets.QTextEdit(), tabWidget=tabs)
    for name in ("tab_action_log", "tab_reports", "tab_coding", "tab_manage"):
        setattr(ui, name, qt_widgets.QWidget())
        tabs.addTab(getattr(ui, name), name)
    ui.actionManage_bad_links_to_files = qt_gui.QAction("bad links")
    app.ai = _AiStandIn()
    quiet = types.SimpleNamespace(close=lambda: None, init_ai_chat=lambda _app: None)
    window = types.SimpleNamespace(app=app, ui=ui, project={}, journal_display=None, ai_chat_window=quiet)
    window.setWindowTitle = lambda _title: None
    window.clear_tab_widgets = lambda *_a, **_k: None
    window.fill_recent_projects_menu_actions = lambda: None
    window.hide_menu_options = lambda: None
    window.show_menu_options = lambda: None
    return window


def _window_methods(main_py: Path, namespace: dict[str, Any]) -> dict[str, Any]:
    """MainWindow's methods named in WINDOW_METHODS, compiled from QualCoder's file (its line numbers kept)."""
    tree = ast.parse(main_py.read_text(encoding="utf-8"), str(main_py))
    window = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "MainWindow")
    wanted = [n for n in window.body if isinstance(n, ast.FunctionDef) and n.name in WINDOW_METHODS]
    missing = set(WINDOW_METHODS) - {n.name for n in wanted}
    if missing:
        raise SystemExit(f"{main_py}: MainWindow has no {', '.join(sorted(missing))}")
    exec(compile(ast.Module(body=wanted, type_ignores=[]), str(main_py), "exec"), namespace)
    return {name: namespace[name] for name in WINDOW_METHODS}


def _rows(conn: sqlite3.Connection, sql: str) -> list[dict[str, Any]]:
    cur = conn.execute(sql)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _read_database(app: Any, qt_widgets: Any) -> dict[str, Any]:
    """QualCoder's tables that hold what came in, and each coding checked against QualCoder's own slices."""
    conn = app.conn
    tables = [r["name"] for r in _rows(conn, "select name from sqlite_master where type='table' order by name")]
    codings = _rows(conn, "select ctid, cid, fid, seltext, pos0, pos1, owner, date, memo from code_text order by ctid")
    fulltexts = {r["id"]: r["fulltext"] for r in _rows(conn, "select id, fulltext from source")}
    editor = qt_widgets.QPlainTextEdit()  # QualCoder's coding window is a QPlainTextEdit (ui_dialog_code_text.py)
    shown_file = None
    for coding in codings:
        coding["qualcoder_slice"] = app.get_text_fulltext(
            coding["fid"], coding["pos0"], coding["pos1"] - coding["pos0"]
        )
        if shown_file != coding["fid"]:
            editor.setPlainText(fulltexts[coding["fid"]])
            shown_file = coding["fid"]
        cursor = editor.textCursor()  # as DialogCodeText.highlight: stored positions straight into the cursor
        cursor.setPosition(coding["pos0"])
        cursor.setPosition(min(coding["pos1"], editor.document().characterCount() - 1), cursor.MoveMode.KeepAnchor)
        shown = cursor.selectedText().replace("\u2029", "\n")  # a half emoji comes as a lone surrogate: shown as �
        coding["window_text"] = shown.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    return {
        "tables": tables,
        "project": _rows(conn, "select databaseversion, memo, about, codername from project"),
        "sources": _rows(conn, "select id, name, fulltext, mediapath, memo, owner, date from source order by id"),
        "categories": _rows(conn, "select catid, name, memo, supercatid from code_cat order by catid"),
        "codes": _rows(conn, "select cid, name, memo, catid, supercid, color from code_name order by cid"),
        "code_text": codings,
        "annotations": _rows(conn, "select fid, pos0, pos1, memo, owner from annotation"),
        "attribute_types": _rows(conn, "select name, caseOrFile, valuetype from attribute_type"),
        "attributes": _rows(conn, "select name, attr_type, value, id from attribute order by id, name"),
        "journals": _rows(conn, "select name from journal"),
    }


if __name__ == "__main__":
    main()
