"""Export speed and memory: the project's Excel export against a bare openpyxl dump of the same values.

Builds a project of ARTICLES articles and CLAIMS claims (bulk-inserted; the
benchmark measures the export, not the typing), exports it, and in the same
run writes the same sheets and values with a bare write-only openpyxl workbook,
reading them inside the clock as the export does (see :func:`bare_export`).
Prints the ratio, and how much the export raises a process's peak memory over
the same process idle with the project open, at two sizes, each in a fresh process.
``.venv/bin/python benchmarks/export.py [CLAIMS] [ARTICLES] [ROUNDS]`` (medians of ROUNDS alternated runs).
"""

from __future__ import annotations

import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402

from annotator import Project  # noqa: E402
from annotator.exports.columns import claim_columns  # noqa: E402
from annotator.exports.data import ExportOptions, ExportReader  # noqa: E402
from annotator.importers.text_file import text_hash  # noqa: E402
from annotator.paths import SAMPLE_ARTICLE  # noqa: E402
from annotator.storage.models import Article, Attribution, Claim, utcnow  # noqa: E402


def build(path: Path, claims: int, articles: int) -> None:
    """A project of ``articles`` copies of the sample (each made unique) with ``claims`` claims."""
    base = SAMPLE_ARTICLE.read_text(encoding="utf-8")
    rng = random.Random(7)
    with Project.open(path) as project:
        sources = [project.add_source(f"Source {i}", ("person", "media", "government")[i % 3]) for i in range(60)]
        now = utcnow()
        texts = [f"{base}\nنسخة {i}" for i in range(articles)]
        if not articles:
            return
        with project._file.engine.begin() as conn:  # bulk set-up for the benchmark only
            conn.execute(
                insert(Article),
                [
                    dict(
                        id=i + 1,
                        title=f"مقال {i}",
                        outlet=f"Outlet {i % 25}",
                        text=t,
                        text_hash=text_hash(t),
                        direction="rtl",
                        language="ar",
                        status="in_progress",
                        imported_at=now,
                    )
                    for i, t in enumerate(texts)
                ],
            )
            claim_rows, attribution_rows = [], []
            for c in range(claims):
                article = c % articles
                start = rng.randrange(0, len(base) - 200)
                end = start + rng.randrange(20, 200)
                claim_rows.append(
                    dict(
                        id=c + 1,
                        article_id=article + 1,
                        start=start,
                        end=end,
                        text=texts[article][start:end],
                        quote_type="unmarked",
                        note="",
                        created_at=now,
                        updated_at=now,
                    )
                )
                for pos in range(1 + (c % 3 == 0)):
                    attribution_rows.append(
                        dict(
                            claim_id=c + 1,
                            article_id=article + 1,
                            claim_annotator=None,
                            claim_curated=False,
                            source_id=sources[(c + pos) % 60].id,
                            position=pos,
                        )
                    )
            conn.execute(insert(Claim), claim_rows)
            conn.execute(insert(Attribution), attribution_rows)


CLAIMS_EXTRA = ["Export notes"]
ATTRIBUTION_HEADERS = [
    *("Claim ID", "Article ID", "Article", "Outlet", "Order in chain", "Source", "Source kind", "Cue"),
    *("Source mention", "Quote type", "Claim text", "Added by"),
]
SOURCE_HEADERS = ["Source ID", "Name", "Kind", "Aliases", "Colour", "Claims", "As primary source", "Articles"]
ARTICLE_HEADERS = [
    *("Article ID", "Title", "Outlet", "URL", "Published", "Language", "Direction", "Status", "Claims"),
    *("Sources", "Characters", "Imported from", "Imported at"),
]
SESSION_HEADERS = [
    *("Session ID", "Annotator", "Started (UTC)", "Ended (UTC)", "Closed", "Article ID", "Article"),
    *("Minutes", "Claims made"),
]
AGREEMENT_HEADERS = [
    *("Article ID", "Article", "Annotator 1", "Annotator 2", "Claims 1", "Claims 2", "Exact matches"),
    *("Exact F1", "Overlapping", "Overlap F1", "Cohen's kappa (source)", "Annotators"),
    *("Krippendorff's alpha (source)", "Units"),
]


def bare_export(project: Project, out: Path) -> float:
    """Seconds to write the export's values, sheet for sheet, with a bare write-only workbook.

    The same work as the export but what is measured: the same reads inside the clock (records, sessions,
    agreement), the same sheets and rows with the same values and counts, saved to ``out``; without the
    formatting (fonts, fills, widths, row heights, alignment, filters, frozen panes, right-to-left sheets),
    the text checks (XML-illegal characters, formula-looking text, Excel's cell limit and the Overflow
    rows), the chart, and the atomic write (temporary file, fsync, rename).
    """
    from collections import Counter

    from openpyxl import Workbook

    from annotator.project.sessions import read_sessions
    from annotator.review.report import agreement_report, read_spans

    start = time.perf_counter()
    with project._store.read() as s:
        reader = ExportReader(s, ExportOptions(), running_session=project.current_session)
        columns = claim_columns(reader.options.include_context)
        wb = Workbook(write_only=True)
        sheets = {title: wb.create_sheet(title) for title in SHEETS}
        claims_ws, attributions_ws = sheets["Claims"], sheets["Attributions"]
        claims_ws.append([c.header for c in columns] + CLAIMS_EXTRA)
        attributions_ws.append(ATTRIBUTION_HEADERS)
        per_source: Counter[int] = Counter()
        primary: Counter[int] = Counter()
        per_article: Counter[int] = Counter()
        per_kind: Counter[str] = Counter()
        per_outlet: Counter[str] = Counter()
        source_articles: dict[int, set[int]] = {}
        article_sources: dict[int, set[int]] = {}
        unattributed = 0
        for r in reader.claims():
            claims_ws.append([c.value(r) for c in columns] + [None])
            per_article[r.article.id] += 1
            per_outlet[r.article.outlet or "(no outlet)"] += 1
            unattributed += not r.chain
            for link in r.chain:
                attributions_ws.append(
                    [
                        *(r.id, r.article.id, r.article.title, r.article.outlet, link.position + 1),
                        *(link.source.name, link.source.kind, link.cue_text, link.mention_text, r.quote_type),
                        *(r.text, link.annotator),
                    ]
                )
                per_source[link.source.id] += 1
                per_kind[link.source.kind] += 1
                source_articles.setdefault(link.source.id, set()).add(r.article.id)
                article_sources.setdefault(r.article.id, set()).add(link.source.id)
            if r.primary:
                primary[r.primary.id] += 1
        ordered = sorted(reader.sources.values(), key=lambda x: (-per_source[x.id], -primary[x.id], x.name))
        sheets["Sources"].append(SOURCE_HEADERS)
        for x in ordered:
            counts = (per_source[x.id], primary[x.id], len(source_articles.get(x.id, ())))
            sheets["Sources"].append([x.id, x.name, x.kind, "; ".join(x.aliases), x.colour, *counts])
        sheets["Articles"].append(ARTICLE_HEADERS)
        for a in reader.articles:
            sheets["Articles"].append(
                [
                    *(a.id, a.title, a.outlet, a.url, a.published, a.language, a.direction, a.status),
                    *(per_article[a.id], len(article_sources.get(a.id, ())), a.length, a.imported_from),
                    a.imported_at,
                ]
            )
        by_source = [(x.name, per_source[x.id], primary[x.id]) for x in ordered if per_source[x.id]]
        if unattributed:
            by_source.append(("(no source)", unattributed, 0))
        kinds, outlets = per_kind.most_common(), per_outlet.most_common()
        summary = sheets["Summary"]
        summary.append(["Claims per source, source kind and outlet"])
        summary.append(["Source", "Claims", "As primary source", "", "Source kind", "Claims", "", "Outlet", "Claims"])
        for i in range(max(len(by_source), len(kinds), len(outlets))):
            row: list[object] = [None] * 9
            if i < len(by_source):
                row[0:3] = by_source[i]
            if i < len(kinds):
                row[4:6] = kinds[i]
            if i < len(outlets):
                row[7:9] = outlets[i]
            summary.append(row)
        ids = {a.id for a in reader.articles}
        sheets["Sessions"].append(SESSION_HEADERS)
        for info in read_sessions(s, running=reader.running_session, article_ids=ids):
            closed = "interrupted: ended at last action" if info.interrupted else "yes"
            closed = "running" if info.id == reader.running_session else closed
            head = [info.id, info.annotator, info.started, info.ended, closed]
            if not info.articles:
                sheets["Sessions"].append([*head, None, None, 0, 0])
            for sa in info.articles:
                sheets["Sessions"].append([*head, sa.article_id, sa.title, round(sa.seconds / 60, 2), sa.claims])
        sheets["Agreement"].append(AGREEMENT_HEADERS)
        spans, titles = read_spans(s)
        for agreement in agreement_report([x for x in spans if x.article_id in ids], titles):
            for pair in agreement.pairs:
                sheets["Agreement"].append(
                    [
                        *(agreement.article_id or None, agreement.title, pair.left, pair.right),
                        *(pair.exact.left, pair.exact.right, pair.exact.matched, pair.exact.f1),
                        *(pair.overlap.matched, pair.overlap.f1, pair.kappa, ", ".join(agreement.annotators)),
                        *(agreement.alpha, agreement.units),
                    ]
                )
        sheets["Overflow"].append(["Claim ID", "Column", "Part", "Text"])
        wb.save(out)
    return time.perf_counter() - start


SHEETS = ("Claims", "Attributions", "Sources", "Articles", "Summary", "Sessions", "Agreement", "Overflow")


def same_work(ours: Path, bare: Path) -> None:
    """Check that both files hold the same sheets with the same numbers of rows (the work compared is equal)."""
    from openpyxl import load_workbook

    shapes = []
    for path in (ours, bare):
        wb = load_workbook(path, read_only=True)
        shapes.append([(ws.title, sum(1 for _ in ws.iter_rows(values_only=True))) for ws in wb.worksheets])
        wb.close()
    assert shapes[0] == shapes[1], f"the two sides wrote different sheets or rows: {shapes}"


PEAK_CHILD = """
import gc, sys
sys.path.insert(0, {root!r})
from annotator import Project
import annotator.exports.xlsx  # openpyxl and lxml loaded before the idle reading


def peak_kib():
    return next(int(x.split()[1]) for x in open("/proc/self/status") if x.startswith("VmHWM:"))


p = Project.open({path!r}, backup_on_open=False)
gc.collect()
with open("/proc/self/clear_refs", "w") as fh:
    fh.write("5")  # the peak starts again from the memory in use now (Linux), not from a spike while loading
idle = peak_kib()
p.export_xlsx({out!r})
print(idle, peak_kib())
p.close()
"""


def peak_child(path: Path, out: Path) -> tuple[int, int]:
    """RSS (KiB) of a fresh process with the project open and everything loaded, and its peak during the export."""
    code = PEAK_CHILD.format(root=str(ROOT), path=str(path), out=str(out))
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    idle, peak = done.stdout.split()
    return int(idle), int(peak)


def main() -> None:
    """Build, time, compare, print."""
    claims = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    articles = int(sys.argv[2]) if len(sys.argv) > 2 else 2_000
    rounds = int(sys.argv[3]) if len(sys.argv) > 3 else 3
    tmp = Path(tempfile.mkdtemp(prefix="nisba-export-bench-"))
    big, small = tmp / "big.nisba", tmp / "small.nisba"
    build(big, claims, articles)
    build(small, claims // 5, articles // 5)
    ours_times, bare_times = [], []
    with Project.open(big, backup_on_open=False) as project:
        for _ in range(rounds):  # alternated, so a burst of load on the shared machine hits both sides
            start = time.perf_counter()
            project.export_xlsx(tmp / "ours.xlsx")
            ours_times.append(time.perf_counter() - start)
            bare_times.append(bare_export(project, tmp / "bare.xlsx"))
    same_work(tmp / "ours.xlsx", tmp / "bare.xlsx")
    ours, bare = statistics.median(ours_times), statistics.median(bare_times)
    idle_big, peak_big = peak_child(big, tmp / "big.xlsx")
    idle_small, peak_small = peak_child(small, tmp / "small.xlsx")
    grew_big, grew_small = (peak_big - idle_big) / 1024, (peak_small - idle_small) / 1024
    per_thousand = (peak_big - idle_big - (peak_small - idle_small)) / (claims - claims // 5) * 1000
    result = {
        "claims": claims,
        "articles": articles,
        "export_s": round(ours, 1),
        "bare_export_s": round(bare, 1),
        "ratio": round(ours / bare, 2),
        "idle_rss_mb": round(idle_big / 1024),
        "export_rss_increase_mb_big": round(grew_big, 1),
        "export_rss_increase_mb_fifth": round(grew_small, 1),
        "export_rss_kb_per_1000_claims": round(per_thousand),
    }
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| project | {articles:,} articles, {claims:,} claims |")
    print(f"| Nisba export (all sheets, styles, text checks, chart, atomic write) | {ours:.1f} s |")
    print(f"| bare openpyxl write-only export of the same sheets and values, same reads | {bare:.1f} s |")
    print(f"| ratio (target <= 1.5) | {ours / bare:.2f} |")
    print(f"| idle process: interpreter, core and openpyxl loaded, project open | {idle_big / 1024:.0f} MB |")
    print(f"| peak memory the export adds over it, {claims:,} claims | {grew_big:.1f} MB |")
    print(f"| peak memory the export adds over it, {claims // 5:,} claims | {grew_small:.1f} MB |")
    print(f"| what the export adds, per 1,000 more claims (between the two sizes) | {per_thousand:.0f} KB |")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
