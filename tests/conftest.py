"""Test set-up: offscreen Qt, user folders that never touch the real home, and a PostgreSQL server for team mode.

A test module that sets ``BOTH_FLAVOURS = True`` runs each test using the ``project`` fixture twice: on a
project file and on a database of the throwaway PostgreSQL server of :mod:`tests.pg` (skipped with the
reason where PostgreSQL is not installed; failed instead in CI, which must run them).  A test of something
only a file has is marked ``@pytest.mark.file_only``.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="nisba-test-home-"))
os.environ["XDG_DATA_HOME"] = str(_HOME / "data")
os.environ["XDG_CONFIG_HOME"] = str(_HOME / "config")
os.environ["XDG_CACHE_HOME"] = str(_HOME / "cache")

from annotator import Project  # noqa: E402
from annotator.paths import SAMPLE_ARTICLE  # noqa: E402
from tests.pg import TestServer, missing_reason  # noqa: E402

FLAVOURS = ("sqlite", "postgres")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "file_only: the test is about something only a project file has")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    both = getattr(metafunc.module, "BOTH_FLAVOURS", False) and not metafunc.definition.get_closest_marker("file_only")
    if both and "flavour" in metafunc.fixturenames:
        metafunc.parametrize("flavour", FLAVOURS, indirect=True)


def _started_server() -> Iterator[TestServer]:
    """A new throwaway server, stopped afterwards; skipped with the reason where none can run (failed in CI)."""
    reason = missing_reason()
    if reason is not None:
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must run the PostgreSQL tests, but: {reason}")
        pytest.skip(reason)
    server = TestServer()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[TestServer]:
    """The throwaway PostgreSQL server of this test session (started on first use)."""
    yield from _started_server()


@pytest.fixture
def own_server() -> Iterator[TestServer]:
    """A server of this test's own, stopped and started again by it (the session's server is left alone)."""
    yield from _started_server()


@pytest.fixture
def pg_url(pg_server: TestServer) -> Iterator[str]:
    """The libpq URL of a new, empty database of its own on the test server (dropped afterwards)."""
    url = pg_server.new_database()
    yield url
    pg_server.drop_database(url)


@pytest.fixture
def flavour(request: pytest.FixtureRequest) -> str:
    """Which storage the ``project`` fixture opens: ``sqlite`` unless the module runs both."""
    return str(getattr(request, "param", "sqlite"))


@pytest.fixture
def project(tmp_path: Path, flavour: str, request: pytest.FixtureRequest) -> Iterator[Project]:
    """A new, empty project: a file in a temporary folder, or a database on the test server."""
    where = request.getfixturevalue("pg_url") if flavour == "postgres" else tmp_path / "test.nisba"
    with Project.open(where) as p:
        yield p


@pytest.fixture
def sample_text() -> str:
    """The bundled sample article as stored (UTF-8, LF)."""
    return SAMPLE_ARTICLE.read_text(encoding="utf-8")


def stored_rows(project: Project, table: str) -> list[tuple[object, ...]]:
    """Every row of ``table`` as the database holds it now (through a connection of its own), sorted."""
    from sqlalchemy import text

    with project._store.flavour.engine.connect() as conn:
        return sorted((tuple(row) for row in conn.execute(text(f'SELECT * FROM "{table}"'))), key=repr)


def span_of(text: str, first: str, last: str) -> tuple[int, int]:
    """Code point span from the start of ``first`` to the end of ``last`` (searched after ``first``)."""
    start = text.index(first)
    end = text.index(last, start) + len(last)
    return start, end
