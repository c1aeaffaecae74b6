"""Highlighting sessions: start, end (also after a crash), articles, claims and time per article; curation."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest

from annotator import Project
from annotator.errors import ReadOnlyError
from annotator.project.sessions import IDLE_SECONDS

T0 = datetime(2026, 11, 29, 9, 0, 0)


def at(seconds: float) -> datetime:
    return T0 + timedelta(seconds=seconds)


def test_session_records_articles_time_and_claims(project: Project) -> None:
    a = project.add_article("قال الرئيس إن الاتفاق تاريخي. وأضاف المتحدث أن المحادثات مستمرة.", title="أ")
    b = project.add_article("Second article text, in English.", title="B")
    project.annotator = "سارة"
    sid = project.start_session(now=at(0))
    project.touch_session(a.id, now=at(10))  # opens article a
    project.touch_session(a.id, now=at(70))  # an action there: 60 s on a
    project.touch_session(b.id, now=at(100))  # 30 s more on a, then b
    project.end_session(now=at(160))  # 60 s on b
    [info] = project.highlight_sessions()
    assert info.id == sid and info.annotator == "سارة" and not info.interrupted
    assert info.started == at(0) and info.ended >= at(160)
    per = {x.article_id: x for x in info.articles}
    assert (per[a.id].seconds, per[b.id].seconds, info.seconds) == (90.0, 60.0, 150.0)
    assert per[a.id].title == "أ" and [x.article_id for x in info.articles] == [a.id, b.id]


def test_idle_gaps_count_only_up_to_the_cap(project: Project) -> None:
    a = project.add_article("نص المقال الأول.")
    project.start_session("x", now=at(0))
    project.touch_session(a.id, now=at(0))
    project.end_session(now=at(3600))
    [info] = project.highlight_sessions()
    assert info.seconds == IDLE_SECONDS


def test_a_crashed_session_ends_at_its_last_action(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    project = Project.open(path, backup_every_minutes=None, backup_on_open=False)
    a = project.add_article("نص المقال الأول.")
    project.start_session("علي", now=at(0))
    project.touch_session(a.id, now=at(5))
    project.touch_session(a.id, now=at(45))
    project._sessions.session_id = None  # the process dies: nothing closes the session
    project.close()
    with Project.open(path, backup_every_minutes=None, backup_on_open=False) as again:
        again.start_session("علي", now=at(500))
        first, second = again.highlight_sessions()
        assert first.interrupted and first.ended == at(45) and first.seconds == 40.0
        assert not second.interrupted  # the running one


def test_switching_annotator_starts_a_new_session_and_claims_are_counted_per_annotator(project: Project) -> None:
    a = project.add_article("قال الرئيس إن الاتفاق تاريخي.")
    project.annotator = "one"
    project.start_session()
    project.touch_session(a.id)
    project.add_claim(a.id, 0, 3)
    project.annotator = "two"
    project.start_session()
    project.touch_session(a.id)
    project.add_claim(a.id, 4, 10)
    project.add_claim(a.id, 11, 15)
    project.end_session()
    first, second = project.highlight_sessions()
    assert [x.article_id for x in first.articles] == [a.id] and first.articles[0].seconds >= 0
    assert (first.annotator, first.claims, first.interrupted) == ("one", 1, False)
    assert (second.annotator, second.claims) == ("two", 2)


def test_curation_flag_is_stored_and_survives_delete_and_restore(project: Project) -> None:
    a = project.add_article("قال الرئيس إن الاتفاق تاريخي.")
    claim = project.add_claim(a.id, 0, 3)
    assert not claim.curated
    changes = []
    project.subscribe(changes.append)
    assert project.set_curated(claim.id, True).curated
    assert [(c.entity, c.action) for c in changes[-1]] == [("claim", "changed")]
    project.delete_claim(claim.id)
    project.undo()
    assert project.claim(claim.id).curated
    assert not project.set_curated(claim.id, False).curated


def test_only_the_article_worked_on_counts_claims_merged_elsewhere_do_not(project: Project) -> None:
    a = project.add_article("قال الرئيس إن الاتفاق تاريخي.")
    b = project.add_article("Another article, in English.")
    project.start_session("x")
    project.touch_session(a.id)
    before = project.highlight_sessions()[0].ended
    project.add_claim(b.id, 0, 7)  # e.g. merged from a file: b was never opened
    project.add_claim(a.id, 0, 3)  # work on the open article moves the last action on
    [info] = project.highlight_sessions()
    assert [x.article_id for x in info.articles] == [a.id] and info.ended >= before


def test_a_read_only_project_records_no_session(tmp_path: Path) -> None:
    Project.open(tmp_path / "p.nisba").close()
    with Project.open(tmp_path / "p.nisba", read_only=True) as project:
        with pytest.raises(ReadOnlyError):
            project.start_session("x")
        assert project.current_session is None


def test_each_attribution_records_who_added_it(project: Project) -> None:
    a = project.add_article("قال الرئيس إن الاتفاق تاريخي.")
    hill = project.add_source("The Hill")
    putin = project.add_source("Putin")
    project.annotator = "سارة"
    claim = project.add_claim(a.id, 0, 3, [hill.id])
    assert [x.annotator for x in claim.attributions] == ["سارة"]
    project.annotator = "adjudicator"
    edited = project.set_chain(claim.id, [putin.id, hill.id])  # reordered: The Hill is still سارة's
    assert [(x.source_id, x.annotator) for x in edited.attributions] == [(putin.id, "adjudicator"), (hill.id, "سارة")]
    assert edited.annotator == "سارة"  # the claim stays hers
    project.delete_claim(claim.id)
    project.undo()
    assert [x.annotator for x in project.claim(claim.id).attributions] == ["adjudicator", "سارة"]


def test_closing_the_project_ends_its_session(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    with Project.open(path) as project:
        a = project.add_article("نص المقال الأول.")
        project.start_session("علي")
        project.touch_session(a.id)
    with Project.open(path, read_only=True) as again:
        [info] = again.highlight_sessions()
        assert not info.interrupted and info.articles[0].article_id == a.id
