"""Schema 9: each attribution holds its claim's article (the Overview's counts read it instead of the claim);
the copy stays right whatever writes the links: marking, editing chains, merging sources, deleting, undo and
redo, a W3C and a REFI-QDA import; on a project file and on a PostgreSQL database."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from annotator import Project
from annotator.review.overview import OverviewFilter
from tests.qdpx_files import Selection, Source, code, guid, write_qdpx

BOTH_FLAVOURS = True
BODY = "قال الرئيس إن الاتفاق سيوقع غدا في العاصمة بحضور الوزراء والسفراء " * 3


def links(project: Project) -> list[tuple[int, int, int]]:
    """(attribution id, its article copy, its claim's article) of every link."""
    query = "SELECT a.id, a.article_id, c.article_id FROM attribution a JOIN claim c ON c.id = a.claim_id ORDER BY a.id"
    with project._store.flavour.engine.connect() as conn:
        return [(int(i), int(copy), int(real)) for i, copy, real in conn.execute(text(query))]


def in_step(project: Project) -> int:
    """How many links there are, once each link's article copy is checked against its claim's."""
    rows = links(project)
    assert [(i, real) for i, _copy, real in rows] == [(i, copy) for i, copy, _real in rows]
    return len(rows)


def per_outlet(project: Project) -> dict[str, int]:
    """The heat map's totals per outlet (read through the copies)."""
    matrix = project.overview_matrix(OverviewFilter())
    return {o: sum(row) for o, row in zip(matrix.outlets, matrix.counts, strict=True)}


@pytest.fixture
def two_articles(project: Project) -> tuple[int, int, list[int]]:
    """Two articles of two outlets and three sources."""
    first = project.add_article(BODY + "1", title="أ", outlet="BBC").id
    second = project.add_article(BODY + "2", title="ب", outlet="الجزيرة").id
    sources = [project.add_source(name).id for name in ("بوتين", "The Hill", "رويترز")]
    return first, second, sources


def test_marking_editing_merging_and_deleting_keep_each_links_article(
    project: Project, two_articles: tuple[int, int, list[int]]
) -> None:
    first, second, (putin, hill, reuters) = two_articles
    a = project.add_claim(first, 0, 10, [hill, putin])
    b = project.add_claim(second, 4, 20, [putin])
    project.add_claim(second, 30, 40, [reuters, hill])
    assert in_step(project) == 5
    project.set_chain(b.id, [reuters, hill, putin])
    assert in_step(project) == 7
    project.merge_sources(putin, reuters)  # b names both: the dropped link goes, the rest renumbered
    assert in_step(project) == 6
    project.delete_claim(a.id)
    assert in_step(project) == 4
    assert per_outlet(project) == {"الجزيرة": 4}


def test_undo_and_redo_replay_the_copies(project: Project, two_articles: tuple[int, int, list[int]]) -> None:
    first, second, (putin, hill, _reuters) = two_articles
    claim = project.add_claim(second, 0, 10, [putin, hill])
    project.set_chain(claim.id, [hill])
    project.delete_claim(claim.id)
    project.add_claim(first, 5, 15, [putin])
    seen = []
    for _ in range(4):
        project.undo()
        seen.append(in_step(project))
    assert seen == [0, 1, 2, 0]
    for _ in range(4):
        project.redo()
        seen.append(in_step(project))
    assert seen == [0, 1, 2, 0, 2, 1, 0, 1]
    assert per_outlet(project) == {"BBC": 1}


def test_imported_links_hold_their_articles(project: Project, tmp_path: Path) -> None:
    first = project.add_article(BODY, title="أ", outlet="BBC", url="https://news.example/a").id
    putin = project.add_source("بوتين").id
    project.add_claim(first, 0, 10, [putin])
    exported = project.export(tmp_path / "claims.json").path
    with Project.open(tmp_path / "other.nisba") as other:
        other.add_article("تمهيد\n", title="قبل")  # ids differ from the exporting project's
        other.add_article(BODY, title="أ", outlet="BBC", url="https://news.example/a")
        assert other.import_annotations(exported).added == 1
        assert in_step(other) == 1 and per_outlet(other) == {"BBC": 1}
    folder, person = guid(), guid()
    qdpx = write_qdpx(
        tmp_path / "study.qdpx",
        [Source("b", "وقال بوتين إن الوقت حان.", [Selection(5, 10, [person], name="بوتين")])],
        code(folder, "Speakers", codable=False, children=code(person, "Putin")),
        origin="QualCoder 3.6",
    )
    assert project.import_project(qdpx, {"Speakers": "sources"}).claims_added == 1
    assert in_step(project) == 2
    project.undo()
    assert in_step(project) == 1
    project.redo()
    assert in_step(project) == 2
