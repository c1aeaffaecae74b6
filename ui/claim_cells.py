"""What a claim shows in a table cell, the same in the article's claims and in every article's."""

from __future__ import annotations

from annotator.claim_rows import ClaimRow

from .highlight_style import UNATTRIBUTED
from .project_bridge import ProjectBridge

CHAIN_SEPARATOR = " ← "


def claim_text(claim: ClaimRow) -> str:
    """The claim's text on one line."""
    return " ".join(claim.text.split())


def claim_tooltip(claim: ClaimRow) -> str:
    """The whole text, with the note and the annotator."""
    by = f"\n\nAnnotator: {claim.annotator}" if claim.annotator else ""
    return claim.text + (f"\n\nNote: {claim.note}" if claim.note else "") + by


def source_names(bridge: ProjectBridge, claim: ClaimRow) -> str:
    """The claim's attribution chain as text (first source first)."""
    return CHAIN_SEPARATOR.join(s.name for sid in claim.source_ids if (s := bridge.source(sid)) is not None)


def claim_colour(bridge: ProjectBridge, claim: ClaimRow) -> str:
    """The highlight colour of a claim: its first source's colour."""
    first = bridge.source(claim.source_ids[0]) if claim.source_ids else None
    return first.colour if first else UNATTRIBUTED
