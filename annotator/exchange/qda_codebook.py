"""How a Nisba project is laid out in a REFI-QDA code book: folders, fixed codes, variables, descriptions.

Shared by the writer (:mod:`.refi_qda`) and the reader (:mod:`.qdpx_reading`, :mod:`annotator.project.qda_import`),
so the names written are the names recognised.  Code names are unique across the whole code book (QualCoder
silently drops the codings of a second code with the same name): a source or label whose name is taken gets a
suffix, and its Description keeps the real name on a ``Nisba name:`` line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

NAMESPACE = "urn:QDA-XML:project:1.0"
ORIGIN_PREFIX = "Nisba"

SOURCES_FOLDER = "Sources"
KIND_FOLDERS = {
    "person": "Person sources",
    "organization": "Organization sources",
    "media": "Media sources",
    "government": "Government sources",
    "document": "Document sources",
    "anonymous": "Anonymous sources",
    "other": "Other sources",
}
QUOTE_FOLDER = "Quote types"
QUOTE_CODES = {
    "direct": "Direct quote",
    "indirect": "Indirect quote",
    "mixed": "Mixed quote",
    "unmarked": "Unmarked quote",
}
LABELS_FOLDER = "Labels"
PARTS_FOLDER = "Attribution parts"
MENTION_CODE = "Source mention"
CUE_CODE = "Reporting cue"
CURATION_FOLDER = "Curation"
CURATED_CODE = "Accepted as final"
ORIGIN_FOLDER = "Origin"
ORIGIN_CODES = {"suggested": "Suggested", "suggested_edited": "Suggested, edited"}
"""A claim that came from a suggested attribution is coded with one of these; a claim marked by hand, with none."""
PART_LINK = "part of claim"
NISBA_FOLDERS = frozenset({SOURCES_FOLDER, QUOTE_FOLDER, LABELS_FOLDER, PARTS_FOLDER, CURATION_FOLDER})
"""The folders every Nisba file has (``Origin`` came later: a file without it is still in Nisba's layout)."""

FOLDER_NOTES = {
    SOURCES_FOLDER: "Who claims are attributed to, by kind. A claim is coded with its attribution chain in order: "
    "first the source it is attributed to first (“The Hill reports Putin said”: The Hill, then Putin).",
    QUOTE_FOLDER: "How each claim is reported: direct (quoted words), indirect, mixed, or unmarked.",
    LABELS_FOLDER: "The labels claims carry.",
    PARTS_FOLDER: "Where the text names a claim's source (a source mention) and the reporting cue (“said”, "
    "“according to”); each is its own selection, coded with the source it belongs to and linked to its claim.",
    CURATION_FOLDER: "Claims an adjudicator accepted as the final version.",
    ORIGIN_FOLDER: "Claims that came from Nisba's suggested attributions: accepted unchanged (Suggested), or "
    "accepted and then edited (Suggested, edited). A claim coded with neither was marked by hand.",
}

VARIABLES = (
    ("Title", "Text"),
    ("Outlet", "Text"),
    ("URL", "Text"),
    ("Published", "Date"),
    ("Language", "Text"),
    ("Direction", "Text"),
    ("Status", "Text"),
)

NAME_LINE = "Nisba name: "
ALIASES_LINE = "Also known as:"
KIND_LINE = "Source kind: "


def reserved_names() -> set[str]:
    """Every folder and fixed code name, folded as names are compared."""
    fixed = [SOURCES_FOLDER, QUOTE_FOLDER, LABELS_FOLDER, PARTS_FOLDER, CURATION_FOLDER, ORIGIN_FOLDER]
    fixed += [*KIND_FOLDERS.values(), *QUOTE_CODES.values(), MENTION_CODE, CUE_CODE, CURATED_CODE]
    fixed += ORIGIN_CODES.values()
    return {name_key(n) for n in fixed}


def name_key(name: str) -> str:
    """How code names are compared for uniqueness (case and surrounding space ignored)."""
    return " ".join(name.split()).casefold()


def unique_name(name: str, what: str, taken: set[str]) -> str:
    """``name``, or ``name (what)``, ``name (what 2)``... if another code already has it; marks it taken."""
    candidate, n = name, 1
    while name_key(candidate) in taken:
        n += 1
        candidate = f"{name} ({what})" if n == 2 else f"{name} ({what} {n - 1})"
    taken.add(name_key(candidate))
    return candidate


def source_description(name: str, code_name: str, kind: str, aliases: Iterable[str]) -> str:
    """A source code's Description: its real name if the code's differs, its kind, its aliases one a line."""
    lines = [f"{NAME_LINE}{name}"] if code_name != name else []
    lines.append(f"{KIND_LINE}{kind}")
    listed = list(aliases)
    if listed:
        lines += [ALIASES_LINE, *listed]
    return "\n".join(lines)


def label_description(name: str, code_name: str) -> str:
    """A label code's Description: its real name when the code's had to differ."""
    return f"{NAME_LINE}{name}" if code_name != name else ""


def read_description(text: str) -> tuple[str | None, str | None, list[str]]:
    """(real name, kind, aliases) from a Description written by :func:`source_description`."""
    name = kind = None
    aliases: list[str] = []
    in_aliases = False
    for line in text.splitlines():
        if in_aliases:
            if not line.strip():
                break
            aliases.append(line.strip())
        elif line.startswith(NAME_LINE):
            name = line[len(NAME_LINE) :].strip() or None
        elif line.startswith(KIND_LINE):
            kind = line[len(KIND_LINE) :].strip() or None
        elif line.strip() == ALIASES_LINE:
            in_aliases = True
    return name, kind, aliases


def quote_type_named(name: str) -> str | None:
    """The quote type a code's name stands for ("Direct quote", "direct", "indirect"...), if any."""
    key = name_key(name).removesuffix(" quote").strip()
    return key if key in QUOTE_CODES else None


def origin_named(name: str) -> str | None:
    """The claim origin an ``Origin`` code's name stands for ("Suggested", "Suggested, edited"), if any."""
    key = name_key(name)
    return next((origin for origin, code in ORIGIN_CODES.items() if name_key(code) == key), None)


def kind_of_folder(name: str) -> str | None:
    """The source kind a folder's name stands for ("Media sources", "media", "Person"...), if any."""
    key = name_key(name).removesuffix(" sources").strip()
    return key if key in KIND_FOLDERS else None


_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def xml_safe(text: str) -> tuple[str, bool]:
    """``text`` with the characters XML 1.0 cannot hold replaced by U+FFFD; and whether any were."""
    clean, count = _NOT_XML.subn("\ufffd", text)
    return clean, count > 0
