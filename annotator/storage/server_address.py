"""Addresses of team servers as the app composes, remembers and completes them (never keeping a password).

:func:`compose` makes a libpq URL from the fields of File → Open server project…; :func:`without_password`
is what may be remembered (recent server projects) or shown; :func:`with_password` adds a password typed
at a prompt, for this connection only (held in memory, never written anywhere).
"""

from __future__ import annotations

from urllib.parse import quote, urlencode

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP

SSL_MODES = ("prefer", "require", "verify-ca", "verify-full", "disable", "allow")


def compose(host: str, port: str, database: str, user: str, sslmode: str = "prefer") -> str:
    """The libpq URL of ``database`` on ``host`` (empty: this computer's socket; a folder: a socket there)."""
    host, port, database, user = host.strip(), port.strip(), database.strip(), user.strip()
    if not database:
        raise InvalidValueError(QT_TRANSLATE_NOOP("Core", "a server project needs the name of its database"))
    if port and not port.isdigit():
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "the port must be a number, not {port}").format(port=repr(port))
        )
    if sslmode not in SSL_MODES:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "unknown sslmode {mode}; use one of {modes}").format(
                mode=repr(sslmode), modes=", ".join(SSL_MODES)
            )
        )
    query: dict[str, str] = {}
    where = ""
    if host.startswith("/"):
        query["host"] = host
        if port:
            query["port"] = port
    elif host:
        where = (f"[{host}]" if ":" in host else quote(host, safe=".-")) + (f":{port}" if port else "")
    if sslmode != "prefer":
        query["sslmode"] = sslmode
    who = quote(user, safe="") + "@" if user else ""
    tail = "?" + urlencode(query, safe="/") if query else ""
    return f"postgresql://{who}{where}/{quote(database, safe='')}{tail}"


def without_password(address: str) -> str:
    """``address`` with any password left out (a connection string comes back as one)."""
    from psycopg.conninfo import conninfo_to_dict, make_conninfo

    try:
        params = conninfo_to_dict(address.strip())
    except Exception as exc:  # psycopg.ProgrammingError: not an address
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "not a PostgreSQL address ({reason})").format(reason=type(exc).__name__)
        ) from None
    if "password" not in params:
        return address.strip()
    return make_conninfo("", **{k: v for k, v in params.items() if k != "password" and v is not None})


def with_password(address: str, password: str) -> str:
    """``address`` with ``password`` added, for one connection (a connection string)."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo(address.strip(), password=password)


def database_of(address: str) -> str | None:
    """The database an address names (None: it names none, or is not an address)."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        found = conninfo_to_dict(address.strip()).get("dbname")
    except Exception:  # psycopg.ProgrammingError: not an address
        return None
    return str(found) if found else None


def needs_password(message: str) -> bool:
    """Whether a refusal to connect means the server wants a password it was not given (or a wrong one)."""
    lowered = message.lower()
    return "no password supplied" in lowered or "password authentication failed" in lowered
