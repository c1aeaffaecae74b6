"""A project's own attribution words: reporting verbs, titles, outlet nouns... that the suggester's lexicon
(``resources/attribution_lexicon.json``) lacks, kept in the project (table ``attribution_word``) and given to
the suggester as ``extra_words`` (:func:`extra_words`) by :meth:`Project.suggestions`, the suggester's
agreement and ``annotator suggest --project``.

Each kind of word joins one list of the lexicon (:data:`KINDS`).  An Arabic verb is its third-person past
("ألمح"), optionally its present ("يلمح") and active participle ("ملمح"), each expanded to every form as the
lexicon's own verbs are (ألمحت، ألمحوا، تلمح، ملمحا...); an English verb is one form ("alleged"); any other
kind is a word or phrase.  Adding and removing are operations (undoable; their change records name the
entity ``word``), mixed into the facade by :class:`AttributionWordsProject`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

import annotator.project.values as values
from annotator.errors import InvalidValueError, NotFoundError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.project.exchanging import short
from annotator.storage.models import AttributionWord
from annotator.text.matching import fold

if TYPE_CHECKING:
    from annotator.storage.store import Store

KINDS = {
    "verb": "verbs",
    "title": "titles",
    "media": "media_nouns",
    "organization": "organization_nouns",
    "government": "government_nouns",
    "anonymous": "anonymous_heads",
    "document": "document_nouns",
    "outlet": "known_outlets",
    "post_cue": "post_leads",
}
"""Each kind of word, and the lexicon list it joins: reporting verbs; titles before a name (الرئيس); nouns of
outlets (وكالة), organisations, government bodies, anonymous sources (مصادر), documents (تقرير); outlets' own
names (رويترز); cues after a content (بحسب, according to)."""
LANGUAGES = ("arabic", "english")
VERB_FLAGS = ("post", "nominal", "about", "object", "chain", "adjacent", "documents", "documents_to")
"""What a verb may do besides introducing a content after it (the lexicon file's ``about`` explains each):
``post``: follow its content ("...، قال بوتين"); ``nominal``: report a noun phrase; and so on."""
LONGEST = 100
_ARABIC = range(0x0600, 0x0700)


def language_of(word: str) -> str:
    """``arabic`` when the word has an Arabic letter, else ``english``."""
    return "arabic" if any(ord(ch) in _ARABIC for ch in word) else "english"


def _word(value: Any, what: str, *, one_word: bool) -> str:
    clean = " ".join(values.text(value, what).split())
    if not clean or len(clean) > LONGEST or any(not ch.isprintable() for ch in clean):
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "{what} must be 1 to {longest} printable characters, not {value}").format(
                what=what, longest=LONGEST, value=repr(value)
            )
        )
    if one_word and " " in clean:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP(
                "Core", "{what} must be one word (a verb's forms are made from it), not “{value}”"
            ).format(what=what, value=clean)
        )
    return clean


def every(s: Session) -> list[AttributionWord]:
    """The project's words, by kind, then folded word."""
    return sorted(s.scalars(select(AttributionWord)), key=lambda w: (w.kind, fold(w.word)))


def add(
    s: Session,
    word: Any,
    kind: Any,
    language: Any,
    present: Any,
    participle: Any,
    flags: Iterable[Any],
    annotator: str | None,
) -> AttributionWord:
    """A new word, checked, added to ``s``."""
    values.one_of(kind, tuple(KINDS), QT_TRANSLATE_NOOP("Core", "kind of attribution word"))
    is_verb = kind == "verb"
    clean = _word(word, QT_TRANSLATE_NOOP("Core", "the word"), one_word=is_verb)
    named = QT_TRANSLATE_NOOP("Core", "language")
    lang = language_of(clean) if language is None else values.one_of(language, LANGUAGES, named)
    forms = {"present": present, "participle": participle}
    if not (is_verb and lang == "arabic") and any(v not in (None, "") for v in forms.values()):
        raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "only an Arabic verb has a present and a participle"))
    given = {
        k: _word(v, QT_TRANSLATE_NOOP("Core", "the verb's {form}").format(form=k), one_word=True) if v else None
        for k, v in forms.items()
    }
    if isinstance(flags, str) or not isinstance(flags, Iterable):
        raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "a verb's flags must be a list of words"))
    chosen = [values.one_of(f, VERB_FLAGS, QT_TRANSLATE_NOOP("Core", "verb flag")) for f in flags]
    if chosen and not is_verb:
        raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "only a verb has flags"))
    key = fold(clean)
    for other in s.scalars(select(AttributionWord).where(AttributionWord.kind == kind)):
        if other.language == lang and fold(other.word) == key:
            raise InvalidValueError(
                QT_TRANSLATE_NOOP("Core", "the project already has the word “{word}” ({kind})").format(
                    word=other.word, kind=kind
                )
            )
    row = AttributionWord(
        language=lang,
        kind=kind,
        word=clean,
        present=given["present"],
        participle=given["participle"],
        flags=" ".join(dict.fromkeys(chosen)),
        annotator=annotator,
    )
    s.add(row)
    s.flush()
    return row


def remove(s: Session, word_id: Any) -> AttributionWord:
    """Delete one of the project's words; returns it."""
    found = s.get(AttributionWord, values.whole(word_id, QT_TRANSLATE_NOOP("Core", "word id")))
    if found is None:
        raise NotFoundError(QT_TRANSLATE_NOOP("Core", "there is no attribution word with id {id}").format(id=word_id))
    s.delete(found)
    s.flush()
    return found


def extra_words(s: Session) -> dict[str, Any]:
    """The project's words in the shape of the lexicon file, for ``suggest_attributions(extra_words=...)``."""
    out: dict[str, dict[str, list[Any]]] = {}
    for row in every(s):
        lists = out.setdefault(row.language, {})
        entry: Any = row.word
        if row.kind == "verb" and row.language == "arabic":
            forms = (("present", row.present), ("participle", row.participle))
            entry = {"past": row.word} | {k: v for k, v in forms if v}
        elif row.kind == "verb":
            entry = {"forms": [row.word]}
        elif row.kind == "post_cue":
            entry = {"words": row.word.split()}
        if row.kind == "verb" and row.flag_list:
            entry["flags"] = row.flag_list
        lists.setdefault(KINDS[row.kind], []).append(entry)
    return out


class AttributionWordsProject:
    """The project's attribution words, read and changed (mixed into the facade)."""

    _store: Store
    annotator: str | None

    def attribution_words(self) -> list[AttributionWord]:
        """The words this project adds to the suggester's lexicon, by kind and word."""
        with self._store.read() as s:
            return every(s)

    def attribution_lexicon(self) -> dict[str, Any]:
        """The project's words in the shape of the lexicon file (``suggest_attributions(extra_words=...)``)."""
        with self._store.read() as s:
            return extra_words(s)

    def add_attribution_word(
        self,
        word: str,
        kind: str = "verb",
        *,
        language: str | None = None,
        present: str | None = None,
        participle: str | None = None,
        flags: Iterable[str] = (),
    ) -> AttributionWord:
        """Add a word to the project's lexicon (:data:`KINDS`; the language from its letters unless given)."""
        with self._store.operation(f"Add attribution word “{short(str(word))}”") as s:
            return add(s, word, kind, language, present, participle, flags, self.annotator)

    def remove_attribution_word(self, word_id: int) -> None:
        """Remove one of the project's words."""
        with self._store.operation("Remove attribution word") as s:
            gone = remove(s, word_id)
            self._store.rename("Remove attribution word", f"Remove attribution word “{short(gone.word)}”")
