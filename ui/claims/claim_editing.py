"""Edits of the current claim, from the side form and the keyboard: each one action in the core, undoable there."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from annotator import AnnotatorError, Claim, Project
from annotator.project import AttributionSpec
from ui.article.view import ArticleView
from ui.claims.claim_form import ClaimForm
from ui.i18n.core_text import error_text
from ui.i18n.vocabulary import quote_text
from ui.i18n.words import Words
from ui.main_window.project_bridge import ProjectBridge

EditingText = Words("EditingText")


class ClaimEditing(QObject):
    """Turns the form's requests into core operations, each named for the Undo menu."""

    def __init__(
        self,
        bridge: ProjectBridge,
        view: ArticleView,
        form: ClaimForm,
        current: Callable[[], int | None],
        pick_source: Callable[[str], int | None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._project: Project = bridge.project
        self._view = view
        self._form = form
        self._current = current
        self._pick_source = pick_source
        self._parent = parent
        form.quoteTypeChosen.connect(self.set_quote_type)
        form.noteEdited.connect(self.set_note)
        form.addSourceRequested.connect(self.add_source)
        form.removeLinkRequested.connect(self.remove_link)
        form.moveLinkRequested.connect(self.move_link)
        form.mentionRequested.connect(lambda pos: self.span_from_selection(pos, "mention"))
        form.cueRequested.connect(lambda pos: self.span_from_selection(pos, "cue"))
        form.boundsRequested.connect(self.bounds_from_selection)
        form.labelsChosen.connect(self.set_labels)
        form.newLabelRequested.connect(self.new_label)

    def refresh(self) -> None:
        """Show the current claim in the form."""
        claim_id = self._current()
        if claim_id is None:
            self._form.show_claim(None, [])
            return
        try:
            claim = self._project.claim(claim_id)
        except AnnotatorError:
            self._form.show_claim(None, [])
            return
        rows = [
            (self._bridge.source(a.source_id), a.mention_start is not None, a.cue_start is not None)
            for a in claim.attributions
        ]
        self._form.show_claim(claim, rows, self._project.labels())

    def edit(self, label: str, change: Callable[[int], Claim]) -> Claim | None:
        """Apply ``change`` to the current claim as one action named ``label`` (one undo step)."""
        claim_id = self._current()
        if claim_id is None:
            self._parent.window().statusBar().showMessage(EditingText.tr("Select a claim first."), 4000)  # type: ignore[attr-defined]
            return None
        try:
            with self._project.action(label):
                return change(claim_id)
        except AnnotatorError as exc:
            QMessageBox.warning(self._parent, label, error_text(exc))
            return None

    def set_quote_type(self, quote_type: str) -> None:
        """Set the current claim's quote type."""
        self.edit(
            EditingText.tr("Quote type: {type}").format(type=quote_text(quote_type)),
            lambda cid: self._project.update_claim(cid, quote_type=quote_type),
        )

    def set_labels(self, label_ids: list[int]) -> None:
        """Give the current claim these labels."""
        self.edit(EditingText.tr("Change labels"), lambda cid: self._project.set_claim_labels(cid, label_ids))

    def new_label(self) -> None:
        """Ask for a new label's name, create it and put it on the current claim."""
        name, ok = QInputDialog.getText(
            self._parent,
            EditingText.tr("New label"),
            EditingText.tr("Label name (e.g. verifiable, opinion, statistic):"),
        )
        if not ok or not name.strip():
            return
        try:
            label = self._project.add_label(name)
        except AnnotatorError as exc:
            QMessageBox.warning(self._parent, EditingText.tr("New label"), error_text(exc))
            return
        claim_id = self._current()
        if claim_id is not None:
            self.set_labels([*self._project.claim(claim_id).label_ids, label.id])
        else:
            self.refresh()

    def set_note(self, note: str) -> None:
        """Set the current claim's note."""
        self.edit(EditingText.tr("Edit note"), lambda cid: self._project.update_claim(cid, note=note))

    def set_chain(self, label: str, make: Callable[[list[AttributionSpec]], list[AttributionSpec]]) -> Claim | None:
        """Replace the current claim's chain by ``make(current chain)``."""
        return self.edit(label, lambda cid: self._project.set_chain(cid, make(self._project.chain_of(cid))))

    def add_source(self, source_id: int | None = None) -> None:
        """Append a source (picked now, unless given) to the current claim's chain."""
        if self._current() is None:
            return
        sid = source_id if source_id is not None else self._pick_source(EditingText.tr("Add a source to the chain"))
        if sid is not None:
            self.set_chain(EditingText.tr("Add source to chain"), lambda chain: [*chain, AttributionSpec(sid)])

    def remove_link(self, position: int) -> None:
        """Take one source out of the current claim's chain."""
        self.set_chain(
            EditingText.tr("Remove source from chain"), lambda chain: chain[:position] + chain[position + 1 :]
        )

    def move_link(self, position: int, step: int) -> None:
        """Move one source earlier (-1) or later (+1) in the chain."""

        def moved(chain: list[AttributionSpec]) -> list[AttributionSpec]:
            other = position + step
            if not 0 <= other < len(chain):
                return chain
            chain[position], chain[other] = chain[other], chain[position]
            return chain

        self.set_chain(EditingText.tr("Reorder chain"), moved)

    def span_from_selection(self, position: int, role: str) -> None:
        """Make the text selection (trimmed and snapped as a mention or cue) the one of the chain link at
        ``position``."""
        span = self._view.span_to_store("mention" if role == "mention" else "cue")
        if span is None:
            self._parent.window().statusBar().showMessage(  # type: ignore[attr-defined]
                EditingText.tr("Select the mention in the text first.")
                if role == "mention"
                else EditingText.tr("Select the cue in the text first."),
                4000,
            )
            return

        def with_span(chain: list[AttributionSpec]) -> list[AttributionSpec]:
            if not chain:
                raise AnnotatorError(EditingText.tr("the claim has no source yet: add one to the chain first"))
            link = chain[min(position, len(chain) - 1)]
            new = AttributionSpec(
                link.source_id, span if role == "mention" else link.mention, span if role == "cue" else link.cue
            )
            chain[min(position, len(chain) - 1)] = new
            return chain

        if (
            self.set_chain(
                EditingText.tr("Mark mention") if role == "mention" else EditingText.tr("Mark cue"), with_span
            )
            is not None
        ):
            self._view.collapse_selection()

    def bounds_from_selection(self) -> None:
        """Make the text selection (trimmed and snapped as a claim) the current claim's content span."""
        span = self._view.span_to_store("claim")
        if span is None:
            self._parent.window().statusBar().showMessage(EditingText.tr("Select the claim's new text first."), 4000)  # type: ignore[attr-defined]
            return
        if self.edit(
            EditingText.tr("Change claim boundaries"),
            lambda cid: self._project.update_claim(cid, start=span[0], end=span[1]),
        ):
            self._view.collapse_selection()
