"""A reporting frame found in the text: its cue, mention and where its content starts or ends (internal)."""

from __future__ import annotations

from dataclasses import dataclass, field

from annotator.suggestions.lexicon import VerbForm

Span = tuple[int, int]


@dataclass
class Link:
    """An outer source in a chain: the outlet that carries the speaker ("نقلت وكالة رويترز عن ...")."""

    mention: Span | None
    """Token range of its mention."""
    cue: Span | None
    """Code point span of its cue."""
    source: str = ""
    kind: str = "other"


@dataclass
class Frame:
    """One attribution cue and what the rules learned around it.

    ``kind``: "pre" (the content follows: "قال X إن ..."), "post" (it precedes: "...، وفقا لـX") or
    "headline" ("X: Y").  Token indices are into :attr:`annotator.suggestions.document.Document.toks`.
    """

    lang: str
    kind: str
    cue: Span
    """Code point span of the cue."""
    first: int
    """First token of the cue."""
    last: int
    """Token after the cue."""
    clause: int
    """First token of the cue's clause (subject or connector included): a content before it ends there."""
    mention: Span | None
    content_from: int | None = None
    """pre: first token of the content."""
    content_to: int | None = None
    """post: token after the content (the clause start)."""
    verb: VerbForm | None = None
    score: float = 0.8
    outer: list[Link] = field(default_factory=list)
    passive: bool = False
    terminal: bool = True
    """post: nothing of the sentence follows the mention (the cue closes the content)."""
    clitic: bool = False
    """The mention's first word carries a preposition (للمصادر, لصحيفة): left out of the source's name."""
    content: Span | None = None
    """Code point span of the content, once resolved."""
    container: Frame | None = None
    """The frame whose content holds this one (a nested attribution: the outer speaker reports this source)."""
    dropped: bool = False
    """Merged into another frame (an outlet that became an outer link): not resolved, not suggested."""
    hidden: bool = False
    """Kept as another frame's outer link (its own content is reported by a nearer source): not suggested."""
    source: str = ""
    kind_of_source: str = "other"
    gender: str | None = None
    sentence_subject: str = ""
    """English participles ("..., saying"): the sentence's opening noun phrase, the likely speaker."""

    @property
    def anaphoric(self) -> bool:
        """True when the source must come from an earlier sentence (no mention, not a passive)."""
        return self.mention is None and not self.passive
