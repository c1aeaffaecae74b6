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

REFUSAL_PREFIX = "nisba: "
"""The start of a message the project's own triggers raise (their rest is for the user as it is)."""


def translate(error: BaseException, location: str, password: str | None) -> AnnotatorError | None:
    """The AnnotatorError for ``error`` (None: not a refusal this module knows)."""
    from psycopg import errors

    message = str(getattr(getattr(error, "diag", None), "message_primary", None) or error)
    if password:
        message = message.replace(password, "***")
    if message.startswith(REFUSAL_PREFIX):
        reason = message[len(REFUSAL_PREFIX) :]
        if isinstance(error, errors.SerializationFailure):
            return ChangedMeanwhileError(f"{location}: {reason}; nothing was changed")
        return PermissionRefusedError(f"{location}: {reason}; nothing was changed")
    if isinstance(error, errors.SerializationFailure | errors.DeadlockDetected):
        return ChangedMeanwhileError(
            f"{location}: a record this change touches was changed by another client meanwhile; nothing was "
            "overwritten and nothing was changed: look at it again and redo the change"
        )
    if isinstance(error, errors.UniqueViolation) and _constraint(error) == "uq_source_name_key_folded":
        return InvalidValueError(
            f"{location}: another client has just made a source of the same name; nothing was changed: "
            "choose that source"
        )
    if isinstance(error, errors.InsufficientPrivilege) and "row-level security" in message:
        return PermissionRefusedError(
            f"{location}: on this server an annotator marks and edits claims under their own name only "
            "(the server user); nothing was changed"
        )
    if isinstance(error, errors.InsufficientPrivilege):
        table = re.search(r'(?:table|relation) "?(\w+)"?', message)
        what = f"the {table.group(1).replace('_', ' ')} records" if table else "this project"
        return PermissionRefusedError(
            f"{location}: your role on this server may not change {what} ({message}); nothing was changed"
        )
    if isinstance(error, errors.ReadOnlySqlTransaction):
        return ReadOnlyError(f"{location}: is open read-only; nothing can be changed in this window")
    if isinstance(error, errors.UntranslatableCharacter | errors.CharacterNotInRepertoire):
        return InvalidValueError(f"{location}: a value holds a character the server cannot store ({message})")
    return None


def _constraint(error: BaseException) -> str | None:
    return getattr(getattr(error, "diag", None), "constraint_name", None)
