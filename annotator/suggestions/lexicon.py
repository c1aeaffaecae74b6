"""The attribution lexicon: ``resources/attribution_lexicon.json`` read once, folded, and expanded to word forms.

The file is data (reporting verbs, complementizers, titles, outlet nouns...); this module only turns it
into lookup tables.  A project's own words come in as ``extra``, a mapping of the same shape whose lists
are added to the file's (``{"arabic": {"verbs": [...], "titles": [...]}, "english": {...}}``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.paths import RESOURCES
from annotator.text.matching import fold

LEXICON_FILE = RESOURCES / "attribution_lexicon.json"

_OBJECT_SUFFIXES = ("ه", "ها", "هم", "هما", "هن")
_CONJUNCTIONS = ("", "و", "ف")


@dataclass(frozen=True)
class VerbForm:
    """One inflected form of a reporting word and what its inflection says about the speaker."""

    lemma: str
    tense: str
    """past, present, participle, passive or frame (a verb that only frames another: أدلى بتصريح)."""
    gender: str | None
    """m, f, or None when the form does not say."""
    plural: bool
    flags: frozenset[str]
    has_object: bool = False
    """An object pronoun is attached (ووصفها): the noun phrase after it is the speaker."""
    conjoined: bool = False
    """Starts with the conjunction و or ف (a new clause, never with a subject before it)."""


Phrases = dict[str, list[tuple[str, ...]]]
"""First folded word -> the folded word sequences starting with it, longest first."""


def _phrases(items: Iterable[str]) -> Phrases:
    table: Phrases = {}
    for item in items:
        words = tuple(fold(w) for w in item.split())
        if words:
            table.setdefault(words[0], []).append(words)
    for seqs in table.values():
        seqs.sort(key=len, reverse=True)
    return table


def _folded(items: Iterable[str]) -> frozenset[str]:
    return frozenset(fold(i) for i in items)


@dataclass
class LanguageLexicon:
    """The folded tables of one language."""

    verbs: dict[str, VerbForm] = field(default_factory=dict)
    complementizers: frozenset[str] = frozenset()
    complementizer_prepositions: frozenset[str] = frozenset()
    not_complementizer_after: frozenset[str] = frozenset()
    negations: frozenset[str] = frozenset()
    not_cue_after: frozenset[str] = frozenset()
    speech_nouns: frozenset[str] = frozenset()
    in_document_verbs: frozenset[str] = frozenset()
    post_leads: list[dict[str, Any]] = field(default_factory=list)
    lead_table: Phrases = field(default_factory=dict)
    lead_entries: dict[tuple[str, ...], dict[str, Any]] = field(default_factory=dict)
    heads: dict[str, Phrases] = field(default_factory=dict)
    """Category (title, media, organization, government, anonymous, document, place, outlet) -> phrases."""
    words: dict[str, frozenset[str]] = field(default_factory=dict)
    """Other word lists by name (prepositions, time_words, relative_pronouns, ...), folded."""
    phrases: dict[str, Phrases] = field(default_factory=dict)
    """Multi-word lists by name (connectors, anaphoric_contents, headline_not_sources, ...)."""
    pronouns: dict[str, str] = field(default_factory=dict)
    authorial: frozenset[str] = frozenset()
    """Verbs that, right before their complementizer and with no subject, are the author's aside (ويذكر أن)."""

    def has(self, name: str, key: str) -> bool:
        """True when the folded word ``key`` is in the word list ``name``."""
        return key in self.words.get(name, frozenset())


@dataclass
class Lexicon:
    """Both languages' tables."""

    arabic: LanguageLexicon
    english: LanguageLexicon


_HEAD_LISTS = (
    ("title", "titles"),
    ("media", "media_nouns"),
    ("organization", "organization_nouns"),
    ("government", "government_nouns"),
    ("anonymous", "anonymous_heads"),
    ("document", "document_nouns"),
    ("place", "places"),
    ("outlet", "known_outlets"),
)
_WORD_LISTS = (
    "prepositions",
    "time_words",
    "relative_pronouns",
    "title_linkers",
    "mention_linkers",
    "event_nouns",
    "anonymity_starts",
    "anonymity_ends",
    "anonymity_words",
    "plural_heads",
    "feminine_heads",
    "boundary_words",
    "addressee_nouns",
    "field_titles",
    "adjunct_adjectives",
    "adjunct_words",
    "pronoun_words",
    "clause_openers",
    "clause_enders",
    "latter_words",
    "ala_verbs",
    "not_before_verb",
    "auxiliaries",
    "np_inside",
    "determiners",
    "not_content_start",
    "asides",
    "abbreviations",
    "titles",
    "document_nouns",
    "anonymous_heads",
)
_PHRASE_LISTS = ("connectors", "anaphoric_contents", "headline_not_sources", "anonymity_phrases")


def _as_list(value: Any) -> list[str]:
    return [value] if isinstance(value, str) else list(value or [])


def _expand_arabic(entry: Mapping[str, Any]) -> list[tuple[str, str, str | None, bool]]:
    """(form, tense, gender, plural) for every third-person form of an Arabic verb entry."""
    out: list[tuple[str, str, str | None, bool]] = []
    past, present, participle = entry.get("past"), entry.get("present"), entry.get("participle")
    # The masculine dual past (قالا، نقلا) is left out: it reads as the accusative noun (نقلا عن، نفيا قاطعا).
    past_features = (("m", False), ("f", False), (None, True), ("f", False))
    if isinstance(past, str):
        past = [past, past + "ت", past + "وا", past + "تا"]
    for form, (gender, plural) in zip(_as_list(past), past_features, strict=False):
        out.append((form, "past", gender, plural))
    if isinstance(present, str):
        stem = present[1:]
        present = [present, "ت" + stem, present + "ون", present + "ان", "ت" + stem + "ان"]
    features = (("m", False), ("f", False), (None, True), (None, False), ("f", False))
    for form, (gender, plural) in zip(_as_list(present), features, strict=False):
        out.append((form, "present", gender, plural))
    if isinstance(participle, str):
        participle = [participle + "ا", participle + "ة", participle + "ين", participle + "تين", participle + "ون"]
    part_features = (("m", False), ("f", False), (None, True), ("f", True), (None, True))
    for form, (gender, plural) in zip(_as_list(participle), part_features, strict=False):
        out.append((form, "participle", gender, plural))
    return out


def _add_arabic_verbs(table: dict[str, VerbForm], entries: Iterable[Mapping[str, Any]], frame: bool) -> None:
    for entry in entries:
        flags = frozenset(entry.get("flags", ())) | ({"frame"} if frame else frozenset())
        forms = [(f, "frame", None, False) for f in _as_list(entry.get("forms"))] if frame else _expand_arabic(entry)
        lemma = fold(forms[0][0]) if forms else ""
        for form, tense, gender, plural in forms:
            base = fold(form)
            variants = [(base, False)]
            if tense in ("past", "present") and not base.endswith("وا"):
                variants += [(base + fold(s), True) for s in _OBJECT_SUFFIXES]
            for key, with_object in variants:
                for conj in _CONJUNCTIONS:
                    verb = VerbForm(lemma, tense, gender, plural, flags, with_object, bool(conj))
                    table.setdefault(conj + key, verb)


def _build_language(data: Mapping[str, Any], arabic: bool) -> LanguageLexicon:
    lang = LanguageLexicon()
    if arabic:
        _add_arabic_verbs(lang.verbs, data.get("verbs", ()), frame=False)
        _add_arabic_verbs(lang.verbs, data.get("frame_verbs", ()), frame=True)
        pronouns = [fold(p) for p in data.get("complementizer_pronouns", ())]
        bases = [fold(c) for c in data.get("complementizers", ())]
        lang.complementizers = frozenset([*bases, *(b + p for b in bases for p in pronouns)])
    else:
        for entry in data.get("verbs", ()):
            flags = frozenset(entry.get("flags", ()))
            for form in _as_list(entry.get("forms")):
                tense = "participle" if form.endswith("ing") else "past"
                lang.verbs.setdefault(fold(form), VerbForm(fold(form), tense, None, False, flags))
        lang.complementizers = _folded(data.get("complementizers", ()))
    lang.complementizer_prepositions = _folded(data.get("complementizer_prepositions", ()))
    lang.not_complementizer_after = _folded(data.get("not_complementizer_after", ()))
    for form in data.get("passive", ()):
        words = form.split()
        if len(words) == 1:
            for conj in _CONJUNCTIONS:
                lang.verbs.setdefault(conj + fold(form), VerbForm(fold(form), "passive", None, False, frozenset()))
    lang.authorial = frozenset(c + fold(v) for v in data.get("authorial", ()) for c in _CONJUNCTIONS)
    lang.negations = _folded(data.get("negations", ()))
    lang.not_cue_after = _folded(data.get("not_cue_after", ()))
    lang.speech_nouns = _folded(data.get("speech_nouns", ()))
    lang.in_document_verbs = frozenset(c + fold(v) for v in data.get("in_document_verbs", ()) for c in _CONJUNCTIONS)
    lang.post_leads = [dict(lead) for lead in data.get("post_leads", ())]
    lang.lead_table = _phrases(" ".join(lead["words"]) for lead in lang.post_leads)
    lang.lead_entries = {tuple(fold(w) for w in lead["words"]): lead for lead in lang.post_leads}
    lang.heads = {category: _phrases(data.get(name, ())) for category, name in _HEAD_LISTS}
    lang.words = {name: _folded(data.get(name, ())) for name in _WORD_LISTS}
    lang.phrases = {name: _phrases(data.get(name, ())) for name in _PHRASE_LISTS}
    lang.pronouns = {fold(k): v for k, v in dict(data.get("pronouns", {})).items()}
    for words in data.get("phrasal", ()):
        verb = fold(words[0])
        if verb not in lang.verbs:
            lang.verbs[verb] = VerbForm(verb, "past", None, False, frozenset({"phrasal:" + fold(words[1])}))
    return lang


def _merge(base: Mapping[str, Any], extra: Mapping[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in extra.items():
        if isinstance(value, Mapping) and isinstance(merged.get(key), Mapping):
            merged[key] = _merge(merged[key], value)
        elif isinstance(value, list) and isinstance(merged.get(key), list):
            merged[key] = [*merged[key], *value]
        else:
            merged[key] = value
    return merged


def _read_file() -> dict[str, Any]:
    try:
        data = json.loads(LEXICON_FILE.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{path}: the attribution lexicon cannot be read ({reason})").format(
                path=LEXICON_FILE, reason=str(exc)
            )
        ) from exc
    if not isinstance(data, dict) or "arabic" not in data or "english" not in data:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{path}: not an attribution lexicon (no 'arabic' and 'english' sections)").format(
                path=LEXICON_FILE
            )
        )
    return data


@lru_cache(maxsize=8)
def _load(extra_json: str) -> Lexicon:
    data = _read_file()
    if extra_json:
        extra = json.loads(extra_json)
        if not isinstance(extra, dict):
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "extra attribution words: expected a mapping like the lexicon file's")
            )
        data = _merge(data, extra)
    return Lexicon(_build_language(data["arabic"], arabic=True), _build_language(data["english"], arabic=False))


def load_lexicon(extra: Mapping[str, Any] | None = None) -> Lexicon:
    """The lexicon (read once, then cached), with ``extra`` words added to its lists."""
    return _load(json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else "")
