"""What a main window remembers between runs: its geometry and splitter, and for each project the article
that was open and where the reader was in it."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QScrollBar, QSplitter

from ui.article.view import ArticleView

if TYPE_CHECKING:
    from annotator import Project
    from ui.articles.article_list import ArticleList


class LaidOutWindow(Protocol):
    """The parts of the main window whose layout is kept."""

    splitter: QSplitter

    def restoreGeometry(self, geometry: QByteArray | bytes | bytearray | memoryview, /) -> bool: ...


class RememberingWindow(LaidOutWindow, Protocol):
    """The parts of the main window whose state is kept."""

    project: Project
    view: ArticleView
    article_panel: ArticleList

    def saveGeometry(self) -> QByteArray: ...

    def open_article(self, article_id: int) -> None: ...


def project_key(path: Path, name: str) -> str:
    """The settings key of ``name`` for the project file at ``path``."""
    return f"projects/{path.as_posix().replace('/', '|')}/{name}"


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def restore_layout(window: LaidOutWindow, *, geometry: bool = True) -> None:
    """Geometry (unless told not to: a window already on screen) and splitter as they were."""
    settings = QSettings()
    saved = settings.value("window/geometry")
    if geometry and isinstance(saved, QByteArray):
        window.restoreGeometry(saved)
    state = settings.value("window/splitter")
    if isinstance(state, QByteArray):
        window.splitter.restoreState(state)


def last_article(path: Path) -> int | None:
    """The article that was open last in the project at ``path`` (if it is still there is for the caller)."""
    return _int(QSettings().value(project_key(path, "lastArticle")))


def scroll_to_last_position(path: Path, bar: QScrollBar) -> None:
    """Where the reader was in the last article, once the text is laid out."""
    position = _int(QSettings().value(project_key(path, "lastPosition")))
    if position:
        QTimer.singleShot(0, bar, lambda: bar.setValue(position))


def reopen_article(window: RememberingWindow) -> None:
    """The project's last article open at the place it was read (else the first article listed)."""
    ids = window.article_panel.ids()
    wanted = last_article(window.project.path)
    if wanted in ids:
        window.open_article(wanted)
        scroll_to_last_position(window.project.path, window.view.verticalScrollBar())
    elif ids:
        window.open_article(ids[0])


def save(window: RememberingWindow) -> None:
    """Remember the geometry, the splitter and where the reader is in the open article."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.splitter.saveState())
    if window.view.article is not None:
        settings.setValue(project_key(window.project.path, "lastArticle"), window.view.article.id)
        settings.setValue(project_key(window.project.path, "lastPosition"), window.view.verticalScrollBar().value())


def remember_article(project: Project, article_id: int) -> None:
    """The article just opened is the one to reopen."""
    QSettings().setValue(project_key(project.path, "lastArticle"), article_id)
