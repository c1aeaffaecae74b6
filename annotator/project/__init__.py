"""The Project facade over one store, and the domain modules it runs as operations."""

from annotator.project.claims import AttributionSpec
from annotator.project.facade import Project
from annotator.project.queries import ArticleSummary

__all__ = ["ArticleSummary", "AttributionSpec", "Project"]
