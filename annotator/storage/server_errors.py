"""What a team server's refusals mean to the user: psycopg errors as AnnotatorErrors with a clear message.

Called for every database error of a server project (SQLAlchemy's ``handle_error``); errors it does not
know stay as they are (the store makes a lost connection a ProjectFileError, a broken reference during an
undo an UndoError).  No message ever holds the password.
"""

from __future__ import annotations

import re

from annotator.errors import (
    AnnotatorError,
    ChangedMeanwhileError,
    InvalidValueError,
    PermissionRefusedError,
    ReadOnlyError,
)
from annotator.messages import QT_TRANSLATE_NOOP

REFUSAL_PREFIX = "nisba: "
"""The start of a message the project's own triggers raise (their rest is for the user)."""

_TRIGGER_REASONS = (
    (
        re.compile(r"an annotator marks claims under their own name only \((?P<user>.*), not (?P<owner>.*)\)", re.S),
        QT_TRANSLATE_NOOP("Core", "an annotator marks claims under their own name only ({user}, not {owner})"),
    ),
    (
        re.compile(r"this claim is (?P<owner>.*)'s; an annotator changes only their own claims", re.S),
        QT_TRANSLATE_NOOP("Core", "this claim is {owner}'s; an annotator changes only their own claims"),
    ),
)
"""The reasons the triggers of :mod:`annotator.storage.server_roles` give, as messages (the names in them
put back as values; the triggers' ``nobody`` for a claim without annotator too)."""


def translate(error: BaseException, location: str, password: str | None) -> AnnotatorError | None:
    """The AnnotatorError for ``error`` (None: not a refusal this module knows)."""
    from psycopg import errors

    message = str(getattr(getattr(error, "diag", None), "message_primary", None) or error)
    if password:
        message = message.replace(password, "***")
    if message.startswith(REFUSAL_PREFIX):
        reason = _trigger_reason(message[len(REFUSAL_PREFIX) :])
        if isinstance(error, errors.SerializationFailure):
            return ChangedMeanwhileError(
                QT_TRANSLATE_NOOP("Core", "{location}: {reason}; nothing was changed").format(
                    location=location, reason=reason
                )
            )
        return PermissionRefusedError(
            QT_TRANSLATE_NOOP("Core", "{location}: {reason}; nothing was changed").format(
                location=location, reason=reason
            )
        )
    if isinstance(error, errors.SerializationFailure | errors.DeadlockDetected):
        return ChangedMeanwhileError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{location}: a record this change touches was changed by another client meanwhile; nothing was "
                "overwritten and nothing was changed: look at it again and redo the change",
            ).format(location=location)
        )
    if isinstance(error, errors.UniqueViolation) and _constraint(error) == "uq_source_name_key_folded":
        return InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{location}: another client has just made a source of the same name; nothing was changed: "
                "choose that source",
            ).format(location=location)
        )
    if isinstance(error, errors.InsufficientPrivilege) and "row-level security" in message:
        return PermissionRefusedError(
            QT_TRANSLATE_NOOP(
                "Core",
                "{location}: on this server an annotator marks and edits claims under their own name only "
                "(the server user); nothing was changed",
            ).format(location=location)
        )
    if isinstance(error, errors.InsufficientPrivilege):
        table = re.search(r'(?:table|relation) "?(\w+)"?', message)
        what = (
            QT_TRANSLATE_NOOP("Core", "the {table} records").format(table=table.group(1).replace("_", " "))
            if table
            else QT_TRANSLATE_NOOP("Core", "this project")
        )
        return PermissionRefusedError(
            QT_TRANSLATE_NOOP(
                "Core", "{location}: your role on this server may not change {what} ({reason}); nothing was changed"
            ).format(location=location, what=what, reason=message)
        )
    if isinstance(error, errors.ReadOnlySqlTransaction):
        return ReadOnlyError(
            QT_TRANSLATE_NOOP("Core", "{location}: is open read-only; nothing can be changed in this window").format(
                location=location
            )
        )
    if isinstance(error, errors.UntranslatableCharacter | errors.CharacterNotInRepertoire):
        return InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Core", "{location}: a value holds a character the server cannot store ({reason})"
            ).format(location=location, reason=message)
        )
    return None


def _trigger_reason(reason: str) -> str:
    """``reason`` as a message when it is one the project's triggers give; as it is otherwise."""
    for pattern, template in _TRIGGER_REASONS:
        found = pattern.fullmatch(reason)
        if found:
            names = {
                key: QT_TRANSLATE_NOOP("Core", "nobody") if key == "owner" and value == "nobody" else value
                for key, value in found.groupdict().items()
            }
            return template.format(**names)
    return reason


def _constraint(error: BaseException) -> str | None:
    return getattr(getattr(error, "diag", None), "constraint_name", None)
