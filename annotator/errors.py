"""The project's error types: every failure a user can cause is an AnnotatorError."""

from __future__ import annotations

import re

from annotator.messages import QT_TRANSLATE_NOOP

_UNSHOWABLE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff]")


def shown(value: object) -> str:
    """``value`` as a message can show it: control characters and lone surrogates written as escapes.

    A file name that is not valid UTF-8 reaches Python with lone surrogates in it; a message
    holding them could not be printed, shown by Qt or stored.
    """
    text = str(value)
    if _UNSHOWABLE.search(text) is None:
        return text
    return _UNSHOWABLE.sub(lambda match: ascii(match.group())[1:-1], text)


class AnnotatorError(Exception):
    """Base class of every error a user can cause; the message says what and where."""


class ProjectFileError(AnnotatorError):
    """The project file cannot be opened or is not a Nisba project."""


class FileImportError(AnnotatorError):
    """A file could not be imported; the project is unchanged."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(QT_TRANSLATE_NOOP("Core", "{path}: {reason}").format(path=shown(self.path), reason=reason))


class EmptyFileError(FileImportError):
    """The file holds no text."""


class NotTextError(FileImportError):
    """The file is binary (an image, an archive...) rather than text."""


class DecodingError(FileImportError):
    """The bytes could not be decoded in any supported encoding."""


class UnreadableFileError(FileImportError):
    """The path does not exist, is a folder, or cannot be read."""


class FileTooLargeError(FileImportError):
    """The file is larger than an article can sensibly be."""


class NotDocumentError(FileImportError):
    """A file named as a document (.docx) is not one: not a zip, a zip of something else, damaged."""


class DuplicateArticleError(FileImportError):
    """The same text is already in the project."""

    def __init__(self, path: object, existing_id: int) -> None:
        self.existing_id = existing_id
        super().__init__(
            path,
            QT_TRANSLATE_NOOP("Core", "the same text is already in the project (article {id})").format(id=existing_id),
        )


class NotFoundError(AnnotatorError):
    """An id names no article, source or claim."""


class InvalidValueError(AnnotatorError):
    """A value given to the project is out of range or malformed."""


class OffsetError(InvalidValueError):
    """A span lies outside the article's text or is empty or reversed."""


class ExportError(AnnotatorError):
    """An export could not be written; any previous file at the target is kept."""


class ExportCancelledError(ExportError):
    """The user cancelled an export; nothing was written."""


class AnnotationImportError(AnnotatorError):
    """A Web Annotation file could not be read; the project is unchanged."""


class ProjectLockedError(ProjectFileError):
    """The project is open for writing in another instance of the app (or another window)."""

    def __init__(self, path: object, owner: str) -> None:
        self.path = str(path)
        self.owner = owner
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Core",
                "{path}: is already open in {owner}; close it there, or open it read-only here "
                "(no two windows may change the same project)",
            ).format(path=self.path, owner=owner)
        )


class DamagedProjectError(ProjectFileError):
    """The project file is damaged (truncated, overwritten...); it was not written to."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP("Core", "{path}: is damaged ({reason}); the file was left untouched").format(
                path=self.path, reason=reason
            )
        )


class ReadOnlyError(AnnotatorError):
    """A change was asked of a project opened read-only."""


class BackupError(AnnotatorError):
    """A backup or copy could not be written or restored; the project itself is unchanged."""


class ReadOnlyFileError(ProjectFileError):
    """The project file or its folder cannot be written (permissions, a read-only disk); open it read-only."""


class NewerSchemaError(ProjectFileError):
    """The project was made by a newer version of the app; update the app to open it."""


class UndoError(AnnotatorError):
    """An undo or redo that cannot be done (nothing to undo, or what it would change has moved on)."""


class UndoConflictError(UndoError):
    """A step cannot be undone or redone: a row it changed was changed since (by another step or client)."""


class ProjectImportError(AnnotatorError):
    """A REFI-QDA project (.qdpx) could not be imported; the project is unchanged."""

    def __init__(self, path: object, reason: str) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP("Core", "{path}: {reason}; nothing was imported").format(path=self.path, reason=reason)
        )


class NotQdaProjectError(ProjectImportError):
    """The file is not a REFI-QDA project: not a zip, no project.qde, not QDA-XML."""


class UnsafeQdaFileError(ProjectImportError):
    """The file is refused as unsafe: it would unpack to far too much, declares entities, or names paths
    outside its own folder."""


class QdaContentError(ProjectImportError):
    """The project's XML is damaged or contradicts itself (a selection outside its text, a number that is not one)."""


class PermissionRefusedError(AnnotatorError):
    """The team server refused a change this user's role may not make (another annotator's claim, a reader)."""


class ChangedMeanwhileError(AnnotatorError):
    """A shared record (source, label, article) was changed by another client since it was read; nothing was
    overwritten.  ``changed_by`` names who changed it (None: not known) and ``current`` holds what it is now
    (field name to value), when known."""

    def __init__(
        self, message: str, *, changed_by: str | None = None, current: dict[str, object] | None = None
    ) -> None:
        super().__init__(message)
        self.changed_by = changed_by
        self.current: dict[str, object] = dict(current or {})
