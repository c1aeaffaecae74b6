"""The defaults of a new link's or label row's copies of its claim's values (schemas 9 and 10), read from the
claim once per statement."""

from __future__ import annotations

from typing import Any

from sqlalchemy import column, select, table
from sqlalchemy.engine.default import DefaultExecutionContext

_CLAIM = table("claim", column("id"), column("article_id"), column("annotator"), column("curated"))

CLAIM_COPIES = ("article_id", "annotator", "curated")
"""The claim's values its links and labels hold copies of (schemas 9 and 10): the Overview's filters read them
there, without joining every link to its claim."""


def _of_claim(context: DefaultExecutionContext, column: str) -> Any:
    """One of the claim's :data:`CLAIM_COPIES` for a new link or label row: the claim is read once per statement
    (its copies in a row, and the rows of one claim, share the look-up)."""
    claim_id = context.get_current_parameters()["claim_id"]  # type: ignore[no-untyped-call]
    seen: dict[int, Any] = context.__dict__.setdefault("nisba_claims", {})
    if claim_id not in seen:
        row = context.connection.execute(
            select(_CLAIM.c.article_id, _CLAIM.c.annotator, _CLAIM.c.curated).where(_CLAIM.c.id == claim_id)
        ).first()
        if row is None:
            raise ValueError(f"link or label of claim {claim_id}: there is no such claim")
        seen[claim_id] = dict(zip(CLAIM_COPIES, row, strict=True))
    return seen[claim_id][column]


def article_of_claim(context: DefaultExecutionContext) -> int:
    """The article of the claim a new attribution or label row is for (the default of its ``article_id``)."""
    return int(_of_claim(context, "article_id"))


def annotator_of_claim(context: DefaultExecutionContext) -> str | None:
    """Who marked the claim a new attribution or label row is for (the default of its ``claim_annotator``)."""
    found = _of_claim(context, "annotator")
    return None if found is None else str(found)


def curation_of_claim(context: DefaultExecutionContext) -> bool:
    """Whether the claim a new attribution or label row is for is curated (the default of its ``claim_curated``;
    :func:`annotator.storage.claim_copies.curate` keeps it in step afterwards)."""
    return bool(_of_claim(context, "curated"))
