"""Export speed and memory: the project's Excel export against a bare openpyxl dump of the same values.

Builds a project of ARTICLES articles and CLAIMS claims (bulk-inserted; the
benchmark measures the export, not the typing), exports it, and in the same
run writes the same cell values with a bare write-only openpyxl workbook.
Prints the ratio, and the peak memory of the export at two sizes, each in a
fresh process.  ``.venv/bin/python benchmarks/export.py [CLAIMS] [ARTICLES] [ROUNDS]`` (medians of
ROUNDS alternated runs).
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
        with project._engine.begin() as conn:  # bulk set-up for the benchmark only
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
                    attribution_rows.append(dict(claim_id=c + 1, source_id=sources[(c + pos) % 60].id, position=pos))
            conn.execute(insert(Claim), claim_rows)
            conn.execute(insert(Attribution), attribution_rows)


def bare_dump(project: Project, out: Path) -> float:
    """Seconds to write the same values with a bare write-only workbook (values gathered beforehand)."""
    from openpyxl import Workbook

    columns = claim_columns(True)
    with project._read() as s:
        reader = ExportReader(s, ExportOptions())
        claims = [[c.value(r) for c in columns] for r in reader.claims()]
        chains = [
            [
                r.id,
                r.article.id,
                r.article.title,
                r.article.outlet,
                link.position + 1,
                link.source.name,
                link.source.kind,
                link.cue_text,
                link.mention_text,
                r.quote_type,
                r.text,
            ]
            for r in reader.claims()
            for link in r.chain
        ]
        sources = [[s.id, s.name, s.kind, "; ".join(s.aliases), s.colour, 0, 0, 0] for s in reader.sources.values()]
        articles = [
            [
                a.id,
                a.title,
                a.outlet,
                a.url,
                a.published,
                a.language,
                a.direction,
                a.status,
                0,
                0,
                a.length,
                a.imported_from,
                a.imported_at,
            ]
            for a in reader.articles
        ]
    start = time.perf_counter()
    wb = Workbook(write_only=True)
    for title, rows in (("Claims", claims), ("Attributions", chains), ("Sources", sources), ("Articles", articles)):
        ws = wb.create_sheet(title)
        for row in rows:
            ws.append(row)
    wb.save(out)
    return time.perf_counter() - start


def peak_child(path: Path, out: Path) -> int:
    """Peak RSS (KiB) of a fresh process that only opens the project and exports it."""
    code = (
        f"import sys; sys.path.insert(0, {str(ROOT)!r})\n"
        "from annotator import Project\n"
        f"p = Project.open({str(path)!r}); p.export_xlsx({str(out)!r}); p.close()\n"
        "print(next(int(x.split()[1]) for x in open('/proc/self/status') if x.startswith('VmHWM:')))\n"
    )
    return int(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout)


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
    with Project.open(big) as project:
        for _ in range(rounds):  # alternated, so a burst of load on the shared machine hits both sides
            start = time.perf_counter()
            project.export_xlsx(tmp / "ours.xlsx")
            ours_times.append(time.perf_counter() - start)
            bare_times.append(bare_dump(project, tmp / "bare.xlsx"))
    ours, bare = statistics.median(ours_times), statistics.median(bare_times)
    peak_big = peak_child(big, tmp / "big.xlsx")
    peak_small = peak_child(small, tmp / "small.xlsx")
    result = {
        "claims": claims,
        "articles": articles,
        "export_s": round(ours, 1),
        "bare_dump_s": round(bare, 1),
        "ratio": round(ours / bare, 2),
        "peak_rss_mb_big": round(peak_big / 1024),
        "peak_rss_mb_fifth": round(peak_small / 1024),
        "memory_ratio_5x_rows": round(peak_big / peak_small, 2),
    }
    print("| measure | value |")
    print("| --- | --- |")
    print(f"| project | {articles:,} articles, {claims:,} claims |")
    print(f"| Nisba export (all sheets, styles, context) | {ours:.1f} s |")
    print(f"| bare openpyxl write-only dump of the same values | {bare:.1f} s |")
    print(f"| ratio (target <= 1.5) | {ours / bare:.2f} |")
    print(f"| peak memory, export of {claims:,} claims | {peak_big / 1024:.0f} MB |")
    print(f"| peak memory, export of {claims // 5:,} claims | {peak_small / 1024:.0f} MB |")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
