"""The PostgreSQL flavour: a project on a team server, reached through psycopg 3.

The address is any libpq URL (``postgresql://layla@db.example.org/study?sslmode=require``) or connection
string (``host=db.example.org dbname=study user=layla``); its user is the annotator.  A password is never
kept by the app: libpq finds it in the password file or service file (or it is in the address given, which
is held in memory only); :attr:`PostgresFlavour.location`, which every message uses, never contains it.

What a file does with temporary triggers, the server does with the triggers of
:mod:`annotator.storage.server_schema`: they write each operation's row images to a temporary journal table
of the connection (created on connecting, with ``nisba.journal`` on for its session; every commit empties it).
PostgreSQL text cannot hold NUL: a NUL in any text is stored as U+FFFD (one character for one, so offsets
stay), as the search already stores it in a file.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext

from annotator.errors import PermissionRefusedError, ProjectFileError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage import server_commit, server_schema
from annotator.storage.changes import ChangeNotifier, Listener
from annotator.storage.journal import JOURNALED, Entry
from annotator.storage.models import Base
from annotator.storage.presence import Presence, PresenceConnection

if TYPE_CHECKING:
    from annotator.storage.live import ChangeListener

SCHEMES = ("postgresql://", "postgres://")
_KEYWORDS = {
    "host", "hostaddr", "port", "dbname", "user", "password", "passfile", "service", "sslmode", "sslrootcert",
    "sslcert", "sslkey", "connect_timeout", "application_name", "options", "target_session_attrs", "gssencmode",
    "channel_binding", "keepalives", "sslcrl", "sslpassword", "requiressl", "krbsrvname",
}  # fmt: skip
_PAIR = re.compile(r"\s*(\w+)\s*=\s*('(?:[^'\\]|\\.)*'|\S+)")


def is_server_address(value: object) -> bool:
    """Whether ``value`` is a libpq URL or connection string rather than a file name."""
    if not isinstance(value, str):
        return False
    stripped = value.strip()
    if stripped.lower().startswith(SCHEMES):
        return True
    pairs = _PAIR.findall(stripped)
    return bool(pairs) and _PAIR.sub("", stripped).strip() == "" and all(k in _KEYWORDS for k, _ in pairs)


def describe(params: dict[str, Any]) -> str:
    """A libpq URL naming the database for messages: user, host, port and database, never a password."""
    user = quote(str(params.get("user") or ""), safe="")
    host = str(params.get("host") or params.get("hostaddr") or "")
    port = str(params.get("port") or "")
    dbname = quote(str(params.get("dbname") or ""), safe="")
    socket = host.startswith("/")
    where = "" if socket else quote(host, safe=".:[]") + (f":{port}" if port else "")
    query = f"?host={quote(host, safe='/')}" + (f"&port={port}" if port else "") if socket else ""
    if params.get("service") and not host:
        query = f"?service={quote(str(params['service']), safe='')}"
    return f"postgresql://{user + '@' if user else ''}{where}/{dbname}{query}"


def _nul_safe_dumpers() -> tuple[type, type]:
    from psycopg.types.string import StrBinaryDumper, StrDumperUnknown

    class NulSafeText(StrDumperUnknown):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd"))

    class NulSafeBinary(StrBinaryDumper):
        def dump(self, obj: str) -> Any:
            return super().dump(obj.replace("\x00", "\ufffd"))

    return NulSafeText, NulSafeBinary


class PostgresFlavour:
    """An open project on a PostgreSQL server (its schema created on first open if the user may)."""

    defer_constraints_sql = "SET CONSTRAINTS ALL DEFERRED"

    def __init__(self, address: str, *, read_only: bool = False) -> None:
        import psycopg
        from psycopg.conninfo import conninfo_to_dict, make_conninfo

        self.read_only = read_only
        try:
            params = conninfo_to_dict(address.strip())
            named = {} if "application_name" in params else {"application_name": "Nisba"}
            self._conninfo = make_conninfo(address.strip(), **named)
        except psycopg.ProgrammingError as exc:
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Core", "not a PostgreSQL address: {reason}").format(reason=_scrub(str(exc), None))
            ) from None
        self._password = str(params["password"]) if params.get("password") else None
        self.location = describe(params)
        self._dumpers = _nul_safe_dumpers()
        self.own_backends: set[int] = set()
        """Backend process ids of this project's own connections (their notices are not told twice)."""
        # Repeatable read: a row another client changed after this transaction first read is never overwritten;
        # the change is refused (SerializationFailure, told as ChangedMeanwhileError) and nothing is lost.
        self.engine: Engine = create_engine(
            "postgresql+psycopg://", creator=self._connect, isolation_level="REPEATABLE READ"
        )
        event.listen(self.engine, "handle_error", self._translate)
        event.listen(self.engine, "checkout", _closed_by_server)
        self._remote = ChangeNotifier()
        self._presence_told: list[Callable[[list[Presence]], None]] = []
        self._connection_told: list[Callable[[bool], None]] = []
        self.listener: ChangeListener | None = None
        try:
            with self.engine.connect() as conn:
                info = conn.connection.dbapi_connection.info  # type: ignore[union-attr]
                self.user: str = info.user
                self.location = describe({**params, "user": info.user, "dbname": info.dbname, "host": info.host})
                host = info.host.rsplit("/", 1)[-1]
                self.display_name = (
                    QT_TRANSLATE_NOOP("Core", "{database} on {host}").format(database=info.dbname, host=host)
                    if host
                    else QT_TRANSLATE_NOOP("Core", "{database} on this computer's server").format(database=info.dbname)
                )
                conn.commit()
            try:  # read committed: a client that waited for the schema lock sees what the one before it did
                with self.engine.connect() as conn, conn.execution_options(isolation_level="READ COMMITTED").begin():
                    server_schema.ensure(conn, self.location, may_create=not read_only)
            except PermissionRefusedError as exc:
                raise ProjectFileError(
                    QT_TRANSLATE_NOOP(
                        "Core",
                        "{location}: holds no Nisba project yet, and {user} may not create one "
                        "(a coordinator creates it: annotator server init)",
                    ).format(location=self.location, user=self.user)
                ) from exc
        except BaseException:
            self.engine.dispose()
            raise
        self.presence = PresenceConnection(self._conninfo, self.own_backends)
        """This client's presence: the article it is on, as the others see it."""

    def _connect(self) -> Any:
        import psycopg

        try:
            conn = psycopg.connect(self._conninfo)
        except psycopg.Error as exc:
            reason = _scrub(str(exc), self._password)
            raise ProjectFileError(
                QT_TRANSLATE_NOOP("Core", "{location}: cannot connect ({reason}); nothing was changed").format(
                    location=self.location, reason=reason
                )
            ) from None
        text_dumper, binary_dumper = self._dumpers
        conn.adapters.register_dumper(str, text_dumper)
        conn.adapters.register_dumper(str, binary_dumper)
        with conn.cursor() as cur:
            cur.execute(server_schema.TEMP_JOURNAL)
            cur.execute("SELECT set_config(%s, 'on', false)", (server_schema.JOURNAL_SETTING,))
            if self.read_only:
                cur.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
            cur.execute("SELECT pg_backend_pid()")
            row = cur.fetchone()
        conn.commit()
        if row is not None:
            self.own_backends.add(int(row[0]))
        return conn

    def _translate(self, context: ExceptionContext) -> None:
        """Refusals of the server as AnnotatorErrors with a clear message (never the password)."""
        from annotator.storage.server_errors import translate

        translated = translate(context.original_exception, self.location, self._password)
        if translated is not None:
            raise translated from context.original_exception

    def begin_journal(self, conn: Connection) -> None:
        """Nothing: the journal is on for the connection and empty at the start of every transaction."""

    def end_journal(self, conn: Connection) -> list[Entry]:
        rows = conn.execute(text(f"DELETE FROM pg_temp.{server_schema.JOURNAL} RETURNING seq, tbl, op, old, new")).all()
        return cascades_first([Entry(tbl, op, old, new) for _seq, tbl, op, old, new in sorted(rows)])

    def before_commit(self, conn: Connection, entries: list[Entry]) -> None:
        server_commit.before_commit(conn, entries)

    def after_commit(self) -> None:
        """Nothing: the server keeps the data safe (backups are the operator's ``pg_dump``)."""

    def subscribe_remote(self, listener: Listener) -> Callable[[], None]:
        """Call ``listener`` with the change record of every other client's commit, from a background thread
        (the listening connection is made on the first call)."""
        unsubscribe = self._remote.subscribe(listener)
        self._listening()
        return unsubscribe

    def subscribe_presence(self, listener: Callable[[list[Presence]], None]) -> Callable[[], None]:
        """Call ``listener`` with who is on which article whenever that changes (from the listener's thread)."""
        return self._told(self._presence_told, listener)

    def subscribe_connection(self, listener: Callable[[bool], None]) -> Callable[[], None]:
        """Call ``listener`` with False when the listening connection to the server is lost, True when it is
        back (notices sent meanwhile are lost: reload what is shown)."""
        return self._told(self._connection_told, listener)

    def _told(self, listeners: list[Any], listener: Any) -> Callable[[], None]:
        listeners.append(listener)
        known = self._listening().presence
        if known is not None and listeners is self._presence_told:
            listener(known)
        return lambda: listeners.remove(listener) if listener in listeners else None

    def _listening(self) -> ChangeListener:
        from annotator.storage.live import ChangeListener

        if self.listener is None:
            self.listener = ChangeListener(
                self._conninfo,
                self.own_backends,
                self._remote.emit,
                on_presence=lambda now: _tell_all(self._presence_told, now),
                on_connection=lambda up: _tell_all(self._connection_told, up),
                own_presence=lambda: self.presence.pid,
            )
            self.listener.start()
        return self.listener

    def close(self) -> None:
        self.presence.close()
        if self.listener is not None:
            self.listener.stop()
        self.engine.dispose()


def _closed_by_server(dbapi_connection: Any, _record: object, _proxy: object) -> None:
    """Before a pooled connection is used: one the server closed meanwhile (restarted, idle timeout) is
    replaced, without the round trip of a ``SELECT 1`` per transaction.

    A connection idle in the pool has nothing to read: a readable socket is the server's goodbye (its
    "terminating connection" message, then the end of the stream), or, rarely, a notice; either way a fresh
    connection is taken (``DisconnectionError`` makes the pool retry).
    """
    import select

    from sqlalchemy.exc import DisconnectionError

    if dbapi_connection.closed or select.select([dbapi_connection.fileno()], [], [], 0)[0]:
        raise DisconnectionError("the server closed this connection")


def _tell_all(listeners: list[Callable[[Any], None]], value: object) -> None:
    for listener in list(listeners):
        listener(value)


def _cascading() -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """For each journaled table, the parents whose deletion cascades to it: (parent, [(column, parent column)])."""
    found: dict[str, list[tuple[str, list[tuple[str, str]]]]] = {}
    for name in JOURNALED:
        for fk in Base.metadata.tables[name].foreign_key_constraints:
            if (fk.ondelete or "").upper() == "CASCADE" and fk.referred_table.name in JOURNALED:
                pairs = [(e.parent.name, e.column.name) for e in fk.elements]
                found.setdefault(name, []).append((fk.referred_table.name, pairs))
    return found


def cascades_first(entries: list[Entry]) -> list[Entry]:
    """The journal in the order a file's has it: a row deleted by a cascade before the row whose deletion caused it.

    PostgreSQL runs a cascade's triggers after those of the statement that caused it, so its journal has the
    parent first; undone backwards, the parent would be put back last, and redone, deleted first, taking its
    children with it before their own entries were checked.
    """
    cascading = _cascading()
    ordered: list[Entry] = []
    deleted: dict[tuple[str, tuple[Any, ...]], Entry] = {}
    for entry in entries:
        place = len(ordered)
        if entry.op == "d" and entry.old is not None:
            for parent, pairs in cascading.get(entry.table, ()):
                cause = deleted.get((parent, tuple(entry.old[c] for c, _ in pairs)))
                if cause is not None:
                    place = min(place, next(i for i, e in enumerate(ordered) if e is cause))
            for key in _keys(entry.table, entry.old):
                deleted[key] = entry
        ordered.insert(place, entry)
    return ordered


def _keys(table: str, image: dict[str, Any]) -> list[tuple[str, tuple[Any, ...]]]:
    """The keys other rows refer to this row by (its ``id``)."""
    return [(table, (image["id"],))] if "id" in image else []


def _scrub(message: str, password: str | None) -> str:
    """``message`` without the password (libpq never quotes it, but an address echoed back might)."""
    cleaned = re.sub(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", r"\1***", message, flags=re.IGNORECASE)
    cleaned = re.sub(r"(postgres(?:ql)?://[^:/@\s]*):[^@\s]*@", r"\1:***@", cleaned)
    return cleaned.replace(password, "***") if password else cleaned
