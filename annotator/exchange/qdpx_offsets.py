"""Placing a REFI-QDA source's selections in its text as Nisba stores it, deciding the offset unit from evidence.

The standard counts code points from 0 over the text file (REFI-QDA 1.5, 10.2).  Tools differ: QualCoder
writes its texts with a BOM that its positions do not count and codes in UTF-16 units; NVivo 12 counts
UTF-16 units over CRLF text; ATLAS.ti counts a CRLF as one.  Each way of reading a source's positions
(BOM counted or not, code points or UTF-16 units, CRLF as two or one) is tried, and the one under which the
selections' names (most tools name a selection by its text) match the text is chosen; without names, the one
putting most selection edges on word edges; without either, the standard's.  A choice the evidence did not
prove is said so; a selection that does not fit is reported, never moved to a guessed place.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from itertools import product
from pathlib import Path

from annotator.errors import QdaContentError
from annotator.exchange.qdpx_contents import QdaSelection, QdaSource
from annotator.importers.text_file import normalize_text
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.text.offsets import OffsetMap


@dataclass(frozen=True)
class Reading:
    """One way of counting a source's positions."""

    bom_counted: bool
    utf16: bool
    crlf_as_two: bool

    def describe(self, source: QdaSource) -> str:
        """How the positions were read, in words (only what the text makes matter)."""
        body = source.text.removeprefix("\ufeff")
        parts = [QT_TRANSLATE_NOOP("Core", "UTF-16 units") if self.utf16 else QT_TRANSLATE_NOOP("Core", "code points")]
        if source.text.startswith("\ufeff"):
            parts.append(
                QT_TRANSLATE_NOOP("Core", "counting the byte-order mark")
                if self.bom_counted
                else QT_TRANSLATE_NOOP("Core", "after the byte-order mark")
            )
        if "\r\n" in body:
            parts.append(
                QT_TRANSLATE_NOOP("Core", "a CRLF line end as two")
                if self.crlf_as_two
                else QT_TRANSLATE_NOOP("Core", "a CRLF line end as one")
            )
        if len(parts) == 3:
            return QT_TRANSLATE_NOOP("Core", "{first}, {second}, {third}").format(
                first=parts[0], second=parts[1], third=parts[2]
            )
        if len(parts) == 2:
            return QT_TRANSLATE_NOOP("Core", "{first}, {second}").format(first=parts[0], second=parts[1])
        return parts[0]


STANDARD = Reading(bom_counted=False, utf16=False, crlf_as_two=True)


@dataclass(frozen=True)
class Placement:
    """A source's text as it will be stored and where each of its selections lies in it."""

    text: str
    spans: dict[str, tuple[int, int]]
    unplaced: list[str]
    reading: Reading
    evidence: str
    proven: bool
    """Whether the evidence decided the reading (False: several readings disagreed and nothing told them apart)."""


class _Mapper:
    """Maps positions counted one way to code point offsets of the stored text (None: no such place)."""

    def __init__(self, source: QdaSource, reading: Reading) -> None:
        body = source.text.removeprefix("\ufeff")
        self.shift = 1 if reading.bom_counted and source.text.startswith("\ufeff") else 0
        view = body if reading.crlf_as_two else body.replace("\r\n", "\n")
        self.crs = (
            [i for i in range(len(view) - 1) if view[i] == "\r" and view[i + 1] == "\n"] if reading.crlf_as_two else []
        )
        self.units = OffsetMap(view) if reading.utf16 else None
        self.length = (self.units.utf16_length if self.units else len(view)) + self.shift

    def __call__(self, position: int) -> int | None:
        if not 0 <= position <= self.length:
            return None
        position -= self.shift
        if position < 0:
            return None
        if self.units is not None:
            cp = self.units.to_code_point(position)
            if self.units.to_utf16(cp) != position:  # inside a surrogate pair
                return None
            position = cp
        before = bisect_left(self.crs, position)
        if before and self.crs[before - 1] == position - 1:  # between CR and LF
            return None
        return position - before


def _flat(text: str) -> str:
    return " ".join(text.split())


def _names_match(name: str, text: str) -> bool:
    name, text = _flat(name), _flat(text)
    if name == text:
        return True
    for ellipsis in ("…", "..."):
        if name.endswith(ellipsis) and len(name) > len(ellipsis) + 3:
            return text.startswith(name[: -len(ellipsis)].rstrip())
    return False


def _wordy(ch: str) -> bool:
    return ch.isalnum() or unicodedata.category(ch).startswith("M")


def _at_edge(text: str, position: int) -> bool:
    return position in (0, len(text)) or not (_wordy(text[position - 1]) and _wordy(text[position]))


@dataclass
class _Trial:
    reading: Reading
    spans: dict[str, tuple[int, int] | None]
    names: int = 0
    edges: int = 0


def _try(source: QdaSource, stored: str, reading: Reading) -> _Trial:
    mapper = _Mapper(source, reading)
    trial = _Trial(reading, {})
    for selection in source.selections:
        start, end = mapper(selection.start), mapper(selection.end)
        span = (start, end) if start is not None and end is not None and start <= end else None
        trial.spans[selection.guid] = span
        if span is None:
            continue
        if selection.name.strip() and _names_match(selection.name, stored[span[0] : span[1]]):
            trial.names += 1
        trial.edges += _at_edge(stored, span[0]) + _at_edge(stored, span[1])
    return trial


def place(path: Path, source: QdaSource) -> Placement:
    """Where ``source``'s selections lie in its stored text; refuses a selection no reading can put in it."""
    stored = normalize_text(source.text)
    body = source.text.removeprefix("\ufeff")
    widest = len(source.text) + sum(1 for ch in body if ord(ch) > 0xFFFF)
    for selection in source.selections:
        if not 0 <= selection.start <= selection.end <= widest:
            raise QdaContentError(
                path,
                QT_TRANSLATE_NOOP(
                    "Core",
                    "the selection {selection} of source {source} runs {start}..{end}, "
                    "outside its text ({length} characters)",
                ).format(
                    selection=_label(selection),
                    source=repr(source.name),
                    start=selection.start,
                    end=selection.end,
                    length=f"{len(stored):,}",
                ),
            )
    choices = product(
        (False, True) if source.text.startswith("\ufeff") else (False,),
        (False, True) if any(ord(ch) > 0xFFFF for ch in body) else (False,),
        (True, False) if "\r\n" in body else (True,),
    )
    trials = [_try(source, stored, Reading(*choice)) for choice in choices]
    standard = next((t for t in trials if t.reading == STANDARD), trials[0])
    best = max(trials, key=lambda t: (t.names, t.edges, t is standard))
    named = sum(1 for s in source.selections if s.name.strip())
    rivals = [t for t in trials if t.spans != best.spans]
    proven = all((t.names, t.edges) < (best.names, best.edges) for t in rivals)
    if not rivals:
        evidence = QT_TRANSLATE_NOOP("Core", "every way of counting gives the same places")
    elif best.names and proven:
        runner = max(rivals, key=lambda t: t.names)
        evidence = QT_TRANSLATE_NOOP(
            "Core", "{matched} of {named} selection names match the text ({other} read another way)"
        ).format(matched=best.names, named=named, other=runner.names)
    elif proven:
        evidence = QT_TRANSLATE_NOOP(
            "Core", "no selection name matches the text; selection edges fall on word edges most often this way"
        )
    elif best.names or best.edges:
        evidence = QT_TRANSLATE_NOOP(
            "Core", "as many selections fit another way of counting; the standard's is preferred where it fits as well"
        )
    else:
        evidence = QT_TRANSLATE_NOOP(
            "Core", "nothing in the file tells the ways of counting apart; the standard's is assumed"
        )
    names_are_texts = named > 0 and best.names * 2 >= named
    spans: dict[str, tuple[int, int]] = {}
    unplaced: list[str] = []
    for selection in source.selections:
        span = best.spans[selection.guid]
        where = {"selection": _label(selection), "source": repr(source.name)}
        if span is None:
            unplaced.append(
                QT_TRANSLATE_NOOP(
                    "Core", "{selection} in {source}: its position splits a character or a line end"
                ).format(**where)
            )
        elif span[0] == span[1]:
            unplaced.append(QT_TRANSLATE_NOOP("Core", "{selection} in {source}: it is empty").format(**where))
        elif names_are_texts and selection.name.strip() and not _names_match(selection.name, stored[span[0] : span[1]]):
            unplaced.append(
                QT_TRANSLATE_NOOP(
                    "Core", "{selection} in {source}: its name does not match the text at its place"
                ).format(**where)
            )
        else:
            spans[selection.guid] = span
    return Placement(stored, spans, unplaced, best.reading, evidence, proven)


def _label(selection: QdaSelection) -> str:
    name = _flat(selection.name)
    if name:
        return f"“{name[:39]}…”" if len(name) > 40 else f"“{name}”"
    return QT_TRANSLATE_NOOP("Core", "at {start}..{end}").format(start=selection.start, end=selection.end)
