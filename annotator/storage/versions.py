"""Versions of shared rows (articles, sources, labels; schema 8): who changed a row last, and the refusal of
an edit made on an older version than the one stored.

Each of these models counts its changes in ``version`` (SQLAlchemy's ``version_id_col``: every UPDATE
raises it, and checks it is still the one it read).  :func:`stamp` records the operation's author in
``changed_by`` as the row is written (the store puts the author in each transaction's session info);
:func:`check` refuses an edit whose caller read the row at another version: a source renamed meanwhile by
another client is refused with its new value, nothing overwritten.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Mapper, Session, object_session

from annotator.errors import ChangedMeanwhileError
from annotator.messages import QT_TRANSLATE_NOOP, Message
from annotator.storage.models import Article, Label, Source

AUTHOR = "nisba.author"
"""The session info key holding who makes the changes of the transaction (None: not known)."""
VERSIONED = (Article, Source, Label)


def _stamp(_mapper: Mapper[Any], _connection: object, target: Article | Source | Label) -> None:
    session = object_session(target)
    if session is not None and session.is_modified(target, include_collections=False):
        target.changed_by = session.info.get(AUTHOR)


for _model in VERSIONED:
    event.listen(_model, "before_update", _stamp)


def set_author(session: Session, author: str | None) -> None:
    """Record ``author`` as the one making this session's changes."""
    session.info[AUTHOR] = author


def check(record: Article | Source | Label, expected: Any, what: str, now: str | Message) -> None:
    """Refuse (ChangedMeanwhileError) an edit of ``record`` made on version ``expected`` when it is at another.

    ``what`` names the record as the user knows it ("the source “Putin”"); ``now`` says what it is now.
    ``expected`` None: the caller read it in this very operation, nothing to check.
    """
    if expected is None or expected == record.version:
        return
    who = record.changed_by
    raise ChangedMeanwhileError(
        QT_TRANSLATE_NOOP(
            "Core",
            "{what} was changed by {who} meanwhile; it is now {now}. Nothing was overwritten: look at it again "
            "and redo your change",
        ).format(what=what, who=who or QT_TRANSLATE_NOOP("Core", "another client"), now=now),
        changed_by=who,
        current=_fields(record),
    )


def _fields(record: Article | Source | Label) -> dict[str, object]:
    names = {
        Article: ("title", "outlet", "url", "published", "status"),
        Source: ("name", "kind", "aliases", "colour"),
        Label: ("name", "colour"),
    }[type(record)]
    return {name: getattr(record, name) for name in names} | {"version": record.version}


STATUS_WORDS = {
    "todo": QT_TRANSLATE_NOOP("Core", "to do"),
    "in_progress": QT_TRANSLATE_NOOP("Core", "in progress"),
    "done": QT_TRANSLATE_NOOP("Core", "done"),
}
"""An article's status as a message says it."""
