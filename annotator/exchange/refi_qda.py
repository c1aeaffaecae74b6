"""REFI-QDA project export (``.qdpx``): the exchange format of QualCoder, MAXQDA, NVivo and ATLAS.ti.

A ``.qdpx`` is a zip of ``project.qde`` (XML in the QDA-XML 1.0 project schema, elements in its order) and
``sources/<guid>.txt``, each article's text as stored (UTF-8 without BOM, LF), named in ``plainTextPath``.
The mapping (see :mod:`.qda_codebook` for the names):

- each article a ``TextSource`` named by its title, its metadata as ``Variables``;
- each source a code under ``Sources`` / its kind's folder, colour kept, kind and aliases in its Description;
  quote types, labels, mention/cue markers, curation and origin as codes in their own folders;
- each claim a ``PlainTextSelection`` named by its text, its note as Description, coded with its quote type,
  then its attribution chain in order, then its labels (and ``Accepted as final`` if curated, ``Suggested`` or
  ``Suggested, edited`` if it came from a suggestion), by its
  annotator (``creatingUser``; each source link's coding by who added that source);
- each mention and cue its own selection, coded with its source and ``Source mention`` / ``Reporting cue``,
  and linked to its claim (``Links``).

Positions are code points from 0, end exclusive (REFI-QDA 1.5, section 10.2), as Nisba stores them.  GUIDs
are name-based (:mod:`.identity`): exporting the same project twice writes the same bytes.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from uuid import UUID

from sqlalchemy import select

import annotator.exchange.qda_codebook as book
from annotator.errors import ExportCancelledError
from annotator.exchange.identity import article_uuid, claim_uuid, project_identity, utc_text, within
from annotator.exchange.qde_xml import XmlWriter
from annotator.exports.data import ArticleInfo, ClaimRecord, ExportReader
from annotator.exports.files import ExportSummary, Progress, atomic_target
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import QUOTE_TYPES, SOURCE_KINDS, Article, Attribution, Claim, Label

ZIP_TIME = (1980, 1, 1, 0, 0, 0)
"""Every zip entry's time: the same project gives the same file."""
_PART_OF_CLAIM = {
    "mention": QT_TRANSLATE_NOOP("Core", "claim {id}'s mention"),
    "cue": QT_TRANSLATE_NOOP("Core", "claim {id}'s cue"),
}
"""A claim's mention or cue, as an export note names it."""


@dataclass
class _Codes:
    """The GUIDs of the code book's codes, by what they stand for."""

    sources: dict[int, str] = field(default_factory=dict)
    labels: dict[str, str] = field(default_factory=dict)
    quote_types: dict[str, str] = field(default_factory=dict)
    mention: str = ""
    cue: str = ""
    curated: str = ""
    origins: dict[str, str] = field(default_factory=dict)


@dataclass
class _Export:
    """What one export writes, and what it has noticed on the way."""

    reader: ExportReader
    project: UUID
    xml: XmlWriter
    target: str
    users: dict[str, str] = field(default_factory=dict)
    codes: _Codes = field(default_factory=_Codes)
    links: list[tuple[str, str, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def guid(self, what: str) -> str:
        return str(within(self.project, what))

    def safe(self, text: str, where: str) -> str:
        clean, changed = book.xml_safe(text)
        if changed:
            self.notes.append(
                QT_TRANSLATE_NOOP(
                    "Core", "{what} has characters XML cannot hold; they show as � in the .qde file"
                ).format(what=where)
            )
        return clean


def write_qdpx(target: Path, reader: ExportReader, progress: Progress | None = None) -> ExportSummary:
    """Write the exported articles and claims as a REFI-QDA project to ``target`` atomically."""
    summary = ExportSummary(target, articles=len(reader.articles), sources=len(reader.sources))
    with atomic_target(target) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        with archive.open(_entry("project.qde"), "w") as out:
            export = _Export(reader, project_identity(reader.session), XmlWriter(out), str(target))
            summary.claims = _write_project(export, target.stem, progress)
            export.xml.flush()
        for article in reader.articles:
            text = reader.session.scalar(select(Article.text).where(Article.id == article.id)) or ""
            archive.writestr(_entry(f"sources/{_article_guid(article)}.txt"), text.encode("utf-8"))
    summary.notes.extend(export.notes)
    return summary


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("nisba")
    except PackageNotFoundError:  # run from a source tree that was not installed
        return "(unknown version)"


def _entry(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, ZIP_TIME)
    info.compress_type = zipfile.ZIP_DEFLATED
    info.external_attr = 0o644 << 16
    return info


def _article_guid(article: ArticleInfo) -> str:
    return str(article_uuid(article.text_hash, article.imported_at))


def _write_project(export: _Export, name: str, progress: Progress | None) -> int:
    reader, xml = export.reader, export.xml
    first = reader.session.execute(select(Article.imported_at).order_by(Article.id).limit(1)).scalar()
    xml.open(
        "Project",
        xmlns=book.NAMESPACE,
        name=export.safe(name, QT_TRANSLATE_NOOP("Core", "the project's name")),
        origin=f"{book.ORIGIN_PREFIX} {_version()}",
        creationDateTime=utc_text(first) if first else None,
    )
    _write_users(export)
    _write_codebook(export)
    xml.open("Variables")
    for variable, kind in book.VARIABLES:
        xml.leaf("Variable", guid=export.guid(f"variable:{variable}"), name=variable, typeOfVariable=kind)
    xml.close("Variables")
    written = _write_sources(export, progress)
    if export.links:
        xml.open("Links")
        for guid, origin, target in export.links:
            xml.leaf("Link", guid=guid, name=book.PART_LINK, direction="OneWay", originGUID=origin, targetGUID=target)
        xml.close("Links")
    xml.text("Description", PROJECT_NOTE)
    xml.close("Project")
    return written


PROJECT_NOTE = (
    "Exported from Nisba (claims and their sources in news articles). Each claim is a coded text selection: "
    "its quote type, then its attribution chain in order, then its labels; its note is the selection's "
    "description. Source mentions and reporting cues are their own selections, coded with their source and "
    "linked to their claim. A claim that came from a suggested attribution is also coded Suggested (accepted "
    "unchanged) or Suggested, edited. Positions count Unicode code points; the texts are UTF-8 without BOM, LF "
    "line ends."
)


def _write_users(export: _Export) -> None:
    session = export.reader.session
    names = {n for n in session.scalars(select(Claim.annotator).distinct()) if n}
    names |= {n for n in session.scalars(select(Attribution.annotator).distinct()) if n}
    if not names:
        return
    export.xml.open("Users")
    for name in sorted(names):
        export.users[name] = export.guid(f"user:{name}")
        export.xml.leaf(
            "User",
            guid=export.users[name],
            name=export.safe(name, QT_TRANSLATE_NOOP("Core", "the annotator {name}").format(name=repr(name))),
        )
    export.xml.close("Users")


def _write_codebook(export: _Export) -> None:
    xml, codes = export.xml, export.codes
    taken = book.reserved_names()

    def folder(name: str) -> None:
        xml.open("Code", guid=export.guid(f"folder:{name}"), name=name, isCodable="false")
        if name in book.FOLDER_NOTES:
            xml.text("Description", book.FOLDER_NOTES[name])

    xml.open("CodeBook")
    xml.open("Codes")
    folder(book.SOURCES_FOLDER)
    by_kind = sorted(export.reader.sources.values(), key=lambda s: (SOURCE_KINDS.index(s.kind), s.name.casefold()))
    for kind in SOURCE_KINDS:
        of_kind = [s for s in by_kind if s.kind == kind]
        if not of_kind:
            continue
        folder(book.KIND_FOLDERS[kind])
        for source in of_kind:
            codes.sources[source.id] = export.guid(f"source:{source.id}")
            code_name = book.unique_name(
                export.safe(source.name, QT_TRANSLATE_NOOP("Core", "the source {id}").format(id=source.id)),
                "source",
                taken,
            )
            xml.open("Code", guid=codes.sources[source.id], name=code_name, isCodable="true", color=source.colour)
            xml.text(
                "Description",
                export.safe(
                    book.source_description(source.name, code_name, kind, source.aliases),
                    QT_TRANSLATE_NOOP("Core", "the source {name}").format(name=repr(source.name)),
                ),
            )
            xml.close("Code")
        xml.close("Code")
    xml.close("Code")
    folder(book.QUOTE_FOLDER)
    for quote_type in QUOTE_TYPES:
        codes.quote_types[quote_type] = export.guid(f"quote:{quote_type}")
        xml.leaf("Code", guid=codes.quote_types[quote_type], name=book.QUOTE_CODES[quote_type], isCodable="true")
    xml.close("Code")
    folder(book.LABELS_FOLDER)
    for label_id, label_name, colour in export.reader.session.execute(
        select(Label.id, Label.name, Label.colour).order_by(Label.name)
    ):
        codes.labels[label_name] = export.guid(f"label:{label_id}")
        code_name = book.unique_name(
            export.safe(label_name, QT_TRANSLATE_NOOP("Core", "the label {id}").format(id=label_id)), "label", taken
        )
        description = book.label_description(label_name, code_name)
        if description:
            xml.open("Code", guid=codes.labels[label_name], name=code_name, isCodable="true", color=colour)
            xml.text(
                "Description",
                export.safe(description, QT_TRANSLATE_NOOP("Core", "the label {name}").format(name=repr(label_name))),
            )
            xml.close("Code")
        else:
            xml.leaf("Code", guid=codes.labels[label_name], name=code_name, isCodable="true", color=colour)
    xml.close("Code")
    folder(book.PARTS_FOLDER)
    codes.mention, codes.cue = export.guid("code:mention"), export.guid("code:cue")
    xml.leaf("Code", guid=codes.mention, name=book.MENTION_CODE, isCodable="true")
    xml.leaf("Code", guid=codes.cue, name=book.CUE_CODE, isCodable="true")
    xml.close("Code")
    folder(book.CURATION_FOLDER)
    codes.curated = export.guid("code:curated")
    xml.leaf("Code", guid=codes.curated, name=book.CURATED_CODE, isCodable="true")
    xml.close("Code")
    folder(book.ORIGIN_FOLDER)
    for origin, code_name in book.ORIGIN_CODES.items():
        codes.origins[origin] = export.guid(f"origin:{origin}")
        xml.leaf("Code", guid=codes.origins[origin], name=code_name, isCodable="true")
    xml.close("Code")
    xml.close("Codes")
    xml.close("CodeBook")


def _write_sources(export: _Export, progress: Progress | None) -> int:
    reader, xml = export.reader, export.xml
    if not reader.articles:
        return 0
    total = reader.claim_count()
    records: Iterator[ClaimRecord] = reader.claims()
    pending = next(records, None)
    written = 0
    xml.open("Sources")
    for article in reader.articles:
        guid = _article_guid(article)
        xml.open(
            "TextSource",
            guid=guid,
            name=export.safe(
                article.title or f"Article {article.id}",
                QT_TRANSLATE_NOOP("Core", "article {id}'s title").format(id=article.id),
            ),
            plainTextPath=f"internal://{guid}.txt",
            creationDateTime=utc_text(article.imported_at),
        )
        while pending is not None and pending.article.id == article.id:
            _write_claim(export, UUID(guid), pending)
            written += 1
            if progress is not None and written % 500 == 0 and not progress(written, total):
                raise ExportCancelledError(
                    QT_TRANSLATE_NOOP("Core", "{path}: export cancelled; no file was written").format(
                        path=export.target
                    )
                )
            pending = next(records, None)
        for variable, value in _variable_values(article):
            xml.open("VariableValue")
            xml.leaf("VariableRef", targetGUID=export.guid(f"variable:{variable}"))
            xml.text(
                "DateValue" if variable == "Published" else "TextValue",
                export.safe(value, QT_TRANSLATE_NOOP("Core", "article {id}").format(id=article.id)),
            )
            xml.close("VariableValue")
        xml.close("TextSource")
    xml.close("Sources")
    return written


def _variable_values(article: ArticleInfo) -> list[tuple[str, str]]:
    values = [
        ("Title", article.title),
        ("Outlet", article.outlet),
        ("URL", article.url),
        ("Published", article.published.isoformat() if article.published else None),
        ("Language", article.language),
        ("Direction", article.direction),
        ("Status", article.status),
    ]
    return [(name, value) for name, value in values if value]


def _write_claim(export: _Export, article: UUID, record: ClaimRecord) -> None:
    xml, codes = export.xml, export.codes
    claim = claim_uuid(article, record.id, record.created_at)
    guid = str(claim)
    user = export.users.get(record.annotator or "")
    xml.open(
        "PlainTextSelection",
        guid=guid,
        name=export.safe(record.text, QT_TRANSLATE_NOOP("Core", "claim {id}").format(id=record.id)),
        startPosition=str(record.start),
        endPosition=str(record.end),
        creatingUser=user,
        creationDateTime=utc_text(record.created_at),
        modifiedDateTime=utc_text(record.updated_at),
    )
    if record.note:
        xml.text(
            "Description", export.safe(record.note, QT_TRANSLATE_NOOP("Core", "claim {id}'s note").format(id=record.id))
        )
    coded = [(codes.quote_types[record.quote_type], user)]
    coded += [(codes.sources[link.source.id], export.users.get(link.annotator or "", user)) for link in record.chain]
    coded += [(codes.labels[name], user) for name in record.labels if name in codes.labels]
    if record.curated:
        coded.append((codes.curated, user))
    if record.origin in codes.origins:
        coded.append((codes.origins[record.origin], user))
    for n, (code, by) in enumerate(coded):
        xml.open("Coding", guid=str(within(claim, f"coding:{n}:{code}")), creatingUser=by)
        xml.leaf("CodeRef", targetGUID=code)
        xml.close("Coding")
    xml.close("PlainTextSelection")
    for link in record.chain:
        by = export.users.get(link.annotator or "", user)
        for part, span, text, marker in (
            ("mention", link.mention, link.mention_text, codes.mention),
            ("cue", link.cue, link.cue_text, codes.cue),
        ):
            if span is None:
                continue
            part_guid = str(within(claim, f"{part}:{link.source.id}"))
            xml.open(
                "PlainTextSelection",
                guid=part_guid,
                name=export.safe(text, _PART_OF_CLAIM[part].format(id=record.id)),
                startPosition=str(span[0]),
                endPosition=str(span[1]),
                creatingUser=by,
                creationDateTime=utc_text(record.created_at),
            )
            for n, code in enumerate((codes.sources[link.source.id], marker)):
                xml.open("Coding", guid=str(within(claim, f"{part}:{link.source.id}:coding:{n}")), creatingUser=by)
                xml.leaf("CodeRef", targetGUID=code)
                xml.close("Coding")
            xml.close("PlainTextSelection")
            export.links.append((str(within(claim, f"{part}:{link.source.id}:link")), part_guid, guid))
