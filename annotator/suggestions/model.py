"""What the suggester returns: suggested attributions, their chain links, and the known sources it is given."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from typing import Any

SOURCE_KINDS = ("person", "organization", "media", "government", "document", "anonymous", "other")
"""The source kinds of the project's registry (annotator.storage.models.Source.kind)."""


@dataclass(frozen=True)
class KnownSource:
    """A source the project already has: its name, kind and aliases (any script)."""

    name: str
    kind: str = "other"
    aliases: tuple[str, ...] = ()

    @classmethod
    def of(cls, value: KnownSource | str | Any) -> KnownSource:
        """A KnownSource from itself, a plain name, or anything with ``name``/``kind``/``aliases`` (a registry row)."""
        if isinstance(value, KnownSource):
            return value
        if isinstance(value, str):
            return cls(value)
        aliases = tuple(str(a) for a in (getattr(value, "aliases", None) or ()))
        return cls(str(value.name), str(getattr(value, "kind", None) or "other"), aliases)

    def names(self) -> tuple[str, ...]:
        """The name followed by the aliases."""
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class ChainLink:
    """One source in an attribution chain ("The Hill reports Putin said": The Hill, then Putin)."""

    source: str
    kind: str
    cue: str | None
    cue_start: int | None
    mention: str | None
    mention_start: int | None


@dataclass(frozen=True)
class Suggestion:
    """A suggested attribution: a claim (content), who it is attributed to, and the words that say so.

    Offsets are code points into the text as given (half-open).  ``mention`` and ``cue`` are None when the
    source is not named in the sentence / no reporting words were found; ``chain`` lists every link outermost
    first (the last repeats the claim's own source) and is empty when there is one link.  ``score`` is the
    rule's confidence, from 0 to 1.
    """

    claim: str
    start: int
    end: int
    source: str
    kind: str
    cue: str | None
    cue_start: int | None
    mention: str | None
    mention_start: int | None
    quote_type: str
    chain: tuple[ChainLink, ...] = field(default=())
    score: float = 0.5

    def to_json(self) -> dict[str, Any]:
        """The suggestion in the shape of the development set's gold.json."""
        data = asdict(self)
        data["chain"] = [asdict(link) for link in self.chain]
        return data


def known_sources_of(values: Sequence[KnownSource | str | Any]) -> tuple[KnownSource, ...]:
    """Every value as a KnownSource (see :meth:`KnownSource.of`)."""
    return tuple(KnownSource.of(v) for v in values)
