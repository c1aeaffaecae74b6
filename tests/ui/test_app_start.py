"""Starting the app as a user would: the default project in the data folder, the sample on first run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from annotator import Project
from annotator.paths import SAMPLE_ARTICLE

ROOT = Path(__file__).resolve().parents[2]


def test_main_py_first_run_opens_the_sample_in_the_default_project(tmp_path: Path) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    script = (
        "import sys, runpy\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def report():\n"
        "    w = [w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow' and w.isVisible()][0]\n"
        "    print('TITLE', w.windowTitle()); print('TEXT', w.view.toPlainText()[:40].replace('\\n', ' '))\n"
        "    print('ROWS', w.articles_model.rowCount()); QApplication.quit()\n"
        "app = QApplication(['main.py'])\n"
        "QTimer.singleShot(300, report)\n"
        "sys.argv = ['main.py']\n"
        "runpy.run_path('main.py', run_name='__main__')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "TITLE Nisba — default.nisba" in result.stdout
    assert "TEXT أخبار  خلال زيارة تاريخية" in result.stdout
    assert "ROWS 1" in result.stdout
    default = tmp_path / "data" / "Nisba" / "default.nisba"
    with Project.open(default) as project:
        [article] = project.articles()
        assert article.text == SAMPLE_ARTICLE.read_text(encoding="utf-8")
