"""A project's registry of sources and labels (mixed into :class:`~annotator.project.facade.Project`): sources
added, edited, merged and deleted, labels added and deleted.  Each is one operation; the rules for names, kinds
and colours are in :mod:`.names`, the rest in :mod:`.sources`."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

import annotator.project.names as names
import annotator.project.sources as sources
import annotator.project.values as values
from annotator.errors import NotFoundError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.project.exchanging import short
from annotator.storage.models import Label, Source

if TYPE_CHECKING:
    from annotator.storage.store import Store


class RegistryEditingProject:
    """Sources and labels added, edited and deleted."""

    _store: Store

    def add_source(
        self, name: str, kind: str = "other", aliases: Iterable[str] = (), colour: str | None = None
    ) -> Source:
        """Add a source to the registry; its colour is picked from the palette unless given."""
        with self._store.operation(f"New source “{short(str(name))}”") as s:
            return names.new_source(s, name, kind, aliases, colour)

    def update_source(
        self,
        source_id: int,
        *,
        name: str | None = None,
        kind: str | None = None,
        aliases: Iterable[str] | None = None,
        colour: str | None = None,
        expected_version: int | None = None,
    ) -> Source:
        """Rename a source or change its kind, aliases or colour; what is not given stays.
        ``expected_version``: the source's version as read (ChangedMeanwhileError if it moved on)."""
        with self._store.operation("Edit source") as s:
            source = sources.update(
                s, source_id, name=name, kind=kind, aliases=aliases, colour=colour, expected_version=expected_version
            )
            self._store.rename("Edit source", f"Edit source “{short(source.name)}”")
            return source

    def merge_sources(self, keep_id: int, drop_id: int) -> Source:
        """Move every attribution of ``drop_id`` to ``keep_id`` and delete ``drop_id``; returns the kept source."""
        with self._store.operation("Merge sources") as s:
            return sources.merge(s, keep_id, drop_id)

    def delete_source(self, source_id: int, *, claims: str = "detach") -> None:
        """Delete a source.  ``claims="detach"`` keeps its claims without it; ``"delete"`` deletes them too."""
        with self._store.operation("Delete source") as s:
            sources.delete(s, source_id, claims=claims)

    def add_label(self, name: str, colour: str | None = None) -> Label:
        """Add a label that claims can carry ("verifiable", "opinion", "statistic"...)."""
        with self._store.operation(f"New label “{short(str(name))}”") as s:
            return names.new_label(s, name, colour)

    def delete_label(self, label_id: int) -> None:
        """Delete a label; the claims that carried it keep everything else."""
        with self._store.operation("Delete label") as s:
            found = s.get(Label, values.whole(label_id, QT_TRANSLATE_NOOP("Core", "label id")))
            if found is None:
                raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no label with id {id}").format(id=label_id))
            s.delete(found)
