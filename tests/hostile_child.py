"""Run hostile cases in this process under a memory limit and a hang guard; print one JSON line per case.

    python tests/hostile_child.py CASES.json MEMORY_MB HANG_SECONDS

CASES.json is a list of ``[name, call, path, keywords]``; ``call`` is ``read_article``,
``read_web_annotations`` or ``import_annotations`` (into the project at ``keywords["project"]``).
The limit (``RLIMIT_AS``) is set once everything is imported: MEMORY_MB is what the cases may add.
"""

from __future__ import annotations

import json
import resource
import signal
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import docx  # noqa: F401  - everything a case may load, loaded before the limit is set
import trafilatura  # noqa: F401

from annotator import Project
from annotator.errors import AnnotatorError
from annotator.exchange.w3c import read_web_annotations
from annotator.importers import web_page, word  # noqa: F401
from annotator.importers.reading import read_article


class Hang(BaseException):
    """The case ran past the hang guard (not an Exception: no library may catch it)."""


def _alarm(signum: int, frame: Any) -> None:
    raise Hang


def _vm_size() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) * 1024
    raise RuntimeError("no VmSize")


def _run(call: str, path: str, keywords: dict[str, Any]) -> object:
    if call == "read_article":
        return read_article(path, **keywords).text[:80]
    if call == "read_web_annotations":
        return len(read_web_annotations(Path(path)))
    with Project.open(keywords["project"], backup_on_open=False, backup_every_minutes=None) as project:
        return project.import_annotations(path).added


def main() -> None:
    """Run every case; a case's outcome is its result, the project's error, or what escaped."""
    cases = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    budget, hang_after = int(sys.argv[2]) << 20, int(sys.argv[3])
    limit = _vm_size() + budget
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGALRM, _alarm)
    for name, call, path, keywords in cases:
        start = time.perf_counter()
        signal.alarm(hang_after)
        try:
            result: dict[str, Any] = {"outcome": "accepted", "value": str(_run(call, path, keywords))}
        except Hang:
            result = {"outcome": "hang"}
        except AnnotatorError as exc:
            result = {"outcome": "refused", "error": type(exc).__name__, "message": str(exc)}
        except MemoryError:
            result = {"outcome": "memory"}
        except BaseException as exc:
            result = {"outcome": "escape", "error": type(exc).__name__, "message": str(exc)[:300]}
        finally:
            signal.alarm(0)
        result.update(name=name, seconds=round(time.perf_counter() - start, 2))
        print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
