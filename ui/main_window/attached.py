"""The main window with its project attached: :class:`MainWindow` makes the parts that work on the project
(:mod:`ui.main_window.project_parts`), connects the actions and keeps the views in step with every change
(:mod:`ui.main_window.change_views`).

The layout, the actions and what the window does are in :class:`~ui.main_window.window.MainWindowBase`, which
those modules are typed against, so none of them imports the window that builds them.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QWidget

from ui.main_window import window_state
from ui.main_window.action_building import connect_actions
from ui.main_window.change_views import show_change
from ui.main_window.project_parts import build_parts
from ui.main_window.window import MainWindowBase

if TYPE_CHECKING:
    from annotator import Project


class MainWindow(MainWindowBase):
    """One window per open project (see :class:`~ui.main_window.window.MainWindowBase`)."""

    def __init__(self, project: Project | None = None, parent: QWidget | None = None, *, name: str = "") -> None:
        super().__init__(project, parent, name=name)
        if project is not None:
            self.attach(project)

    def attach(self, project: Project) -> None:
        """Make the parts that work on ``project``, connect the actions, and open the article the user was on:
        the window is ready for work."""
        from ui.safety import data_safety

        waited = self.centralWidget() is not None  # laid out already, and its layout restored (the first screen)
        kept = self.view.verticalScrollBar().value() if self.isVisible() else None
        build_parts(self, project)
        self._attached = True
        a = self.actions_by_name
        for action in a.values():
            action.setEnabled(True)
        connect_actions(self, a, self._slots(), (self.view, self.claims_table, self.article_list))
        a["snap"].setChecked(self.marking.snap)
        a["clean_batches"].setChecked(self.importer.clean_batches)
        a["suggestions"].setChecked(self.suggestions.shown)
        self.undo_actions.attach(a["undo"], a["redo"])
        a["mark"].setEnabled(False)
        a["delete"].setEnabled(False)

        self.article_panel.articleChosen.connect(self.open_article)
        self.claims_table.selectionModel().currentRowChanged.connect(self.selection.on_row)
        self.view.claimActivated.connect(self.selection.select)
        self.view.selectionChanged.connect(self.update_actions)
        self.bridge.changed.connect(partial(show_change, self))
        self.bridge.sourcesChanged.connect(self.refresh_highlights)
        self.claims_model.rowsLoaded.connect(self._on_rows_loaded)
        self.review.attach(a)
        shown = self.view.article.id if self.view.article is not None else None
        window_state.restore_layout(self, geometry=not waited)  # (a window on screen stays where it is)
        window_state.reopen_article(self)
        if kept and shown is not None and self.view.article is not None and self.view.article.id == shown:
            bar = self.view.verticalScrollBar()
            QTimer.singleShot(0, bar, lambda: bar.setValue(kept))  # where the user was reading meanwhile
        data_safety.apply_state(self)  # read-only mode, backup warnings
