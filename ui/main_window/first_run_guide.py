"""The first-run guide: three steps above the article (select, Enter, pick the source), dismissible,
shown again from Help → Getting started."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Signal
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from ui.i18n.marks import QT_TRANSLATE_NOOP

DISMISSED_KEY = "guide/dismissed"

STEPS = (
    QT_TRANSLATE_NOOP("FirstRunGuide", "<b>1</b>&nbsp; Select the claim's words in the article"),
    QT_TRANSLATE_NOOP("FirstRunGuide", "<b>2</b>&nbsp; Press <b>Enter</b>"),
    QT_TRANSLATE_NOOP(
        "FirstRunGuide",
        "<b>3</b>&nbsp; Type a few letters of its source and press <b>Enter</b> (a new name creates it)",
    ),
)


class FirstRunGuide(QFrame):
    """A non-modal strip of three steps; "Got it" hides it for good (until Help → Getting started)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("firstRunGuide")
        self.setStyleSheet("#firstRunGuide { background: #e8f5e9; border-bottom: 1px solid #a5d6a7; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for step in STEPS:
            label = QLabel(self.tr(step))
            label.setObjectName("guideStep")
            label.setWordWrap(True)  # the steps wrap in a narrow pane rather than widening it
            layout.addWidget(label, len(QTextDocumentFragment.fromHtml(label.text()).toPlainText()))  # by length
        done = QPushButton(self.tr("Got it"))
        done.setObjectName("guideDone")
        done.clicked.connect(self.dismiss)
        layout.addWidget(done)
        self.setVisible(not bool(QSettings().value(DISMISSED_KEY, False, type=bool)))

    def dismiss(self) -> None:
        """Hide the guide and remember it."""
        QSettings().setValue(DISMISSED_KEY, True)
        self.hide()
        self.dismissed.emit()

    def show_again(self) -> None:
        """Help → Getting started."""
        QSettings().setValue(DISMISSED_KEY, False)
        self.show()
