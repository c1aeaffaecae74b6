"""Durability: a process adding claims is killed (SIGKILL) at random moments; nothing it reported is lost.

Each trial starts a fresh interpreter that opens the same project (taking over the killed one's
stale lock), backs it up on opening (the killed one changed it), adds claims as fast as it can with
automatic backups every 0.3 s (every third child: after each claim, so kills land inside backups too),
and prints each claim's id once ``add_claim`` has returned.  The parent kills it at a random moment, then checks
the file: ``integrity_check`` ok, ``foreign_key_check`` clean, every reported claim present with
its whole attribution chain, every backup a whole project, and that some kills did land inside a backup
(each leaves its temporary file, named with the killed process's id, which no later open mistakes for a backup).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from annotator import Project
from annotator.storage.backups import backup_dir, check_backup, list_backups

ROOT = Path(__file__).resolve().parents[1]
TRIALS = 24

CHILD = """
import sys
from annotator import Project
p = Project.open(sys.argv[1], backup_every_minutes=float(sys.argv[2]), keep_backups=3)
article = p.articles()[0] if p.articles() else p.add_article("قال المتحدث إن المحادثات مستمرة " * 40)
sources = p.sources() or [p.add_source("الوزارة", "government"), p.add_source("The Hill", "media")]
chain = [s.id for s in sources]
print("ready", flush=True)
i = 0
while True:
    i += 1
    start = i % 1000
    claim = p.add_claim(article.id, start, start + 5, chain, note="ملاحظة %d" % i)
    print(claim.id, flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")
def test_sigkill_at_random_moments_loses_nothing_reported(tmp_path: Path) -> None:
    path = tmp_path / "مشروع التجربة.nisba"
    rng = random.Random(int(os.environ.get("NISBA_KILL_SEED", "6")))
    reported: set[int] = set()
    killed: set[int] = set()
    for trial in range(TRIALS):
        every = "0" if trial % 3 == 0 else "0.005"  # every third child backs up after each claim
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), every], cwd=ROOT, stdout=subprocess.PIPE, text=True
        )
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        killed.add(child.pid)
        out, _ = child.communicate()
        lines = out.split("\n")[:-1]  # a last line without its newline was cut by the kill
        reported.update(int(line) for line in lines)

        # The app's own open comes first: it examines the file read-only with the killed process's WAL
        # still hot, and takes over its stale lock.
        with Project.open(path, backup_on_open=False) as p:
            claims = {c.id: c for c in p.claims()}
            missing = reported - claims.keys()
            assert not missing, f"reported as saved but lost: {sorted(missing)[:10]}"
            assert all(len(c.source_ids) == 2 for c in claims.values())  # no claim without its chain
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        con.close()
    assert len(reported) > TRIALS  # the kills landed while claims were being added
    backups = list_backups(path)
    assert backups, "no backup was made, so no kill could land inside one"
    for backup in backups:
        check_backup(backup.path)  # every backup left behind is a whole Nisba project that passes its check
        con = sqlite3.connect(backup.path)
        unchained = "SELECT count(*) FROM claim WHERE (SELECT count(*) FROM attribution WHERE claim_id = claim.id) != 2"
        assert con.execute(unchained).fetchone()[0] == 0  # as in the project: no claim without its chain
        con.close()
    cut = list(backup_dir(path).glob(".*.tmp"))  # temporaries of backups a kill cut short
    assert {int(temp.name.split(".")[-2]) for temp in cut} <= killed  # each left by a killed child
    assert cut, f"none of the {TRIALS // 3} children backing up after each claim was killed inside a backup"
    print(f"{TRIALS} kills; {len(reported)} claims reported, all present; {len(cut)} kills inside a backup")
