"""Where claims overlap under a click, a menu lets the user pick one (innermost first)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from ui.article.highlight_style import HighlightSpan

LABEL_LIMIT = 60


def choose_claim(
    parent: QWidget, hits: list[int], claim_span: Callable[[int], HighlightSpan | None], where: QPoint
) -> int | None:
    """The claim among ``hits`` the user picks at ``where`` (each named by its text), None if none is."""
    if not hits:
        return None
    menu = QMenu(parent)
    menu.setObjectName("overlapMenu")
    for claim_id in hits:
        span = claim_span(claim_id)
        label = span.tooltip.split("\n")[-1] if span else str(claim_id)
        label = label if len(label) <= LABEL_LIMIT else label[: LABEL_LIMIT - 1] + "…"
        action = menu.addAction(f"{label}")
        action.setData(claim_id)
    picked = menu.exec(where)
    menu.deleteLater()
    return int(picked.data()) if picked is not None else None
