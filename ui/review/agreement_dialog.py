"""The Agreement dialog (issue 8): span and source agreement per article and annotator pair, and overall."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

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
                f"{pair.left} / {pair.right}",
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
                annotators=list_separator().join(article.annotators)
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
        note = (
            self.tr(
                "Span agreement: F1 of claims with the same boundaries (exact) or overlapping (each matched once). "
                "Source agreement, on the claims both marked: Cohen's kappa per pair, Krippendorff's alpha over all "
                "annotators (first source of the chain, letter variants folded)."
            )
            if report
            else self.tr("No article has claims by two or more annotators yet.")
        )
        label = QLabel(note)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
