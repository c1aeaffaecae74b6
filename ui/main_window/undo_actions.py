"""Edit → Undo and Redo: the core's undo history, named in the menu after what it would undo.

The views refresh from the change record the core tells after an undo, as after any operation; a step
the core refuses (what it would change has moved on, the disk is full) is shown as a message.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator import AnnotatorError, Project
from annotator.storage.changes import ChangeRecord
from ui.i18n.core_text import error_text
from ui.i18n.undo_labels import menu_text
from ui.main_window.project_bridge import ProjectBridge


class UndoActions(QObject):
    """Keeps the Undo and Redo actions in step with the project's history."""

    def __init__(self, bridge: ProjectBridge, parent: QWidget) -> None:
        super().__init__(parent)
        self._project: Project = bridge.project
        self._parent = parent
        self._actions: dict[str, QAction] = {}
        bridge.recordTold.connect(lambda _record: self.refresh())

    def attach(self, undo: QAction, redo: QAction) -> None:
        """The two actions this keeps named and enabled."""
        self._actions = {"undo": undo, "redo": redo}
        self.refresh()

    def undo(self) -> ChangeRecord | None:
        """Undo the newest step (None when the core refused it: the user is told why)."""
        return self._step("undo", self._project.undo_text, self._project.undo)

    def redo(self) -> ChangeRecord | None:
        """Redo the newest undone step."""
        return self._step("redo", self._project.redo_text, self._project.redo)

    def refresh(self) -> None:
        """Name and enable the actions after what the history holds now."""
        if not self._actions or self._project.closed:
            return
        for key, can, text in (
            ("undo", self._project.can_undo, self._project.undo_text),
            ("redo", self._project.can_redo, self._project.redo_text),
        ):
            action = self._actions[key]
            label = menu_text(key, text())
            action.setEnabled(can() and not self._project.read_only)
            action.setText(f"&{label}")
            action.setToolTip(label)
            action.setStatusTip(label)

    def _step(self, what: str, text: Callable[[], str | None], run: Callable[[], ChangeRecord]) -> ChangeRecord | None:
        label = menu_text(what, text())
        try:
            return run()
        except AnnotatorError as exc:
            QMessageBox.warning(
                self._parent,
                self.tr("Nothing was changed"),
                self.tr("{step} could not be done:\n{reason}\n\nNothing was changed.").format(
                    step=label, reason=error_text(exc)
                ),
            )
            return None
        finally:
            self.refresh()
