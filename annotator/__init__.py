"""Nisba's core: articles, claims and their sources, stored in SQLite.  Knows nothing of Qt."""

from .errors import AnnotatorError
from .models import Article, Attribution, Claim, Label, Source
from .project import Project

__all__ = ["AnnotatorError", "Article", "Attribution", "Claim", "Label", "Project", "Source"]
__version__ = "0.1.0"
