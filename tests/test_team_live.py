"""Live updates in team mode: each client is told of the others' commits as change records, once.

Two projects on one database (two connections of this process, or another process) each see the other's
claim, source and article status, through ``project.subscribe``, from the listener's thread.
"""

from __future__ import annotations

import subprocess
import sys
import threading

from annotator import Project
from annotator.storage.changes import Change, ChangeRecord

TEXT = "قال الرئيس بوتين إن الاتفاق تاريخي. وأضاف أن العلاقات قوية."
WAIT = 30.0  # seconds at most, so a broken listener fails instead of hanging; delivery takes milliseconds


class Records:
    """The records a project is told, with a way to wait for one that matches."""

    def __init__(self, project: Project) -> None:
        self.seen: list[ChangeRecord] = []
        self._arrived = threading.Condition()
        self.unsubscribe = project.subscribe(self._on_record)

    def _on_record(self, record: ChangeRecord) -> None:
        with self._arrived:
            self.seen.append(record)
            self._arrived.notify_all()

    def wait_for(self, change: Change) -> ChangeRecord:
        with self._arrived:
            found = self._arrived.wait_for(lambda: self._with(change), timeout=WAIT)
        assert found, f"no record with {change} in {self.seen}"
        return found

    def _with(self, change: Change) -> ChangeRecord | None:
        return next((r for r in self.seen if change in r.changes), None)


def test_each_client_sees_the_others_claims_source_and_status_once(pg_url: str) -> None:
    with Project.open(pg_url) as layla, Project.open(pg_url) as omar:
        article = layla.add_article(TEXT, title="مقال")
        heard_by_layla, heard_by_omar = Records(layla), Records(omar)
        putin = omar.add_source("بوتين", "person")
        claim = omar.add_claim(article.id, 0, 10, [putin.id])
        told = heard_by_layla.wait_for(Change("claim", "added", (claim.id,), article.id))
        assert told.origin == "remote" and "nisba" in told.label
        heard_by_layla.wait_for(Change("source", "added", (putin.id,)))
        layla.update_article(article.id, status="done")
        heard_by_omar.wait_for(Change("article", "changed", (article.id,), article.id))
        layla.set_chain(claim.id, [])
        heard_by_omar.wait_for(Change("claim", "changed", (claim.id,), article.id))
        # Notices come in commit order: once Layla hears this, she has heard all before it.
        last = omar.add_label("verifiable")
        heard_by_layla.wait_for(Change("label", "added", (last.id,)))
        # Each is told its own commits once, as operations, never again as another client's.
        assert [r.origin for r in heard_by_omar.seen if r.ids("claim", "added")] == ["do"]
        assert [r.origin for r in heard_by_layla.seen if r.ids("claim", "added")] == ["remote"]
        assert [r.origin for r in heard_by_layla.seen if r.ids("article", "changed")] == ["remote", "do"]  # Omar's
        # first claim put the article in progress; Layla's "done" is told to her once, as hers.
        heard_by_layla.unsubscribe()


_OTHER_CLIENT = """
import sys
from annotator import Project
with Project.open(sys.argv[1]) as other:
    article = other.articles()[0]
    source = other.add_source("The Hill", "media")
    claim = other.add_claim(article.id, 11, 16, [source.id])
    print(claim.id)
"""


def test_a_claim_marked_in_another_process_is_told_with_its_article(pg_url: str) -> None:
    with Project.open(pg_url) as project:
        article = project.add_article(TEXT, title="مقال")
        heard = Records(project)
        done = subprocess.run(
            [sys.executable, "-c", _OTHER_CLIENT, pg_url], capture_output=True, text=True, check=True, timeout=60
        )
        claim_id = int(done.stdout.strip())
        told = heard.wait_for(Change("claim", "added", (claim_id,), article.id))
        assert told.origin == "remote"
        assert project.claim(claim_id).text == TEXT[11:16]
