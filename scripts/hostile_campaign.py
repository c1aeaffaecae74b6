"""Hostile-input campaign: every importer, the annotation import, the public API and the exports, measured.

Each case runs in a forked child on a fresh copy of a project holding one article and one claim,
under a memory limit (``RLIMIT_AS``) and a time limit.  A case ends as *accepted* (then its project
is exported to xlsx, csv and json, and the workbook read back), *refused* (the project's error; the
message must name the file or field), *blamed* (DamagedProjectError for a healthy project), an
*escape* (any other exception), *memory* (MemoryError or killed) or a *hang* (over the time limit).
Afterwards the project is reopened: the article and the claim must be intact and ``integrity_check`` ok.

    .venv/bin/python scripts/hostile_campaign.py [--seed 1] [--random 120] [--timeout 20] [--memory-mb 2048] [-v]

Prints one line per case that broke the promise, then the figures per group and in total.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import select
import shutil
import signal
import sqlite3
import sys
import tempfile
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator import Project  # noqa: E402
from annotator.errors import AnnotatorError, DamagedProjectError  # noqa: E402
from scripts.hostile_cases import Case, all_cases  # noqa: E402

MEMORY_FINDING_MB = 1024  # a case that needs more than this has not bounded its memory
OUTCOMES = ("accepted", "refused", "unclear", "blamed", "escape", "memory", "hang", "slow")


@dataclass
class Result:
    """What one case did."""

    case: Case
    outcome: str
    detail: str = ""
    seconds: float = 0.0
    peak_mb: float = 0.0
    findings: list[str] = field(default_factory=list)


def _vm_size_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1])
    return 0


def _check_exports(project: Project, folder: Path) -> list[str]:
    """Export what was accepted; a failure or a live formula is a finding."""
    findings = []
    for fmt in ("xlsx", "csv", "json"):
        target = folder / f"out.{fmt}"
        try:
            project.export(target, fmt)
        except AnnotatorError as exc:
            findings.append(f"{fmt} export refused: {str(exc)[:160]}")
            continue
        except Exception as exc:
            findings.append(f"{fmt} export escaped: {type(exc).__name__}: {str(exc)[:160]}")
            continue
        if fmt == "xlsx":
            import openpyxl

            try:
                book = openpyxl.load_workbook(target, read_only=True)
                formulas = [
                    f"{ws.title}!{c.coordinate}"
                    for ws in book.worksheets
                    for row in ws.iter_rows()
                    for c in row
                    if getattr(c, "data_type", None) == "f" and ws.title != "Summary"
                ]
                book.close()
            except Exception as exc:
                findings.append(f"xlsx does not read back: {type(exc).__name__}: {str(exc)[:120]}")
            else:
                if formulas:
                    findings.append(f"live formula in the workbook: {', '.join(formulas[:3])}")
        if fmt == "json":
            from annotator.exchange.w3c import read_web_annotations

            try:
                read_web_annotations(target)
            except Exception as exc:
                findings.append(f"own json export does not read back: {type(exc).__name__}: {str(exc)[:120]}")
    return findings


def _intact(path: Path, text: str, claim_text: str) -> list[str]:
    """The template's article and claim are still there and the file passes integrity_check."""
    findings = []
    con = sqlite3.connect(path)
    try:
        if con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            findings.append("DATA LOSS: integrity_check failed")
        if not con.execute("SELECT 1 FROM article WHERE text = ?", (text,)).fetchone():
            findings.append("DATA LOSS: the first article is gone or changed")
        if not con.execute("SELECT 1 FROM claim WHERE text = ?", (claim_text,)).fetchone():
            findings.append("DATA LOSS: the claim is gone or changed")
    finally:
        con.close()
    with Project.open(path, read_only=True) as again:
        if not again.claims():
            findings.append("DATA LOSS: the project reopens without its claim")
    return findings


def _child(case: Case, template: Path, folder: Path, text: str, claim_text: str, limit: int, out: int) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    result: dict[str, Any] = {"findings": []}
    try:
        project_path = folder / "p.nisba"
        shutil.copy(template, project_path)
        start = time.perf_counter()
        with Project.open(project_path, backup_on_open=False, backup_every_minutes=None) as project:
            try:
                returned = case.action(project, case.path)
            except DamagedProjectError as exc:
                result.update(outcome="blamed", detail=str(exc)[:200])
            except AnnotatorError as exc:
                clear = all(needle in str(exc) for needle in case.names)
                result.update(outcome="refused" if clear else "unclear", detail=str(exc)[:200])
            except MemoryError:
                result.update(outcome="memory", detail="MemoryError")
            except Exception as exc:
                frames = traceback.extract_tb(exc.__traceback__)
                where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
                result.update(outcome="escape", detail=f"{type(exc).__name__}: {str(exc)[:160]}{where}")
            else:
                result.update(outcome="accepted")
                if isinstance(returned, list):  # an action's own findings
                    result["findings"] += [str(finding) for finding in returned]
            result["seconds"] = time.perf_counter() - start
            if result["outcome"] == "accepted":
                result["findings"] += _check_exports(project, folder)
                result["findings"] += case.check(project) if case.check else []
        result["findings"] += _intact(project_path, text, claim_text)
    except MemoryError:
        result.update(outcome="memory", detail="MemoryError outside the action")
    except BaseException as exc:
        result.setdefault("outcome", "escape")
        result["findings"].append(f"campaign check failed: {type(exc).__name__}: {str(exc)[:160]}")
    os.write(out, json.dumps(result).encode())
    os._exit(0)


def run_case(case: Case, template: Path, text: str, claim_text: str, timeout: float, limit: int) -> Result:
    """Fork, run ``case`` in the child, collect its report, its peak memory and its time."""
    folder = Path(tempfile.mkdtemp(prefix="hostile-case-"))
    read_end, write_end = os.pipe()
    started = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        os.close(read_end)
        _child(case, template, folder, text, claim_text, limit, write_end)
    os.close(write_end)
    chunks = []
    deadline = started + timeout
    hung = False
    while True:
        left = deadline - time.perf_counter()
        if left <= 0:
            hung = True
            os.kill(pid, signal.SIGKILL)
            break
        ready, _, _ = select.select([read_end], [], [], left)
        if ready:
            chunk = os.read(read_end, 1 << 16)
            if not chunk:
                break
            chunks.append(chunk)
    os.close(read_end)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - started
    shutil.rmtree(folder, ignore_errors=True)
    peak = usage.ru_maxrss / 1024
    if hung:
        return Result(case, "hang", f"killed after {timeout:.0f} s", seconds, peak)
    if not chunks:
        how = f"signal {-os.waitstatus_to_exitcode(status)}" if os.WIFSIGNALED(status) else "no report"
        return Result(case, "memory", f"child died ({how})", seconds, peak)
    report = json.loads(b"".join(chunks))
    outcome = report["outcome"]
    if outcome in ("accepted", "refused") and report.get("seconds", 0) > case.budget:
        outcome = "slow"
    detail = report.get("detail", "")
    findings = report["findings"]
    if peak > MEMORY_FINDING_MB:
        findings.append(f"peak memory {peak:.0f} MB")
    return Result(case, outcome, detail, report.get("seconds", seconds), peak, findings)


def _template(folder: Path) -> tuple[Path, str, str]:
    from annotator.paths import SAMPLE_ARTICLE

    path = folder / "template.nisba"
    with Project.open(path, backup_on_open=False, backup_every_minutes=None) as project:
        article = project.import_file(SAMPLE_ARTICLE)
        source = project.add_source("وكالة الأنباء", "media")
        claim = project.add_claim(article.id, 10, 60, [source.id])
        return path, article.text, claim.text


def main() -> int:
    """Run the campaign; the exit status is the number of cases that broke the promise (capped at 100)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--random", type=int, default=120, help="random and bit-flipped cases per kind")
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a case counts as a hang")
    parser.add_argument("--memory-mb", type=int, default=2048, help="memory a case may add to the process")
    parser.add_argument("--group", action="append", help="run only this group (text, html, docx, annotations...)")
    parser.add_argument("-v", "--verbose", action="store_true", help="print every case")
    args = parser.parse_args()

    import docx  # noqa: F401  - loaded once here, so every forked case starts warm
    import openpyxl  # noqa: F401
    import trafilatura  # noqa: F401

    import annotator.exchange.w3c
    import annotator.exports.xlsx  # noqa: F401

    work = Path(tempfile.mkdtemp(prefix="hostile-campaign-"))
    try:
        template, text, claim_text = _template(work)
        limit = (_vm_size_kb() << 10) + (args.memory_mb << 20)
        results: list[Result] = []
        print(f"core under test: {Path(annotator_file()).parent}")
        for case in all_cases(work / "corpus", args.seed, args.random, args.group or ()):
            try:
                result = run_case(case, template, text, claim_text, args.timeout, limit)
            finally:
                if case.cleanup:
                    case.cleanup()
            results.append(result)
            broke = result.outcome not in ("accepted", "refused") or result.findings
            if args.verbose or broke:
                extra = f" [{'; '.join(result.findings)}]" if result.findings else ""
                print(
                    f"{result.outcome:8} {result.seconds:6.2f}s {result.peak_mb:6.0f}MB "
                    f"{case.group}/{case.name}: {result.detail[:150]}{extra}"
                )
        return _report(results)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def annotator_file() -> str:
    """Where the core under test lives (this checkout, not another install)."""
    import annotator

    return str(annotator.__file__)


def _report(results: list[Result]) -> int:
    groups = sorted({r.case.group for r in results})
    header = f"{'group':14} {'cases':>5} " + " ".join(f"{o:>8}" for o in OUTCOMES) + "  findings  peak MB  slowest s"
    print()
    print(header)
    print("-" * len(header))
    broken = 0
    for group in [*groups, "TOTAL"]:
        rows = results if group == "TOTAL" else [r for r in results if r.case.group == group]
        counts = Counter(r.outcome for r in rows)
        findings = sum(1 for r in rows if r.findings)
        peak = max((r.peak_mb for r in rows), default=0.0)
        slowest = max((r.seconds for r in rows), default=0.0)
        print(
            f"{group:14} {len(rows):5} "
            + " ".join(f"{counts.get(o, 0):8}" for o in OUTCOMES)
            + f"  {findings:8}  {peak:7.0f}  {slowest:9.2f}"
        )
        if group == "TOTAL":
            broken = sum(1 for r in rows if r.outcome not in ("accepted", "refused") or r.findings)
    print(f"\nbroke the promise: {broken} of {len(results)} cases")
    return min(broken, 100)


if __name__ == "__main__":
    sys.exit(main())
