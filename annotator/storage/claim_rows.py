"""Claims as plain read-only rows, for views that show thousands at once.

Loading 5,000 ORM ``Claim`` objects with their attributions and labels costs a
third of a second; reading the same columns as plain rows costs a tenth of
that (named tuples, not objects with per-field set-up).  Views (the
article's highlights, the claims panel) use these rows;
edits still go through the :class:`~annotator.project.Project` service.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, select
from sqlalchemy.sql import ColumnElement

from annotator.storage.models import Attribution, Claim, Label, claim_label
from annotator.storage.rows import ClaimRow, LinkRow

__all__ = ["ClaimRow", "LinkRow", "claim_rows_by_id", "read_claim_rows"]

_COLUMNS = (
    Claim.id,
    Claim.article_id,
    Claim.start,
    Claim.end,
    Claim.text,
    Claim.quote_type,
    Claim.note,
    Claim.annotator,
    Claim.curated,
)


def read_claim_rows(conn: Connection, where: ColumnElement[bool]) -> list[ClaimRow]:
    """The claims matching ``where`` (a condition on ``Claim``), in text order, with their chains and labels."""
    claims = conn.execute(
        select(*_COLUMNS).where(where).order_by(Claim.article_id, Claim.start, Claim.end, Claim.id)
    ).all()
    if not claims:
        return []
    chosen = select(Claim.id).where(where).scalar_subquery()
    links: defaultdict[int, list[LinkRow]] = defaultdict(list)
    for claim_id, source_id, mention_start, mention_end, cue_start, cue_end in conn.execute(
        select(
            Attribution.claim_id,
            Attribution.source_id,
            Attribution.mention_start,
            Attribution.mention_end,
            Attribution.cue_start,
            Attribution.cue_end,
        )
        .where(Attribution.claim_id.in_(chosen))
        .order_by(Attribution.claim_id, Attribution.position)
    ):
        links[claim_id].append(LinkRow(source_id, mention_start, mention_end, cue_start, cue_end))
    labels: defaultdict[int, list[int]] = defaultdict(list)
    for claim_id, label_id in conn.execute(
        select(claim_label.c.claim_id, claim_label.c.label_id)
        .join(Label, Label.id == claim_label.c.label_id)
        .where(claim_label.c.claim_id.in_(chosen))
        .order_by(Label.name)
    ):
        labels[claim_id].append(label_id)
    return [
        ClaimRow(*row, attributions=tuple(links.get(row[0], ())), label_ids=tuple(labels.get(row[0], ())))
        for row in claims
    ]


def claim_rows_by_id(conn: Connection, ids: Iterable[int]) -> list[ClaimRow]:
    """The claims with these ids (those that exist), in text order."""
    return read_claim_rows(conn, Claim.id.in_(list(ids)))
