"""What a claim draws in the article: its span in its source's colour, its mentions and cues, one tooltip."""

from __future__ import annotations

from annotator.storage.rows import ClaimRow
from ui.article.highlight_style import HighlightSpan
from ui.claims.claim_cells import CellText, SourceLookup, claim_colour, source_names
from ui.i18n.vocabulary import dot, quote_text

TIP_TEXT_LIMIT = 200


def claim_spans(claim: ClaimRow, bridge: SourceLookup) -> list[HighlightSpan]:
    """The highlight spans of ``claim``: the claim, then each link's mention and cue in that source's colour
    (the sources from ``bridge``: the open project's, or the start-up's first screen's)."""
    chain = source_names(bridge, claim) or CellText.tr("(no source)")
    note = "\n" + CellText.tr("Note: {note}").format(note=claim.note) if claim.note else ""
    text = claim.text if len(claim.text) <= TIP_TEXT_LIMIT else claim.text[: TIP_TEXT_LIMIT - 1] + "…"
    tip = f"{chain}{dot()}{quote_text(claim.quote_type)}{note}\n{text}"
    colour = claim_colour(bridge, claim)
    spans = [HighlightSpan(claim.id, claim.start, claim.end, colour, tip)]
    for a in claim.attributions:
        source = bridge.source(a.source_id)
        link_colour = source.colour if source else colour
        if a.mention_start is not None and a.mention_end is not None:
            spans.append(HighlightSpan(claim.id, a.mention_start, a.mention_end, link_colour, tip, "mention"))
        if a.cue_start is not None and a.cue_end is not None:
            spans.append(HighlightSpan(claim.id, a.cue_start, a.cue_end, link_colour, tip, "cue"))
    return spans
