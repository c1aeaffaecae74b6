"""Agreement between annotators of the same articles (issue 8), built on :mod:`annotator.review.agreement`.

For each article marked by two or more annotators: per pair, span F1 (exact and overlap) and Cohen's kappa
of the source attributed first, on the claims both marked (pairs from :func:`~annotator.review.agreement.overlap_pairs`;
the label is the primary source's name folded by :func:`~annotator.text.matching.fold`, or ``(none)``); over all
annotators, Krippendorff's alpha (nominal) of the same labels, one unit per group of claims linked by overlap.
The same figures pooled over all articles give the overall row.  Claims without a recorded annotator are left out.
:func:`pair_report` gives the same figures for two fixed sides (the suggester and one annotator) on chosen articles.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations

from sqlalchemy import select
from sqlalchemy.orm import Session

from annotator.review.agreement import (
    SpanAgreement,
    cohen_kappa,
    exact_agreement,
    krippendorff_alpha_nominal,
    overlap_agreement,
    overlap_pairs,
)
from annotator.storage.models import Article, Attribution, Claim, Source
from annotator.text.matching import fold

NO_SOURCE = "(none)"
OVERALL = 0
"""``article_id`` of the rows pooled over all articles."""


@dataclass(frozen=True)
class MarkedSpan:
    """What agreement needs of a claim: article, annotator, span and primary source name."""

    article_id: int
    annotator: str
    start: int
    end: int
    source: str | None


@dataclass(frozen=True)
class PairAgreement:
    """Two annotators on one article (or on all, ``article_id`` = :data:`OVERALL`)."""

    article_id: int
    left: str
    right: str
    exact: SpanAgreement
    overlap: SpanAgreement
    paired: int
    """Claims both marked (overlap pairs): the items the kappa is computed on."""
    kappa: float


@dataclass(frozen=True)
class ArticleAgreement:
    """Every annotator of one article (or of all): the pairs and Krippendorff's alpha of the source labels."""

    article_id: int
    title: str
    annotators: tuple[str, ...]
    pairs: tuple[PairAgreement, ...]
    alpha: float
    units: int
    """Groups of overlapping claims with labels from two or more annotators (what alpha counts)."""


def _label(span: MarkedSpan) -> str:
    return fold(span.source) if span.source else NO_SOURCE


def _pair(
    article_id: int,
    left: str,
    right: str,
    a: Sequence[MarkedSpan],
    b: Sequence[MarkedSpan],
    pairs: Sequence[tuple[int, int]],
) -> PairAgreement:
    spans_a = [(x.start, x.end) for x in a]
    spans_b = [(x.start, x.end) for x in b]
    kappa = cohen_kappa([_label(a[i]) for i, _ in pairs], [_label(b[j]) for _, j in pairs])
    return PairAgreement(
        article_id,
        left,
        right,
        exact_agreement(spans_a, spans_b),
        overlap_agreement(spans_a, spans_b),
        len(pairs),
        kappa,
    )


def _units(
    by_annotator: dict[str, list[MarkedSpan]], found: dict[tuple[str, str], list[tuple[int, int]]]
) -> list[dict[Hashable, Hashable]]:
    """Claims linked by overlap pairs of any two annotators, one unit each: annotator -> label (first in text)."""
    nodes = [(who, i) for who, spans in by_annotator.items() for i in range(len(spans))]
    parent = {node: node for node in nodes}

    def root(node: tuple[str, int]) -> tuple[str, int]:
        while parent[node] != node:
            parent[node] = parent[parent[node]]
            node = parent[node]
        return node

    for (left, right), pairs in found.items():
        for i, j in pairs:
            parent[root((left, i))] = root((right, j))
    groups: defaultdict[tuple[str, int], dict[Hashable, Hashable]] = defaultdict(dict)
    for who, i in nodes:
        unit = groups[root((who, i))]
        unit.setdefault(who, _label(by_annotator[who][i]))
    return [unit for unit in groups.values() if len(unit) >= 2]


def _pool(article_id: int, rows: Iterable[PairAgreement]) -> PairAgreement:
    rows = list(rows)
    left, right = rows[0].left, rows[0].right
    exact = SpanAgreement(
        sum(r.exact.matched for r in rows), sum(r.exact.left for r in rows), sum(r.exact.right for r in rows)
    )
    overlap = SpanAgreement(
        sum(r.overlap.matched for r in rows), sum(r.overlap.left for r in rows), sum(r.overlap.right for r in rows)
    )
    return PairAgreement(article_id, left, right, exact, overlap, sum(r.paired for r in rows), float("nan"))


def agreement_report(spans: Iterable[MarkedSpan], titles: dict[int, str] | None = None) -> list[ArticleAgreement]:
    """Agreement per article with two or more annotators, in article id order, then the overall row (if any)."""
    by_article: defaultdict[int, defaultdict[str, list[MarkedSpan]]] = defaultdict(lambda: defaultdict(list))
    for span in spans:
        by_article[span.article_id][span.annotator].append(span)
    groups = {
        article_id: {who: by_article[article_id][who] for who in sorted(by_article[article_id])}
        for article_id in sorted(by_article)
        if len(by_article[article_id]) >= 2
    }
    return _report(groups, titles or {}, None)


def pair_report(
    left: str, right: str, spans: Iterable[MarkedSpan], article_ids: Iterable[int], titles: dict[int, str] | None = None
) -> list[ArticleAgreement]:
    """Agreement of ``left`` with ``right`` (in that order) on each of ``article_ids``, whether or not both
    marked something there (a side with no claims in an article agrees on nothing), then the overall row."""
    chosen = sorted(set(article_ids))
    groups: dict[int, dict[str, list[MarkedSpan]]] = {a: {left: [], right: []} for a in chosen}
    for span in spans:
        if span.article_id in groups and span.annotator in (left, right):
            groups[span.article_id][span.annotator].append(span)
    return _report(groups, titles or {}, (left, right))


def _report(
    by_article: dict[int, dict[str, list[MarkedSpan]]], titles: dict[int, str], sides: tuple[str, str] | None
) -> list[ArticleAgreement]:
    """The rows of each article's groups of spans (by annotator, in the order given), then the overall row."""
    out: list[ArticleAgreement] = []
    pooled_pairs: defaultdict[tuple[str, str], list[PairAgreement]] = defaultdict(list)
    pooled_labels: defaultdict[tuple[str, str], tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    pooled_units: list[dict[Hashable, Hashable]] = []
    for article_id, spans in by_article.items():
        groups = {who: sorted(s, key=lambda x: (x.start, x.end)) for who, s in spans.items()}
        pairs = []
        found: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for left, right in combinations(groups, 2):
            a, b = groups[left], groups[right]
            found[(left, right)] = overlap_pairs([(x.start, x.end) for x in a], [(x.start, x.end) for x in b])
            pair = _pair(article_id, left, right, a, b, found[(left, right)])
            pairs.append(pair)
            pooled_pairs[(left, right)].append(pair)
            pooled_labels[(left, right)][0].extend(_label(a[i]) for i, _ in found[(left, right)])
            pooled_labels[(left, right)][1].extend(_label(b[j]) for _, j in found[(left, right)])
        units = _units(groups, found)
        pooled_units += units
        out.append(
            ArticleAgreement(
                article_id,
                titles.get(article_id, ""),
                tuple(groups),
                tuple(pairs),
                krippendorff_alpha_nominal(units),
                len(units),
            )
        )
    if out:
        overall_pairs = []
        for key in sorted(pooled_pairs):
            pooled = _pool(OVERALL, pooled_pairs[key])
            left_labels, right_labels = pooled_labels[key]
            overall_pairs.append(
                PairAgreement(
                    OVERALL,
                    pooled.left,
                    pooled.right,
                    pooled.exact,
                    pooled.overlap,
                    pooled.paired,
                    cohen_kappa(left_labels, right_labels),
                )
            )
        annotators = sides or tuple(sorted({who for row in out for who in row.annotators}))
        out.append(
            ArticleAgreement(
                OVERALL,
                "All articles",
                annotators,
                tuple(overall_pairs),
                krippendorff_alpha_nominal(pooled_units),
                len(pooled_units),
            )
        )
    return out


def read_spans(session: Session, annotator: str | None = None) -> tuple[list[MarkedSpan], dict[int, str]]:
    """Every claim with a recorded annotator (or of ``annotator`` only) as a :class:`MarkedSpan`, and the titles of
    their articles."""
    primary = (
        select(Attribution.claim_id, Source.name)
        .join(Source, Source.id == Attribution.source_id)
        .where(Attribution.position == 0)
        .subquery()
    )
    rows = session.execute(
        select(Claim.article_id, Claim.annotator, Claim.start, Claim.end, primary.c.name)
        .outerjoin(primary, primary.c.claim_id == Claim.id)
        .where(Claim.annotator.is_not(None) if annotator is None else Claim.annotator == annotator)
    ).all()
    spans = [MarkedSpan(a, who, start, end, name) for a, who, start, end, name in rows]
    ids = {s.article_id for s in spans}
    titles = {i: t or "" for i, t in session.execute(select(Article.id, Article.title).where(Article.id.in_(ids)))}
    return spans, titles
