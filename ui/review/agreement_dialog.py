"""The Agreement dialog (issue 8): span and source agreement per article and annotator pair, and overall.

What is compared (the annotators with each other, or the suggestions with one annotator) is chosen above the
table by :mod:`ui.review.agreement_choice`, which gives the dialog each report to show."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from annotator.project.suggester_agreement import SUGGESTER
from annotator.review.report import OVERALL, ArticleAgreement, PairAgreement
from ui.i18n.marks import QT_TRANSLATE_NOOP
from ui.i18n.vocabulary import list_separator
from ui.widgets.record_table import Index, RecordTableModel
from ui.widgets.table_view import RowTable


def _num(value: float) -> str:
    return "—" if math.isnan(value) else f"{value:.2f}"


class AgreementModel(RecordTableModel):
    """One row per article and annotator pair; the overall rows last, in bold."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Article"),
        QT_TRANSLATE_NOOP("Columns", "Annotators"),
        QT_TRANSLATE_NOOP("Columns", "Claims"),
        QT_TRANSLATE_NOOP("Columns", "Exact F1"),
        QT_TRANSLATE_NOOP("Columns", "Overlap F1"),
        QT_TRANSLATE_NOOP("Columns", "Both marked"),
        QT_TRANSLATE_NOOP("Columns", "Kappa (source)"),
        QT_TRANSLATE_NOOP("Columns", "Alpha (source)"),
    )

    def _title(self, article: ArticleAgreement) -> str:
        if article.article_id == OVERALL:
            return self.tr("All articles")
        return article.title or self.tr("Article {id}").format(id=article.article_id)

    def __init__(self, report: list[ArticleAgreement]) -> None:
        super().__init__()
        self._rows: list[tuple[ArticleAgreement, PairAgreement]] = [(a, p) for a in report for p in a.pairs]

    def set_report(self, report: list[ArticleAgreement]) -> None:
        """Show another report."""
        self.beginResetModel()
        self._rows = [(a, p) for a in report for p in a.pairs]
        self.endResetModel()

    def _side(self, name: str) -> str:
        return self.tr("Suggestions") if name == SUGGESTER else name

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        article, pair = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values = (
                self._title(article),
                f"{self._side(pair.left)} / {self._side(pair.right)}",
                f"{pair.exact.left} / {pair.exact.right}",
                f"{_num(pair.exact.f1)} ({pair.exact.matched})",
                f"{_num(pair.overlap.f1)} ({pair.overlap.matched})",
                str(pair.paired),
                _num(pair.kappa),
                _num(article.alpha),
            )
            return values[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == len(self.COLUMNS) - 1:
            return self.tr("Over {annotators}; %n group(s) of overlapping claims", "", article.units).format(
                annotators=list_separator().join(self._side(name) for name in article.annotators)
            )
        if role == Qt.ItemDataRole.FontRole and article.article_id == OVERALL:
            font = QFont()
            font.setBold(True)
            return font
        return None


class AgreementDialog(QDialog):
    """Shows the agreement report, or says why there is none."""

    def __init__(self, report: list[ArticleAgreement], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("agreementDialog")
        self.setWindowTitle(self.tr("Agreement between annotators"))
        self.resize(900, 420)
        self.model = AgreementModel(report)
        self.table = RowTable("agreementTable")
        self.table.setModel(self.model)
        self.table.stretch_first_column()
        self.note = QLabel()
        self.note.setObjectName("agreementNote")
        self.note.setWordWrap(True)
        self.show_report(report, self.tr("No article has claims by two or more annotators yet."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.note)
        self._layout.addWidget(self.table)
        self._layout.addWidget(buttons)

    def add_above(self, widget: QWidget) -> None:
        """Put ``widget`` (the choice of what to compare) above the note and the table."""
        self._layout.insertWidget(0, widget)

    def show_report(self, report: list[ArticleAgreement], empty: str, what: str = "") -> None:
        """Show ``report`` with the measures explained (after ``what`` it compares), or ``empty`` if it is empty."""
        self.model.set_report(report)
        measures = self.tr(
            "Span agreement: F1 of claims with the same boundaries (exact) or overlapping (each matched once). "
            "Source agreement, on the claims both marked: Cohen's kappa per pair, Krippendorff's alpha over all "
            "annotators (first source of the chain, letter variants folded)."
        )
        self.note.setText(" ".join(t for t in (what, measures) if t) if report else empty)

    def show_waiting(self, text: str) -> None:
        """No report yet: ``text`` says what is being computed."""
        self.model.set_report([])
        self.note.setText(text)
