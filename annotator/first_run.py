"""Opening the default project, seeded with the sample article the first time."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from annotator.errors import AnnotatorError
from annotator.paths import SAMPLE_ARTICLE, default_project_path
from annotator.project import Project

log = logging.getLogger(__name__)


def open_default_project(path: Path | None = None, sample: Path = SAMPLE_ARTICLE, **options: Any) -> Project:
    """Open the default project; on first run (no file yet) import the sample article into it.

    ``options`` go to :meth:`Project.open` (read_only, backup settings).  A missing or unreadable
    sample is logged and skipped: the project still opens.
    """
    target = path or default_project_path()
    first_run = not target.exists()
    project = Project.open(target, **options)
    if first_run and not project.read_only:
        try:
            project.import_file(sample)
        except AnnotatorError as exc:
            log.warning("sample article not imported: %s", exc)
    return project
