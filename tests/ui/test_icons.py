"""Icons are drawn with qtawesome once, then read from the cache on later starts without importing it."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QAction

from ui.widgets.icons import ACTION_ICONS, SIZES, apply_icons, cache_dir


def test_icons_are_cached_and_read_back_without_qtawesome(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    actions = {name: QAction(name) for name in ACTION_ICONS}
    apply_icons(actions)
    assert all(not a.icon().isNull() for a in actions.values())
    folder = cache_dir()
    assert folder.is_relative_to(tmp_path / "cache")
    assert {p.name for p in folder.iterdir()} == {f"{n}-{s}.png" for n in ACTION_ICONS for s in SIZES}
    code = (
        "import sys\n"
        "from PySide6.QtGui import QAction\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from ui.widgets.icons import ACTION_ICONS, apply_icons\n"
        "actions = {n: QAction(n) for n in ACTION_ICONS}\n"
        "apply_icons(actions)\n"
        "print('qtawesome' in sys.modules, sum(a.icon().isNull() for a in actions.values()))\n"
    )
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_CACHE_HOME=str(tmp_path / "cache"))
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "0"]  # every icon, and qtawesome never loaded
