"""Articles: adding one (its text normalised once, never changed after), editing its details and status."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import annotator.project.values as values
from annotator.errors import InvalidValueError, NotFoundError
from annotator.importers.text_file import normalize_text, text_hash
from annotator.messages import QT_TRANSLATE_NOOP, Message
from annotator.storage import versions
from annotator.storage.models import ARTICLE_STATUSES, Article
from annotator.text.direction import detect_direction, detect_language


def get(s: Session, article_id: Any) -> Article:
    """The article with this id; NotFoundError if there is none."""
    found = s.get(Article, values.whole(article_id, QT_TRANSLATE_NOOP("Core", "article id")))
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no article with id {id}").format(id=article_id))
    return found


def id_by_hash(s: Session, digest: str) -> int | None:
    """The article whose stored text has this hash (None: none)."""
    return s.scalar(select(Article.id).where(Article.text_hash == digest).limit(1))


def add(
    s: Session,
    text: Any,
    *,
    title: Any = None,
    outlet: Any = None,
    url: Any = None,
    published: date | str | None = None,
    language: Any = None,
    direction: Any = None,
    imported_from: Any = None,
    encoding: Any = None,
) -> Article:
    """A new article from ``text`` (BOM dropped, line endings made LF)."""
    stored = normalize_text(values.text(text, QT_TRANSLATE_NOOP("Core", "the article's text")))
    if not stored.strip():
        raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "an article needs some text; the text given is empty"))
    if direction is not None:
        values.one_of(direction, ("rtl", "ltr"), QT_TRANSLATE_NOOP("Core", "direction"))
    article = Article(
        title=(_line(title, QT_TRANSLATE_NOOP("Core", "the article's title")) or "").strip() or None,
        outlet=_line(outlet, QT_TRANSLATE_NOOP("Core", "the article's outlet")),
        url=_line(url, QT_TRANSLATE_NOOP("Core", "the article's url")),
        published=values.as_date(published),
        language=_line(language, QT_TRANSLATE_NOOP("Core", "the article's language")) or detect_language(stored),
        direction=direction or detect_direction(stored),
        text=stored,
        text_hash=text_hash(stored),
        imported_from=values.optional_text(imported_from, QT_TRANSLATE_NOOP("Core", "where the article came from")),
        encoding=_line(encoding, QT_TRANSLATE_NOOP("Core", "the article's encoding")),
    )
    s.add(article)
    s.flush()
    return article


def update(
    s: Session,
    article_id: int,
    *,
    title: Any = None,
    outlet: Any = None,
    url: Any = None,
    published: date | str | None = None,
    status: Any = None,
    expected_version: Any = None,
) -> Article:
    """Edit an article's details or status; an empty string clears a field, None leaves it.

    ``expected_version``: the version the caller read (ChangedMeanwhileError if another client changed the
    article since; None: no check).
    """
    if status is not None:
        values.one_of(status, ARTICLE_STATUSES, QT_TRANSLATE_NOOP("Core", "status"))
    article = get(s, article_id)
    versions.check(article, expected_version, _named(article), _now(article))
    if title is not None:
        article.title = (_line(title, QT_TRANSLATE_NOOP("Core", "the article's title")) or "").strip() or None
    if outlet is not None:
        article.outlet = (_line(outlet, QT_TRANSLATE_NOOP("Core", "the article's outlet")) or "").strip() or None
    if url is not None:
        article.url = (_line(url, QT_TRANSLATE_NOOP("Core", "the article's url")) or "").strip() or None
    if published is not None:
        article.published = values.as_date(published)
    if status is not None:
        article.status = status
    return article


def _named(article: Article) -> Message:
    if article.title:
        return QT_TRANSLATE_NOOP("Core", "the article “{title}”").format(title=article.title)
    return QT_TRANSLATE_NOOP("Core", "article {id}").format(id=article.id)


def _now(article: Article) -> Message:
    title = article.title or ""
    return QT_TRANSLATE_NOOP("Core", "“{title}”, {status}").format(
        title=title, status=versions.STATUS_WORDS.get(article.status, article.status)
    )


def _line(value: Any, what: str) -> str | None:
    """A text field: None passes, anything else must be text a project can store."""
    return None if value is None else values.text(value, what)
