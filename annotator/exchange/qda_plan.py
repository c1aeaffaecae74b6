"""What a REFI-QDA project means to Nisba: which codes are sources, labels or quote types, which selections are
claims (and which are their mentions and cues), where each lies in its article's stored text.

Pure planning over a read :class:`~.qdpx_contents.QdaFile`; :mod:`annotator.project.qda_import` stores it.
Codes take their role from the top-level folder they sit in: in a file Nisba wrote, its own folders; in
another tool's file every code is a label unless the caller maps its folder (``{"Speakers": "sources"}``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime

import annotator.exchange.qda_codebook as book
from annotator.errors import InvalidValueError
from annotator.exchange.qdpx_contents import QdaCode, QdaFile, QdaSelection, QdaSource
from annotator.exchange.qdpx_offsets import Placement, place
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import SOURCE_KINDS
from annotator.text.matching import fold

ROLES = ("sources", "labels", "quote types", "ignore")
"""What a top-level folder's codes can become (the caller's choice)."""
ROLE_NAMES = {
    "sources": QT_TRANSLATE_NOOP("Core", "sources"),
    "labels": QT_TRANSLATE_NOOP("Core", "labels"),
    "quote types": QT_TRANSLATE_NOOP("Core", "quote types"),
    "ignore": QT_TRANSLATE_NOOP("Core", "ignore"),
    "parts": QT_TRANSLATE_NOOP("Core", "parts"),
    "curation": QT_TRANSLATE_NOOP("Core", "curation"),
    "origin": QT_TRANSLATE_NOOP("Core", "origin"),
}
"""Each role of a folder, as people read it (the roles above, and the three of Nisba's own folders)."""


def role_name(role: str) -> str:
    """``role`` in words (a message), or as it is when it is no role."""
    return ROLE_NAMES.get(role, role)


_PART_NAMED = {
    "mention": QT_TRANSLATE_NOOP("Core", "the mention “{selection}” in {source}"),
    "cue": QT_TRANSLATE_NOOP("Core", "the cue “{selection}” in {source}"),
}
"""A mention or cue marker of the file, as the report names it."""
_NISBA_ROLES = {
    book.SOURCES_FOLDER: "sources",
    book.QUOTE_FOLDER: "quote types",
    book.LABELS_FOLDER: "labels",
    book.PARTS_FOLDER: "parts",
    book.CURATION_FOLDER: "curation",
    book.ORIGIN_FOLDER: "origin",
}


@dataclass(frozen=True)
class SourceSpec:
    """A source a code stands for."""

    name: str
    kind: str
    aliases: tuple[str, ...]
    colour: str | None


@dataclass(frozen=True)
class CodeMeaning:
    """What one code becomes."""

    code: QdaCode
    role: str
    """sources, labels, quote types, parts, curation, origin or ignore."""
    source: SourceSpec | None = None
    label: str | None = None
    quote_type: str | None = None
    part: str | None = None
    """"mention" or "cue" for the attribution-part markers."""
    origin: str | None = None
    """"suggested" or "suggested_edited" for the origin codes."""


@dataclass
class ClaimDraft:
    """A claim as the file states it: its span in the stored text and what it is coded with."""

    guids: list[str]
    start: int
    end: int
    annotator: str | None
    created: datetime | None
    modified: datetime | None
    note: str
    quote_type: str = "unmarked"
    chain: list[tuple[SourceSpec, str | None]] = field(default_factory=list)
    labels: list[tuple[str, str | None]] = field(default_factory=list)
    """(name, colour) of each label."""
    curated: bool = False
    origin: str = "manual"
    """Where the claim came from: a Nisba file's ``Origin`` code, else marked by hand."""
    parts: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)
    """(folded source name, "mention"/"cue") -> span."""


@dataclass
class SourcePlan:
    """One text source: where its selections lie and the claims they make."""

    source: QdaSource
    placement: Placement
    claims: list[ClaimDraft]


@dataclass
class Plan:
    """Everything an import would do, before anything is stored."""

    file: QdaFile
    meanings: dict[str, CodeMeaning]
    folders: dict[str, str]
    """Top-level folder (or top-level code) name -> the role its codes get."""
    sources: list[SourcePlan]
    unplaced: list[str]


def folder_roles(file: QdaFile, mapping: Mapping[str, str] | None) -> dict[str, str]:
    """The role of each top-level folder: Nisba's own, else labels; ``mapping`` overrides by folder name."""
    tops = [c.name for c in file.codes.values() if not c.folders]
    roles = {name: (_NISBA_ROLES.get(name, "labels") if file.nisba_layout else "labels") for name in tops}
    for name, role in (mapping or {}).items():
        if name not in roles:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "the file has no top-level code folder named {name}").format(name=repr(name))
            )
        if role not in ROLES:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "a folder can become one of {roles}, not {role}").format(
                    roles=", ".join(ROLES), role=repr(role)
                )
            )
        roles[name] = role
    return roles


def _meaning(file: QdaFile, code: QdaCode, role: str) -> CodeMeaning:
    if role == "sources":
        real, kind, aliases = book.read_description(code.description)
        folder_kind = next((k for f in reversed(code.folders) if (k := book.kind_of_folder(f))), None)
        kind = kind if kind in SOURCE_KINDS else folder_kind or "other"
        return CodeMeaning(code, role, source=SourceSpec(real or code.name, kind, tuple(aliases), code.colour))
    if role == "labels":
        real, _, _ = book.read_description(code.description) if file.nisba_layout else (None, None, [])
        return CodeMeaning(code, role, label=real or code.name)
    if role == "quote types":
        quote_type = book.quote_type_named(code.name)
        return CodeMeaning(code, role if quote_type else "ignore", quote_type=quote_type)
    if role == "parts":
        part = {book.name_key(book.MENTION_CODE): "mention", book.name_key(book.CUE_CODE): "cue"}.get(
            book.name_key(code.name)
        )
        return CodeMeaning(code, role if part else "ignore", part=part)
    if role == "curation":
        return CodeMeaning(code, role if book.name_key(code.name) == book.name_key(book.CURATED_CODE) else "ignore")
    if role == "origin":
        origin = book.origin_named(code.name)
        return CodeMeaning(code, role if origin else "ignore", origin=origin)
    return CodeMeaning(code, "ignore")


def plan(file: QdaFile, mapping: Mapping[str, str] | None = None) -> Plan:
    """Read ``file`` as Nisba's: roles, placements, claims (raises for a selection outside its text)."""
    folders = folder_roles(file, mapping)
    meanings = {}
    for code in file.codes.values():
        role = folders[code.folders[0] if code.folders else code.name]
        if code.codable:
            meanings[code.guid] = _meaning(file, code, role)
    result = Plan(file, meanings, folders, [], [])
    targets: dict[str, str] = {}
    for origin, target in file.links:
        targets.setdefault(origin, target)
        targets.setdefault(target, origin)
    for source in file.sources:
        placement = place(file.path, source)
        result.unplaced += placement.unplaced
        result.sources.append(SourcePlan(source, placement, _claims(result, source, placement, targets)))
    return result


def _units(file: QdaFile, source: QdaSource, placement: Placement) -> list[list[QdaSelection]]:
    """The selections that make one claim (or one mention or cue) each.  Nisba writes one selection per claim;
    other tools write one per coding (QualCoder) or per span, so their selections of one span by one coder
    are one claim."""
    placed = [s for s in source.selections if s.guid in placement.spans]
    if file.from_nisba:
        return [[s] for s in placed]
    groups: dict[tuple[int, int, str | None], list[QdaSelection]] = {}
    for selection in placed:
        start, end = placement.spans[selection.guid]
        groups.setdefault((start, end, selection.user), []).append(selection)
    return list(groups.values())


def _claims(result: Plan, source: QdaSource, placement: Placement, targets: dict[str, str]) -> list[ClaimDraft]:
    drafts: list[ClaimDraft] = []
    by_guid: dict[str, ClaimDraft] = {}
    parts: list[tuple[list[QdaSelection], CodeMeaning, CodeMeaning | None]] = []
    for unit in _units(result.file, source, placement):
        first = unit[0]
        meanings = [
            (m, c.user) for s in unit for c in s.codings if (m := result.meanings.get(c.code)) and m.role != "ignore"
        ]
        marker = next((m for m, _ in meanings if m.role == "parts"), None)
        if marker is not None:
            parts.append((unit, marker, next((m for m, _ in meanings if m.role == "sources"), None)))
            continue
        notes = [n.strip() for s in unit for n in (s.description, *s.notes) if n.strip()]
        note = "\n\n".join(dict.fromkeys(notes))
        if not meanings and not note:
            result.unplaced.append(
                QT_TRANSLATE_NOOP("Core", "“{selection}” in {source}: no code Nisba keeps, no note").format(
                    selection=first.name[:40], source=repr(source.name)
                )
            )
            continue
        start, end = placement.spans[first.guid]
        draft = ClaimDraft([s.guid for s in unit], start, end, first.user, first.created, first.modified, note)
        _code(draft, meanings)
        drafts.append(draft)
        by_guid.update({s.guid: draft for s in unit})
    for unit, marker, owner in parts:
        claim = next((by_guid[t] for s in unit if (t := targets.get(s.guid, "")) in by_guid), None)
        span = placement.spans[unit[0].guid]
        what = _PART_NAMED[marker.part or "mention"].format(selection=unit[0].name[:40], source=repr(source.name))
        if claim is None or owner is None or owner.source is None:
            why = (
                QT_TRANSLATE_NOOP("Core", "the file links it to no claim")
                if claim is None
                else QT_TRANSLATE_NOOP("Core", "it names no source")
            )
            result.unplaced.append(QT_TRANSLATE_NOOP("Core", "{what}: {reason}").format(what=what, reason=why))
            continue
        part_key = (fold(owner.source.name), marker.part or "")
        if not any(fold(spec.name) == part_key[0] for spec, _ in claim.chain):
            result.unplaced.append(
                QT_TRANSLATE_NOOP("Core", "{what}: its source {source} is not in its claim's chain").format(
                    what=what, source=repr(owner.source.name)
                )
            )
            continue
        claim.parts.setdefault(part_key, span)
    return drafts


def _code(draft: ClaimDraft, meanings: list[tuple[CodeMeaning, str | None]]) -> None:
    for meaning, user in meanings:
        if meaning.role == "sources" and meaning.source is not None:
            if not any(fold(s.name) == fold(meaning.source.name) for s, _ in draft.chain):
                draft.chain.append((meaning.source, user))
        elif meaning.role == "labels" and meaning.label is not None:
            if meaning.label not in [name for name, _ in draft.labels]:
                draft.labels.append((meaning.label, meaning.code.colour))
        elif meaning.role == "quote types" and meaning.quote_type and draft.quote_type == "unmarked":
            draft.quote_type = meaning.quote_type
        elif meaning.role == "curation":
            draft.curated = True
        elif meaning.role == "origin" and meaning.origin and draft.origin != "suggested_edited":
            draft.origin = meaning.origin  # coded both ways (by two tools): it was edited
