"""The stored data: typed SQLAlchemy 2 models of articles, sources, claims and attributions.

Offsets (``start``/``end`` and the optional mention and cue spans) are
half-open code point indices into :attr:`Article.text`.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Literal, get_args

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from annotator.storage.claim_defaults import annotator_of_claim, article_of_claim, curation_of_claim

SourceKind = Literal["person", "organization", "media", "government", "document", "anonymous", "other"]
QuoteType = Literal["direct", "indirect", "mixed", "unmarked"]
ArticleStatus = Literal["todo", "in_progress", "done"]
ClaimOrigin = Literal["manual", "suggested", "suggested_edited"]

SOURCE_KINDS: tuple[str, ...] = get_args(SourceKind)
QUOTE_TYPES: tuple[str, ...] = get_args(QuoteType)
ARTICLE_STATUSES: tuple[str, ...] = get_args(ArticleStatus)
CLAIM_ORIGINS: tuple[str, ...] = get_args(ClaimOrigin)

# Named constraints keep later schema migrations (batch mode on SQLite) predictable.
NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    """The current time in UTC, as stored in the project."""
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    """Declarative base with named constraints."""

    metadata = MetaData(naming_convention=NAMING)


class Article(Base):
    """One imported news article; its ``text`` is never changed after import."""

    __tablename__ = "article"

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str | None] = mapped_column(String(1000))
    outlet: Mapped[str | None] = mapped_column(String(300))
    url: Mapped[str | None] = mapped_column(String(2000))
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str | None] = mapped_column(String(20))
    direction: Mapped[str] = mapped_column(String(3), default="rtl")
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    imported_from: Mapped[str | None] = mapped_column(String(4000))
    imported_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    encoding: Mapped[str | None] = mapped_column(String(40))
    status: Mapped[str] = mapped_column(String(20), default="todo")
    # Schema 7 (issue 17): a shared row's version, raised by every change, and who changed it last; an edit
    # made on an older version is refused (ChangedMeanwhileError), so nothing another client changed is overwritten.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(200))

    claims: Mapped[list[Claim]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True, lazy="raise"
    )

    __table_args__ = (
        CheckConstraint("direction IN ('rtl', 'ltr')", name="direction"),
        CheckConstraint("status IN ('todo', 'in_progress', 'done')", name="status"),
        # Schema 9 (issue 18): what the Overview's counts read of an article, without its text.
        Index("ix_article_facets", "id", "status", "published", "outlet"),
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read by SQLAlchemy, never changed)

    def __repr__(self) -> str:
        return f"Article(id={self.id!r}, title={self.title!r})"


class Source(Base):
    """Who a claim is attributed to: a person, an outlet, an agency..."""

    __tablename__ = "source"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20), default="other")
    aliases: Mapped[list[str]] = mapped_column(JSON, default=list)
    colour: Mapped[str] = mapped_column(String(9))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Schema 7: as an article's.
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    changed_by: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        CheckConstraint(
            "kind IN ('person', 'organization', 'media', 'government', 'document', 'anonymous', 'other')",
            name="kind",
        ),
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read by SQLAlchemy, never changed)

    def __repr__(self) -> str:
        return f"Source(id={self.id!r}, name={self.name!r}, kind={self.kind!r})"


claim_label = Table(
    "claim_label",
    Base.metadata,
    Column("claim_id", ForeignKey("claim.id", ondelete="CASCADE"), primary_key=True),
    Column("label_id", ForeignKey("label.id", ondelete="CASCADE"), primary_key=True),
    # Schema 10 (issue 18): the claim's article, annotator and curation, copied as on its links (below).
    Column("article_id", Integer, nullable=False, default=article_of_claim),
    Column("claim_annotator", String(200), default=annotator_of_claim),
    Column("claim_curated", Boolean, nullable=False, server_default="0", default=curation_of_claim),
    Index("ix_claim_label_label_claim", "label_id", "claim_id"),  # schema 5: a label's claims, newest first
    # Schema 10: the labels of one annotator's, of curated, and of some articles' claims (the Overview's filters).
    Index("ix_claim_label_annotator", "claim_annotator", "label_id", "claim_id", "claim_curated"),
    Index("ix_claim_label_curated", "claim_curated", "label_id", "claim_id", "claim_annotator"),
    Index("ix_claim_label_article", "article_id", "label_id", "claim_id"),
)


class Label(Base):
    """A user-defined label for claims ("verifiable", "opinion", "statistic"...), with its colour."""

    __tablename__ = "label"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    colour: Mapped[str] = mapped_column(String(9))
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")  # schema 8: as an article's
    changed_by: Mapped[str | None] = mapped_column(String(200))

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 (read by SQLAlchemy, never changed)

    def __repr__(self) -> str:
        return f"Label(id={self.id!r}, name={self.name!r})"


class Claim(Base):
    """A highlighted span of an article: the content of reported speech."""

    __tablename__ = "claim"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    quote_type: Mapped[str] = mapped_column(String(10), default="unmarked")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Who marked the claim (schema 2); None for claims made before annotators were recorded.
    annotator: Mapped[str | None] = mapped_column(String(200), index=True)
    # Accepted by an adjudicator as the final version (schema 4).
    curated: Mapped[bool] = mapped_column(Boolean, default=False, server_default="0")
    # Where the claim came from (schema 6): marked by hand, or a suggestion accepted unchanged or then edited.
    origin: Mapped[str] = mapped_column(String(20), default="manual", server_default="manual")

    article: Mapped[Article] = relationship(back_populates="claims", lazy="raise")
    attributions: Mapped[list[Attribution]] = relationship(
        back_populates="claim",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="Attribution.position",
        lazy="selectin",
    )
    labels: Mapped[list[Label]] = relationship(secondary=claim_label, order_by="Label.name", lazy="selectin")

    __table_args__ = (
        CheckConstraint('start >= 0 AND start < "end"', name="span"),
        CheckConstraint("quote_type IN ('direct', 'indirect', 'mixed', 'unmarked')", name="quote_type"),
        Index("ix_claim_article_start", "article_id", "start"),
        # Schema 7 (issue 18): the Overview's counts read claims through this index, never the rows with their text.
        Index("ix_claim_facets", "article_id", "quote_type", "annotator", "curated", "created_at"),
        # Schema 9: the same for one annotator's claims, in article order (the Overview's filter by annotator).
        Index("ix_claim_annotator_facets", "annotator", "article_id", "quote_type", "curated", "created_at"),
        # Schema 10: and for the curated claims.
        Index("ix_claim_curated_facets", "curated", "article_id", "quote_type", "annotator", "created_at"),
    )

    @property
    def label_ids(self) -> list[int]:
        """Ids of the claim's labels, by label name."""
        return [label.id for label in self.labels]

    @property
    def source_ids(self) -> list[int]:
        """Ids of the attributed sources, in chain order (first = primary)."""
        return [a.source_id for a in self.attributions]

    def __repr__(self) -> str:
        return f"Claim(id={self.id!r}, article_id={self.article_id!r}, start={self.start!r}, end={self.end!r})"


class Attribution(Base):
    """Links a claim to one source at a position in its attribution chain.

    Position 0 is the source the claim is attributed to first ("The Hill
    reports Putin said": The Hill 0, Putin 1).  The optional mention and cue
    spans mark where the text names the source and the reporting cue.
    """

    __tablename__ = "attribution"

    id: Mapped[int] = mapped_column(primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id", ondelete="CASCADE"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id", ondelete="RESTRICT"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    mention_start: Mapped[int | None] = mapped_column(Integer)
    mention_end: Mapped[int | None] = mapped_column(Integer)
    cue_start: Mapped[int | None] = mapped_column(Integer)
    cue_end: Mapped[int | None] = mapped_column(Integer)
    # Who put this source in the claim's chain (schema 4): the claim's annotator, or an adjudicator who edited it.
    annotator: Mapped[str | None] = mapped_column(String(200))
    # Schema 9 (issue 18): the claim's article, copied when the link is written (a claim never changes article),
    # so the Overview counts links per article and outlet without walking every claim.
    article_id: Mapped[int] = mapped_column(Integer, default=article_of_claim)
    # Schema 10: who marked the claim and whether it is curated, copied the same way (a claim's annotator never
    # changes; its curation is copied again when it changes), for the Overview's filters by annotator and curation.
    claim_annotator: Mapped[str | None] = mapped_column(String(200), default=annotator_of_claim)
    claim_curated: Mapped[bool] = mapped_column(Boolean, default=curation_of_claim, server_default="0")

    claim: Mapped[Claim] = relationship(back_populates="attributions", lazy="raise")
    source: Mapped[Source] = relationship(lazy="raise")

    __table_args__ = (
        UniqueConstraint("claim_id", "position", name="uq_attribution_claim_position"),
        Index("ix_attribution_source_claim", "source_id", "claim_id"),  # schema 5: a source's claims, newest first
        Index("ix_attribution_position", "position", "claim_id", "source_id"),  # schema 7: the relays of chains
        # Schema 9: a claim's sources without the rows (in chain order since schema 10: the network's relays),
        # and an article's links by source (the Overview's counts; schema 10 added the claims and positions, so
        # the Overview's filters by article need no row either).
        Index("ix_attribution_claim_source", "claim_id", "position", "source_id"),
        Index("ix_attribution_article_source", "article_id", "source_id", "claim_id", "position"),
        # Schema 10: the same for the links of one annotator's claims and of curated claims (the Overview's filters).
        Index(
            "ix_attribution_annotator_facets",
            *("claim_annotator", "article_id", "source_id", "claim_id", "position", "claim_curated"),
        ),
        Index(
            "ix_attribution_curated_facets",
            *("claim_curated", "article_id", "source_id", "claim_id", "position", "claim_annotator"),
        ),
        CheckConstraint(
            "(mention_start IS NULL) = (mention_end IS NULL) AND "
            "(mention_start IS NULL OR (mention_start >= 0 AND mention_start < mention_end))",
            name="mention_span",
        ),
        CheckConstraint(
            "(cue_start IS NULL) = (cue_end IS NULL) AND "
            "(cue_start IS NULL OR (cue_start >= 0 AND cue_start < cue_end))",
            name="cue_span",
        ),
    )


class RejectedSuggestion(Base):
    """A suggested attribution the annotator rejected (schema 6): it is not suggested again for this article."""

    __tablename__ = "rejected_suggestion"

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), index=True)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    source: Mapped[str | None] = mapped_column(String(300))
    annotator: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class AttributionWord(Base):
    """A word the project adds to the suggester's lexicon (schema 11): a reporting verb, a title, an outlet noun...

    ``kind`` names the lexicon list it joins (see :mod:`annotator.project.attribution_words`); a verb may give
    its present and participle (Arabic) and flags such as ``post`` (it may follow its content).
    """

    __tablename__ = "attribution_word"

    id: Mapped[int] = mapped_column(primary_key=True)
    language: Mapped[str] = mapped_column(String(10))
    kind: Mapped[str] = mapped_column(String(20))
    word: Mapped[str] = mapped_column(String(100))
    present: Mapped[str | None] = mapped_column(String(100))
    participle: Mapped[str | None] = mapped_column(String(100))
    flags: Mapped[str] = mapped_column(String(200), default="", server_default="")
    """Space-separated verb flags."""
    annotator: Mapped[str | None] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    __table_args__ = (
        CheckConstraint("language IN ('arabic', 'english')", name="language"),
        UniqueConstraint("language", "kind", "word"),
    )

    @property
    def flag_list(self) -> list[str]:
        """The verb flags, in the order given."""
        return self.flags.split()

    def __repr__(self) -> str:
        return f"AttributionWord(id={self.id!r}, kind={self.kind!r}, word={self.word!r})"


class HighlightSession(Base):
    """One annotator's sitting at the project (schema 4): from start to end, or to the last action after a crash."""

    __tablename__ = "highlight_session"

    id: Mapped[int] = mapped_column(primary_key=True)
    annotator: Mapped[str | None] = mapped_column(String(200), index=True)
    started_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    last_action_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # None while the session runs, and after a crash (then the end is last_action_at).
    ended_at: Mapped[datetime | None] = mapped_column(DateTime)


class SessionArticle(Base):
    """An article worked on in a session, with the seconds spent on it."""

    __tablename__ = "session_article"

    session_id: Mapped[int] = mapped_column(ForeignKey("highlight_session.id", ondelete="CASCADE"), primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("article.id", ondelete="CASCADE"), primary_key=True, index=True)
    seconds: Mapped[float] = mapped_column(Float, default=0.0)
    first_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


# Schema 5 (issue 7): the project-wide claim search.  What these tables hold and how they are kept in step
# is in annotator/storage/claim_search.py, which also creates the full-text index and triggers that go with them.
claim_search = Table(
    "claim_search",
    Base.metadata,
    Column("claim_id", Integer, primary_key=True),  # no foreign key: a trigger on claim deletes the row
    Column("folded", Text, nullable=False),
)
claim_search_pending = Table(
    "claim_search_pending",
    Base.metadata,
    Column("claim_id", Integer, primary_key=True),
)
claim_search_state = Table(
    "claim_search_state",
    Base.metadata,
    Column("id", Integer, primary_key=True),
    Column("fold_version", Integer, nullable=False),
)
