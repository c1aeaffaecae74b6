"""Searching the claims of every article (issue 7): Arabic-aware text, filters, paging, and an index kept in step."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest

from annotator import Project
from annotator.project import AttributionSpec
from annotator.storage import claim_query, claim_search
from annotator.storage.claim_query import ClaimQuery
from annotator.storage.claim_search import document
from annotator.text.matching import fold
from tests.conftest import span_of, stored_rows

BOTH_FLAVOURS = True  # the project fixture is a file, then a database on the test server (conftest)

TEXT = (
    "قالَ الرئيسُ الروسيّ إنّ الاتفاقيةَ تاريخيةٌ. "
    "وأضاف مسؤولٌ أن إسرائيل لم تُعلّق على المحادثات. "
    "The Hill reported that Putin visited Pyongyang. "
    "وذكرت وكالة آكي أن المستشفى استقبل مصابين."
)


def ids(project: Project, query: ClaimQuery, **kwargs: int) -> list[int]:
    return [row.id for row in project.search_claims(query, **kwargs).rows]


def brute_force(project: Project, query: ClaimQuery) -> list[int]:
    """What the search must answer, computed the slow way: every claim folded in Python, newest first."""
    q = query.folded
    kinds = {s.id: s.kind for s in project.sources()}
    found = []
    for c in project.claims():
        if q and q not in fold(c.text) and q not in fold(c.note):
            continue
        if query.source_id is not None and query.source_id not in c.source_ids:
            continue
        if query.kind is not None and query.kind not in {kinds[s] for s in c.source_ids}:
            continue
        if query.label_id is not None and query.label_id not in c.label_ids:
            continue
        if query.annotator is not None and c.annotator != query.annotator:
            continue
        found.append(c.id)
    return sorted(found, reverse=True)


def assert_in_step(project: Project) -> None:
    """Every claim has its folded copy, nothing else is there, and the FTS5 index (of a file) matches the copies."""
    if project.path.is_file():
        con = sqlite3.connect(project.path)
        try:
            con.execute("INSERT INTO claim_fts(claim_fts, rank) VALUES ('integrity-check', 1)")  # raises if not
        finally:
            con.close()
    assert stored_rows(project, "claim_search_pending") == []
    stored = dict(stored_rows(project, "claim_search"))
    assert stored == {c.id: document(c.text, c.note) for c in project.claims()}


@pytest.fixture
def article(project: Project) -> int:
    return project.add_article(TEXT, title="بوتين وكيم").id


def test_folded_arabic_matches_as_the_panel_does(project: Project, article: int) -> None:
    said = project.add_claim(article, *span_of(TEXT, "قالَ", "تاريخيةٌ"))
    israel = project.add_claim(article, *span_of(TEXT, "وأضاف", "المحادثات"), note="ملاحظةٌ عن إسرائيل")
    hill = project.add_claim(article, *span_of(TEXT, "The", "Pyongyang"))
    agency = project.add_claim(article, *span_of(TEXT, "وذكرت", "مصابين"))
    assert ids(project, ClaimQuery("قال الرئيس")) == [said.id]  # no tashkeel in the query, tashkeel in the text
    assert ids(project, ClaimQuery("الاتفاقيه")) == [said.id]  # ta marbuta typed as ha
    assert ids(project, ClaimQuery("اسرائيل")) == [israel.id]  # bare alef for إ (in the text and in the note)
    assert ids(project, ClaimQuery("اكي")) == [agency.id]  # bare alef for آ
    assert ids(project, ClaimQuery("ملاحظه عن")) == [israel.id]  # the note counts
    assert ids(project, ClaimQuery("PUTIN")) == [hill.id]  # Latin, any case
    assert ids(project, ClaimQuery("ـقـال")) == [said.id]  # tatweel ignored in the query
    assert ids(project, ClaimQuery("  ")) == [agency.id, hill.id, israel.id, said.id]  # newest first
    assert ids(project, ClaimQuery("المحادثات ملاحظه")) == []  # no match runs from the text into the note
    page = project.search_claims(ClaimQuery("قال"))
    assert page.titles == {article: "بوتين وكيم"} and page.rows[0].text == TEXT[slice(*span_of(TEXT, "قالَ", "تاريخيةٌ"))]
    assert project.count_claims(ClaimQuery()) == 4 and project.count_claims(ClaimQuery("ا"), cap=2) == 3


def test_source_kind_label_and_annotator_filters(project: Project, article: int) -> None:
    putin = project.add_source("Putin", "person").id
    hill = project.add_source("The Hill", "media").id
    verifiable = project.add_label("verifiable").id
    project.annotator = "سارة"
    first = project.add_claim(article, *span_of(TEXT, "قالَ", "تاريخيةٌ"), [hill, putin])
    project.annotator = "ليلى"
    second = project.add_claim(article, *span_of(TEXT, "وأضاف", "المحادثات"), [putin])
    third = project.add_claim(article, *span_of(TEXT, "The", "Pyongyang"), [hill])
    project.set_claim_labels(second.id, [verifiable])
    assert ids(project, ClaimQuery(source_id=putin)) == [second.id, first.id]
    assert ids(project, ClaimQuery("الرئيس", source_id=putin)) == [first.id]
    assert ids(project, ClaimQuery(kind="media")) == [third.id, first.id]
    assert ids(project, ClaimQuery(label_id=verifiable)) == [second.id]
    assert ids(project, ClaimQuery(annotator="سارة")) == [first.id]
    assert ids(project, ClaimQuery("ا", annotator="ليلى", source_id=putin)) == [second.id]
    assert ids(project, ClaimQuery("Hill", kind="person")) == []


@pytest.mark.parametrize(("estimate_cap", "window", "max_terms"), [(20_000, 10_000, 300), (3, 7, 4), (1, 1, 0)])
def test_every_way_of_answering_agrees_with_brute_force(
    project: Project, monkeypatch: pytest.MonkeyPatch, estimate_cap: int, window: int, max_terms: int
) -> None:
    """Small limits make a small project take every path: filter or text walking, window, trigram terms, scan."""
    monkeypatch.setattr(claim_query, "ESTIMATE_CAP", estimate_cap)
    monkeypatch.setattr(claim_query, "WINDOW", window)
    monkeypatch.setattr(claim_query, "MAX_TERMS", max_terms)
    rng = random.Random(7)
    letters = "اأإآبتةهيىوزرسلمنqzكَُِّ ـ"
    text = "".join(rng.choice(letters) for _ in range(3000))
    article = project.add_article(text).id
    sources = [project.add_source(f"Source {i}", ("person", "media")[i % 2]).id for i in range(4)]
    label = project.add_label("opinion").id
    for n in range(120):
        start = rng.randrange(0, 2950)
        chain = rng.sample(sources, rng.randrange(0, 3))
        project.annotator = rng.choice(["a", "b"])
        claim = project.add_claim(article, start, start + rng.randrange(1, 40), chain, note=rng.choice(["", "qz"]))
        if n % 5 == 0:
            project.set_claim_labels(claim.id, [label])
    queries = ["", "q", "z", "qz", "zq", "ا", "اب", "أب", "ة", "ه", "بت", "ـ", "xyz", "ابت", "ه ي", "سلمن"]
    queries += ["".join(rng.choice(letters) for _ in range(rng.randrange(1, 4))) for _ in range(30)]
    for q in queries:
        for query in (
            ClaimQuery(q),
            ClaimQuery(q, source_id=rng.choice(sources)),
            ClaimQuery(q, kind="media", annotator="a"),
            ClaimQuery(q, label_id=label, source_id=sources[0]),
        ):
            expected = brute_force(project, query)
            assert ids(project, query, limit=1000) == expected, query
            assert project.count_claims(query, cap=10) == min(len(expected), 11)
            paged: list[int] = []  # keyset pages of 7 give the same list
            while True:
                page = ids(project, query, limit=7, **({"before": paged[-1]} if paged else {}))
                paged += page
                if len(page) < 7:
                    break
            assert paged == expected, query


def test_index_stays_in_step_through_every_kind_of_change(project: Project, article: int, tmp_path: Path) -> None:
    putin = project.add_source("Putin", "person").id
    vlad = project.add_source("Vladimir", "person").id
    claim = project.add_claim(article, *span_of(TEXT, "قالَ", "الروسيّ"), [putin])
    other = project.add_claim(article, *span_of(TEXT, "The", "Pyongyang"), [vlad])
    assert_in_step(project)
    project.update_claim(claim.id, end=span_of(TEXT, "قالَ", "تاريخيةٌ")[1], note="مهمّ")  # new boundaries and note
    assert ids(project, ClaimQuery("تاريخيه")) == [claim.id] and ids(project, ClaimQuery("مهم")) == [claim.id]
    project.undo()  # of the edit
    assert ids(project, ClaimQuery("تاريخيه")) == [] and ids(project, ClaimQuery("مهم")) == []
    assert_in_step(project)
    project.set_chain(claim.id, [AttributionSpec(vlad)])
    assert ids(project, ClaimQuery(source_id=vlad)) == [other.id, claim.id]
    project.delete_claim(claim.id)
    assert ids(project, ClaimQuery("الرئيس")) == []
    assert_in_step(project)
    project.undo()  # of the deletion
    assert ids(project, ClaimQuery("الرئيس")) == [claim.id]
    assert_in_step(project)
    project.merge_sources(putin, vlad)
    assert ids(project, ClaimQuery(source_id=putin)) == [other.id, claim.id]
    project.undo()
    assert ids(project, ClaimQuery(source_id=vlad)) == [other.id, claim.id]
    project.delete_source(vlad, claims="delete")
    assert ids(project, ClaimQuery()) == [] and project.claims() == []
    assert_in_step(project)
    project.undo()
    assert ids(project, ClaimQuery()) == [other.id, claim.id]
    assert_in_step(project)
    exported = project.export(tmp_path / "claims.json").path
    with Project.open(tmp_path / "other.nisba") as colleague:  # annotation import adds claims too
        colleague.add_article(TEXT)
        colleague.import_annotations(exported)
        assert len(ids(colleague, ClaimQuery("الرئيس الروسي"))) == 1
        assert_in_step(colleague)


def _older_file(path: Path) -> None:
    """A project as a schema-4 build left it: no search tables, claims in it."""
    from alembic import command
    from sqlalchemy import create_engine

    from annotator.storage.migrations import alembic_config
    from tests.v1_project import build_v1_project

    build_v1_project(path)
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0001')")
        command.upgrade(alembic_config(conn), "0004")  # type: ignore[arg-type]
        conn.exec_driver_sql("PRAGMA user_version = 4")
    engine.dispose()


def test_schema_4_file_gets_a_filled_index_like_a_new_file(tmp_path: Path) -> None:
    old, new = tmp_path / "old.nisba", tmp_path / "new.nisba"
    _older_file(old)
    assert "claim_search" not in {r[0] for r in sqlite3.connect(old).execute("SELECT name FROM sqlite_master")}
    with Project.open(old) as project:
        assert ids(project, ClaimQuery("الاتفاق تاريخي")) == [1]
        assert ids(project, ClaimQuery("ملاحظه")) == [3, 2, 1]  # every note of the old file
        assert_in_step(project)
    Project.open(new).close()
    con_old, con_new = sqlite3.connect(old), sqlite3.connect(new)
    schema = "SELECT type, name, sql FROM sqlite_master WHERE name LIKE '%search%' OR name LIKE 'claim_fts%'"
    assert sorted(con_old.execute(schema)) == sorted(con_new.execute(schema))
    con_old.close()
    con_new.close()


def test_an_index_out_of_step_heals_on_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as project:
        article = project.add_article(TEXT).id
        first = project.add_claim(article, *span_of(TEXT, "قالَ", "الروسيّ"))
        second = project.add_claim(article, *span_of(TEXT, "The", "Pyongyang"))
    con = sqlite3.connect(path)  # another program writes the file: no fold, only the triggers
    con.execute("UPDATE claim SET note = 'كتبه برنامج آخر' WHERE id = ?", (first.id,))
    con.execute(
        'INSERT INTO claim (article_id, start, "end", text, quote_type, note, created_at, updated_at, curated) '
        "VALUES (?, 0, 4, 'قالَ', 'unmarked', '', '2024-01-01', '2024-01-01', 0)",
        (article,),
    )
    con.execute("DELETE FROM claim WHERE id = ?", (second.id,))
    con.commit()
    con.close()
    with Project.open(path, read_only=True) as reader:  # read-only: searched as it is, not repaired
        assert ids(reader, ClaimQuery("برنامج")) == []
    with Project.open(path) as project:
        assert ids(project, ClaimQuery("برنامج اخر")) == [first.id]
        assert ids(project, ClaimQuery("قال")) == [second.id + 1, first.id]
        assert_in_step(project)
    con = sqlite3.connect(path)  # triggers lost (as a table rebuilt by a migration would), then a change
    con.execute("DROP TRIGGER claim_search_on_edit")
    con.execute("UPDATE claim SET note = 'تغيّر' WHERE id = ?", (first.id,))
    con.commit()
    con.close()
    with Project.open(path) as project:
        assert ids(project, ClaimQuery("تغير")) == [first.id]
        assert_in_step(project)
    monkeypatch.setattr(
        claim_search, "FOLD_VERSION", claim_search.FOLD_VERSION + 1
    )  # a new fold: every copy is folded again
    monkeypatch.setattr(claim_search, "BULK", 1)  # the whole-index rebuild, as for a big project
    con = sqlite3.connect(path)
    con.execute("UPDATE claim_search SET folded = 'stale'")
    con.commit()
    con.close()
    with Project.open(path) as project:
        assert ids(project, ClaimQuery("stale")) == [] and ids(project, ClaimQuery("قال")) == [second.id + 1, first.id]
        assert_in_step(project)
        project.add_claim(article, *span_of(TEXT, "وذكرت", "مصابين"))  # and row by row again afterwards
        assert_in_step(project)


def test_query_syntax_characters_are_searched_for_literally(project: Project) -> None:
    text = 'قال "الرئيس" إن NEAR(a b) AND OR * - ( ) ^ col: الاتفاق تاريخي it\'s'
    article = project.add_article(text).id
    for start in range(0, len(text) - 12, 6):
        project.add_claim(article, start, start + 12, [])
    for q in ['"', '""', "NEAR(", "AND", "a OR b", "*", "-", "(", ")", "it's", "^", "col:", '"الرئيس"', '" إن']:
        query = ClaimQuery(q)
        assert ids(project, query, limit=1000) == brute_force(project, query), q  # never an FTS syntax error


def test_a_nul_character_neither_hides_what_follows_nor_breaks_a_query(project: Project) -> None:
    article = project.add_article("قال المتحدث إن الاتفاق تاريخي\x00 ومهم جدا").id
    claim = project.add_claim(article, 0, 10, [], note="x\x00 historic").id
    whole = project.add_claim(article, 0, 39, []).id
    assert ids(project, ClaimQuery("historic")) == [claim]  # after the NUL in the note
    assert ids(project, ClaimQuery("ومهم")) == [whole]  # after the NUL in the text
    assert ids(project, ClaimQuery("تاريخي\x00 ومهم")) == [whole]
    assert ids(project, ClaimQuery("\x00")) == [whole, claim]


@pytest.mark.parametrize("last", ["\ud7ff", "\U0010ffff"])
def test_short_queries_ending_at_the_edges_of_unicode(
    project: Project, monkeypatch: pytest.MonkeyPatch, last: str
) -> None:
    monkeypatch.setattr(claim_query, "WINDOW", 1)  # past the newest claims: the trigram terms are looked up
    article = project.add_article(f"نص {last}ب وكلام آخر" + " كلام" * 20).id
    for start in range(0, 60, 5):
        project.add_claim(article, start, start + 5, [])
    for q in (last, f" {last}"):
        query = ClaimQuery(q)
        assert ids(project, query, limit=1000) == brute_force(project, query)
