"""What a REFI-QDA project (``.qdpx``) holds that Nisba can use, as plain data: the code book, the text
sources, their selections and codings, and the links between selections (read by :mod:`.qdpx_reading`; offsets
still in the file's own units, see :mod:`.qdpx_offsets`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from annotator.exchange.qda_codebook import NISBA_FOLDERS, ORIGIN_PREFIX


@dataclass(frozen=True)
class QdaCode:
    """A code (or a folder of codes) of the code book."""

    guid: str
    name: str
    codable: bool
    colour: str | None
    description: str
    folders: tuple[str, ...]
    """The names of the codes it sits in, the top one first."""


@dataclass(frozen=True)
class QdaCoding:
    """One code applied to a selection, by whom."""

    code: str
    user: str | None


@dataclass(frozen=True)
class QdaSelection:
    """A ``PlainTextSelection``: a span of its source's text (in the file's units) and its codings."""

    guid: str
    name: str
    start: int
    end: int
    description: str
    codings: tuple[QdaCoding, ...]
    user: str | None
    created: datetime | None
    modified: datetime | None
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class QdaSource:
    """A ``TextSource``: its text as the file holds it (a BOM and CRs kept), its selections and variables."""

    guid: str
    name: str
    text: str
    entry: str
    selections: tuple[QdaSelection, ...]
    variables: dict[str, str]


@dataclass(frozen=True)
class QdaFile:
    """What a ``.qdpx`` holds that Nisba can use."""

    path: Path
    origin: str
    name: str
    codes: dict[str, QdaCode]
    sources: tuple[QdaSource, ...]
    links: tuple[tuple[str, str], ...]
    skipped: tuple[str, ...] = field(default=())
    """Sources and notes not read, each with the reason."""

    @property
    def from_nisba(self) -> bool:
        """Whether Nisba wrote the file itself (one selection per claim, linked mentions and cues)."""
        return self.origin.startswith(ORIGIN_PREFIX)

    @property
    def nisba_layout(self) -> bool:
        """Whether the code book is laid out as Nisba writes it: written by Nisba, or by a tool that read such a
        file and kept its folders (QualCoder does); its folders then mean what Nisba meant."""
        tops = {c.name for c in self.codes.values() if not c.folders and not c.codable}
        return self.from_nisba or tops >= NISBA_FOLDERS
