"""What a project answers without changing anything: its articles, sources, labels and claims, searches,
exports, agreement and the Overview's counts (:mod:`.overview_reading`).  :class:`~annotator.project.facade.Project`
builds on it with the operations.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import select

import annotator.project.articles as articles
import annotator.project.claims as claims
import annotator.project.queries as queries
import annotator.project.sources as sources
import annotator.project.values as values
from annotator.errors import InvalidValueError, NotFoundError
from annotator.exports.data import ExportOptions, ExportReader
from annotator.exports.header_names import headings_in
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.project.claims import AttributionSpec
from annotator.project.overview_reading import OverviewReading
from annotator.project.queries import ArticleSummary
from annotator.project.sessions import SessionRecorder
from annotator.storage import claim_query
from annotator.storage.claim_query import ClaimPage, ClaimQuery
from annotator.storage.claim_rows import ClaimRow, claim_rows_by_id, read_claim_rows
from annotator.storage.models import Article, Claim, Label, Source
from annotator.storage.store import Store
from annotator.text.matching import fold

if TYPE_CHECKING:
    from annotator.exports.files import ExportSummary, Progress
    from annotator.review.report import ArticleAgreement
    from annotator.review.sessions import SessionInfo
    from annotator.suggestions import Suggestion

EXPORT_FORMATS = ("xlsx", "csv", "json", "qdpx")


class ProjectReading(OverviewReading):
    """The reading half of an open project, over its store."""

    def __init__(self, store: Store) -> None:
        self._store = store
        self._sessions = SessionRecorder(store)
        store.author = lambda: getattr(self, "annotator", None)  # named on the shared rows it changes

    @property
    def current_session(self) -> int | None:
        """Id of the highlighting session this project object is recording, if any."""
        return self._sessions.session_id

    def articles(self) -> list[Article]:
        """All articles, in the order they were added."""
        with self._store.read() as s:
            return list(s.scalars(select(Article).order_by(Article.id)))

    def article_summaries(
        self, offset: int = 0, limit: int | None = None, ids: Iterable[int] | None = None
    ) -> list[ArticleSummary]:
        """Articles without their text (for lists over large projects), in the order they were added."""
        with self._store.read() as s:
            return queries.article_summaries(s, offset, limit, ids)

    def article_count(self, status: str | None = None) -> int:
        """Number of articles (with this status, if given)."""
        with self._store.read() as s:
            return queries.article_count(s, status)

    def recent_source_ids(self, limit: int = 9) -> list[int]:
        """Sources of the most recently made claims, newest first, each once."""
        with self._store.read() as s:
            return queries.recent_source_ids(s, limit)

    def article(self, article_id: int) -> Article:
        """The article with this id; NotFoundError if there is none."""
        with self._store.read() as s:
            return articles.get(s, article_id)

    def article_status(self, article_id: int) -> str:
        """The article's status (todo, in_progress, done), without reading its text."""
        with self._store.read() as s:
            status = s.scalar(
                select(Article.status).where(
                    Article.id == values.whole(article_id, QT_TRANSLATE_NOOP("Core", "article id"))
                )
            )
        if status is None:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no article with id {id}").format(id=article_id))
        return status

    def sources(self) -> list[Source]:
        """All sources, by name."""
        with self._store.read() as s:
            return sources.every(s)

    def source(self, source_id: int) -> Source:
        """The source with this id; NotFoundError if there is none."""
        with self._store.read() as s:
            return sources.get(s, source_id)

    def source_usage(self) -> dict[int, tuple[int, int]]:
        """For each source id: (claims attributed to it, articles those claims are in)."""
        with self._store.read() as s:
            return sources.usage(s)

    def labels(self) -> list[Label]:
        """All labels, by name."""
        with self._store.read() as s:
            return sorted(s.scalars(select(Label)), key=lambda label: fold(label.name))

    def claims(self, article_id: int | None = None) -> list[Claim]:
        """Claims of one article (or of all), in text order."""
        stmt = select(Claim).order_by(Claim.article_id, Claim.start, Claim.end, Claim.id)
        if article_id is not None:
            stmt = stmt.where(Claim.article_id == article_id)
        with self._store.read() as s:
            return list(s.scalars(stmt))

    def claim(self, claim_id: int) -> Claim:
        """The claim with this id; NotFoundError if there is none."""
        with self._store.read() as s:
            return claims.get(s, claim_id)

    def claim_rows(self, article_id: int, starts: tuple[int, int | None] = (0, None)) -> list[ClaimRow]:
        """The article's claims as plain rows (cheap for thousands), in text order; ``starts`` keeps those
        starting in ``lo <= start < hi`` (``hi`` None: to the end)."""
        lo, hi = starts
        where = (Claim.article_id == article_id) & (Claim.start >= lo)
        if hi is not None:
            where &= Claim.start < hi
        with self._store.read() as s:
            return read_claim_rows(s.connection(), where)

    def claim_row(self, claim_id: int) -> ClaimRow:
        """One claim as a plain row; NotFoundError if there is none."""
        with self._store.read() as s:
            rows = claim_rows_by_id(s.connection(), [claim_id])
        if not rows:
            raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no claim with id {id}").format(id=claim_id))
        return rows[0]

    def chain_of(self, claim_id: int) -> list[AttributionSpec]:
        """A claim's attribution chain as specs (what :meth:`set_chain` takes)."""
        return claims.chain_of(self.claim(claim_id))

    def search_claims(self, query: ClaimQuery, *, before: int | None = None, limit: int = 100) -> ClaimPage:
        """Claims of every article matching ``query``, newest first (next page: the last row's id as ``before``)."""
        with self._store.read() as s:
            conn = s.connection()
            ids = claim_query.matching_ids(conn, query, before=before, limit=limit)
            by_id = {row.id: row for row in claim_rows_by_id(conn, ids)}
            named = s.execute(
                select(Article.id, Article.title).where(Article.id.in_({r.article_id for r in by_id.values()}))
            )
            titles = {article_id: title for article_id, title in named}
        return ClaimPage([by_id[i] for i in ids if i in by_id], titles)

    def count_claims(self, query: ClaimQuery, cap: int = 1_000) -> int:
        """How many claims of every article match ``query``, counted up to ``cap + 1``."""
        with self._store.read() as s:
            return claim_query.count_matching(s.connection(), query, cap)

    def export_xlsx(self, path: str | Path) -> Path:
        """Write every claim, source and article to an Excel workbook; returns the path written."""
        return self.export(path, "xlsx").path

    def export(
        self,
        path: str | Path,
        format: str | None = None,
        options: ExportOptions | None = None,
        progress: Progress | None = None,
    ) -> ExportSummary:
        """Export claims to ``path`` as ``xlsx``, ``csv``, ``json`` (W3C Web Annotation) or ``qdpx`` (REFI-QDA),
        by ``format`` or the file's extension; ``progress(done, total)`` returning False cancels (nothing written)."""
        target = Path(path)
        fmt = (format or target.suffix.lstrip(".")).lower()
        if fmt not in EXPORT_FORMATS:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "{path}: unknown export format {format}; use one of {formats}").format(
                    path=target, format=repr(fmt), formats=", ".join(EXPORT_FORMATS)
                )
            )
        options = options or ExportOptions()
        with self._store.read() as s, headings_in(options.headers):
            reader = ExportReader(s, options, running_session=self.current_session)
            if fmt == "xlsx":
                from annotator.exports.xlsx import write_workbook  # openpyxl loads only when exporting

                return write_workbook(target, reader, progress)
            if fmt == "csv":
                from annotator.exports.csv_file import write_csv

                return write_csv(target, reader, progress)
            if fmt == "qdpx":
                from annotator.exchange.refi_qda import write_qdpx

                return write_qdpx(target, reader, progress)
            from annotator.exchange.w3c import write_web_annotations

            return write_web_annotations(target, reader, progress)

    def suggestions(self, article_id: int) -> list[Suggestion]:
        """Suggested attributions in the article (:mod:`annotator.suggestions`), less what is already marked or was
        rejected; the registry's sources and aliases are known names."""
        from annotator.project.suggesting import pending  # the suggester loads on first use

        with self._store.read() as s:
            return pending(s, article_id)

    def suggester_agreement(self, annotator: str, article_ids: Iterable[int] | None = None) -> list[ArticleAgreement]:
        """Agreement between the suggester and ``annotator``, by the measures used between two annotators: per
        article (those the annotator marked, or ``article_ids``), then overall; the suggester's side
        (:data:`~annotator.project.suggester_agreement.SUGGESTER`) is everything it finds, marked or rejected
        alike (:mod:`annotator.project.suggester_agreement`)."""
        from annotator.project import suggester_agreement
        from annotator.project.suggesting import suggester

        with self._store.read() as s:
            work = suggester_agreement.read(s, annotator, article_ids)
            suggest = suggester(s)
        return suggester_agreement.report(work, suggest)

    def highlight_sessions(self) -> list[SessionInfo]:
        """Every session, oldest first, with its articles, time spent and claims made."""
        from annotator.review.sessions import read_sessions

        with self._store.read() as s:
            return read_sessions(s, running=self._sessions.session_id)

    def annotators(self) -> list[str]:
        """Names recorded on claims, sorted."""
        with self._store.read() as s:
            return queries.annotators(s)

    def agreement(self) -> list[ArticleAgreement]:
        """Agreement of annotators per article marked by two or more of them, then overall."""
        from annotator.review.report import agreement_report, read_spans

        with self._store.read() as s:
            spans, titles = read_spans(s)
        return agreement_report(spans, titles)
