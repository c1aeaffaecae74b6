"""Agreement between the suggester and one annotator: what the rules find in each article, compared with the
annotator's claims by the measures used between two annotators (:func:`annotator.review.report.pair_report`).

The suggester's side is everything :func:`~annotator.suggestions.suggest_attributions` finds in the article's
text with the project's known sources (and its own attribution words): suggestions already marked or rejected
are not left out, so the figure is about the machine, not about what is left to do.  Its source label is the
first link of the suggested chain (the outermost, as a claim's chain starts), folded as the report folds names.

The articles compared are those the annotator has claims on, or those the caller names.  A claim the annotator
accepted from a suggestion agrees with it by construction; the Origin column tells those apart.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select
from sqlalchemy.orm import Session

import annotator.project.articles as articles
import annotator.project.values as values
from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.review.report import ArticleAgreement, MarkedSpan, pair_report, read_spans
from annotator.storage.models import Article, Claim

if TYPE_CHECKING:
    from annotator.suggestions import Suggestion  # the suggester loads on first use, not with the window

SUGGESTER = "(suggestions)"
"""The suggester's side in the report's rows (``PairAgreement.left``)."""


@dataclass(frozen=True)
class SuggesterWork:
    """What the comparison needs, read in one transaction; the suggester runs after it is closed."""

    annotator: str
    texts: dict[int, str]
    titles: dict[int, str]
    marked: list[MarkedSpan]


def read(s: Session, annotator: object, article_ids: Iterable[int] | None) -> SuggesterWork:
    """The annotator's claims and the texts of the articles to compare (by default, those they marked)."""
    name = values.text(annotator, QT_TRANSLATE_NOOP("Core", "annotator")).strip()
    if not name or name == SUGGESTER:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "name the annotator to compare with the suggestions, not {name}").format(
                name=repr(annotator)
            )
        )
    if article_ids is None:
        chosen = set(s.scalars(select(Claim.article_id).where(Claim.annotator == name).distinct()))
    else:
        chosen = {articles.get(s, i).id for i in values.ids(article_ids, QT_TRANSLATE_NOOP("Core", "article ids"))}
    spans, _ = read_spans(s, name)
    rows = s.execute(select(Article.id, Article.title, Article.text).where(Article.id.in_(chosen))).all()
    return SuggesterWork(
        name,
        {i: text for i, _, text in rows},
        {i: title or "" for i, title, _ in rows},
        [x for x in spans if x.article_id in chosen],
    )


def suggested_spans(article_id: int, suggestions: Iterable[Suggestion]) -> list[MarkedSpan]:
    """The suggestions as the suggester's marked spans, each labelled with the first source of its chain."""
    out = []
    for x in suggestions:
        first = x.chain[0].source if x.chain else x.source
        out.append(MarkedSpan(article_id, SUGGESTER, x.start, x.end, first.strip() or None))
    return out


def report(work: SuggesterWork, suggest: Callable[[str], list[Suggestion]]) -> list[ArticleAgreement]:
    """Per article, then overall: the suggester (left) against the annotator (right).  ``suggest`` is the
    project's suggester (:func:`annotator.project.suggesting.suggester`), text -> suggestions."""
    spans = list(work.marked)
    for article_id, text in sorted(work.texts.items()):
        spans += suggested_spans(article_id, suggest(text))
    return pair_report(SUGGESTER, work.annotator, spans, work.texts, work.titles)
