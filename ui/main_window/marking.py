"""Marking claims: the selection made a claim, the source picker, the nine recent sources.

A claim marked with a source the picker creates on the way is one action in the core (one transaction,
one undo step): :meth:`Project.action` wraps both.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QStatusBar, QWidget

from annotator import AnnotatorError, Claim, Project
from annotator.storage.changes import Change
from annotator.text.spans import guess_quote_type
from ui.article.view import SNAP_SETTING, ArticleView, snap_words_on
from ui.main_window.action_table import RECENT_LIMIT
from ui.main_window.project_bridge import ProjectBridge
from ui.sources.source_picker import Pick, SourcePicker


class Marking(QObject):
    """Turns the view's selection into claims, through the picker or a recent source."""

    def __init__(
        self,
        bridge: ProjectBridge,
        view: ArticleView,
        status: QStatusBar,
        claim_marked: Callable[[int], None],
        error: Callable[[str, Exception], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._bridge = bridge
        self._project: Project = bridge.project
        self._view = view
        self._status = status
        self._claim_marked = claim_marked
        self._error = error
        self._parent = parent
        self.snap = snap_words_on()
        self.recent: list[int] = self._project.recent_source_ids(RECENT_LIMIT)
        bridge.changed.connect(self._on_change)

    def set_snap(self, on: bool) -> None:
        """Widen new claims, mentions and cues to whole words (remembered; the view reads the setting)."""
        self.snap = on
        QSettings().setValue(SNAP_SETTING, on)

    def mark(self, source_ids: list[int] | tuple[int, ...] = ()) -> Claim | None:
        """Store the view's selection as a claim attributed to ``source_ids``; None without a selection or when
        the core refuses it (the user is told why)."""
        article = self._view.article
        span = self._view.span_to_store("claim")  # trimmed and, when snapping is on, whole words
        if article is None or span is None:
            self._status.showMessage(self.tr("Select the text of the claim first."), 4000)
            return None
        try:
            claim = self._project.add_claim(
                article.id, span[0], span[1], list(source_ids), guess_quote_type(article.text, *span)
            )
        except AnnotatorError as exc:
            self._error(self.tr("Could not mark the claim"), exc)
            return None
        for sid in reversed(list(source_ids)):
            self.remember(sid)
        self._view.collapse_selection()
        self._claim_marked(claim.id)
        return claim

    def mark_interactive(self) -> None:
        """Enter: ask for the source, then mark (a new source and its claim are one undo step)."""
        span = self._view.span_to_store("claim")
        article = self._view.article
        if article is None or span is None:
            self._status.showMessage(self.tr("Select the text of the claim first."), 4000)
            return
        pick = self.choose_source(article.text[span[0] : span[1]])
        if pick is None:
            return
        if pick.source_id is not None:
            self.mark([pick.source_id])
            return
        try:
            with self._project.action(self.tr("Mark claim with new source “{name}”").format(name=pick.new_name)):
                source_id = self._create(pick)
                if self.mark([source_id]) is None:
                    raise _RefusedError
        except _RefusedError:
            pass  # the core refused the claim: nothing was stored, not the source either
        except AnnotatorError as exc:
            self._error(self.tr("Could not create the source"), exc)

    def pick_source(self, claim_text: str) -> int | None:
        """Ask for a source with the type-ahead picker (creating it if new); None when cancelled."""
        pick = self.choose_source(claim_text)
        if pick is None:
            return None
        if pick.source_id is not None:
            self.remember(pick.source_id)
            return pick.source_id
        try:
            source_id = self._create(pick)
        except AnnotatorError as exc:
            self._error(self.tr("Could not create the source"), exc)
            return None
        self.remember(source_id)
        return source_id

    def choose_source(self, claim_text: str) -> Pick | None:
        """The type-ahead picker's answer (an existing source, or a new one to create); None when cancelled."""
        picker = SourcePicker(self._bridge.sources(), self.recent, claim_text, self._parent)
        accepted = picker.exec() == SourcePicker.DialogCode.Accepted
        self._parent.activateWindow()  # back to the article, whatever the window manager does after a dialog:
        self._view.setFocus()  # Ctrl+Z, Shift+arrows and the next Enter act there at once
        return picker.pick if accepted else None

    def mark_with_recent(self, n: int) -> None:
        """Keys 1…9: mark with the n-th most recent source."""
        if n > len(self.recent):
            self._status.showMessage(self.tr("There is no recent source {n} yet.").format(n=n), 4000)
            return
        self.mark([self.recent[n - 1]])

    def fill_recent_menu(self, menu: QMenu, actions: dict[str, QAction]) -> None:
        """Claim → Mark with a recent source: the nine actions, named after their sources."""
        menu.clear()
        for n in range(1, RECENT_LIMIT + 1):
            action = actions[f"recent_{n}"]
            source = self._bridge.source(self.recent[n - 1]) if n <= len(self.recent) else None
            action.setText(f"&{n}  {source.name}" if source else self.tr("{n}  (none yet)").format(n=n))
            action.setEnabled(source is not None and not self._project.read_only)
            menu.addAction(action)

    def remember(self, source_id: int) -> None:
        """``source_id`` becomes recent source 1."""
        if source_id in self.recent:
            self.recent.remove(source_id)
        self.recent.insert(0, source_id)
        del self.recent[RECENT_LIMIT:]

    def _create(self, pick: Pick) -> int:
        return self._project.add_source(pick.new_name or "", pick.new_kind).id

    def _on_change(self, change: Change) -> None:
        if change.entity == "source" and change.action == "deleted":  # deleted, or merged into another
            self.recent = [sid for sid in self.recent if sid not in change.ids]


class _RefusedError(Exception):
    """The claim was refused inside a marking action: the action is rolled back."""
