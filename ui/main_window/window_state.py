"""What a main window remembers between runs: its geometry and splitter, and for each project the article
that was open and where the reader was in it."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QByteArray, QSettings, QTimer
from PySide6.QtWidgets import QSplitter

from annotator import Project
from ui.article.view import ArticleView
from ui.articles.article_list import ArticleList


class RememberingWindow(Protocol):
    """The parts of the main window whose state is kept."""

    project: Project
    view: ArticleView
    splitter: QSplitter
    article_panel: ArticleList

    def saveGeometry(self) -> QByteArray: ...

    def restoreGeometry(self, geometry: QByteArray | bytes | bytearray | memoryview, /) -> bool: ...

    def open_article(self, article_id: int) -> None: ...


def project_key(project: Project, name: str) -> str:
    """The settings key of ``name`` for this project's file."""
    return f"projects/{project.path.as_posix().replace('/', '|')}/{name}"


def _int(value: object) -> int | None:
    try:
        return int(str(value)) if value is not None else None
    except ValueError:
        return None


def restore(window: RememberingWindow) -> None:
    """Geometry and splitter as they were; the project's last article open at the place it was read."""
    settings = QSettings()
    geometry = settings.value("window/geometry")
    if isinstance(geometry, QByteArray):
        window.restoreGeometry(geometry)
    state = settings.value("window/splitter")
    if isinstance(state, QByteArray):
        window.splitter.restoreState(state)
    ids = window.article_panel.ids()
    wanted = _int(settings.value(project_key(window.project, "lastArticle")))
    if wanted in ids:
        window.open_article(wanted)
        position = _int(settings.value(project_key(window.project, "lastPosition")))
        if position:
            bar = window.view.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(position))  # once the text is laid out
    elif ids:
        window.open_article(ids[0])


def save(window: RememberingWindow) -> None:
    """Remember the geometry, the splitter and where the reader is in the open article."""
    settings = QSettings()
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.splitter.saveState())
    if window.view.article is not None:
        settings.setValue(project_key(window.project, "lastArticle"), window.view.article.id)
        settings.setValue(project_key(window.project, "lastPosition"), window.view.verticalScrollBar().value())


def remember_article(project: Project, article_id: int) -> None:
    """The article just opened is the one to reopen."""
    QSettings().setValue(project_key(project, "lastArticle"), article_id)
