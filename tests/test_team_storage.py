"""Team mode's storage: a project on a PostgreSQL server opens like a file, says where it is without a password,
refuses what is not its own, and stores what PostgreSQL text cannot hold as a file's search does."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from annotator import Project
from annotator.errors import AnnotatorError, NewerSchemaError, ProjectFileError
from annotator.storage.claim_query import ClaimQuery
from annotator.storage.postgres import describe, is_server_address
from tests.pg import TestServer

ROLE = f"pw_{uuid.uuid4().hex[:12]}"


@pytest.mark.parametrize(
    ("value", "server"),
    [
        ("postgresql://layla@db.example.org/study", True),
        ("postgres://db/study?sslmode=require", True),
        ("host=db.example.org dbname=study user=layla", True),
        ("dbname='my study' sslmode=verify-full", True),
        ("study.nisba", False),
        ("notes=old.nisba", False),
        ("/home/layla/postgresql.nisba", False),
        ("", False),
    ],
)
def test_server_addresses_are_told_from_file_names(value: str, server: bool) -> None:
    assert is_server_address(value) is server
    assert is_server_address(Path("study.nisba")) is False


def test_the_location_never_holds_the_password() -> None:
    shown = describe({"user": "layla", "password": "s3cr3t", "host": "db.example.org", "port": "5433", "dbname": "st"})
    assert shown == "postgresql://layla@db.example.org:5433/st"
    assert describe({"user": "x", "host": "/run/pg", "dbname": "st"}) == "postgresql://x@/st?host=/run/pg"


def test_a_server_project_opens_like_a_file_and_reopens_with_its_data(pg_url: str) -> None:
    with Project.open(pg_url) as project:
        assert project.annotator == "nisba"  # the server user is the annotator
        article = project.add_article("قال الرئيس بوتين إن الاتفاق تاريخي.", title="مقال")
        putin = project.add_source("بوتين", "person")
        project.add_claim(article.id, 0, 10, [putin.id])
        assert "password" not in project.location and project.location.startswith("postgresql://nisba@")
    with Project.open(pg_url) as again:
        [claim] = again.claims()
        assert (claim.text, claim.source_ids, claim.annotator) == ("قال الرئيس", [putin.id], "nisba")


def test_a_server_project_is_named_by_its_database_and_server_in_the_users_language(pg_url: str) -> None:
    from annotator.messages import Message

    with Project.open(pg_url) as project:
        name = project.name
        database = psycopg.conninfo.conninfo_to_dict(pg_url)["dbname"]
        assert isinstance(name, Message) and name.values["database"] == database  # translated by the window
        assert str(name) == name.template.format(**name.values) and str(database) in str(name)


def test_a_password_given_in_the_address_is_never_shown(pg_server: TestServer, pg_url: str) -> None:
    with pg_server.admin() as admin:  # type: ignore[attr-defined]
        admin.execute(f"CREATE ROLE {ROLE} LOGIN PASSWORD 'hunter2-secret'")  # roles are the whole server's
    with_password = pg_url.replace("nisba@", f"{ROLE}:hunter2-secret@")
    with pytest.raises(ProjectFileError, match="server init") as refused:  # layla may not create the schema
        Project.open(with_password)
    assert "hunter2-secret" not in str(refused.value) and f"{ROLE}@" in str(refused.value)
    broken = with_password.replace("?host=", "?host=/nonexistent")
    with pytest.raises(ProjectFileError, match="cannot connect") as unreachable:
        Project.open(broken)
    assert "hunter2-secret" not in str(unreachable.value)


def test_a_nul_is_stored_as_a_replacement_character_keeping_every_offset(pg_url: str) -> None:
    with Project.open(pg_url) as project:
        article = project.add_article("قال\x00 الرئيس إن الاتفاق تاريخي", title="t\x00")
        claim = project.add_claim(article.id, 0, 11, note="a\x00b")
        assert project.article(article.id).text == "قال\ufffd الرئيس إن الاتفاق تاريخي"
        assert project.claim(claim.id).text == "قال\ufffd الرئيس" and project.claim(claim.id).note == "a\ufffdb"
        assert [r.id for r in project.search_claims(ClaimQuery("a\x00b")).rows] == [claim.id]
        assert project.count_claims(ClaimQuery("\x00")) == 1


def test_a_database_of_another_program_or_a_newer_version_is_refused_untouched(
    pg_server: TestServer, pg_url: str
) -> None:
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE TABLE article (id int)")
    with pytest.raises(ProjectFileError, match="no Nisba project"):
        Project.open(pg_url)
    other = pg_server.new_database()
    try:
        Project.open(other).close()
        with psycopg.connect(other, autocommit=True) as conn:
            conn.execute("UPDATE meta SET schema_version = 99")
        with pytest.raises(NewerSchemaError, match="newer version"):
            Project.open(other)
        with psycopg.connect(other, autocommit=True) as conn:
            conn.execute("UPDATE meta SET schema_version = 5, application_id = 7")
        with pytest.raises(ProjectFileError, match="another program"):
            Project.open(other)
    finally:
        pg_server.drop_database(other)


def test_what_only_a_file_has_is_refused_clearly_on_a_server(pg_url: str, tmp_path: Path) -> None:
    with Project.open(pg_url) as project:
        for call in (project.list_backups, project.backup_now, lambda: project.save_copy(tmp_path / "c.nisba")):
            with pytest.raises(AnnotatorError, match="server"):
                call()
        assert project.backup_error is None and project.backup_running is False
        project.wait_for_backup()


def test_read_only_on_a_server_refuses_every_change(pg_url: str) -> None:
    Project.open(pg_url).close()
    with Project.open(pg_url, read_only=True) as project:
        with pytest.raises(AnnotatorError, match="read-only"):
            project.add_source("AP", "media")
        assert project.sources() == []


def test_each_operation_journals_only_its_own_rows_and_folds_what_others_queued(pg_url: str) -> None:
    """The journal is on for the connection and empties at every commit: rows written outside an operation
    (bookkeeping, a raw write) never join the next operation's undo step, and a claim queued for the search by
    such a write is folded by the next operation that folds."""
    with Project.open(pg_url) as project:
        text = "قال الرئيس بوتين إن الاتفاق تاريخي. وأضاف الوزير أن العلاقات قوية."
        article = project.add_article(text, title="مقال")
        with project._store.write() as s:  # a write that is no user action: journaled rows, never read
            s.connection().exec_driver_sql(
                'INSERT INTO claim (article_id, start, "end", text, quote_type, note, created_at, updated_at, '
                f"curated, origin) VALUES ({article.id}, 38, 44, 'الوزير', 'unmarked', '', now(), now(), false, "
                "'manual')"
            )
        assert project.count_claims(ClaimQuery("الوزير")) == 0  # queued, not folded yet
        putin = project.add_source("بوتين", "person")
        made = project.add_claim(article.id, 0, 10, [putin.id])
        assert project.count_claims(ClaimQuery("الوزير")) == 1  # the queued claim, folded by the next operation
        assert project.count_claims(ClaimQuery("الرئيس")) == 1
        project.undo()  # the step holds the new claim only: the raw claim stays
        assert [c.text for c in project.claims()] == ["الوزير"]
        project.redo()
        assert next((c.id, c.text) for c in project.claims()) == (made.id, "قال الرئيس")
        assert [c.text for c in project.claims()] == ["قال الرئيس", "الوزير"]


def test_a_restarted_server_is_refused_clearly_while_down_and_used_again_at_once(own_server: TestServer) -> None:
    """The pool gives no connection the server closed: while it is down a change is refused with the reason,
    and the first change after it is back is saved (no stale connection, no retry by the user)."""
    url = own_server.new_database()
    with Project.open(url) as project:
        article = project.add_article("قال الرئيس بوتين إن الاتفاق تاريخي.", title="مقال")
        own_server.pause()
        with pytest.raises(ProjectFileError, match="nothing was changed"):
            project.add_claim(article.id, 0, 10)
        own_server.resume()
        made = project.add_claim(article.id, 0, 10)
        project.add_claim(article.id, 11, 16)
        own_server.pause()  # closed while idle in the pool, then back before it is used again
        own_server.resume()
        project.add_claim(article.id, 17, 22)
        assert next(c.id for c in project.claims()) == made.id and len(project.claims()) == 3
