"""Nisba's core: articles, claims and their sources, stored in SQLite.  Knows nothing of Qt.

The names below load on first use (PEP 562), so light modules such as ``annotator.paths`` or
``annotator.text.offsets`` can be imported without SQLAlchemy: the app shows its first window before the
storage layer, which takes a quarter of a second to import, is loaded.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from annotator.errors import AnnotatorError
    from annotator.project.facade import Project
    from annotator.storage.models import Article, Attribution, Claim, Label, Source

__all__ = ["AnnotatorError", "Article", "Attribution", "Claim", "Label", "Project", "Source"]
__version__ = "0.1.0"

_HOME = {
    "AnnotatorError": ".errors",
    "Article": ".storage.models",
    "Attribution": ".storage.models",
    "Claim": ".storage.models",
    "Label": ".storage.models",
    "Source": ".storage.models",
    "Project": ".project",
}


def __getattr__(name: str) -> Any:
    if name in _HOME:
        return getattr(import_module(_HOME[name], __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
