"""A project's articles (mixed into :class:`~annotator.project.facade.Project`): imported from a file or a read
draft (a text already in the project refused), added from text, and their metadata and status edited.  Each
is one operation; the work is in :mod:`.articles`."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import annotator.project.articles as articles
from annotator.errors import DuplicateArticleError, InvalidValueError, shown
from annotator.importers.reading import ArticleDraft, read_article
from annotator.importers.text_file import MAX_ARTICLE_BYTES, normalize_text, text_hash
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.project.exchanging import short
from annotator.storage.lengths import fit
from annotator.storage.models import Article

if TYPE_CHECKING:
    from annotator.storage.store import Store


class ArticleEditingProject:
    """Articles imported, added and edited."""

    _store: Store

    def import_file(
        self,
        path: str | Path,
        *,
        max_bytes: int = MAX_ARTICLE_BYTES,
        encoding: str | None = None,
        remove_furniture: bool = False,
    ) -> Article:
        """Import an article file (.txt in any common encoding, .html/.htm page, .docx); rejects a duplicate."""
        draft = read_article(path, max_bytes=max_bytes, encoding=encoding)
        return self.import_draft(draft.without_furniture() if remove_furniture else draft)

    def import_draft(self, draft: ArticleDraft) -> Article:
        """Store an article read by :func:`annotator.importers.reading.read_article`; DuplicateArticleError if its
        text is in the project already."""
        from_file = draft.kind != "clipboard"
        came_from = shown(Path(draft.source).resolve()) if from_file else shown(draft.source)
        with self._store.operation(f"Import “{short(draft.title or Path(draft.source).name)}”") as s:
            existing = articles.id_by_hash(s, text_hash(normalize_text(draft.text)))
            if existing is not None:
                raise DuplicateArticleError(draft.source, existing)
            return self.add_article(  # what a file says is cut to what the project holds, never refused for it
                draft.text,
                title=fit(draft.title or (Path(draft.source).stem if from_file else None), "article", "title"),
                outlet=fit(draft.outlet, "article", "outlet"),
                url=fit(draft.url, "article", "url"),
                published=draft.published,
                language=fit(draft.language, "article", "language"),
                direction=draft.direction,
                imported_from=fit(came_from, "article", "imported_from"),
                encoding=fit(draft.encoding, "article", "encoding"),
            )

    def add_article(
        self,
        text: str,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: date | str | None = None,
        **details: Any,
    ) -> Article:
        """Add an article from text (BOM dropped, line endings made LF); ``details``: language, direction,
        imported_from, encoding."""
        unknown = set(details) - {"language", "direction", "imported_from", "encoding"}
        if unknown:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "add_article takes no {names}").format(names=", ".join(sorted(unknown)))
            )
        label = f"Add article “{short(title or text)}”" if isinstance(title or text, str) else "Add article"
        with self._store.operation(label) as s:
            return articles.add(s, text, title=title, outlet=outlet, url=url, published=published, **details)

    def update_article(
        self,
        article_id: int,
        *,
        title: str | None = None,
        outlet: str | None = None,
        url: str | None = None,
        published: date | str | None = None,
        status: str | None = None,
        expected_version: int | None = None,
    ) -> Article:
        """Edit an article's metadata or status (todo, in_progress, done); an empty string clears a field.
        ``expected_version``: the article's version as read (ChangedMeanwhileError if it moved on)."""
        details = (title, outlet, url, published)
        what = f"Set article status to {status}" if status is not None and details == (None,) * 4 else "Edit article"
        with self._store.operation(what) as s:
            return articles.update(
                s, article_id, title=title, outlet=outlet, url=url, published=published, status=status,
                expected_version=expected_version,
            )  # fmt: skip
