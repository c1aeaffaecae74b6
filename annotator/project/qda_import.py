"""Importing a REFI-QDA project (``.qdpx``): a preview of what would come in, and applying it in one operation.

Articles already in the project (the same stored text) take the file's claims; the others are added with
their variables as metadata.  Sources and labels are made by the rules of :mod:`annotator.project.names`
(matched by folded name first).  Claims keep their annotators apart, as the W3C import does: each claim is
its coder's, each link of its chain the coder of that coding; a claim already present (same span, chain and
annotator) is reported as a duplicate and skipped.  A claim keeps the origin a Nisba file's ``Origin`` code
gives it (a suggestion accepted, unchanged or edited); any other claim was marked by hand.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

import annotator.project.articles as articles
import annotator.project.names as names
from annotator.errors import InvalidValueError
from annotator.exchange.qda_plan import ClaimDraft, Plan, SourcePlan, SourceSpec, plan, role_name
from annotator.exchange.qdpx_contents import QdaFile
from annotator.importers.text_file import text_hash
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import SOURCE_KINDS, Article, Attribution, Claim, Label, Source, claim_label, utcnow
from annotator.text.matching import fold
from annotator.text.palette import is_colour

_METADATA = {"title", "outlet", "url", "published", "date", "language", "direction", "status"}


@dataclass(frozen=True)
class ArticlePreview:
    """One text source of the file, as it would come in."""

    name: str
    characters: int
    claims: int
    existing_id: int | None
    reading: str
    evidence: str
    proven: bool


@dataclass(frozen=True)
class CodePreview:
    """One code that would become a source, a label or a quote type."""

    name: str
    folder: str
    becomes: str
    exists: bool


@dataclass
class QdaPreview:
    """What importing a ``.qdpx`` would bring in; nothing is stored."""

    path: str
    origin: str
    from_nisba: bool
    folders: dict[str, str]
    articles: list[ArticlePreview]
    codes: list[CodePreview]
    unplaced: list[str]
    skipped: list[str]

    def lines(self) -> list[str]:
        """A human summary, one line per fact."""
        out: list[str] = [
            QT_TRANSLATE_NOOP("Core", "{path}: written by {tool}").format(
                path=self.path, tool=self.origin or QT_TRANSLATE_NOOP("Core", "an unnamed tool")
            )
        ]
        for a in self.articles:
            where = (
                QT_TRANSLATE_NOOP("Core", "already in the project (article {id})").format(id=a.existing_id)
                if a.existing_id
                else QT_TRANSLATE_NOOP("Core", "new")
            )
            out.append(
                QT_TRANSLATE_NOOP(
                    "Core", "article “{name}”: {count} claim(s), {where}; positions read as {reading}"
                ).format(name=a.name, count=a.claims, where=where, reading=a.reading)
            )
            if not a.proven:
                out.append(QT_TRANSLATE_NOOP("Core", "  not proven: {evidence}").format(evidence=a.evidence))
        for folder, role in self.folders.items():
            out.append(
                QT_TRANSLATE_NOOP("Core", "folder “{folder}” becomes {role}").format(
                    folder=folder, role=role_name(role)
                )
            )
        out += [QT_TRANSLATE_NOOP("Core", "not placed: {what}").format(what=line) for line in self.unplaced]
        out += [QT_TRANSLATE_NOOP("Core", "not read: {what}").format(what=line) for line in self.skipped]
        return out


@dataclass
class ProjectImportReport:
    """What an import of a ``.qdpx`` did."""

    articles_added: list[str] = field(default_factory=list)
    articles_matched: list[str] = field(default_factory=list)
    claims_added: int = 0
    duplicates: list[str] = field(default_factory=list)
    sources_created: list[str] = field(default_factory=list)
    labels_created: list[str] = field(default_factory=list)
    readings: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """A human summary, one line per fact."""
        out: list[str] = [
            QT_TRANSLATE_NOOP("Core", "{claims} claim(s) added, {articles} new article(s)").format(
                claims=self.claims_added, articles=len(self.articles_added)
            )
        ]
        out += [QT_TRANSLATE_NOOP("Core", "article already here: {what}").format(what=a) for a in self.articles_matched]
        if self.sources_created:
            out.append(
                QT_TRANSLATE_NOOP("Core", "{count} new source(s): {names}").format(
                    count=len(self.sources_created), names=", ".join(self.sources_created)
                )
            )
        if self.labels_created:
            out.append(
                QT_TRANSLATE_NOOP("Core", "{count} new label(s): {names}").format(
                    count=len(self.labels_created), names=", ".join(self.labels_created)
                )
            )
        out += self.readings
        out += [QT_TRANSLATE_NOOP("Core", "duplicate, skipped: {what}").format(what=d) for d in self.duplicates]
        out += [QT_TRANSLATE_NOOP("Core", "not placed: {what}").format(what=u) for u in self.unplaced]
        out += self.notes
        return out


def preview(s: Session, file: QdaFile, mapping: Mapping[str, str] | None = None) -> QdaPreview:
    """What importing ``file`` (with ``mapping`` of top-level folders to roles) would bring in."""
    planned = plan(file, mapping)
    known_sources = {fold(x.name) for x in s.scalars(select(Source))}
    known_labels = {fold(x.name) for x in s.scalars(select(Label))}
    codes = []
    for meaning in planned.meanings.values():
        folder = meaning.code.folders[0] if meaning.code.folders else meaning.code.name
        if meaning.source is not None:
            known = fold(meaning.source.name) in known_sources
            codes.append(CodePreview(meaning.source.name, folder, QT_TRANSLATE_NOOP("Core", "source"), known))
        elif meaning.label is not None:
            known = fold(meaning.label) in known_labels
            codes.append(CodePreview(meaning.label, folder, QT_TRANSLATE_NOOP("Core", "label"), known))
        elif meaning.quote_type is not None:
            becomes = QT_TRANSLATE_NOOP("Core", "quote type {quote_type}").format(quote_type=meaning.quote_type)
            codes.append(CodePreview(meaning.code.name, folder, becomes, True))
    return QdaPreview(
        str(file.path),
        file.origin,
        file.from_nisba,
        planned.folders,
        [_article_preview(s, p) for p in planned.sources],
        codes,
        planned.unplaced,
        list(file.skipped),
    )


def _article_preview(s: Session, planned: SourcePlan) -> ArticlePreview:
    text = planned.placement.text
    return ArticlePreview(
        planned.source.name or QT_TRANSLATE_NOOP("Core", "(untitled)"),
        len(text),
        len(planned.claims),
        articles.id_by_hash(s, text_hash(text)),
        planned.placement.reading.describe(planned.source),
        planned.placement.evidence,
        planned.placement.proven,
    )


class _Registry:
    """The project's sources and labels by folded name, made on first use by the rules of :mod:`.names`."""

    def __init__(self, s: Session, report: ProjectImportReport) -> None:
        self.s, self.report = s, report
        self.sources = {fold(x.name): x for x in s.scalars(select(Source))}
        self.labels = {fold(x.name): x for x in s.scalars(select(Label))}

    def source(self, spec: SourceSpec) -> Source:
        key = fold(spec.name)
        if key not in self.sources:
            kind = spec.kind if spec.kind in SOURCE_KINDS else "other"
            colour = spec.colour.lower() if spec.colour and is_colour(spec.colour.lower()) else None
            self.sources[key] = names.new_source(self.s, spec.name, kind, spec.aliases, colour)
            self.report.sources_created.append(self.sources[key].name)
        return self.sources[key]

    def label(self, name: str, colour: str | None = None) -> Label:
        key = fold(name)
        if key not in self.labels:
            valid = colour.lower() if colour and is_colour(colour.lower()) else None
            self.labels[key] = names.new_label(self.s, name, valid)
            self.report.labels_created.append(self.labels[key].name)
        return self.labels[key]


def apply(s: Session, file: QdaFile, mapping: Mapping[str, str] | None = None) -> ProjectImportReport:
    """Import ``file`` in ``s`` (the caller's one operation: all of it, or nothing)."""
    planned = plan(file, mapping)
    report = ProjectImportReport(
        unplaced=list(planned.unplaced),
        notes=[QT_TRANSLATE_NOOP("Core", "not read: {what}").format(what=x) for x in file.skipped],
    )
    registry = _Registry(s, report)
    _registry_codes(planned, registry)
    for source_plan in planned.sources:
        article = _article(s, file, source_plan, report)
        if article is None:
            continue
        existing = _signatures(s, article.id)
        new = []
        for draft in source_plan.claims:
            signature = (draft.start, draft.end, tuple(fold(spec.name) for spec, _ in draft.chain), draft.annotator)
            if signature in existing:
                report.duplicates.append(f"“{source_plan.placement.text[draft.start : draft.end][:40]}”")
                continue
            existing.add(signature)
            new.append(draft)
        _insert_claims(s, article, new, registry)
        added = len(new)
        report.claims_added += added
        if added and article.status == "todo" and "status" not in _variables(source_plan):
            article.status = "in_progress"
    s.flush()
    return report


def _registry_codes(planned: Plan, registry: _Registry) -> None:
    """A file in Nisba's layout brings its whole registry (unused sources and labels too), in the file's order."""
    if not planned.file.nisba_layout:
        return
    for meaning in planned.meanings.values():
        if meaning.source is not None:
            registry.source(meaning.source)
        elif meaning.label is not None:
            registry.label(meaning.label, meaning.code.colour)


def _variables(planned: SourcePlan) -> dict[str, str]:
    return {k.casefold(): v for k, v in planned.source.variables.items() if k.casefold() in _METADATA}


def _article(s: Session, file: QdaFile, planned: SourcePlan, report: ProjectImportReport) -> Article | None:
    text = planned.placement.text
    name = planned.source.name or QT_TRANSLATE_NOOP("Core", "(untitled)")
    reading = planned.placement.reading.describe(planned.source)
    report.readings.append(
        QT_TRANSLATE_NOOP("Core", "article “{name}”: positions read as {reading} ({evidence})").format(
            name=name, reading=reading, evidence=planned.placement.evidence
        )
    )
    found = articles.id_by_hash(s, text_hash(text))
    if found is not None:
        report.articles_matched.append(QT_TRANSLATE_NOOP("Core", "“{name}” (article {id})").format(name=name, id=found))
        return articles.get(s, found)
    if not text.strip():
        report.unplaced.append(
            QT_TRANSLATE_NOOP("Core", "article “{name}”: its text is empty; not imported").format(name=name)
        )
        return None
    meta = _variables(planned)
    published: date | str | None = meta.get("published") or meta.get("date")
    direction = meta.get("direction") if meta.get("direction") in ("rtl", "ltr") else None
    title = meta.get("title") or (None if file.nisba_layout else planned.source.name or None)
    try:
        article = articles.add(
            s,
            text,
            title=title,
            outlet=meta.get("outlet"),
            url=meta.get("url"),
            published=published,
            language=meta.get("language"),
            direction=direction,
            imported_from=f"{file.path.resolve()} ({planned.source.entry})",
        )
    except InvalidValueError as exc:  # a published value that is no date: the article comes in without it
        report.notes.append(
            QT_TRANSLATE_NOOP("Core", "article “{name}”: {reason}; kept without its published date").format(
                name=name, reason=exc.args[0] if len(exc.args) == 1 else str(exc)
            )
        )
        article = articles.add(
            s,
            text,
            title=title,
            outlet=meta.get("outlet"),
            url=meta.get("url"),
            language=meta.get("language"),
            direction=direction,
            imported_from=f"{file.path.resolve()} ({planned.source.entry})",
        )
    if meta.get("status") in ("todo", "in_progress", "done"):
        article.status = meta["status"]
    ignored = sorted(k for k in planned.source.variables if k.casefold() not in _METADATA)
    if ignored:
        report.notes.append(
            QT_TRANSLATE_NOOP("Core", "article “{name}”: variables not kept: {names}").format(
                name=name, names=", ".join(ignored)
            )
        )
    report.articles_added.append(QT_TRANSLATE_NOOP("Core", "“{name}” (article {id})").format(name=name, id=article.id))
    return article


def _signatures(s: Session, article_id: int) -> set[tuple[int, int, tuple[str, ...], str | None]]:
    names_by_id = {x.id: fold(x.name) for x in s.scalars(select(Source))}
    return {
        (c.start, c.end, tuple(names_by_id.get(a.source_id, "") for a in c.attributions), c.annotator)
        for c in s.scalars(select(Claim).where(Claim.article_id == article_id))
    }


def _insert_claims(s: Session, article: Article, drafts: list[ClaimDraft], registry: _Registry) -> None:
    """Store an article's new claims with their chains and labels (rows at once: an import is large)."""
    if not drafts:
        return
    rows = []
    for draft in drafts:
        created = draft.created or utcnow()
        rows.append(
            {
                "article_id": article.id,
                "start": draft.start,
                "end": draft.end,
                "text": article.text[draft.start : draft.end],
                "quote_type": draft.quote_type,
                "note": draft.note,
                "created_at": created,
                "updated_at": draft.modified or created,
                "annotator": draft.annotator,
                "curated": draft.curated,
                "origin": draft.origin,
            }
        )
    ids = s.scalars(insert(Claim).returning(Claim.id, sort_by_parameter_order=True), rows).all()
    links, tags = [], []
    for claim_id, draft in zip(ids, drafts, strict=True):
        for position, (spec, by) in enumerate(draft.chain):
            link: dict[str, object] = {
                "claim_id": claim_id,
                "article_id": article.id,
                "source_id": registry.source(spec).id,
                "position": position,
                "annotator": by or draft.annotator,
            }
            for part in ("mention", "cue"):
                span = draft.parts.get((fold(spec.name), part))
                link[f"{part}_start"], link[f"{part}_end"] = span if span is not None else (None, None)
            links.append(link)
        tags += [{"claim_id": claim_id, "label_id": registry.label(n, c).id} for n, c in dict.fromkeys(draft.labels)]
    if links:
        s.execute(insert(Attribution), links)
    if tags:
        s.execute(insert(claim_label), tags)
