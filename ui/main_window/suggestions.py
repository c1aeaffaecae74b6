"""Suggested attributions in the open article: dashed outlines of each proposed claim, its cue and its mention,
stepped through with Tab / Shift+Tab, accepted with Enter, rejected with X or Backspace.

The suggester runs in a worker thread (a 1 MB article takes well under a second), so the window never waits
for it; its answer for an article that is no longer open, or that changed meanwhile, is dropped.  Accepting
and rejecting are operations of the core (undoable); a source the registry does not have yet is created only
after one question (:mod:`ui.main_window.suggestion_confirm`).  The claim an accepted suggestion makes is
selected so its boundaries can be corrected at once, as for any claim.  The claims panel's section
(:class:`~ui.claims.suggestions_section.SuggestionsSection`) lists them and follows the current one.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QRunnable, QSettings, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import QMessageBox, QStatusBar, QWidget

from annotator import AnnotatorError, Project
from annotator.storage.changes import ChangeRecord
from ui.article.view import ArticleView
from ui.i18n.core_text import error_text
from ui.main_window.project_bridge import ProjectBridge
from ui.main_window.suggestion_confirm import confirm

if TYPE_CHECKING:
    from annotator.suggestions import Suggestion
    from ui.claims.suggestions_section import SuggestionsSection

SHOW_KEY = "suggestions/show"


class _Finder(QRunnable):
    def __init__(self, project: Project, article_id: int, generation: int, done: SignalInstance) -> None:
        super().__init__()
        self._project, self._article_id, self._generation, self._done = project, article_id, generation, done

    def run(self) -> None:
        try:
            found: object = self._project.suggestions(self._article_id)
        except AnnotatorError as exc:  # the article went meanwhile, the project closed
            found = exc
        self._done.emit(self._generation, found)


class Suggestions(QObject):
    """The suggestions of the article shown, and the current one."""

    found = Signal(int, object)  # generation, list[Suggestion] or the error (from the worker thread)
    changed = Signal()  # the list or the current one changed (the window updates its actions)

    def __init__(
        self,
        bridge: ProjectBridge,
        view: ArticleView,
        status: QStatusBar,
        claim_made: Callable[[int], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._project: Project = bridge.project
        self._bridge = bridge
        self._view = view
        self._status = status
        self._claim_made = claim_made
        self._parent = parent
        self.shown = bool(QSettings().value(SHOW_KEY, False, type=bool))
        self.items: list[Suggestion] = []
        self.current: int | None = None
        self._generation = 0
        self._anchor: int | None = None  # where the current suggestion was: after a refresh, the next one is current
        self._article: int | None = None
        self.found.connect(self._on_found)
        bridge.recordTold.connect(self._on_record)

    # -- showing -----------------------------------------------------------------------

    def slots(self) -> dict[str, Callable[..., object]]:
        """What the suggestion actions of the action table do, by key."""
        return {
            "suggestions": self.set_shown,
            "next_suggestion": lambda: self.step(1),
            "prev_suggestion": lambda: self.step(-1),
            "reject_suggestion": self.reject_current,
            "accept_source_suggestions": self.accept_all_of_source,
            "accept_all_suggestions": self.accept_all,
        }

    def set_shown(self, on: bool) -> None:
        """Show or hide the suggestions (remembered)."""
        self.shown = on
        QSettings().setValue(SHOW_KEY, on)
        self.refresh()
        self.changed.emit()

    def attach(self, section: SuggestionsSection) -> None:
        """Keep ``section`` listing the suggestions; a row chosen there becomes the current one."""
        self.changed.connect(lambda: section.show_items(self.items, self.current, self.shown))
        section.suggestionChosen.connect(self.choose)
        section.suggestionActivated.connect(self._choose_and_read)
        section.show_items(self.items, self.current, self.shown)

    def refresh(self) -> None:
        """Ask the suggester again for the open article (in the background)."""
        self._generation += 1
        article = self._view.article
        if not self.shown or article is None or self._project.closed:
            self._set([], None)
            return
        same = article.id == self._article
        item = self.current_item()
        self._anchor = item.start if same and item is not None else None
        self._article = article.id
        QThreadPool.globalInstance().start(_Finder(self._project, article.id, self._generation, self.found))

    def wait(self) -> bool:
        """Wait for a running suggester (tests, closing the project); True when none is left running."""
        return QThreadPool.globalInstance().waitForDone(10_000)

    def _on_found(self, generation: int, found: object) -> None:
        if generation != self._generation:
            return  # another article, or the text changed meanwhile
        if isinstance(found, Exception):
            self._set([], None)
            self._status.showMessage(self.tr("No suggestions: {why}").format(why=error_text(found)), 6000)
            return
        items = list(found) if isinstance(found, list) else []
        current = None
        if items:
            anchor = self._anchor
            after = [i for i, x in enumerate(items) if anchor is None or x.start >= anchor]
            current = after[0] if after else len(items) - 1
        self._set(items, current, scroll=self._anchor is not None)
        found_text = self.tr(
            "%n suggested attribution(s): Tab goes to the next, Enter accepts, X rejects", "", len(items)
        )
        left = self.tr("No suggested attributions left in this article.")
        self._status.showMessage(found_text if items else left, 6000)

    def _set(self, items: list[Suggestion], current: int | None, *, scroll: bool = True) -> None:
        self.items, self.current = items, current
        spans: list[tuple[int, int]] = []
        focus: int | None = None
        for index, item in enumerate(items):
            if index == current:
                focus = len(spans)
            spans.append((item.start, item.end))
            for text, start in ((item.cue, item.cue_start), (item.mention, item.mention_start)):
                if text and start is not None:
                    spans.append((start, start + len(text)))
        self._view.set_suggestion_marks(spans, focus, scroll=scroll)
        self.changed.emit()

    def _on_record(self, record: ChangeRecord) -> None:
        article = self._view.article
        if not self.shown or article is None:
            return
        renamed = any(change.entity == "source" for change in record)  # suggestions name the registry's sources
        if renamed or article.id in record.articles_with_suggestion_changes():
            self.refresh()  # a claim marked by hand, an undo, a new alias: what is pending changed

    # -- stepping, accepting, rejecting -------------------------------------------------------

    def current_item(self) -> Suggestion | None:
        """The suggestion Tab went to."""
        return self.items[self.current] if self.current is not None and self.current < len(self.items) else None

    def step(self, by: int) -> None:
        """Tab / Shift+Tab: the next or previous suggestion, scrolled into view."""
        if not self.items:
            return
        now = -1 if self.current is None and by > 0 else (self.current or 0)
        self.choose((now + by) % len(self.items))

    def _choose_and_read(self, index: int) -> None:
        """Enter in the list: that suggestion, and the keyboard to the article, where Enter accepts it."""
        self.choose(index)
        self._view.setFocus()

    def choose(self, index: int) -> None:
        """Make the suggestion at ``index`` current, scrolled into view, and say what it is."""
        if not 0 <= index < len(self.items):
            return
        self._set(self.items, index)
        item = self.current_item()
        if item is not None:
            source = item.source or self.tr("(source not named)")
            said = self.tr("Suggested: {source} — {claim}").format(source=source, claim=_short(item.claim))
            self._status.showMessage(said, 6000)

    def accept_current(self) -> bool:
        """Enter on a suggestion: it becomes a claim (its chain, mention, cue and quote type); False if none."""
        item = self.current_item()
        if item is None or self._view.article is None:
            return False
        made = self._accept([item])
        if made:
            self._claim_made(made[-1])
        return True

    def reject_current(self) -> None:
        """X or Backspace: not an attribution; it is not suggested again for this article."""
        item = self.current_item()
        if item is None or self._view.article is None:
            return
        try:
            self._project.reject_suggestion(self._view.article.id, item)
        except AnnotatorError as exc:
            QMessageBox.warning(self._parent, self.tr("Could not reject the suggestion"), error_text(exc))
            return
        rest = [x for x in self.items if x is not item]
        self._set(rest, min(self.current or 0, len(rest) - 1) if rest else None)

    def accept_all_of_source(self) -> None:
        """Accept every suggestion attributed to the current one's source (one undo step; one question if that
        makes new sources)."""
        item = self.current_item()
        if item is not None:
            self._accept([x for x in self.items if x.source == item.source], several=True)

    def accept_all(self) -> None:
        """Accept every suggestion in the article, after a confirmation naming any new sources (one undo step)."""
        if not self.items:
            return
        question = self.tr(
            "Make all %n suggested attribution(s) of this article claims? (Ctrl+Z undoes it.)", "", len(self.items)
        )
        self._accept(list(self.items), question=question)

    def _ask(self, items: list[Suggestion], question: str, several: bool) -> bool:
        """The one confirmation: always when there is a ``question``, else only if new sources would be made."""
        from annotator.project.suggesting import new_sources  # the suggester is loaded by now

        new = new_sources(self._bridge.sources(), items)
        if not question and not new:
            return True
        if question:
            title, yes = self.tr("Accept all suggestions"), self.tr("Accept all")
        elif several:
            title, yes = self.tr("Accept the suggestions of this source"), self.tr("Create and accept")
            question = self.tr("Accept %n suggestion(s) of this source?", "", len(items))
        else:
            title, yes = self.tr("New source"), self.tr("Create and accept")
        answer = confirm(self._parent, title, question, new, yes)
        self._parent.activateWindow()  # back to the article, whatever the window manager does after a dialog:
        self._view.setFocus()  # Tab, Enter, X and Ctrl+Z act there at once
        return answer

    def _accept(self, items: list[Suggestion], *, question: str = "", several: bool = False) -> list[int]:
        article = self._view.article
        if article is None:
            return []
        if not self._ask(items, question, several):
            self._status.showMessage(self.tr("Nothing accepted."), 4000)
            return []
        try:
            made = self._project.accept_suggestions(article.id, items)
        except AnnotatorError as exc:
            QMessageBox.warning(self._parent, self.tr("Could not accept the suggestion"), error_text(exc))
            return []
        self._status.showMessage(self.tr("Accepted %n suggestion(s).", "", len(made)), 4000)
        return [c.id for c in made]


def _short(text: str, limit: int = 60) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
