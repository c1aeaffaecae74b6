"""The Overview's questions to an open project (issue 18): counts for each chart, and the claims behind a mark.

A mixin of :class:`~annotator.project.reading.ProjectReading`; the queries are in :mod:`annotator.review.overview`,
:mod:`annotator.review.overview_counts` and :mod:`annotator.review.overview_trends`.
"""

from __future__ import annotations

from annotator.review import overview, overview_counts, overview_trends
from annotator.review.overview import ALL, EVERYTHING, OverviewFilter, Slice
from annotator.review.overview_counts import Bars, Matrix
from annotator.review.overview_trends import Network, Progress, Timeline
from annotator.storage.store import Store


class OverviewReading:
    """Counts for the Overview's charts over the claims an :class:`OverviewFilter` keeps (default: all)."""

    _store: Store

    def overview_bars(self, dimension: str, where: OverviewFilter = EVERYTHING, top: int = 15) -> Bars:
        """Claims per source, kind, quote_type, outlet or label (the ``top`` sources or outlets, then "other")."""
        with self._store.read() as s:
            return overview_counts.bars(s, dimension, where, top)

    def overview_matrix(self, where: OverviewFilter = EVERYTHING, sources: int = 20, outlets: int = 20) -> Matrix:
        """Claims per outlet and source: how often each outlet attributes to each of the top sources."""
        with self._store.read() as s:
            return overview_counts.matrix(s, where, sources, outlets)

    def overview_network(
        self, where: OverviewFilter = EVERYTHING, limit: int = overview_trends.NETWORK_LIMIT
    ) -> Network:
        """The attribution network from the chains: sources sized by claims, edges by relays."""
        with self._store.read() as s:
            return overview_trends.network(s, where, limit)

    def overview_timeline(
        self, where: OverviewFilter = EVERYTHING, period: str = "month", split: str = "kind"
    ) -> Timeline:
        """Claims per week or month of their article's publication, split by source kind or quote type."""
        with self._store.read() as s:
            return overview_trends.timeline(s, where, period, split)

    def overview_progress(self, where: OverviewFilter = EVERYTHING) -> Progress:
        """Articles per status, and claims per annotator per highlighting session."""
        with self._store.read() as s:
            return overview_trends.progress(s, where)

    def overview_claim_ids(self, where: OverviewFilter = EVERYTHING, part: Slice = ALL) -> list[int]:
        """Ids of the claims one bar, cell or node stands for, newest first."""
        with self._store.read() as s:
            return overview.claim_ids(s, where, part)

    def overview_article_ids(self, where: OverviewFilter = EVERYTHING, part: Slice = ALL) -> list[int]:
        """Ids of the articles holding those claims."""
        with self._store.read() as s:
            return overview.article_ids(s, where, part)
