"""The test server itself: a Unix socket only, a UTF-8 collation (trigrams must see Arabic), one database per test."""

from __future__ import annotations

import psycopg

from tests.pg import TestServer


def test_each_test_gets_an_empty_utf8_database_on_a_socket(pg_server: TestServer, pg_url: str) -> None:
    with psycopg.connect(pg_url) as conn:
        settings = conn.execute("SELECT current_setting('lc_ctype'), current_setting('listen_addresses')")
        assert settings.fetchone() == ("C.UTF-8", "")
        assert conn.execute("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").fetchone() == (0,)
        conn.execute("CREATE EXTENSION pg_trgm")
        assert conn.execute("SELECT array_length(show_trgm('الرئيس'), 1)").fetchone()[0] > 0
    assert pg_url != pg_server.new_database()
