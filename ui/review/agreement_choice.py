"""What the Agreement dialog compares: the annotators with each other, or the suggestions with one annotator.

A combo box above the table.  The suggester's side is computed in a worker thread (it reads every article the
annotator marked), so the dialog stays responsive; an answer for a choice since changed is dropped.
"""

from __future__ import annotations

from contextlib import suppress

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from annotator import AnnotatorError, Project
from ui.i18n.core_text import error_text
from ui.review.agreement_dialog import AgreementDialog


class _Comparison(QRunnable):
    def __init__(self, project: Project, annotator: str, generation: int, done: SignalInstance) -> None:
        super().__init__()
        self._project, self._annotator, self._generation, self._done = project, annotator, generation, done

    def run(self) -> None:
        try:
            report: object = self._project.suggester_agreement(self._annotator)
        except AnnotatorError as exc:  # the project closed meanwhile, a damaged article
            report = exc
        with suppress(RuntimeError):  # the dialog went with its window meanwhile
            self._done.emit(self._generation, report)


class AgreementChoice(QObject):
    """The combo box of an Agreement dialog, and the reports it asks for."""

    computed = Signal(int, object)  # generation, list[ArticleAgreement] or the error (from the worker thread)

    def __init__(self, dialog: AgreementDialog, project: Project) -> None:
        super().__init__(dialog)
        self._dialog, self._project = dialog, project
        self._generation = 0
        self.combo = QComboBox()
        self.combo.setObjectName("agreementChoice")
        self.combo.addItem(self.tr("Annotators with each other"), None)
        for name in project.annotators():
            self.combo.addItem(self.tr("Suggestions with {name}").format(name=name), name)
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Compare:"))
        label.setBuddy(self.combo)
        layout.addWidget(label)
        layout.addWidget(self.combo, 1)
        dialog.add_above(row)
        self.computed.connect(self._on_computed)
        self.combo.currentIndexChanged.connect(self._choose)

    def _choose(self) -> None:
        self._generation += 1
        name = self.combo.currentData()
        if name is None:
            empty = self.tr("No article has claims by two or more annotators yet.")
            self._dialog.show_report(self._project.agreement(), empty)
            return
        self._dialog.show_waiting(self.tr("The suggester is reading the articles {name} marked…").format(name=name))
        QThreadPool.globalInstance().start(_Comparison(self._project, name, self._generation, self.computed))

    def _on_computed(self, generation: int, report: object) -> None:
        if generation != self._generation:
            return  # the choice changed meanwhile
        name = self.combo.currentData()
        if isinstance(report, AnnotatorError):
            why = error_text(report)
            self._dialog.show_waiting(self.tr("The suggestions could not be compared: {why}").format(why=why))
            return
        what = self.tr(
            "Suggestions: everything the suggester finds in each article {name} marked, rejected suggestions "
            "included; a claim accepted from a suggestion agrees with it by construction."
        ).format(name=name)
        empty = self.tr("{name} has no claims to compare.").format(name=name)
        self._dialog.show_report(report if isinstance(report, list) else [], empty, what)
