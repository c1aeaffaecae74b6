"""Schema migrations: an older file is upgraded without losing anything; a newer one is refused."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import create_engine

from annotator import Project
from annotator.errors import ProjectFileError
from annotator.storage.backups import list_backups
from annotator.storage.engine import HEAD_REVISION, SCHEMA_VERSION
from annotator.storage.migrations import alembic_config, head_revision
from annotator.storage.models import Base
from tests.v1_project import ARTICLE, build_v1_project, dump

ROOT = Path(__file__).resolve().parents[1]


def _schema_diffs(path: Path) -> list[object]:
    """Differences from the models, leaving out the FTS5 index (not a model; see _search_schema)."""
    engine = create_engine(f"sqlite:///{path}")

    def not_fts(name: str | None, kind: str, _parent: object) -> bool:
        return not (kind == "table" and name is not None and name.startswith("claim_fts"))

    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"include_name": not_fts})
        diffs = compare_metadata(context, Base.metadata)
    engine.dispose()
    return list(diffs)


def _search_schema(path: Path) -> list[tuple[str, str]]:
    """The FTS5 index and the triggers of the claim search, as SQLite stores their definitions."""
    con = sqlite3.connect(path)
    try:
        rows = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' OR name LIKE 'claim_fts%' ORDER BY name"
        )
        return [(name, sql or "") for name, sql in rows]
    finally:
        con.close()


def _pragma(path: Path, name: str) -> object:
    con = sqlite3.connect(path)
    try:
        return con.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        con.close()


def test_version_1_file_is_upgraded_without_losing_data(tmp_path: Path) -> None:
    path = tmp_path / "old study.nisba"
    build_v1_project(path)
    before = dump(path)
    with Project.open(path) as p:
        claims = {c.id: c for c in p.claims()}
        assert claims[1].text == ARTICLE[4:30] and claims[1].source_ids == [2, 1]
        assert claims[3].source_ids == [] and all(c.annotator is None for c in claims.values())
        assert {s.name: s.aliases for s in p.sources()}["Vladimir Putin"] == ["بوتين"]
        added = p.add_claim(1, 61, 70, [1])  # the upgraded file takes new work
    after = dump(path, drop=("annotator", "curated", "origin", "version", "changed_by"))
    con = sqlite3.connect(path)
    copied = (
        "SELECT count(*) FROM attribution a JOIN claim c ON c.id = a.claim_id WHERE a.article_id = c.article_id "
        "AND a.claim_annotator IS c.annotator AND a.claim_curated = c.curated"
    )
    # Schemas 9 and 10: each link's copies of its claim's article, annotator and curation, filled.
    assert con.execute(copied).fetchone()[0] == len(after["attribution"])
    con.close()
    after["attribution"] = [row[:-3] for row in after["attribution"]]  # without those copies (the last columns)
    assert after == {
        **before,
        "claim": before["claim"] + after["claim"][3:],
        "attribution": before["attribution"] + after["attribution"][len(before["attribution"]) :],
    }
    assert after["claim"][3][0] == added.id
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _pragma(path, "integrity_check") == "ok"
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(HEAD_REVISION,)]
    con.close()
    assert _schema_diffs(path) == []
    [kept] = [b for b in list_backups(path) if b.kind == "before-migration"]
    assert _pragma(kept.path, "user_version") == 1 and kept.claims == 3


def test_new_files_and_migrations_from_scratch_give_the_same_schema(tmp_path: Path) -> None:
    assert head_revision() == HEAD_REVISION
    Project.open(tmp_path / "new.nisba").close()
    assert _schema_diffs(tmp_path / "new.nisba") == []
    from alembic import command

    engine = create_engine(f"sqlite:///{tmp_path / 'scratch.db'}")
    with engine.connect() as conn:
        command.upgrade(alembic_config(conn), "head")  # type: ignore[arg-type]
        conn.commit()
    engine.dispose()
    assert _schema_diffs(tmp_path / "scratch.db") == []


def test_a_failed_upgrade_changes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from alembic import command

    path = tmp_path / "old.nisba"
    build_v1_project(path)
    before = dump(path)
    real_upgrade = command.upgrade

    def upgrade_then_fail(*args: object, **kwargs: object) -> None:
        real_upgrade(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("power cut, as it were")

    monkeypatch.setattr(command, "upgrade", upgrade_then_fail)
    with pytest.raises(
        ProjectFileError, match=rf"could not be upgraded to schema {SCHEMA_VERSION} .*power cut.*unchanged"
    ):
        Project.open(path)
    assert _pragma(path, "user_version") == 1
    con = sqlite3.connect(path)
    assert "annotator" not in [r[1] for r in con.execute("PRAGMA table_info(claim)")]
    assert con.execute("SELECT count(*) FROM sqlite_master WHERE name = 'alembic_version'").fetchone()[0] == 0
    con.close()
    assert dump(path) == before
    monkeypatch.undo()
    with Project.open(path) as p:  # and it upgrades fine afterwards
        assert len(p.claims()) == 3


def test_read_only_open_of_an_older_file_says_to_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.nisba"
    build_v1_project(path)
    with pytest.raises(ProjectFileError, match=r"older version of Nisba .* open it once for writing"):
        Project.open(path, read_only=True)


def test_opening_a_current_file_does_not_load_alembic(tmp_path: Path) -> None:
    path = tmp_path / "p.nisba"
    Project.open(path).close()
    code = (
        "import sys\nfrom annotator import Project\n"
        f"Project.open({str(path)!r}).close()\n"
        "print('alembic' in sys.modules, 'mako' in sys.modules)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["False", "False"]


def test_undoing_a_deletion_keeps_who_annotated_the_claim(project: Project) -> None:
    article = project.add_article("some text of an article")
    claim = project.add_claim(article.id, 0, 4)
    from sqlalchemy import update

    from annotator.storage.models import Claim

    with project._store.write() as s:  # issue 8 sets it through the API; the column is what matters here
        s.execute(update(Claim).where(Claim.id == claim.id).values(annotator="سارة"))
    project.delete_claim(claim.id)
    project.undo()
    assert project.claim(claim.id).annotator == "سارة"


def test_labels_arrive_with_schema_3_and_are_usable_on_an_upgraded_file(tmp_path: Path) -> None:
    """A file from before labels (schema 1) upgrades, keeps its claims, and takes labels."""
    from tests.v1_project import build_v1_project

    path = tmp_path / "v1.nisba"
    build_v1_project(path)
    with Project.open(path) as project:
        claims = project.claims()
        assert claims
        label = project.add_label("verifiable")
        labelled = project.set_claim_labels(claims[0].id, [label.id])
        assert labelled.label_ids == [label.id]
    assert _pragma(path, "user_version") == SCHEMA_VERSION


def test_schema_4_brings_sessions_and_curation_to_an_old_file(tmp_path: Path) -> None:
    """Claims of an upgraded file are not curated; sessions and curation work on it."""
    path = tmp_path / "v1.nisba"
    build_v1_project(path)
    with Project.open(path) as project:
        assert not any(c.curated for c in project.claims())
        assert project.set_curated(1, True).curated
        session = project.start_session("سارة")
        project.end_session()
        assert [s.id for s in project.highlight_sessions()] == [session]
    assert _pragma(path, "user_version") == SCHEMA_VERSION


def test_schema_10_copies_each_claims_annotator_and_curation_to_its_links_and_labels(tmp_path: Path) -> None:
    """A schema 9 file (the head taken back one step, which also checks the way down) gets every link's and
    label row's copies of its claim's article, annotator and curation filled from the claims."""
    from alembic import command

    path = tmp_path / "nine.nisba"
    with Project.open(path) as project:
        article = project.add_article("قال الرئيس إن الاتفاق سيوقع غدا في العاصمة", title="أ")
        sources = [project.add_source(name).id for name in ("بوتين", "The Hill")]
        label = project.add_label("رأي").id
        for n, who in enumerate(("سارة", "Omar", None)):
            project.annotator = who
            claim = project.add_claim(article.id, n * 5, n * 5 + 4, sources[: n + 1])
            project.set_claim_labels(claim.id, [label])
            project.set_curated(claim.id, n != 1)
    engine = create_engine("sqlite://", creator=lambda: sqlite3.connect(path, isolation_level=None))
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys = OFF")
        command.downgrade(alembic_config(conn), "0009")  # type: ignore[arg-type]
        conn.exec_driver_sql("PRAGMA user_version = 9")
    engine.dispose()
    con = sqlite3.connect(path)
    assert "claim_curated" not in [r[1] for r in con.execute("PRAGMA table_info(claim_label)")]
    con.close()
    with Project.open(path) as project:
        assert len(project.claims()) == 3
    con = sqlite3.connect(path)
    copies = {
        table: con.execute(
            f"SELECT count(*), sum(t.article_id = c.article_id AND t.claim_annotator IS c.annotator "
            f"AND t.claim_curated = c.curated) FROM {table} t JOIN claim c ON c.id = t.claim_id"
        ).fetchone()
        for table in ("attribution", "claim_label")
    }
    assert copies == {"attribution": (5, 5), "claim_label": (3, 3)}
    assert con.execute("SELECT count(*) FROM claim_label WHERE claim_curated").fetchone()[0] == 2
    con.close()
    assert _pragma(path, "user_version") == SCHEMA_VERSION
    assert _schema_diffs(path) == []
