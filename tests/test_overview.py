"""The Overview's numbers (issue 18), each checked against an independent SQL count over the stored rows, on a
project file and on a PostgreSQL database; and the claims behind each mark are exactly those counted."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest
from sqlalchemy import text

from annotator import Project
from annotator.errors import InvalidValueError
from annotator.review.overview import NO_OUTLET, OverviewFilter, Slice

BOTH_FLAVOURS = True
WORDS = ["قال", "الرئيس", "إن", "الاتفاق", "سيوقع", "غدا", "في", "العاصمة", "بحضور", "الوزراء", "والسفراء"]
FILTERS = (
    OverviewFilter(),
    OverviewFilter(annotator="سارة"),
    OverviewFilter(curated_only=True),
    OverviewFilter(done_only=True),
    OverviewFilter(article_ids=(1, 3)),
    OverviewFilter(article_ids=(2,), annotator="Omar", curated_only=True),
)


@pytest.fixture
def study(project: Project) -> Project:
    """Five articles (outlets, one none; dates over three months, one undated), six sources of four kinds,
    chains of one to three, labels, two annotators, curation, one session."""
    rng = random.Random(18)
    body = " ".join(WORDS * 12)
    outlets = ("الجزيرة", "BBC", None, "الجزيرة", "Reuters")
    dates = (date(2024, 1, 3), date(2024, 1, 20), date(2024, 2, 11), None, date(2024, 3, 30))
    articles = [
        project.add_article(f"{body} {i}", title=f"مقال {i}", outlet=outlets[i], published=dates[i]) for i in range(5)
    ]
    kinds = ("person", "media", "government", "person", "anonymous", "media")
    names = ("بوتين", "The Hill", "الحكومة", "Biden", "مسؤول", "رويترز")
    sources = [project.add_source(n, kind=k) for n, k in zip(names, kinds, strict=True)]
    labels = [project.add_label("رأي"), project.add_label("statistic")]
    project.start_session("سارة")
    for a in articles:
        project.touch_session(a.id)
        with project.action("Mark the study's claims"):  # one transaction per article: a quick fixture
            for n in range(14):
                project.annotator = ("سارة", "Omar")[n % 2]
                start = rng.randrange(0, len(a.text) - 40)
                chain = rng.sample([s.id for s in sources], rng.choice((0, 1, 1, 2, 3)))
                claim = project.add_claim(a.id, start, start + 30, chain, rng.choice(("direct", "indirect", "mixed")))
                if n % 3 == 0:
                    project.set_claim_labels(claim.id, [labels[n % 2].id])
                if n % 4 == 0:
                    project.set_curated(claim.id)
    project.annotator = "سارة"
    project.end_session()
    project.update_article(articles[1].id, status="done")
    project.update_article(articles[4].id, status="done")
    return project


def sql(project: Project, query: str, **params: object) -> list[tuple[object, ...]]:
    """Rows of a query over the stored rows, through a connection of its own."""
    with project._store.flavour.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(text(query), params)]


def where_sql(where: OverviewFilter) -> str:
    """The filter as SQL on a claim ``c`` (written apart from the code under test)."""
    parts = ["1 = 1"]
    if where.article_ids is not None:
        parts.append(f"c.article_id IN ({', '.join(map(str, where.article_ids))})")
    if where.done_only:
        parts.append("c.article_id IN (SELECT id FROM article WHERE status = 'done')")
    if where.annotator is not None:
        parts.append(f"c.annotator = '{where.annotator}'")
    if where.curated_only:
        parts.append("c.curated")
    return " AND ".join(parts)


def ids_in(project: Project, where: OverviewFilter, part: Slice) -> set[int]:
    return set(project.overview_claim_ids(where, part))


@pytest.mark.parametrize("where", FILTERS)
def test_bars_of_sources_kinds_quotes_outlets_and_labels_are_the_stored_counts(
    study: Project, where: OverviewFilter
) -> None:
    w = where_sql(where)
    claims = {i for (i,) in sql(study, f"SELECT c.id FROM claim c WHERE {w}")}
    per_source = dict(
        sql(
            study,
            f"SELECT a.source_id, count(*) FROM attribution a JOIN claim c ON c.id = a.claim_id WHERE {w} "
            "GROUP BY a.source_id",
        )
    )
    bars = study.overview_bars("source", where, top=3)
    assert bars.total == len(claims)
    top = [b for b in bars.bars if not b.special]
    assert [b.count for b in top] == sorted(per_source.values(), reverse=True)[:3]
    for bar in top:
        assert bar.count == per_source[bar.slice.source_id] == len(ids_in(study, where, bar.slice))
    unattributed = {
        i
        for (i,) in sql(
            study,
            f"SELECT c.id FROM claim c WHERE {w} AND NOT EXISTS (SELECT 1 FROM attribution a WHERE a.claim_id = c.id)",
        )
    }
    specials = {b.special: b for b in bars.bars if b.special}
    if unattributed:
        assert specials["none"].count == len(unattributed)
        assert ids_in(study, where, specials["none"].slice) == unattributed
    every = {b.special: b.count for b in study.overview_bars("source", where, top=100).bars if b.special}
    assert every == ({"none": len(unattributed)} if unattributed else {})  # no "other" bar when all are shown
    if len(per_source) > 3:
        shown = tuple(b.slice.source_id for b in top)
        rest = {
            i
            for (i,) in sql(
                study,
                f"SELECT DISTINCT c.id FROM claim c JOIN attribution a ON a.claim_id = c.id "
                f"WHERE {w} AND a.source_id NOT IN {shown}",
            )
        }
        assert specials["other"].count == len(rest) == len(ids_in(study, where, specials["other"].slice))

    per_kind = dict(
        sql(
            study,
            f"SELECT s.kind, count(*) FROM attribution a JOIN claim c ON c.id = a.claim_id "
            f"JOIN source s ON s.id = a.source_id WHERE {w} GROUP BY s.kind",
        )
    )
    kinds = study.overview_bars("kind", where)
    assert {b.label: b.count for b in kinds.bars if not b.special} == per_kind
    for bar in kinds.bars:
        if not bar.special:
            with_kind = sql(
                study,
                f"SELECT DISTINCT c.id FROM claim c JOIN attribution a ON a.claim_id = c.id JOIN "
                f"source s ON s.id = a.source_id WHERE {w} AND s.kind = :k",
                k=bar.label,
            )
            assert ids_in(study, where, bar.slice) == {i for (i,) in with_kind}

    per_quote = dict(sql(study, f"SELECT c.quote_type, count(*) FROM claim c WHERE {w} GROUP BY c.quote_type"))
    quotes = study.overview_bars("quote_type", where)
    assert {b.label: b.count for b in quotes.bars} == per_quote
    assert all(len(ids_in(study, where, b.slice)) == b.count for b in quotes.bars)

    per_outlet = dict(
        sql(
            study,
            f"SELECT coalesce(ar.outlet, ''), count(*) FROM claim c JOIN article ar "
            f"ON ar.id = c.article_id WHERE {w} GROUP BY coalesce(ar.outlet, '')",
        )
    )
    outlets = study.overview_bars("outlet", where, top=2)
    counted = {(NO_OUTLET if b.special == "none" else b.label): b.count for b in outlets.bars if b.special != "other"}
    assert all(per_outlet[o] == n for o, n in counted.items())
    assert sum(b.count for b in outlets.bars) == len(claims)
    assert all(len(ids_in(study, where, b.slice)) == b.count for b in outlets.bars)

    per_label = dict(
        sql(
            study,
            f"SELECT l.name, count(*) FROM claim_label cl JOIN label l ON l.id = cl.label_id "
            f"JOIN claim c ON c.id = cl.claim_id WHERE {w} GROUP BY l.name",
        )
    )
    labels = study.overview_bars("label", where)
    assert {b.label: b.count for b in labels.bars if not b.special} == per_label
    assert all(len(ids_in(study, where, b.slice)) == b.count for b in labels.bars)


@pytest.mark.parametrize("where", FILTERS)
def test_heat_map_cells_count_each_outlets_claims_of_each_source(study: Project, where: OverviewFilter) -> None:
    w = where_sql(where)
    cells = dict(
        ((o, s), n)
        for o, s, n in sql(
            study,
            f"SELECT coalesce(ar.outlet, ''), a.source_id, count(*) FROM claim c JOIN "
            f"attribution a ON a.claim_id = c.id JOIN article ar ON ar.id = c.article_id "
            f"WHERE {w} GROUP BY coalesce(ar.outlet, ''), a.source_id",
        )
    )
    grid = study.overview_matrix(where, sources=4)
    assert len(grid.sources) == min(4, len({s for _o, s in cells}))
    for r, outlet in enumerate(grid.outlets):
        for c, source in enumerate(grid.sources):
            assert grid.counts[r][c] == cells.get((outlet, source.slice.source_id), 0)
            assert len(ids_in(study, where, grid.cell(r, c))) == grid.counts[r][c]
    assert grid.largest == max((n for row in grid.counts for n in row), default=0)


@pytest.mark.parametrize("where", FILTERS)
def test_network_edges_are_the_relays_of_the_chains(study: Project, where: OverviewFilter) -> None:
    w = where_sql(where)
    relays = sql(
        study,
        f"SELECT a.source_id, b.source_id, count(*) FROM claim c JOIN attribution a ON a.claim_id = "
        f"c.id JOIN attribution b ON b.claim_id = c.id AND b.position = a.position + 1 WHERE {w} "
        "GROUP BY a.source_id, b.source_id",
    )
    net = study.overview_network(where)
    assert {(e.relayer, e.relayed): e.claims for e in net.edges} == {(a, b): n for a, b, n in relays}
    assert relays or where is FILTERS[-1]  # the study has chains (not among the last filter's few claims)
    for edge in net.edges:
        assert len(ids_in(study, where, edge.slice)) == edge.claims
    sizes = {b.slice.source_id: b.count for b in net.nodes}
    assert sizes == {
        s.slice.source_id: s.count for s in study.overview_bars("source", where, top=100).bars if not s.special
    }
    assert study.overview_network(where, limit=2).left_out == max(len(sizes) - 2, 0)


@pytest.mark.parametrize("where", FILTERS)
@pytest.mark.parametrize("period", ["week", "month"])
def test_claims_over_time_per_period_and_quote_type_or_kind(study: Project, where: OverviewFilter, period: str) -> None:
    w = where_sql(where)
    dated = sql(
        study,
        f"SELECT ar.published, c.quote_type, c.id FROM claim c JOIN article ar ON ar.id = c.article_id "
        f"WHERE {w} AND ar.published IS NOT NULL",
    )
    line = study.overview_timeline(where, period, "quote_type")
    expected: dict[tuple[date, str], int] = {}
    for day, quote, _id in dated:
        day = day if isinstance(day, date) else date.fromisoformat(str(day))
        start = day - timedelta(days=day.weekday()) if period == "week" else day.replace(day=1)
        expected[(start, str(quote))] = expected.get((start, str(quote)), 0) + 1
    got = {(s, q): line.counts[i][j] for i, s in enumerate(line.starts) for j, q in enumerate(line.series)}
    assert {k: n for k, n in got.items() if n} == expected
    if line.starts:
        assert all(b > a for a, b in zip(line.starts, line.starts[1:], strict=False))  # every period, in order
        for i in range(len(line.starts)):
            for j in range(len(line.series)):
                assert len(ids_in(study, where, line.cell(i, j))) == line.counts[i][j]
    undated = sql(
        study,
        f"SELECT count(*) FROM claim c JOIN article ar ON ar.id = c.article_id WHERE {w} AND ar.published IS NULL",
    )
    assert line.undated == undated[0][0]
    by_kind = study.overview_timeline(where, period, "kind")
    links = sql(
        study,
        f"SELECT count(*) FROM claim c JOIN article ar ON ar.id = c.article_id JOIN attribution a "
        f"ON a.claim_id = c.id WHERE {w} AND ar.published IS NOT NULL",
    )
    assert sum(map(sum, by_kind.counts)) == links[0][0]  # attributions per kind, as the kind bars count them


def test_progress_counts_articles_per_status_and_claims_per_session(study: Project) -> None:
    progress = study.overview_progress()
    assert progress.statuses == (("todo", 0), ("in_progress", 3), ("done", 2))
    assert study.overview_progress(OverviewFilter(done_only=True)).statuses == (
        ("todo", 0),
        ("in_progress", 0),
        ("done", 2),
    )
    (session,) = progress.sessions
    shown = next(s for s in study.highlight_sessions() if s.id == session.session_id)
    assert session.annotator == "سارة" and session.claims == shown.claims > 0
    assert len(ids_in(study, OverviewFilter(), session.slice)) == session.claims
    assert study.overview_progress(OverviewFilter(annotator="Omar")).sessions == ()


@pytest.mark.parametrize("where", FILTERS)
def test_claims_per_session_are_those_of_each_sessions_mark(study: Project, where: OverviewFilter) -> None:
    sessions = study.overview_progress(where).sessions
    assert len(sessions) == (0 if where.annotator == "Omar" else 1)
    for session in sessions:
        assert session.claims == len(ids_in(study, where, session.slice))


def test_sessions_of_nobody_named_count_the_claims_of_nobody_named(project: Project) -> None:
    article = project.add_article(" ".join(WORDS * 4), title="مقال")
    project.annotator = None
    project.start_session()
    project.touch_session(article.id)
    for start in (0, 10):
        project.add_claim(article.id, start, start + 5)
    project.annotator = "Omar"
    project.start_session()  # ends nobody's
    project.touch_session(article.id)
    project.add_claim(article.id, 20, 25)
    project.end_session()
    made = {s.annotator: s.claims for s in project.overview_progress().sessions}
    assert made == {None: 2, "Omar": 1} == {s.annotator: s.claims for s in project.highlight_sessions()}
    assert [s.claims for s in project.overview_progress(OverviewFilter(annotator="Omar")).sessions] == [1]
    assert [s.claims for s in project.overview_progress(OverviewFilter(curated_only=True)).sessions] == [0, 0]


def test_articles_of_a_mark_and_refusals(study: Project) -> None:
    bbc = Slice(outlet="BBC")
    assert study.overview_article_ids(OverviewFilter(), bbc) == [2]
    with pytest.raises(InvalidValueError, match="unknown overview chart 'colour'"):
        study.overview_bars("colour")
    with pytest.raises(InvalidValueError, match="unknown period 'day'"):
        study.overview_timeline(period="day")
    with pytest.raises(InvalidValueError, match="session with id 99"):
        study.overview_claim_ids(OverviewFilter(), Slice(session_id=99))


def test_an_empty_project_has_empty_charts(project: Project) -> None:
    assert project.overview_bars("source").bars == () and project.overview_bars("source").total == 0
    assert project.overview_matrix().outlets == () and project.overview_network().nodes == ()
    line = project.overview_timeline()
    assert line.starts == () and line.undated == 0
    assert project.overview_progress().statuses == (("todo", 0), ("in_progress", 0), ("done", 0))
