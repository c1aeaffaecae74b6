"""The Overview's charts (issue 18): each chart's counts within 100 ms over 200,000 claims.

Builds a project of 10,000 articles and 200,000 claims (bulk-inserted, as benchmarks/big_project.py), then gives
it what the Overview counts: publication dates over two years, the four quote types, three annotators, a label
on a third of the claims, some curated claims and a few highlighting sessions.  Each chart's query (through the
``Project`` API, as the Overview asks it) is timed over the whole project and with a filter (one annotator), and
the claims behind one bar (what a click asks for); each figure is a median of ROUNDS rounds.  Every chart is timed
under each filter the Overview offers: all claims, one annotator's, curated only, a set of articles (the article
list's selection), the articles marked done, and one annotator's curated claims; the table gives the milliseconds
of each, the slowest one's ratio to the 100 ms target, and the all-claims figure's ratio to a plain
``SELECT count(*) FROM claim`` measured in the same run.
``.venv/bin/python benchmarks/overview.py [CLAIMS] [ARTICLES] [ROUNDS]``
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator import Project  # noqa: E402
from annotator.review.overview import OverviewFilter, Slice  # noqa: E402
from benchmarks.export import build  # noqa: E402

TARGET_MS = 100.0


def enrich(path: Path) -> None:
    """Dates, quote types, annotators, labels, curation and sessions, set in bulk."""
    with sqlite3.connect(path) as con:
        con.execute("UPDATE article SET published = date('2023-01-01', '+' || (id % 730) || ' days')")
        con.execute("UPDATE article SET outlet = NULL WHERE id % 50 = 0")
        con.execute(
            "UPDATE article SET status = CASE id % 4 WHEN 0 THEN 'done' WHEN 1 THEN 'todo' ELSE 'in_progress' END"
        )
        con.execute(
            "UPDATE claim SET quote_type = CASE id % 4 WHEN 0 THEN 'direct' WHEN 1 THEN 'indirect' "
            "WHEN 2 THEN 'mixed' ELSE 'unmarked' END, annotator = CASE id % 3 WHEN 0 THEN 'سارة' "
            "WHEN 1 THEN 'Omar' ELSE 'Lina' END, curated = (id % 5 = 0)"
        )
        con.execute(  # the links' copies of their claims' annotator and curation, as the app writes them
            "UPDATE attribution SET (claim_annotator, claim_curated) = "
            "(SELECT annotator, curated FROM claim WHERE claim.id = attribution.claim_id)"
        )
        con.execute("DELETE FROM attribution WHERE claim_id % 17 = 0")  # some claims without a source
        for i, name in enumerate(("opinion", "statistic", "رأي")):
            con.execute("INSERT INTO label (id, name, colour) VALUES (?, ?, '#ff7f0e')", (i + 1, name))
        con.execute(
            "INSERT INTO claim_label (claim_id, label_id, article_id, claim_annotator, claim_curated) "
            "SELECT id, 1 + id % 3, article_id, annotator, curated FROM claim WHERE id % 3 = 0"
        )
        start = con.execute("SELECT min(created_at) FROM claim").fetchone()[0]
        for n, who in enumerate(("سارة", "Omar", "Lina") * 4):
            con.execute(
                "INSERT INTO highlight_session (id, annotator, started_at, last_action_at, ended_at) "
                "VALUES (?, ?, datetime(?, '-1 hour'), datetime(?, '+1 hour'), datetime(?, '+1 hour'))",
                (n + 1, who, start, start, start),
            )
            con.execute(
                "INSERT INTO session_article (session_id, article_id, seconds, first_at) "
                "SELECT ?, id, 60.0, ? FROM article WHERE id % 12 = ?",
                (n + 1, start, n),
            )


def median_ms(action: Callable[[], object], rounds: int) -> float:
    """Median wall time of ``action`` in milliseconds (one untimed warm-up run first)."""
    action()
    times = []
    for _ in range(rounds):
        begun = time.perf_counter()
        action()
        times.append((time.perf_counter() - begun) * 1000)
    return statistics.median(times)


def main() -> None:
    """Build, time every chart, print the table."""
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 10_000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 7
    path = Path(tempfile.mkdtemp(prefix="nisba-overview-bench-")) / "big.nisba"
    build(path, claims, articles)
    enrich(path)
    with Project.open(path, backup_on_open=False) as project:
        some = tuple(range(1, articles + 1, 20))  # one article in twenty: 500 of 10,000
        filters = {
            "all claims": OverviewFilter(),
            "one annotator": OverviewFilter(annotator="سارة"),
            "curated only": OverviewFilter(curated_only=True),
            f"{len(some):,} articles": OverviewFilter(article_ids=some),
            "articles done": OverviewFilter(done_only=True),
            "one annotator, curated": OverviewFilter(annotator="Omar", curated_only=True),
        }
        putin = project.overview_bars("source").bars[0].slice
        charts: list[tuple[str, Callable[[OverviewFilter], object]]] = [
            ("claims per source (top 15, other, none)", lambda f: project.overview_bars("source", f)),
            ("claims per source kind", lambda f: project.overview_bars("kind", f)),
            ("claims per quote type", lambda f: project.overview_bars("quote_type", f)),
            ("claims per outlet", lambda f: project.overview_bars("outlet", f)),
            ("claims per label", lambda f: project.overview_bars("label", f)),
            ("outlet x source heat map (20 x 20)", lambda f: project.overview_matrix(f)),
            ("attribution network (nodes and edges)", lambda f: project.overview_network(f)),
            ("claims per month by source kind", lambda f: project.overview_timeline(f, "month", "kind")),
            ("claims per week by quote type", lambda f: project.overview_timeline(f, "week", "quote_type")),
            ("progress (statuses, claims per session)", lambda f: project.overview_progress(f)),
            ("the claims of the top source's bar (a click)", lambda f: project.overview_claim_ids(f, putin)),
            ("their articles (the article list)", lambda f: project.overview_article_ids(f, putin)),
            ("the claims of one heat-map cell", lambda f: project.overview_claim_ids(f, Slice(outlet="Outlet 3"))),
        ]
        with sqlite3.connect(path) as con:
            baseline = median_ms(lambda: con.execute("SELECT count(*) FROM claim").fetchone(), rounds)
        n = len(project.overview_claim_ids())
        print(f"{n:,} claims, {articles:,} articles; medians of {rounds} rounds; plain count(*) {baseline:.1f} ms\n")
        print(f"| chart (ms) | {' | '.join(filters)} | slowest / target | all / count(*) |")
        print(f"| --- | {' | '.join('---:' for _ in filters)} | ---: | ---: |")
        worst = 0.0
        for title, chart in charts:
            times = [median_ms(lambda chart=chart, f=f: chart(f), rounds) for f in filters.values()]
            worst = max(worst, *times)
            cells = " | ".join(f"{t:.1f}" for t in times)
            print(f"| {title} | {cells} | {max(times) / TARGET_MS:.2f} | {times[0] / baseline:.1f} |")
        print(f"\nslowest: {worst:.1f} ms (target {TARGET_MS:.0f} ms: ratio {worst / TARGET_MS:.2f})")


if __name__ == "__main__":
    main()
