"""Highlight colours for sources: light enough to read dark text on, distinct from each other."""

from __future__ import annotations

import re

PALETTE: tuple[str, ...] = (
    "#ffd166",  # amber
    "#9ad0f5",  # sky
    "#b8e0a8",  # green
    "#f7a8b8",  # pink
    "#c9b6f2",  # lavender
    "#ffb585",  # apricot
    "#8fdccf",  # teal
    "#e3d37a",  # olive
    "#f2b6e6",  # orchid
    "#a9c4ff",  # periwinkle
    "#d9c2a7",  # sand
    "#c2e88d",  # lime
)

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")


def colour_for(index: int) -> str:
    """The palette colour for the ``index``-th source."""
    return PALETTE[index % len(PALETTE)]


def is_colour(value: str) -> bool:
    """True for a ``#rrggbb`` colour."""
    return bool(_HEX.match(value))
