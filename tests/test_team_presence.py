"""Presence and faults in team mode: who is on which article, told live; a client killed with kill -9 in the
middle of marking leaves nothing half-written and its presence goes with it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from annotator import Project
from annotator.cli import main
from annotator.storage.claim_query import ClaimQuery
from annotator.storage.presence import Presence
from tests.test_team_roles import TEXT, as_user

WAIT = 30.0  # seconds at most, so a broken listener fails instead of hanging


class PresenceSeen:
    """The presence lists a project is told, with a way to wait for one that matches."""

    def __init__(self, project: Project) -> None:
        self.seen: list[list[Presence]] = []
        self._arrived = threading.Condition()
        self.unsubscribe = project.subscribe_presence(self._on_presence)

    def _on_presence(self, now: list[Presence]) -> None:
        with self._arrived:
            self.seen.append(now)
            self._arrived.notify_all()

    def wait_for(self, wanted: set[tuple[str, int]]) -> None:
        def others() -> set[tuple[str, int]] | None:
            last = self.seen[-1] if self.seen else None
            return None if last is None else {(p.user, p.article_id) for p in last if not p.own}

        with self._arrived:
            found = self._arrived.wait_for(lambda: others() == wanted, timeout=WAIT)
        assert found, f"never told {wanted}; told {self.seen[-3:]}"


@pytest.fixture
def team(pg_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["server", "init", pg_url]) == 0
    for name in ("layla", "omar"):
        assert main(["server", "add-user", pg_url, name, "--role", "annotator"]) == 0
    capsys.readouterr()
    with Project.open(pg_url) as coordinator:
        coordinator.add_article(TEXT, title="مقال")
        coordinator.add_article(TEXT + " (2)", title="مقال 2")
    return pg_url


def test_each_annotator_sees_who_is_on_which_article_live(team: str) -> None:
    with Project.open(as_user(team, "layla")) as layla, Project.open(as_user(team, "omar")) as omar:
        first, second = (a.id for a in layla.article_summaries())
        omar_sees = PresenceSeen(omar)
        layla.set_current_article(first)
        omar_sees.wait_for({("layla", first)})
        assert omar.presence() == [Presence("layla", first)]  # an annotator reads the others' presence
        omar.set_current_article(second)
        assert Presence("omar", second, own=True) in omar.presence()
        assert Presence("omar", second) in layla.presence()
        layla.set_current_article(second)
        omar_sees.wait_for({("layla", second)})
        layla.set_current_article(None)
        omar_sees.wait_for(set())
        layla.set_current_article(first)
        omar_sees.wait_for({("layla", first)})
    with Project.open(as_user(team, "omar")) as omar_again:  # Layla closed her project: she is on no article
        assert omar_again.presence() == []


def test_a_project_file_knows_only_its_own_presence(tmp_path: Path) -> None:
    with Project.open(tmp_path / "p.nisba") as project:
        project.annotator = "layla"
        article = project.add_article(TEXT)
        assert project.presence() == []
        project.set_current_article(article.id)
        assert project.presence() == [Presence("layla", article.id, own=True)]
        assert project.subscribe_presence(lambda _now: None)() is None
        assert project.subscribe_connection(lambda _up: None)() is None


_MARKER = """
import sys, time
from annotator import Project
with Project.open(sys.argv[1]) as project:
    article = project.article_summaries()[0].id
    project.set_current_article(article)
    a, b = project.add_source("بوتين", "person"), project.add_source("The Hill", "media")
    for n in range(5):
        project.add_claim(article, n * 2, n * 2 + 2, [a.id, b.id])
    with project.action("Mark many claims"):
        for n in range(5, 25):
            project.add_claim(article, n * 2, n * 2 + 2, [a.id, b.id])
        print("inside", flush=True)
        time.sleep(600)  # killed here, in the middle of one step of twenty claims
"""


def test_a_client_killed_mid_marking_leaves_nothing_half_written_and_its_presence_goes(team: str) -> None:
    with Project.open(as_user(team, "omar")) as omar:
        omar_sees = PresenceSeen(omar)
        article = omar.article_summaries()[0].id
        child = subprocess.Popen(
            [sys.executable, "-c", _MARKER, as_user(team, "layla")], stdout=subprocess.PIPE, text=True
        )
        try:
            assert child.stdout is not None and child.stdout.readline().strip() == "inside"
            omar_sees.wait_for({("layla", article)})
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait(timeout=30)
            if child.stdout is not None:
                child.stdout.close()
        omar_sees.wait_for(set())  # the server ended the dead client's connection, and its presence with it
        assert [p for p in omar.presence() if not p.own] == []
        claims = omar.claims()
        assert len(claims) == 5  # the five committed ones; none of the step it was killed in
        assert all(len(c.source_ids) == 2 for c in claims)  # every claim whole, with its chain
        assert omar.count_claims(ClaimQuery()) == 5  # the search index agrees
        omar.add_claim(article, 52, 58)  # and the project takes new work at once (no lock left behind)
