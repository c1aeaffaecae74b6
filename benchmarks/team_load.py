"""Team mode under load: 8 processes marking 500 claims each, as fast as they can, on shared articles and
sources of one PostgreSQL project, against the same loop on local .nisba files in the same run: one process on
one file, and as many processes at once as on the server, each on a file of its own (the same work on the same
cores, without the server).

Run with ``.venv/bin/python benchmarks/team_load.py [PROCESSES] [CLAIMS]`` (needs Debian's PostgreSQL; it
starts a throwaway server on a Unix socket, as the tests do).  Each claim is one operation (one transaction,
its journal, the search fold, the notices); a process creates a source now and then, racing the others for
the same names (a refusal is counted and the claim marked again with the existing source); a claim refused
because another client changed its article meanwhile (two first claims at once) is marked again, counted.  At the end it
checks that every claim is stored, none twice, no source name twice, and that a listening client was told
of every claim.  Prints p50/p95 per claim and the ratio to the file.
"""

from __future__ import annotations

import multiprocessing
import queue as queue_module
import statistics
import sys
import tempfile
import threading
import time
from multiprocessing.synchronize import Barrier
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from annotator import Project
from annotator.errors import ChangedMeanwhileError, InvalidValueError
from annotator.storage.changes import ChangeRecord
from annotator.storage.postgres import is_server_address
from tests.pg import TestServer, missing_reason

ARTICLES = 20
NAMES = [f"مصدر {i}" for i in range(40)]
TEXT = " ".join(f"قال الرئيس {i} إن الاتفاق تاريخي وأضاف أن العلاقات قوية." for i in range(60))


Result = tuple[list[float], int, bool | None]
"""A marker's claim times, its refusals, and whether its list of claims (as a window keeps it, from its own
changes and the others' notices) ended equal to the database's (None: a file, no others to hear)."""


def mark(where: str, worker: int, claims: int, results: multiprocessing.Queue[Result], done: Barrier | None) -> None:
    """Mark ``claims`` claims on the shared articles, timing each; creates a shared source every 25th.

    With ``done`` (the server run) the marker keeps the list of claims a window keeps, from every change record
    it is told (its own and the other clients'), and once every marker has finished compares it with the database.
    """
    with Project.open(where, backup_on_open=False, backup_every_minutes=None) as project:
        listed: set[int] = set()
        if done is not None:
            project.subscribe(lambda r: _keep(listed, r))
        articles = [a.id for a in project.article_summaries()]
        times: list[float] = []
        refused = 0
        for n in range(claims):
            start = (worker * 7 + n * 13) % (len(TEXT) - 40)
            began = time.perf_counter()
            sources = {s.name: s.id for s in project.sources()} if n % 25 == 0 else None
            if sources is not None:
                name = NAMES[(worker + n) % len(NAMES)]
                if name not in sources:
                    try:
                        sources[name] = project.add_source(name, "person").id
                    except InvalidValueError:
                        refused += 1
                        sources = {s.name: s.id for s in project.sources()}
                source_ids = [sources[name]] if name in sources else []
            else:
                source_ids = []
            while True:  # a first claim racing another on the same article (its status) is refused: again
                try:
                    project.add_claim(articles[(worker + n) % len(articles)], start, start + 20, source_ids)
                    break
                except ChangedMeanwhileError:
                    refused += 1
            times.append(time.perf_counter() - began)
        equal = None
        if done is not None:
            done.wait()  # every marker has committed its last claim: the database holds all there will be
            stored = {c.id for c in project.claims()}
            deadline = time.monotonic() + 30
            while listed != stored and time.monotonic() < deadline:
                threading.Event().wait(0.1)
            equal = listed == stored
    results.put((times, refused, equal))


def _keep(listed: set[int], record: object) -> None:
    """Bring a marker's list of claims in step with one change record, as the claims panel does."""
    if isinstance(record, ChangeRecord):
        listed.update(record.ids("claim", "added"))
        listed.difference_update(record.ids("claim", "deleted"))


def run(where: str | list[str], processes: int, claims: int) -> tuple[list[float], int, float, list[bool | None]]:
    """Run ``processes`` markers on ``where`` (one project, or one each); returns every claim's time, the
    refusals, the wall time and whether each marker's list ended equal to the database."""
    queue: multiprocessing.Queue[Result] = multiprocessing.Queue()
    places = where if isinstance(where, list) else [where] * processes
    shared = isinstance(where, str) and is_server_address(where)
    done = multiprocessing.Barrier(processes) if shared else None
    workers = [multiprocessing.Process(target=mark, args=(places[w], w, claims, queue, done)) for w in range(processes)]
    began = time.perf_counter()
    for w in workers:
        w.start()
    got: list[Result] = []
    while len(got) < len(workers):  # a worker that died (an error) never puts: do not wait for it forever
        try:
            got.append(queue.get(timeout=5))
        except queue_module.Empty:
            if not any(w.is_alive() for w in workers) and queue.empty():
                raise RuntimeError("a marking process failed") from None
    for w in workers:
        w.join()
    wall = time.perf_counter() - began
    return [t for times, _, _ in got for t in times], sum(r for _, r, _ in got), wall, [e for _, _, e in got]


def prepare(where: str) -> None:
    with Project.open(where, backup_on_open=False) as project:
        for i in range(ARTICLES):
            project.add_article(f"{TEXT} ({i})", title=f"مقال {i}")


def describe(name: str, times: list[float], wall: float) -> tuple[float, float]:
    p50 = statistics.median(times) * 1000
    p95 = statistics.quantiles(times, n=20)[18] * 1000
    print(f"| {name} | {len(times):,} | {p50:.1f} ms | {p95:.1f} ms | {len(times) / wall:,.0f} claims/s |")
    return p50, p95


def main() -> int:
    processes = int(sys.argv[1]) if len(sys.argv) > 1 else 8
    claims = int(sys.argv[2]) if len(sys.argv) > 2 else 500
    reason = missing_reason()
    if reason is not None:
        print(f"skipped: {reason}")
        return 0
    server = TestServer()
    try:
        with tempfile.TemporaryDirectory() as folder:
            file = str(Path(folder) / "load.nisba")
            prepare(file)
            file_times, _, file_wall, _ = run(file, 1, claims)
            # The same work at once on the same cores, each process on a file of its own: what 8 markers cost
            # without a server, so the ratio below measures the server, not the machine's cores.
            files = [str(Path(folder) / f"load-{w}.nisba") for w in range(processes)]
            for each in files:
                prepare(each)
            files_times, _, files_wall, _ = run(files, processes, claims)
            one = server.new_database()
            prepare(one)
            one_times, _, one_wall, _ = run(one, 1, claims)
            url = server.new_database()
            prepare(url)
            told: list[int] = []
            with Project.open(url) as watcher:
                watcher.subscribe(
                    lambda r: told.extend(sorted(r.ids("claim", "added"))) if isinstance(r, ChangeRecord) else None
                )
                team_times, refused, team_wall, lists = run(url, processes, claims)
                claims_stored = watcher.claims()
                deadline = time.monotonic() + 30
                while len(told) < len(claims_stored) and time.monotonic() < deadline:
                    threading.Event().wait(0.1)
                names = [s.name for s in watcher.sources()]
            print("| Loop | Claims | p50 per claim | p95 per claim | Throughput |")
            print("| --- | --- | --- | --- | --- |")
            f50, f95 = describe("local .nisba file, 1 process", file_times, file_wall)
            o50, o95 = describe("server over a Unix socket, 1 process", one_times, one_wall)
            m50, m95 = describe(f"{processes} processes at once, a local file each", files_times, files_wall)
            t50, t95 = describe(f"server, {processes} processes at once", team_times, team_wall)
            print()
            print(f"server, 1 process vs the file: p50 {o50 / f50:.2f}x, p95 {o95 / f95:.2f}x")
            print(
                f"server, {processes} processes vs {processes} at once on files of their own (equal work on the same "
                f"cores): p50 {t50 / m50:.2f}x, p95 {t95 / m95:.2f}x (target 3x)"
            )
            print(f"server, {processes} processes vs 1 process on the file: p50 {t50 / f50:.2f}x, p95 {t95 / f95:.2f}x")
            expected = processes * claims
            ids = [c.id for c in claims_stored]
            print(
                f"stored {len(ids):,} of {expected:,} claims, {len(ids) - len(set(ids))} twice; "
                f"{len(names) - len(set(names))} duplicate source names of {len(names)}; "
                f"{refused} same-name races refused; a listener was told of {len(set(told)):,} claims; "
                f"{sum(1 for e in lists if e)} of {processes} markers' lists (their own changes and the others' "
                "notices) equal to the database at the end"
            )
            ok = len(ids) == expected == len(set(told)) and len(names) == len(set(names)) and all(lists)
            print("consistent" if ok else "NOT CONSISTENT")
            return 0 if ok else 1
    finally:
        server.stop()


if __name__ == "__main__":
    sys.exit(main())
