"""Undoable user actions: QUndoCommands that change the project only through the core API."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from annotator import Article, Claim, Project, Source
from annotator.project import SourceRemoval


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


class EditClaimCommand(QUndoCommand):
    """Any change to one claim (boundaries, chain, mention, cue, quote type, note), undone by snapshot."""

    def __init__(self, project: Project, before: Claim, after: Claim, text: str) -> None:
        super().__init__(text)
        self._project = project
        self._before = before
        self._after = after
        self._first = True

    def redo(self) -> None:
        if self._first:  # the core made the change before the push
            self._first = False
            return
        self._project.replace_claim(self._after)

    def undo(self) -> None:
        self._project.replace_claim(self._before)


class EditSourceCommand(QUndoCommand):
    """A source renamed, re-kinded, re-coloured or given other aliases."""

    def __init__(self, project: Project, before: Source, after: Source) -> None:
        super().__init__(f"Edit source “{after.name}”")
        self._project = project
        self._before = before
        self._after = after
        self._first = True

    def _apply(self, s: Source) -> None:
        self._project.update_source(s.id, name=s.name, kind=s.kind, aliases=s.aliases, colour=s.colour)

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class RemoveSourceCommand(QUndoCommand):
    """A source merged into another, or deleted (its claims kept without it, or deleted with it)."""

    def __init__(self, project: Project, text: str, removal: SourceRemoval, again: Callable[[], SourceRemoval]) -> None:
        super().__init__(text)
        self._project = project
        self._removal = removal
        self._again = again
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._removal = self._again()

    def undo(self) -> None:
        self._project.restore_source(self._removal)


class EditArticleCommand(QUndoCommand):
    """An article's metadata or status changed."""

    def __init__(self, project: Project, before: Article, after: Article) -> None:
        super().__init__(f"Edit article “{_short(after.title or str(after.id))}”")
        self._project = project
        self._before = before
        self._after = after
        self._first = True

    def _apply(self, a: Article) -> None:
        published = a.published.isoformat() if a.published else ""
        self._project.update_article(
            a.id, title=a.title or "", outlet=a.outlet or "", url=a.url or "", published=published, status=a.status
        )

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self._after)

    def undo(self) -> None:
        self._apply(self._before)


class AddSourceCommand(QUndoCommand):
    """A source created (in the picker or the registry); undo removes it again."""

    def __init__(self, project: Project, source: Source) -> None:
        super().__init__(f"New source “{source.name}”")
        self._project = project
        self._source = source
        self._removal: SourceRemoval | None = None

    def redo(self) -> None:
        if self._removal is not None:
            self._project.restore_source(self._removal)

    def undo(self) -> None:
        self._removal = self._project.delete_source(self._source.id, claims="detach")
