"""Choosing the language: Settings → Language rebuilds the window in it with nothing lost; --lang and
NISBA_LANG start the app in Arabic."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from annotator import Project
from tests.conftest import span_of
from tests.ui.conftest import type_text
from ui.app import apply_language
from ui.i18n.language import LANGUAGE_KEY, chosen_language, lang_argument
from ui.i18n.language_menu import SWITCH
from ui.main_window.owner import WindowOwner

ROOT = Path(__file__).resolve().parents[2]
TEXT = "قال الرئيس إن الاتفاق قريب، وأضاف أن المحادثات مستمرة."


@pytest.fixture
def owner(tmp_path: Path, qtbot: QtBot, qapp: QApplication) -> Iterator[WindowOwner]:
    project = Project.open(tmp_path / "study.nisba")
    article = project.add_article(TEXT)
    source = project.add_source("الرئيس", "person")
    project.add_claim(article.id, *span_of(TEXT, "الاتفاق", "قريب"), [source.id])
    made = WindowOwner(project)
    qtbot.waitExposed(made.window)
    yield made
    made.window.close()
    made.close()
    apply_language(qapp, "en")
    QSettings().remove(LANGUAGE_KEY)


def test_switching_language_with_a_note_half_typed_loses_nothing(owner: WindowOwner, qtbot: QtBot) -> None:
    window = owner.window
    window.claims_table.select_row(0)
    claim_id = window.current_claim_id
    window.claim_form.note.setFocus()
    type_text(window.claim_form.note, "يحتاج إلى تحقق")  # typed, not saved yet
    assert owner.project.claim(claim_id).note == ""
    saved_first: list[str] = []  # what the project holds when the switch is asked for, before any rebuild
    SWITCH.listeners.insert(0, lambda _window, _lang: saved_first.append(owner.project.claim(claim_id).note))
    menu = window.menus["&Language"]
    menu.aboutToShow.emit()
    [arabic] = [a for a in menu.actions() if a.objectName() == "language_ar"]
    arabic.trigger()
    del SWITCH.listeners[0]
    assert saved_first == ["يحتاج إلى تحقق"]  # the half-typed note was committed before anything else
    assert owner.window is not window  # the window was built again, in Arabic
    assert owner.project.claim(claim_id).note == "يحتاج إلى تحقق"
    new = owner.window
    assert new.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert new.menus["&File"].title() == "&ملف"
    assert new.current_claim_id == claim_id and new.claim_form.note.toPlainText() == "يحتاج إلى تحقق"
    assert new.view.article is not None and new.view.article.id == owner.project.articles()[0].id
    assert owner.project.can_undo()  # the history stays: the project never closed
    assert QSettings().value(LANGUAGE_KEY) == "ar"  # remembered for the next start
    assert chosen_language() == "ar"


def test_language_argument_and_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    assert lang_argument(["main.py", "--lang", "ar", "study.nisba"]) == ("ar", ["main.py", "study.nisba"])
    assert lang_argument(["nisba", "--lang=ar"]) == ("ar", ["nisba"])
    monkeypatch.setenv("NISBA_LANG", "ar_EG.UTF-8")
    assert chosen_language() == "ar"
    assert chosen_language("en") == "en"  # the command line wins
    monkeypatch.setenv("NISBA_LANG", "xx")
    monkeypatch.setenv("LANG", "C")
    QSettings().remove(LANGUAGE_KEY)
    assert chosen_language() in ("en", "ar")  # an unknown language: the stored choice, else the system's


@pytest.mark.parametrize("how", ["--lang", "NISBA_LANG"])
def test_main_py_starts_in_arabic(tmp_path: Path, how: str) -> None:
    env = dict(os.environ, XDG_DATA_HOME=str(tmp_path / "data"), XDG_CONFIG_HOME=str(tmp_path / "config"))
    env["QT_QPA_PLATFORM"] = "offscreen"
    argv = ["main.py", "--lang", "ar"] if how == "--lang" else ["main.py"]
    if how == "NISBA_LANG":
        env["NISBA_LANG"] = "ar"
    script = (
        "import sys, runpy\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "def report():\n"
        "    w = [w for w in QApplication.topLevelWidgets() if w.objectName() == 'mainWindow' and w.isVisible()][0]\n"
        "    print('DIR', QApplication.layoutDirection().name, w.layoutDirection().name)\n"
        "    print('MENU', w.menuBar().actions()[0].text()); QApplication.quit()\n"
        "app = QApplication(['main.py'])\n"
        "QTimer.singleShot(600, report)\n"
        f"sys.argv = {argv!r}\n"
        "runpy.run_path('main.py', run_name='__main__')\n"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert "DIR RightToLeft RightToLeft" in out.stdout, out.stdout + out.stderr
    assert "MENU &ملف" in out.stdout


def test_the_western_digits_option_writes_the_numbers_again_in_western_digits(owner: WindowOwner, qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QLabel

    from ui.i18n.language import DIGITS_KEY

    def status() -> str:
        return owner.window.findChild(QLabel, "articleStatus").text()

    length = str(len(TEXT))
    owner.window.menus["&Language"].aboutToShow.emit()
    [arabic] = [a for a in owner.window.menus["&Language"].actions() if a.objectName() == "language_ar"]
    arabic.trigger()
    arabic_digits = length.translate(str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩"))
    assert arabic_digits in status() and length not in status()
    try:
        owner.window.actions_by_name["western_digits"].trigger()  # Settings → Western digits (0-9)
        assert length in status() and arabic_digits not in status()
        assert owner.window.actions_by_name["western_digits"].isChecked()  # the rebuilt window shows the choice
    finally:
        QSettings().remove(DIGITS_KEY)
