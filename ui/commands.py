"""Undoable user actions: QUndoCommands that change the project only through the core API."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from annotator import Claim, Project


class MarkClaimCommand(QUndoCommand):
    """A claim the user marked.  Created after the core stored it, so a refused claim never enters the stack."""

    def __init__(self, project: Project, claim: Claim) -> None:
        super().__init__(f"Mark claim “{_short(claim.text)}”")
        self._project = project
        self._claim = claim
        self._first = True

    def redo(self) -> None:
        if self._first:  # already stored by the core before the push
            self._first = False
            return
        self._project.restore_claim(self._claim)

    def undo(self) -> None:
        self._claim = self._project.claim(self._claim.id)
        self._project.delete_claim(self._claim.id)


class DeleteClaimCommand(QUndoCommand):
    """A claim the user deleted; undo brings it back with its id, attributions and fields."""

    def __init__(self, project: Project, claim_id: int) -> None:
        self._project = project
        self._claim = project.claim(claim_id)
        super().__init__(f"Delete claim “{_short(self._claim.text)}”")

    def redo(self) -> None:
        self._claim = self._project.claim(self._claim.id)
        self._project.delete_claim(self._claim.id)

    def undo(self) -> None:
        self._project.restore_claim(self._claim)


def _short(text: str, limit: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
