"""A throwaway PostgreSQL server for the tests: Debian's binaries, a Unix socket only, one per test session.

:class:`TestServer` runs ``initdb`` into a fresh folder (as the ``postgres`` user when the tests run as root,
since ``initdb`` and ``postgres`` refuse to run as root), starts it with ``pg_ctl`` listening on a socket in
that folder and on no network address, and makes a fresh database for each test.  Without the binaries the
tests that need a server are skipped with the reason, except in CI (``CI=true``), where they fail: CI must
run them.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
from itertools import count
from pathlib import Path

SUPERUSER = "nisba"


def find_bin_dir() -> Path | None:
    """The newest ``/usr/lib/postgresql/N/bin`` that has ``initdb`` (None: PostgreSQL is not installed)."""
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda p: int(Path(p).parent.parent.name))
    return Path(found[-1]).parent if found else None


def missing_reason() -> str | None:
    """Why no server can be started here (None: it can)."""
    if find_bin_dir() is None:
        return "PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb; apt-get install postgresql)"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "running as root without runuser, so the server cannot run as the postgres user"
    return None


class TestServer:
    """A running throwaway server; :meth:`new_database` gives a libpq URL for a database of its own."""

    __test__ = False  # not a test class, despite its name

    def __init__(self) -> None:
        bin_dir = find_bin_dir()
        assert bin_dir is not None
        self._bin = bin_dir
        self.folder = Path(tempfile.mkdtemp(prefix="nisba-pg-"))
        self._as_postgres = os.geteuid() == 0
        if self._as_postgres:
            shutil.chown(self.folder, "postgres", "postgres")
        self.socket_dir = str(self.folder)
        data = self.folder / "data"
        self._data = data
        self._names = count(1)
        self._run(
            "initdb", "-D", str(data), "--auth=trust", "--locale=C.UTF-8", "--encoding=UTF8", "-U", SUPERUSER, "-N"
        )
        self._options = f"-k {self.socket_dir} -c listen_addresses='' -c fsync=off -c max_connections=200"
        self.resume()

    def pause(self) -> None:
        """Stop the server (its clients' connections end), keeping its data for :meth:`resume`."""
        self._run("pg_ctl", "-D", str(self._data), "-m", "fast", "-w", "stop")

    def resume(self) -> None:
        """Start the server (again)."""
        self._run("pg_ctl", "-D", str(self._data), "-o", self._options, "-l", str(self.folder / "log"), "-w", "start")

    def _run(self, program: str, *args: str) -> None:
        command = [str(self._bin / program), *args]
        if self._as_postgres:
            command = ["runuser", "-u", "postgres", "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, check=False)
        if done.returncode != 0:
            log = self.folder / "log"
            tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
            raise RuntimeError(f"{program} failed ({done.returncode}): {done.stderr.strip()}\n{tail}")

    def url(self, database: str = "postgres", user: str = SUPERUSER) -> str:
        """The libpq URL of ``database`` as ``user`` over the socket."""
        return f"postgresql://{user}@/{database}?host={self.socket_dir}"

    def admin(self, database: str = "postgres") -> object:
        """An autocommit psycopg connection as the superuser (the caller closes it)."""
        import psycopg

        return psycopg.connect(self.url(database), autocommit=True)

    def new_database(self) -> str:
        """A new empty UTF-8 database (``C.UTF-8`` collation, so trigrams see Arabic); returns its URL."""
        import psycopg

        name = f"test_{os.getpid()}_{next(self._names)}"
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(
                f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C.UTF-8' LC_CTYPE 'C.UTF-8'"
            )
        return self.url(name)

    def drop_database(self, url: str) -> None:
        """Drop the database of ``url`` (its connections are ended first)."""
        import psycopg

        name = url.split("?", 1)[0].rsplit("/", 1)[1]
        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def stop(self) -> None:
        """Stop the server and remove its folder."""
        try:
            self._run("pg_ctl", "-D", str(self._data), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
