"""Stable, globally unique identifiers for what the exchange formats write (W3C ids, REFI-QDA GUIDs).

Nothing extra is stored: every identifier is a name-based UUID (version 5) of facts that never change.

- An article is known by the SHA-256 of its text *and* the moment it was imported into this project: two
  projects holding the same article (two annotators who each imported it) give it different identities,
  and a saved copy of a project keeps them.
- The project is known by its first article's identity (the lowest id; articles are never deleted, only
  an undone import takes one away, and with it every claim that could have been exported).
- A claim is known by its article's identity, its row id and its creation time: a row id reused after a
  deletion names a new claim, since that claim was created at another moment.

Exporting the same project twice therefore gives the same identifiers; two projects never share one.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.storage.models import Article

NISBA_IRI = "https://w3id.org/nisba"
"""Nisba's IRI (a w3id.org permanent identifier, to be pointed at the project's home when it is registered)."""
NISBA_NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, NISBA_IRI)
"""The namespace every identifier descends from (changing it would change every id)."""


def _instant(moment: datetime) -> str:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.isoformat(timespec="microseconds")


def article_uuid(text_hash: str, imported_at: datetime) -> uuid.UUID:
    """The identity of one article in one project."""
    return uuid.uuid5(NISBA_NAMESPACE, f"article:{text_hash}:{_instant(imported_at)}")


def project_uuid(first_article: tuple[str, datetime] | None) -> uuid.UUID:
    """The identity of a project, from its first article's text hash and import time (None: no articles)."""
    if first_article is None:
        return uuid.uuid5(NISBA_NAMESPACE, "project:empty")
    return uuid.uuid5(NISBA_NAMESPACE, f"project:{first_article[0]}:{_instant(first_article[1])}")


def project_identity(session: Session) -> uuid.UUID:
    """The identity of the project open in ``session``."""
    first = session.execute(select(Article.text_hash, Article.imported_at).order_by(Article.id).limit(1)).first()
    return project_uuid(None if first is None else (first[0], first[1]))


def claim_uuid(article: uuid.UUID, claim_id: int, created_at: datetime) -> uuid.UUID:
    """The identity of a claim: its article's identity, its row id and when it was made."""
    return uuid.uuid5(article, f"claim:{claim_id}:{_instant(created_at)}")


def annotator_iri(name: str) -> str:
    """An IRI for an annotator, from the name Nisba records (the same name gives the same IRI everywhere,
    as Nisba keeps annotators apart by name)."""
    return f"urn:uuid:{uuid.uuid5(NISBA_NAMESPACE, f'annotator:{name}')}"


def within(scope: uuid.UUID, what: str) -> uuid.UUID:
    """An identifier for ``what`` (``"source:12"``, ``"folder:labels"``...) inside ``scope``."""
    return uuid.uuid5(scope, what)


def utc_text(moment: datetime) -> str:
    """A stored (naive UTC) time as ISO 8601 in UTC with ``Z``, to the microsecond."""
    return f"{_instant(moment)}Z"
