"""Undoable user actions: QUndoCommands that change the project only through the core API.

Every command is pushed after the core has already made the change (so a change the core
refuses never enters the stack): their first ``redo`` does nothing, later ones re-apply it.
A step the core refuses later leaves the stack and the project in step (see :class:`ProjectCommand`).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand

from annotator import AnnotatorError, Article, Claim, Project, Source
from annotator.project import SourceRemoval


def _short(text: str, limit: int = 30) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class CommandFailures(QObject):
    """Tells the window when the core refused an undo or redo (a full disk, a file made read-only)."""

    failed = Signal(object, str, str)  # the Project, the step ("Undo “Mark claim …”"), the reason


failures = CommandFailures()


class ProjectCommand(QUndoCommand):
    """A change the core has made already (so a change the core refuses never enters the stack); subclasses
    say how to make it again and how to take it back.

    If the core refuses a later step, nothing was changed (one transaction per action; a command of two
    calls puts the first back): the command is marked obsolete, so Qt takes it off the stack, stack and
    data stay in step, and the window is told why.
    """

    def __init__(self, project: Project, text: str) -> None:
        super().__init__(text)
        self._project = project
        self._skip_redo = True  # push() calls redo(): the change is made already

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._guard("Redo", self.apply)

    def undo(self) -> None:
        self._guard("Undo", self.revert)

    def _guard(self, step: str, action: Callable[[], object]) -> None:
        try:
            action()
        except AnnotatorError as exc:
            self.setObsolete(True)
            failures.failed.emit(self._project, f"{step} “{self.text()}”", str(exc))

    def apply(self) -> None:
        """Make the change again."""
        raise NotImplementedError

    def revert(self) -> None:
        """Take the change back."""
        raise NotImplementedError


class MarkClaimCommand(ProjectCommand):
    """A claim the user marked, with the source created for it on the way, if any (undone together)."""

    def __init__(
        self,
        project: Project,
        claim: Claim,
        status_before: str | None = None,
        new_source: AddSourceCommand | None = None,
    ) -> None:
        super().__init__(project, f"Mark claim “{_short(claim.text)}”")
        self._claim = claim
        # The first claim moves an article from "to do" to "in progress" (in the same transaction).
        self._status = ("in_progress", "todo") if status_before == "todo" else (None, None)
        self._new_source = new_source

    def apply(self) -> None:
        if self._new_source is not None:
            self._new_source.apply()
        try:
            self._project.restore_claim(self._claim, article_status=self._status[0])
        except AnnotatorError:
            if self._new_source is not None:
                with suppress(AnnotatorError):  # nothing changed then, as the user is told
                    self._new_source.revert()
            raise

    def revert(self) -> None:
        self._claim = self._project.claim(self._claim.id)
        self._project.delete_claim(self._claim.id, article_status=self._status[1])
        if self._new_source is not None:
            try:
                self._new_source.revert()
            except AnnotatorError:
                with suppress(AnnotatorError):  # put the claim back: nothing changed, as the user is told
                    self._project.restore_claim(self._claim, article_status=self._status[0])
                raise


class DeleteClaimCommand(ProjectCommand):
    """A claim the user deleted; undo brings it back with its id, attributions, labels and fields."""

    def __init__(self, project: Project, claim: Claim) -> None:
        super().__init__(project, f"Delete claim “{_short(claim.text)}”")
        self._claim = claim

    def apply(self) -> None:
        self._claim = self._project.claim(self._claim.id)
        self._project.delete_claim(self._claim.id)

    def revert(self) -> None:
        self._project.restore_claim(self._claim)


class EditClaimCommand(ProjectCommand):
    """Any change to one claim (boundaries, chain, mention, cue, quote type, labels, note), undone by snapshot."""

    def __init__(self, project: Project, before: Claim, after: Claim, text: str) -> None:
        super().__init__(project, text)
        self._before = before
        self._after = after

    def apply(self) -> None:
        self._project.replace_claim(self._after)

    def revert(self) -> None:
        self._project.replace_claim(self._before)


class EditSourceCommand(ProjectCommand):
    """A source renamed, re-kinded, re-coloured or given other aliases."""

    def __init__(self, project: Project, before: Source, after: Source) -> None:
        super().__init__(project, f"Edit source “{after.name}”")
        self._before = before
        self._after = after

    def _set(self, s: Source) -> None:
        self._project.update_source(s.id, name=s.name, kind=s.kind, aliases=s.aliases, colour=s.colour)

    def apply(self) -> None:
        self._set(self._after)

    def revert(self) -> None:
        self._set(self._before)


class RemoveSourceCommand(ProjectCommand):
    """A source merged into another, or deleted (its claims kept without it, or deleted with it)."""

    def __init__(self, project: Project, text: str, removal: SourceRemoval, again: Callable[[], SourceRemoval]) -> None:
        super().__init__(project, text)
        self._removal = removal
        self._again = again

    def apply(self) -> None:
        self._removal = self._again()

    def revert(self) -> None:
        self._project.restore_source(self._removal)


class AddSourceCommand(ProjectCommand):
    """A source created (in the picker or the registry); undo removes it again."""

    def __init__(self, project: Project, source: Source) -> None:
        super().__init__(project, f"New source “{source.name}”")
        self._source = source
        self._removal: SourceRemoval | None = None

    def apply(self) -> None:
        if self._removal is not None:
            self._project.restore_source(self._removal)

    def revert(self) -> None:
        self._removal = self._project.delete_source(self._source.id, claims="detach")


class EditArticleCommand(ProjectCommand):
    """An article's metadata or status changed."""

    def __init__(self, project: Project, before: Article, after: Article) -> None:
        super().__init__(project, f"Edit article “{_short(after.title or str(after.id))}”")
        self._before = before
        self._after = after

    def _set(self, a: Article) -> None:
        published = a.published.isoformat() if a.published else ""
        self._project.update_article(
            a.id, title=a.title or "", outlet=a.outlet or "", url=a.url or "", published=published, status=a.status
        )

    def apply(self) -> None:
        self._set(self._after)

    def revert(self) -> None:
        self._set(self._before)


class CurateCommand(ProjectCommand):
    """A claim accepted as the final version by an adjudicator (or that acceptance taken back)."""

    def __init__(self, project: Project, claim: Claim) -> None:
        verb = "Accept" if claim.curated else "Un-accept"
        super().__init__(project, f"{verb} claim “{_short(claim.text)}” as final")
        self._id = claim.id
        self._curated = claim.curated

    def apply(self) -> None:
        self._project.set_curated(self._id, self._curated)

    def revert(self) -> None:
        self._project.set_curated(self._id, not self._curated)
