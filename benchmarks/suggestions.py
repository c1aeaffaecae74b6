"""Suggested attributions: quality on the development set and on our own annotated articles, and speed.

Quality: runs ``suggest_attributions`` on the development set (``../shared/suggestions-dev/``: two Arabic
Wikinews articles, their gold and ``score.py``) and prints score.py's measures; then the same on the
articles annotated in ``tests/suggestions_data/`` (own: written while building the rules; fresh,
fresh2, fresh3: annotated before the rules saw them — their first, blind figures are in that folder's README),
and, for scale, on the development set the issue's trivial
baseline ("every sentence with a form of قال").  Speed: a 1 MB article (the sample and the development
texts repeated) suggested in one call, best of three (wall clock, and CPU time, which a loaded machine
disturbs less), against the time to read the same text into tokens (the floor any such pass pays).
Target: at most 1 s.

    .venv/bin/python benchmarks/suggestions.py [--dev DIR]

The development folder is found beside the repository or one of its parents (``shared/suggestions-dev``),
or given with ``--dev`` or ``NISBA_SUGGESTIONS_DEV``.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path
from types import ModuleType
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from annotator.paths import SAMPLE_ARTICLE  # noqa: E402
from annotator.suggestions import suggest_attributions  # noqa: E402
from annotator.suggestions.document import Document  # noqa: E402

OWN = ROOT / "tests" / "suggestions_data"
TARGET_SECONDS = 1.0


def find_dev(given: str | None) -> Path:
    """The development folder (holding score.py and gold.json), or exit with a message saying where to put it."""
    candidates = [Path(given)] if given else []
    if os.environ.get("NISBA_SUGGESTIONS_DEV"):
        candidates.append(Path(os.environ["NISBA_SUGGESTIONS_DEV"]))
    candidates += [parent / "shared" / "suggestions-dev" for parent in ROOT.parents]
    for folder in candidates:
        if (folder / "score.py").is_file() and (folder / "gold.json").is_file():
            return folder
    tried = "\n  ".join(str(c) for c in candidates)
    raise SystemExit(
        "The development set (score.py and gold.json) was not found; looked in:\n  "
        f"{tried}\nPut it at ../shared/suggestions-dev/ beside the repository, or pass --dev DIR."
    )


def load_score(folder: Path) -> ModuleType:
    """score.py of the development set, imported from its file."""
    spec = importlib.util.spec_from_file_location("suggestions_score", folder / "score.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read(name: str, folders: list[Path]) -> str:
    """An article's text as the app stores it (UTF-8, LF)."""
    for folder in folders:
        path = folder / name
        if path.is_file():
            return path.read_text(encoding="utf-8").replace("\r\n", "\n").lstrip("\ufeff")
    raise SystemExit(f"{name}: not found in {[str(f) for f in folders]}")


def predictions(gold: list[dict[str, Any]], folders: list[Path]) -> list[dict[str, Any]]:
    """The suggester's output for each gold article, in gold.json's shape."""
    out = []
    for doc in gold:
        text = read(doc["article"], folders)
        out.append({"article": doc["article"], "claims": [s.to_json() for s in suggest_attributions(text)]})
    return out


_SAY = re.compile(r"(?:^|(?<=\s))[وف]?(?:قال|قالت|قالوا|يقول|تقول|يقولون)(?=\s|$)")


def baseline(gold: list[dict[str, Any]], folders: list[Path]) -> list[dict[str, Any]]:
    """Every sentence with a form of قال as a claim, the verb as its cue, the next word as its source."""
    out = []
    for doc in gold:
        text = read(doc["article"], folders)
        claims = []
        for m in re.finditer(r"[^.!?؟\n]+", text):
            verb = _SAY.search(m.group())
            if not verb:
                continue
            start = m.start() + len(m.group()) - len(m.group().lstrip())
            cue_start = m.start() + verb.start()
            after = re.match(r"\s*(\w+)", text[cue_start + len(verb.group()) :])
            mention = after.group(1) if after else None
            mention_start = cue_start + len(verb.group()) + after.start(1) if after else None
            claims.append(
                {
                    "claim": m.group().strip(),
                    "start": start,
                    "end": start + len(m.group().strip()),
                    "cue": verb.group(),
                    "cue_start": cue_start,
                    "mention": mention,
                    "mention_start": mention_start,
                    "source": mention or "",
                }
            )
        out.append({"article": doc["article"], "claims": claims})
    return out


def report(score: ModuleType, title: str, gold_path: Path, preds: list[dict[str, Any]], folders: list[Path]) -> str:
    """Print score.py's measures for ``preds``; returns its last line."""
    print(f"### {title}\n")
    with tempfile.TemporaryDirectory() as tmp:
        pred_path = Path(tmp) / "predictions.json"
        pred_path.write_text(json.dumps(preds, ensure_ascii=False), encoding="utf-8")
        args = [str(gold_path), str(pred_path), *[a for f in folders for a in ("--texts", str(f))]]
        buffer = io.StringIO()
        with contextlib.redirect_stdout(buffer):
            score.main(args)
    text = buffer.getvalue()
    print(text)
    return text.strip().splitlines()[-1]


def megabyte(folders: list[Path], gold: list[dict[str, Any]]) -> str:
    """About 1 MB (UTF-8) of news: the sample article and the development texts, repeated."""
    parts = [SAMPLE_ARTICLE.read_text(encoding="utf-8")] + [read(d["article"], folders) for d in gold]
    unit = "\n\n".join(parts) + "\n\n"
    copies = 1_000_000 // len(unit.encode("utf-8")) + 1
    return unit * copies


def speed(text: str) -> None:
    """Best of three: suggesting over ``text``, and tokenising it alone."""
    suggest_attributions("قال بوتين إن الاتفاق تاريخي.")  # the lexicon is read once, on first use
    runs, cpu, floor = [], [], []
    for _ in range(3):
        started, started_cpu = time.perf_counter(), time.process_time()
        found = suggest_attributions(text)
        runs.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        started = time.perf_counter()
        Document(text)
        floor.append(time.perf_counter() - started)
    best, tokens = min(runs), min(floor)
    size = len(text.encode("utf-8")) / 1_000_000
    verdict = "within" if best <= TARGET_SECONDS else "OVER"
    print("### Speed\n")
    print(f"{size:.2f} MB article ({len(text):,} code points): {len(found):,} suggestions")
    print(f"suggest      {best:.2f} s  ({verdict} the {TARGET_SECONDS:.0f} s target; CPU time {min(cpu):.2f} s)")
    print(f"tokenise     {tokens:.2f} s  (suggest / tokenise = {best / tokens:.1f}x)")


SETS = (
    ("own", "Own articles (annotated while writing the rules)"),
    ("fresh", "Fresh articles, batch 1 (annotated before the rules saw them)"),
    ("fresh2", "Fresh articles, batch 2 (annotated before the rules saw them)"),
    ("fresh3", "Fresh articles, batch 3 (annotated before the rules saw them)"),
)


def main(argv: list[str] | None = None) -> int:
    """Print the quality tables and the speed line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--dev", help="the development folder (score.py, gold.json and the texts)")
    args = parser.parse_args(argv)
    dev = find_dev(args.dev)
    score = load_score(dev)
    gold_path = dev / "gold.json"
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    lines = {"development set": report(score, "Development set", gold_path, predictions(gold, [dev]), [dev])}
    own_folders = [OWN, SAMPLE_ARTICLE.parent]
    for name, title in SETS:
        path = OWN / f"{name}_gold.json"
        own_gold = json.loads(path.read_text(encoding="utf-8"))
        lines[name] = report(score, title, path, predictions(own_gold, own_folders), own_folders)
    title = "Baseline on the development set: every sentence with a form of قال"
    lines["baseline"] = report(score, title, gold_path, baseline(gold, [dev]), [dev])
    speed(megabyte([dev], gold))
    print("\n### Summary\n")
    for name, line in lines.items():
        print(f"{name:<16} {line}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
