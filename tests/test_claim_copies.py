"""Schema 10: each attribution holds its claim's annotator and curation, each claim-label row its claim's article,
annotator and curation (the Overview's filters read them instead of the claim); the copies stay right whatever
writes the rows or changes a claim's curation: marking, editing chains and labels, curating and taking it back,
merging and deleting sources, deleting claims, undo and redo, a W3C and a REFI-QDA import; and every chain's
links stay at positions 0, 1, 2... (the Overview counts a claim's chain by its first link).  On a project file
and on a PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from annotator import Project
from annotator.review.overview import OverviewFilter
from tests.qdpx_files import Selection, Source, code, guid, write_qdpx

BOTH_FLAVOURS = True
BODY = "قال الرئيس إن الاتفاق سيوقع غدا في العاصمة بحضور الوزراء والسفراء " * 3
ROWS = {
    "links": "SELECT count(*) FROM attribution",
    "labels": "SELECT count(*) FROM claim_label",
}
OFF = {  # rows whose copies differ from their claim's values
    "links": "SELECT count(*) FROM attribution a JOIN claim c ON c.id = a.claim_id WHERE a.article_id <> c.article_id "
    "OR a.claim_annotator IS DISTINCT FROM c.annotator OR a.claim_curated <> c.curated",
    "labels": "SELECT count(*) FROM claim_label l JOIN claim c ON c.id = l.claim_id WHERE l.article_id <> c.article_id "
    "OR l.claim_annotator IS DISTINCT FROM c.annotator OR l.claim_curated <> c.curated",
    "gaps": "SELECT count(*) FROM (SELECT claim_id FROM attribution GROUP BY claim_id "
    "HAVING min(position) <> 0 OR max(position) <> count(*) - 1) AS chains",
}


def scalar(project: Project, query: str) -> int:
    with project._store.flavour.engine.connect() as conn:
        return int(conn.execute(text(query)).scalar() or 0)


def in_step(project: Project) -> tuple[int, int]:
    """How many links and label rows there are, once every copy and every chain's positions are checked."""
    assert {name: scalar(project, query) for name, query in OFF.items()} == {"links": 0, "labels": 0, "gaps": 0}
    return scalar(project, ROWS["links"]), scalar(project, ROWS["labels"])


def curated_sources(project: Project) -> int:
    """Claims counted in the source bars of curated claims only (read through the copies)."""
    bars = project.overview_bars("source", OverviewFilter(curated_only=True)).bars
    return sum(b.count for b in bars if not b.special)


@pytest.fixture
def study(project: Project) -> tuple[int, list[int], list[int]]:
    """An article, three sources and two labels."""
    article = project.add_article(BODY, title="أ", outlet="BBC").id
    sources = [project.add_source(name).id for name in ("بوتين", "The Hill", "رويترز")]
    labels = [project.add_label(name).id for name in ("رأي", "statistic")]
    return article, sources, labels


def test_marking_labelling_curating_and_editing_keep_the_copies(
    project: Project, study: tuple[int, list[int], list[int]]
) -> None:
    article, (putin, hill, reuters), (opinion, statistic) = study
    project.annotator = "سارة"
    a = project.add_claim(article, 0, 10, [hill, putin])
    project.annotator = "Omar"
    b = project.add_claim(article, 20, 30, [putin])
    project.set_claim_labels(a.id, [opinion])
    assert in_step(project) == (3, 1)
    project.set_curated(a.id)
    assert in_step(project) == (3, 1) and curated_sources(project) == 2
    project.set_chain(a.id, [reuters, hill, putin])  # a new link of a curated claim is curated
    project.set_claim_labels(a.id, [opinion, statistic])  # and so is a new label row
    assert in_step(project) == (4, 2) and curated_sources(project) == 3
    project.set_curated(b.id)
    project.set_curated(a.id, False)
    assert in_step(project) == (4, 2) and curated_sources(project) == 1
    project.merge_sources(putin, reuters)  # a names both: the dropped link goes, the rest renumbered
    assert in_step(project) == (3, 2)
    project.delete_source(hill)  # its links go, the chains left renumbered
    assert in_step(project) == (2, 2)
    annotated = project.overview_bars("label", OverviewFilter(annotator="سارة"))
    assert [b.count for b in annotated.bars] == [1, 1]


def test_undo_and_redo_replay_the_copies(project: Project, study: tuple[int, list[int], list[int]]) -> None:
    article, (putin, hill, _reuters), (opinion, _statistic) = study
    project.annotator = "سارة"
    claim = project.add_claim(article, 0, 10, [putin, hill])
    project.set_claim_labels(claim.id, [opinion])
    project.set_curated(claim.id)
    project.set_chain(claim.id, [hill])
    project.set_curated(claim.id, False)
    project.delete_claim(claim.id)
    seen = []
    for _ in range(6):
        project.undo()
        seen.append((in_step(project), curated_sources(project)))
    assert seen == [((1, 1), 0), ((1, 1), 1), ((2, 1), 2), ((2, 1), 0), ((2, 0), 0), ((0, 0), 0)]
    for _ in range(6):
        project.redo()
        seen.append((in_step(project), curated_sources(project)))
    assert seen[6:] == [((2, 0), 0), ((2, 1), 0), ((2, 1), 2), ((1, 1), 1), ((1, 1), 0), ((0, 0), 0)]


def test_imported_rows_hold_their_claims_values(project: Project, tmp_path: Path) -> None:
    first = project.add_article(BODY, title="أ", outlet="BBC", url="https://news.example/a").id
    putin = project.add_source("بوتين").id
    opinion = project.add_label("رأي").id
    project.annotator = "سارة"
    claim = project.add_claim(first, 0, 10, [putin])
    project.set_claim_labels(claim.id, [opinion])
    project.set_curated(claim.id)
    exported = project.export(tmp_path / "claims.json").path
    with Project.open(tmp_path / "other.nisba") as other:
        other.add_article("تمهيد\n", title="قبل")  # ids differ from the exporting project's
        other.add_article(BODY, title="أ", outlet="BBC", url="https://news.example/a")
        assert other.import_annotations(exported).added == 1
        assert in_step(other) == (1, 1) and curated_sources(other) == 1
        assert other.overview_bars("label", OverviewFilter(annotator="سارة", curated_only=True)).total == 1
    folder, person = guid(), guid()
    qdpx = write_qdpx(
        tmp_path / "study.qdpx",
        [Source("b", "وقال بوتين إن الوقت حان.", [Selection(5, 10, [person], name="بوتين")])],
        code(folder, "Speakers", codable=False, children=code(person, "Putin")),
        origin="QualCoder 3.6",
    )
    assert project.import_project(qdpx, {"Speakers": "sources"}).claims_added == 1
    assert in_step(project) == (2, 1)
    project.undo()
    assert in_step(project) == (1, 1)
    project.redo()
    assert in_step(project) == (2, 1)


def test_a_schema_9_server_project_gets_its_copies_filled(pg_url: str) -> None:
    """On PostgreSQL the migration fills the copies as on a file (tests/test_migrations.py)."""
    from alembic import command

    from annotator.storage.migrations import alembic_config

    with Project.open(pg_url) as project:
        article = project.add_article(BODY, title="أ").id
        putin = project.add_source("بوتين").id
        opinion = project.add_label("رأي").id
        for start, who in ((0, "سارة"), (20, None)):
            project.annotator = who
            claim = project.add_claim(article, start, start + 10, [putin])
            project.set_claim_labels(claim.id, [opinion])
        project.set_curated(claim.id)
        with project._store.flavour.engine.begin() as conn:
            command.downgrade(alembic_config(conn), "0009")  # type: ignore[arg-type]
            conn.execute(text("UPDATE meta SET schema_version = 9"))
    with Project.open(pg_url) as project:
        assert in_step(project) == (2, 2) and curated_sources(project) == 1
        assert project.overview_bars("label", OverviewFilter(annotator="سارة")).bars[0].count == 1
