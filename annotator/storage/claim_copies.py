"""The claim's values its links and labels hold copies of (:data:`~annotator.storage.claim_defaults.CLAIM_COPIES`), kept
in step when they change.

A new attribution or label row reads its claim's article, annotator and curation when it is written (the
columns' defaults in :mod:`annotator.storage.models`), and undo and redo put rows back as they were, copies and
all.  A claim's article and annotator never change; its curation does, and :func:`curate` copies it again to
its rows in the same operation.
"""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from annotator.storage.models import Attribution, claim_label


def curate(s: Session, claim_id: int, curated: bool) -> None:
    """Copy a claim's curation to its links and labels (the claim's own ``curated`` is set by the caller)."""
    s.execute(update(Attribution).where(Attribution.claim_id == claim_id).values(claim_curated=curated))
    s.execute(update(claim_label).where(claim_label.c.claim_id == claim_id).values(claim_curated=curated))
