"""The window's annotator tools (issue 8): sessions, agreement, compare mode and curation.

Made by :class:`ui.main_window.MainWindow`, which takes the *Review* menu's actions from :meth:`Review.slots`
(the menu itself comes from the window's action table) and calls :meth:`Review.article_opened` and
:meth:`Review.annotator_changed`.  Shows the first-run annotator banner (non-modal: it never blocks start-up or
tests), and records a highlighting session while the window edits the project.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QMessageBox, QPushButton

from annotator import AnnotatorError
from annotator.storage.changes import Change
from ui.i18n.core_text import error_text
from ui.main_window.parts import WindowParts
from ui.review.agreement_choice import AgreementChoice
from ui.review.agreement_dialog import AgreementDialog
from ui.review.compare_mode import compare_spans
from ui.review.sessions_view import SessionsDialog


class Review(QObject):
    """Menu, banner, session recording and compare mode of one main window."""

    def __init__(self, window: WindowParts) -> None:
        super().__init__(window.window())
        self._w = window
        self.compare_with: str | None = None
        """The other annotator shown in compare mode, or None (normal view)."""
        self.curate_action = QAction()  # the table's action, once the window has built it (see attach)
        self.banner = self._make_banner()
        window.bridge.changed.connect(self._on_change)
        if not window.project.read_only:
            self._start_session()

    def slots(self) -> dict[str, Callable[..., object]]:
        """What the Review menu's actions do, by key of the window's action table."""
        return {
            "sessions": self.show_sessions,
            "agreement": self.show_agreement,
            "mine": self._toggle_mine,
            "curate": lambda _checked: self.toggle_curated(),
        }

    def attach(self, actions: dict[str, QAction]) -> None:
        """The window's actions are built: keep the curation action in step with the current claim."""
        self.curate_action = actions["curate"]
        # After the window's own handlers: the current claim has changed when these run.
        self._w.claims_table.selectionModel().currentRowChanged.connect(lambda *_: self._update_curate())
        self._w.view.claimActivated.connect(lambda _id: self._update_curate())
        self._update_curate()

    # -- sessions ------------------------------------------------------------------

    def _start_session(self) -> None:
        try:
            self._w.project.start_session(self._w.project.annotator)
            if self._w.view.article is not None:
                self._w.project.touch_session(self._w.view.article.id)
        except AnnotatorError as exc:  # a session is a record of work, never a reason to stop it
            self._w.statusBar().showMessage(self._unrecorded(exc), 6000)

    def _unrecorded(self, exc: AnnotatorError) -> str:
        return self.tr("The session could not be recorded: {reason}").format(reason=error_text(exc))

    def article_opened(self, article_id: int) -> None:
        """The window shows another article: time goes to it from now; compare mode redraws."""
        if self._w.project.current_session is not None:
            try:
                self._w.project.touch_session(article_id)
            except AnnotatorError as exc:
                self._w.statusBar().showMessage(self._unrecorded(exc), 6000)
        if self.compare_with is not None:
            self._apply_compare()
        self._update_curate()

    def annotator_changed(self) -> None:
        """A new annotator name starts a new session and answers the first-run banner."""
        self.banner.hide()
        if not self._w.project.read_only:
            self._start_session()
        if self._w.actions_by_name["mine"].isChecked():
            self._w.claims_filter.show_annotator(self._w.project.annotator)
        if self.compare_with is not None:
            self._apply_compare()

    def show_sessions(self) -> SessionsDialog:
        """Open the Sessions dialog (non-modal); returned for tests."""
        dialog = SessionsDialog(self._w.project.highlight_sessions(), self._w.window())
        dialog.show()
        return dialog

    def show_agreement(self) -> AgreementDialog:
        """Open the Agreement dialog (non-modal); returned for tests."""
        dialog = AgreementDialog(self._w.project.agreement(), self._w.window())
        AgreementChoice(dialog, self._w.project)  # kept by the dialog, its parent
        dialog.show()
        return dialog

    # -- first-run banner ----------------------------------------------------------------

    def _make_banner(self) -> QFrame:
        banner = QFrame()
        banner.setObjectName("annotatorBanner")
        banner.setStyleSheet("#annotatorBanner { background: #fff8e1; border-bottom: 1px solid #ffe082; }")
        text = QLabel(
            self.tr("Annotating as “{name}”. Each claim you mark records this name.").format(
                name=self._w.project.annotator
            )
        )
        text.setWordWrap(True)  # a long name wraps rather than widening the reading pane
        change = QPushButton(self.tr("Change name…"))
        change.setObjectName("bannerChange")
        keep = QPushButton(self.tr("That's me"))
        keep.setObjectName("bannerKeep")
        layout = QHBoxLayout(banner)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(text, 1)
        layout.addWidget(change)
        layout.addWidget(keep)
        change.clicked.connect(lambda: self._w.actions_by_name["annotator"].trigger())
        keep.clicked.connect(self._keep_name)
        self._w.add_banner(banner)
        saved = QSettings().value("annotator/name", "")
        banner.setVisible(not (isinstance(saved, str) and saved.strip()) and not self._w.project.read_only)
        return banner

    def _keep_name(self) -> None:
        QSettings().setValue("annotator/name", self._w.project.annotator or "")
        self.banner.hide()

    # -- compare mode ----------------------------------------------------------------------

    def fill_compare_menu(self, menu: QMenu) -> None:
        """Review → Compare with: nobody, or each other annotator who marked claims."""
        menu.clear()
        group = QActionGroup(menu)
        off = menu.addAction(self.tr("Nobody (normal view)"))
        off.setCheckable(True)
        off.setChecked(self.compare_with is None)
        off.triggered.connect(lambda: self.set_compare(None))
        group.addAction(off)
        others = [n for n in self._w.project.annotators() if n != self._w.project.annotator]
        for name in others:
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(name == self.compare_with)
            action.triggered.connect(lambda _=False, n=name: self.set_compare(n))
            group.addAction(action)
        if not others:
            none = menu.addAction(self.tr("(no other annotator has marked claims)"))
            none.setEnabled(False)

    def set_compare(self, other: str | None) -> None:
        """Show the current annotator's and ``other``'s claims coloured by annotator (None: back to normal)."""
        self.compare_with = other
        if other is None:
            self._w.refresh_highlights()
            self._w.statusBar().clearMessage()
            return
        self._apply_compare()

    def _apply_compare(self) -> None:
        view, project = self._w.view, self._w.project
        if view.article is None or self.compare_with is None:
            return
        self._w.claims_model.finish_loading()
        spans = compare_spans(project.claim_rows(view.article.id), project.annotator, self.compare_with)
        view.clear_spans()
        view.add_spans(spans)
        only = len({s.id for s in spans if s.role == "unmatched"})
        self._w.statusBar().showMessage(
            self.tr("Comparing: {me} (purple) with {other} (orange); ").format(
                me=project.annotator, other=self.compare_with
            )
            + self.tr("%n claim(s) only one of them marked (red wavy underline)", "", only)
        )

    def _toggle_mine(self, on: bool) -> None:
        self._w.claims_filter.show_annotator(self._w.project.annotator if on else None)

    # -- curation ---------------------------------------------------------------------------

    def toggle_curated(self) -> None:
        """Accept the current claim as the final version, or take that back (undoable)."""
        claim_id = self._w.current_claim_id
        if claim_id is None or self._w.project.read_only:
            return
        try:
            self._w.project.set_curated(claim_id, not self._w.project.claim(claim_id).curated)
        except AnnotatorError as exc:
            QMessageBox.warning(self._w.window(), self.tr("Could not change the claim"), error_text(exc))
        self._update_curate()

    def _update_curate(self) -> None:
        claim_id = self._w.current_claim_id
        self.curate_action.setEnabled(claim_id is not None and not self._w.project.read_only)
        checked = False
        if claim_id is not None:
            try:
                checked = self._w.project.claim(claim_id).curated
            except AnnotatorError:
                checked = False
        self.curate_action.setChecked(checked)

    def _on_change(self, change: Change) -> None:
        if change.entity != "claim":
            return
        if change.action == "added":
            self._w.claims_filter.fill_annotators()
        view = self._w.view
        if self.compare_with is not None and view.article is not None and change.article_id == view.article.id:
            self._apply_compare()
        self._update_curate()
