"""What a project exchanges with other tools (mixed into :class:`~annotator.project.facade.Project`): the claims
of a W3C Web Annotation file or of another project merged in, and a REFI-QDA project previewed and imported.
Each import is one operation (undoable), all or nothing."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from annotator.errors import AnnotationImportError, InvalidValueError, ProjectImportError
from annotator.messages import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from annotator.exchange.w3c import AnnotationImportReport
    from annotator.project.qda_import import ProjectImportReport, QdaPreview
    from annotator.storage.store import Store


def short(text: str, limit: int = 30) -> str:
    """``text`` on one line, cut to ``limit`` characters (for undo labels)."""
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class ExchangingProject:
    """W3C and REFI-QDA imports of a project."""

    _store: Store

    def import_annotations(self, path: str | Path) -> AnnotationImportReport:
        """Add the claims of a W3C Web Annotation file (or of another ``.nisba`` project, read-only) to the articles
        they annotate: matched by text hash, then URL, re-anchored by quote where the text differs, never guessed;
        one operation, all or nothing."""
        from annotator.exchange.w3c import read_project_annotations, read_web_annotations
        from annotator.paths import PROJECT_SUFFIX
        from annotator.project.merge import apply_annotations

        target = Path(path)
        merging = target.suffix.lower() == PROJECT_SUFFIX  # issue 8: another project merges like its JSON export
        refs = read_project_annotations(target) if merging else read_web_annotations(target)
        try:
            with self._store.operation(f"Import annotations from “{short(target.name)}”") as s:
                return apply_annotations(s, refs)
        except InvalidValueError as exc:
            raise AnnotationImportError(
                QT_TRANSLATE_NOOP("Core", "{path}: {reason}; nothing was imported").format(
                    path=target, reason=exc.args[0]
                )
            ) from exc

    def preview_project_import(self, path: str | Path, mapping: Mapping[str, str] | None = None) -> QdaPreview:
        """What :meth:`import_project` would bring in from a REFI-QDA project (``.qdpx``); nothing is stored."""
        from annotator.exchange.qdpx_reading import read_qdpx
        from annotator.project.qda_import import preview

        qda = read_qdpx(Path(path))
        try:
            with self._store.read() as s:
                return preview(s, qda, mapping)
        except InvalidValueError as exc:
            raise ProjectImportError(path, str(exc)) from exc

    def import_project(self, path: str | Path, mapping: Mapping[str, str] | None = None) -> ProjectImportReport:
        """Add the articles and claims of a REFI-QDA project (``.qdpx`` from QualCoder, MAXQDA, NVivo, ATLAS.ti or
        Nisba); ``mapping`` gives a top-level code folder's role ("sources", "labels", "quote types", "ignore").
        One operation (undoable), all or nothing; annotators kept apart."""
        from annotator.exchange.qdpx_reading import read_qdpx
        from annotator.project.qda_import import apply

        target = Path(path)
        qda = read_qdpx(target)
        try:
            with self._store.operation(f"Import project “{short(target.name)}”") as s:
                return apply(s, qda, mapping)
        except InvalidValueError as exc:
            raise ProjectImportError(target, str(exc)) from exc
