"""The main window's layout while its project opens: the article in its place between two empty panes, where
the article list and the Claims and Sources tabs will be (the window is painted before the storage layer loads).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QTabWidget, QWidget

from ui.widgets.share_splitter import ShareSplitter

SHARES = [2, 5, 4]
"""The article list, the article and the side tabs share the window's width so."""


def waiting_splitter(reading: QWidget) -> ShareSplitter:
    """``reading`` (the article and its banners) with the two panes' places beside it."""
    splitter = ShareSplitter(Qt.Orientation.Horizontal, SHARES)
    tabs = QTabWidget()
    tabs.addTab(QWidget(), QCoreApplication.translate("MainWindow", "Claims"))
    tabs.addTab(QWidget(), QCoreApplication.translate("MainWindow", "Sources"))
    for pane in (QWidget(), reading, tabs):
        splitter.addWidget(pane)
    return splitter


def chosen_tab(splitter: ShareSplitter) -> int:
    """The side tab the user chose while waiting (the side tabs are the splitter's last pane)."""
    tabs = splitter.widget(splitter.count() - 1)
    return tabs.currentIndex() if isinstance(tabs, QTabWidget) else 0
