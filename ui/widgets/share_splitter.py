"""A splitter that opens in set proportions: sizes set while a window is still being built are squeezed into
its first, small size, so the panes keep their given shares only from the first time it is shown."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QSplitter, QWidget


class ShareSplitter(QSplitter):
    """Shares its length between its panes as ``shares`` say when first shown, unless a saved state was restored."""

    def __init__(self, orientation: Qt.Orientation, shares: list[int], parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._shares = shares
        self._shared = False
        for index, share in enumerate(shares):
            self.setStretchFactor(index, share)

    def restoreState(self, state: QByteArray | bytes | bytearray | memoryview) -> bool:
        """Qt's restore; a state restored keeps the sizes the user left."""
        restored = super().restoreState(state)
        self._shared = self._shared or restored
        return restored

    def showEvent(self, event: QShowEvent) -> None:
        """The first time: the panes in their shares of the length the splitter now has."""
        super().showEvent(event)
        if self._shared or self.count() != len(self._shares):
            return
        self._shared = True
        length = sum(self.sizes())
        whole = sum(self._shares)
        self.setSizes([length * share // whole for share in self._shares])
