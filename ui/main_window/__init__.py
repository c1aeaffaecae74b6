"""The main window: layout and wiring, its actions, the project's change notices, start-up and opening.

``MainWindow`` loads on first use (PEP 562): the start-up frame in this package shows before the
storage layer that the window needs is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ui.main_window.attached import MainWindow

__all__ = ["MainWindow"]


def __getattr__(name: str) -> Any:
    if name == "MainWindow":
        from ui.main_window.attached import MainWindow

        return MainWindow
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
