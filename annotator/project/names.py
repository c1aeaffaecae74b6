"""The rules for names, kinds and colours of sources and labels: one place, used by every path that makes or
edits them (the registry, the picker, the annotation and project imports).

A name is cleaned (runs of white space made one space, ends trimmed), must not be empty, and is unique by its
folded form (:func:`annotator.text.matching.fold`: "بوتين" and "بُوتين" are one name).  A colour is
``#rrggbb``; a new one comes from the palette, in turn.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

import annotator.project.values as values
from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import SOURCE_KINDS, Label, Source
from annotator.text.matching import fold
from annotator.text.palette import colour_for, is_colour

LABEL_PALETTE_OFFSET = 5
"""Labels take the palette from its sixth colour, so a first label and a first source differ."""


def clean_name(value: Any, what: str) -> str:
    """A name as stored: text, runs of white space made one space, not empty."""
    source = what == "source"
    field = QT_TRANSLATE_NOOP("Core", "the source name") if source else QT_TRANSLATE_NOOP("Core", "the label name")
    clean = " ".join(values.text(value, field).split())
    if not clean:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "a source needs a name")
            if source
            else QT_TRANSLATE_NOOP("Core", "a label needs a name")
        )
    return clean


def clean_aliases(aliases: Iterable[str]) -> list[str]:
    """Aliases as stored: each cleaned like a name, empty ones left out, each once."""
    if isinstance(aliases, str):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "aliases must be a list of names, not the text {text}").format(text=repr(aliases))
        )
    kept: dict[str, str] = {}
    for alias in aliases:
        clean = " ".join(values.text(alias, QT_TRANSLATE_NOOP("Core", "an alias")).split())
        if clean:
            kept.setdefault(fold(clean), clean)
    return list(kept.values())


def check_kind(kind: Any) -> str:
    """A source kind (person, organization, media, government, document, anonymous, other)."""
    return values.one_of(kind, SOURCE_KINDS, QT_TRANSLATE_NOOP("Core", "source kind"))


def check_colour(colour: Any) -> str:
    """A colour like ``#rrggbb``."""
    if not isinstance(colour, str) or not is_colour(colour):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "colour must look like #rrggbb, not “{colour}”").format(colour=colour)
        )
    return colour


def source_named(s: Session, name: str, *, other_than: int | None = None) -> Source | None:
    """The source whose name folds like ``name`` (None: there is none)."""
    key = fold(name)
    return next((x for x in s.scalars(select(Source)) if fold(x.name) == key and x.id != other_than), None)


def label_named(s: Session, name: str) -> Label | None:
    """The label whose name folds like ``name`` (None: there is none)."""
    key = fold(name)
    return next((x for x in s.scalars(select(Label)) if fold(x.name) == key), None)


def unique_source_name(s: Session, name: Any, *, other_than: int | None = None) -> str:
    """``name`` cleaned, refused if another source already has it."""
    clean = clean_name(name, "source")
    other = source_named(s, clean, other_than=other_than)
    if other is not None:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "a source named “{name}” already exists (source {id})").format(
                name=other.name, id=other.id
            )
        )
    return clean


def new_source(
    s: Session,
    name: Any,
    kind: Any = "other",
    aliases: Iterable[str] = (),
    colour: Any = None,
    *,
    taken: Mapping[str, Source] | None = None,
) -> Source:
    """A new source, checked by every rule, added to ``s``.

    ``taken`` (every source by folded name, kept by a caller that makes many) answers the uniqueness check
    without reading the registry again, so an import of thousands of sources stays linear.
    """
    if taken is None:
        clean = unique_source_name(s, name)
        count = s.scalar(select(func.count()).select_from(Source)) or 0
    else:
        clean = clean_name(name, "source")
        other = taken.get(fold(clean))
        if other is not None:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "a source named {name} already exists (source {id})").format(
                    name=repr(other.name), id=other.id
                )
            )
        count = len(taken)
    source = Source(
        name=clean,
        kind=check_kind(kind),
        aliases=clean_aliases(aliases),
        colour=colour_for(count) if colour is None else check_colour(colour),
    )
    s.add(source)
    s.flush()
    return source


def new_label(s: Session, name: Any, colour: Any = None) -> Label:
    """A new label, checked by every rule, added to ``s``."""
    clean = clean_name(name, "label")
    other = label_named(s, clean)
    if other is not None:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "a label named “{name}” already exists (label {id})").format(
                name=other.name, id=other.id
            )
        )
    count = s.scalar(select(func.count()).select_from(Label)) or 0
    label = Label(
        name=clean, colour=colour_for(count + LABEL_PALETTE_OFFSET) if colour is None else check_colour(colour)
    )
    s.add(label)
    s.flush()
    return label
