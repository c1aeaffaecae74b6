"""Stale edits of shared rows (schema 8): an edit made on a source or an article as it was read, after another
client changed it, is refused with who changed it and what it is now; nothing is overwritten.  On a file and
on a server; and a server project of schema 6 is upgraded once, under the schema lock, by its coordinator."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import text

from annotator import Project
from annotator.cli import main
from annotator.errors import ChangedMeanwhileError, ProjectFileError
from annotator.storage.file_format import SCHEMA_VERSION
from tests.test_team_roles import TEXT, as_user

BOTH_FLAVOURS = True


def test_every_change_raises_a_shared_rows_version_and_names_who_made_it(project: Project) -> None:
    project.annotator = "layla"
    source = project.add_source("Putin", "person")
    assert (source.version, source.changed_by) == (1, None)
    renamed = project.update_source(source.id, name="Vladimir Putin", expected_version=1)
    assert (renamed.version, renamed.changed_by) == (2, "layla")
    article = project.add_article(TEXT, title="مقال")
    project.annotator = "omar"
    project.add_claim(article.id, 0, 10, [source.id])  # the first claim puts the article in progress
    assert (project.article(article.id).version, project.article(article.id).changed_by) == (2, "omar")
    assert project.article_summaries()[0].version == 2
    project.undo()  # an undo puts the row back as it was, version and all
    assert (project.article(article.id).version, project.article(article.id).status) == (1, "todo")


def test_a_rename_made_on_an_older_version_is_refused_with_the_new_name(project: Project) -> None:
    project.annotator = "layla"
    source = project.add_source("Putin", "person")
    seen = project.source(source.id)  # the edit dialog opens on this
    project.update_source(source.id, name="Vladimir Putin", colour="#123456")  # meanwhile, elsewhere
    with pytest.raises(ChangedMeanwhileError, match=r"changed by layla meanwhile.*“Vladimir Putin”") as refused:
        project.update_source(source.id, name="V. Putin", kind="government", expected_version=seen.version)
    assert refused.value.changed_by == "layla"
    assert refused.value.current["name"] == "Vladimir Putin" and refused.value.current["version"] == 2
    now = project.source(source.id)
    assert (now.name, now.kind, now.colour, now.version) == ("Vladimir Putin", "person", "#123456", 2)
    assert project.undo_text() == "Undo edit source “Vladimir Putin”"  # the refusal left no step


def test_an_article_status_set_on_an_older_version_is_refused(project: Project) -> None:
    article = project.add_article(TEXT, title="مقال")
    shown = project.article_summaries()[0]
    project.update_article(article.id, status="done")
    with pytest.raises(ChangedMeanwhileError, match=r"the article “مقال” was changed by .* it is now “مقال”, done"):
        project.update_article(article.id, status="in_progress", expected_version=shown.version)
    assert project.article_status(article.id) == "done"


@pytest.mark.file_only
def test_no_version_given_means_no_check(project: Project) -> None:
    source = project.add_source("Putin")
    project.update_source(source.id, name="A")
    assert project.update_source(source.id, name="B").version == 3


def test_two_annotators_on_a_server_one_rename_refused_naming_the_other(team: str) -> None:
    with Project.open(as_user(team, "layla")) as layla, Project.open(as_user(team, "omar")) as omar:
        source = layla.add_source("بوتين", "person")
        omar_sees = omar.source(source.id)
        layla.update_source(source.id, name="فلاديمير بوتين")
        with pytest.raises(ChangedMeanwhileError, match=r"changed by layla meanwhile.*“فلاديمير بوتين”"):
            omar.update_source(source.id, colour="#abcdef", expected_version=omar_sees.version)
        assert omar.source(source.id).colour == layla.source(source.id).colour != "#abcdef"
        article = omar.articles()[0]
        layla_sees = layla.article_summaries()[0]
        omar.update_article(article.id, status="done")
        with pytest.raises(ChangedMeanwhileError, match="changed by omar meanwhile"):
            layla.update_article(article.id, status="todo", expected_version=layla_sees.version)
        assert layla.article_status(article.id) == "done"


@pytest.fixture
def team(pg_url: str, capsys: pytest.CaptureFixture[str]) -> str:
    assert main(["server", "init", pg_url]) == 0
    for name in ("layla", "omar"):
        assert main(["server", "add-user", pg_url, name, "--role", "annotator"]) == 0
    capsys.readouterr()
    with Project.open(pg_url) as coordinator:
        coordinator.add_article(TEXT, title="مقال")
    return pg_url


def _back_to_schema_6(url: str) -> None:
    """Make the server project a schema 6 one, as an older Nisba left it."""
    from alembic import command

    from annotator.storage.migrations import alembic_config

    with Project.open(url) as project, project._store.flavour.engine.begin() as conn:
        command.downgrade(alembic_config(conn), "0006")  # type: ignore[arg-type]
        conn.execute(text("UPDATE meta SET schema_version = 6"))


def test_a_schema_6_server_project_is_upgraded_once_by_its_coordinator(team: str) -> None:
    with Project.open(team) as coordinator:
        source = coordinator.add_source("Putin", "person")
    _back_to_schema_6(team)
    with pytest.raises(
        ProjectFileError, match=f"schema 6 and needs upgrading to {SCHEMA_VERSION}, which only its coordinator"
    ):
        Project.open(as_user(team, "layla"))
    opened: list[int] = []
    errors: list[BaseException] = []

    def open_it() -> None:
        try:
            with Project.open(team) as project:
                opened.append(project.source(source.id).version)
        except BaseException as exc:  # reported below
            errors.append(exc)

    both = [threading.Thread(target=open_it) for _ in range(2)]  # at once: the lock lets one migrate
    for thread in both:
        thread.start()
    for thread in both:
        thread.join(timeout=60)
    assert errors == [] and opened == [1, 1]
    with Project.open(as_user(team, "layla")) as layla:
        assert layla.update_source(source.id, name="Vladimir Putin", expected_version=1).version == 2
        word = layla.add_attribution_word("ألمح")  # schema 11's table: its privileges and row trigger came too
        assert layla.last_change is not None and layla.last_change.ids("word", "added") == {word.id}
        layla.undo()
        assert layla.attribution_words() == []
        with layla._store.read() as s:
            assert s.execute(text("SELECT schema_version FROM meta")).scalar() == SCHEMA_VERSION
