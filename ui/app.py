"""Starting the desktop app: the QApplication, a first window at once, then the project and its main window.

This module stays light (Qt and a few small core modules): the storage layer is imported only once the first
window is on screen.  When the project file can be read safely before it is opened (current schema, sound,
writable, its lock free: :mod:`annotator.storage.first_screen`), that first window is the main window itself,
with the article the user was reading and its first screen's highlights; the project opens the usual way right
after, and the window is attached to it.  Otherwise the first window is a frame with the project's name
(:class:`StartupFrame`), and the usual opening (with its questions: read-only? a backup?) fills it.
"""

from __future__ import annotations

import re
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from annotator.paths import default_project_path
from ui.i18n.core_text import error_text
from ui.i18n.language import apply_language, chosen_language, lang_argument
from ui.main_window.startup_frame import StartupFrame
from ui.widgets.fonts import load_bundled_fonts

if TYPE_CHECKING:
    from ui.main_window.attached import MainWindow
    from ui.main_window.owner import WindowOwner

__all__ = ["apply_language", "main", "make_application"]


def make_application(argv: Sequence[str]) -> QApplication:
    """The QApplication with Nisba's names (for settings) and bundled fonts."""
    app = QApplication.instance() or QApplication(list(argv))
    assert isinstance(app, QApplication)
    app.setApplicationName("Nisba")
    app.setOrganizationName("Nisba")
    app.setApplicationDisplayName("Nisba")
    load_bundled_fonts()
    return app


def _report_unexpected(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    """An error nobody expected still reaches the user, not only the terminal."""
    traceback.print_exception(kind, error, tb)
    if QApplication.instance() is not None and not issubclass(kind, KeyboardInterrupt):
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "Nisba: unexpected error"),
            QCoreApplication.translate(
                "Startup",
                "Something went wrong that Nisba did not expect:\n\n{error}\n\n"
                "What is saved stays saved (each action is committed on its own).",
            ).format(error=error_text(error) if isinstance(error, Exception) else repr(error)),
        )


def _server_argument(argument: str) -> str | None:
    """A libpq URL or connection string given on the command line (None: a file name).  A cheap look, so the
    frame shows before the core loads; opening the project checks the address properly."""
    text = argument.strip()
    looks = text.lower().startswith(("postgresql://", "postgres://")) or re.match(r"^[a-z_]+\s*=", text)
    return text if looks else None


def _database_name(address: str) -> str:
    """What the start-up frame calls a server project: its database's name (never a password)."""
    from annotator.storage.server_address import database_of

    return database_of(address) or "server"


class _AfterFirstPaint(QObject):
    """Runs ``then`` on the turn of the event loop after ``window`` is first painted (the user sees it)."""

    def __init__(self, window: QMainWindow, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then = then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._then)
        return False


def _first_screen_window(path: Path) -> MainWindow | None:
    """The main window, not attached yet, with the article the user was reading in the project at ``path``
    painted from the file; None when the file cannot be read safely before it is opened (or has no article)."""
    from annotator.storage.first_screen import FirstScreenReader

    reader = FirstScreenReader.open(path)
    if reader is None:
        return None  # the frame comes at once (the window's modules are not even loaded)
    from ui.articles.list_page import PAGE
    from ui.main_window import window_state
    from ui.main_window.attached import MainWindow

    try:
        article_id = reader.article_to_open(window_state.last_article(path), PAGE)
        if article_id is None:
            return None
        window = MainWindow(name=path.name)
        screen = reader.first_screen(article_id, window.view.first_screen_end())
    finally:
        reader.close()
    if screen is None:
        window.deleteLater()
        return None
    window.show_first_screen(screen, path)
    return window


def _open_first_project(
    frame: QMainWindow,
    path: Path | None,
    owners: list[WindowOwner],
    server: str | None = None,
    waiting: MainWindow | None = None,
) -> None:
    """Load the core, open the project (the default one without ``path``) and put its window in the frame's
    place, or attach it to the main window ``waiting`` (the frame then), which shows its first screen.

    If anything fails on the way, the error is shown, the project closed and the app ends with status 1: the
    frame never stays up on its own.
    """
    project = None
    try:
        from annotator.first_run import open_default_project
        from annotator.storage.engine import stored_schema_version
        from annotator.storage.file_format import SCHEMA_VERSION
        from ui.main_window.opening import open_project
        from ui.main_window.owner import WindowOwner

        version = None if server is not None else stored_schema_version(path or default_project_path())
        if version is not None and 0 < version < SCHEMA_VERSION and isinstance(frame, StartupFrame):
            frame.say(
                QCoreApplication.translate(
                    "Startup",
                    "Upgrading the project to this version of Nisba (once; a large project takes a few seconds)…",
                )
            )
        title = QCoreApplication.translate("Startup", "Nisba cannot start")
        if server is not None:
            from ui.main_window.server_dialog import open_server_project

            project = open_server_project(frame, server)
        elif path is not None:
            project = open_project(frame, path, title=title)
        else:
            project = open_project(frame, default_project_path(), open_default_project, title=title)
        if project is not None:
            owners.append(WindowOwner(project, waiting))
    except Exception:
        sys.excepthook(*sys.exc_info())  # the user sees what went wrong
        if project is not None and not owners:
            project.close()
        project = None
    if not owners:
        frame.hide()  # not close(): closing the last window would post a Quit that outlives this loop
        frame.deleteLater()
        QApplication.exit(1)
        return
    if waiting is None:
        frame.close()
        frame.deleteLater()


def main(argv: Sequence[str] | None = None) -> int:
    """Run the app on the project named on the command line, or on the default project.

    ``--lang ar`` (or ``NISBA_LANG=ar``) starts it in Arabic; without either, the language chosen in
    Settings → Language, else the system's."""
    lang, args = lang_argument(sys.argv if argv is None else argv)
    sys.excepthook = _report_unexpected
    app = make_application(args)
    apply_language(app, chosen_language(lang))
    server = _server_argument(args[1]) if len(args) > 1 else None  # nisba postgresql://…
    path = Path(args[1]).expanduser().resolve() if len(args) > 1 and server is None else None
    owners: list[WindowOwner] = []
    waiting = _first_screen_window(path or default_project_path()) if server is None else None
    if waiting is not None:
        _AfterFirstPaint(waiting, lambda: _open_first_project(waiting, path, owners, server, waiting))
        waiting.show()
    else:
        frame = StartupFrame(path or (Path(_database_name(server)) if server else default_project_path()))
        frame.painted.connect(lambda: QTimer.singleShot(0, lambda: _open_first_project(frame, path, owners, server)))
        frame.show()
    try:
        return app.exec()
    finally:
        for owner in owners:
            owner.close()
