"""The Project facade over one store, and the domain modules it runs as operations."""

from annotator.project.facade import ArticleSummary, AttributionSpec, Project, SourceRemoval

__all__ = ["ArticleSummary", "AttributionSpec", "Project", "SourceRemoval"]
