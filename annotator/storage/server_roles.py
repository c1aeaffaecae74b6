"""Who may change what on a team server, enforced by the server itself, not only by the app.

Three group roles (cluster-wide, shared by every Nisba database of the server): ``nisba_annotator``,
``nisba_curator`` and ``nisba_reader``; a user is a login role granted one of them
(:func:`add_user`).  The coordinator who ran ``annotator server init`` owns the tables and may do anything.

- A reader may read everything and change nothing (no write privilege at all).
- An annotator may add articles, sources and labels and edit them (shared rows), and write only their own
  claims and the chains and labels of their own claims: row-level security lets them insert or update a
  claim only under their own name, and a row trigger refuses, with a message naming the owner ("this claim
  is Omar's"), any change to another annotator's claim, its chain or its labels.  They delete no article.
- A curator may change everything (curation, merging, other annotators' claims).

Every statement is parameterised or built from quoted identifiers: a user name with quotes, backslashes,
``'; DROP TABLE`` or Arabic letters stays a name.
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from annotator.errors import InvalidValueError
from annotator.messages import QT_TRANSLATE_NOOP
from annotator.storage.models import Base
from annotator.storage.server_errors import REFUSAL_PREFIX

ROLES = {"annotator": "nisba_annotator", "curator": "nisba_curator", "reader": "nisba_reader"}
OWNED = ("claim", "attribution", "claim_label")
"""Tables whose rows belong to the claim's annotator."""
SHARED = ("article", "source", "label")

_OWNER_CHECK = f"""CREATE OR REPLACE FUNCTION nisba_check_owner() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
  row_image record;
  owner text;
BEGIN
  IF pg_has_role(current_user, 'nisba_curator', 'MEMBER')
     OR NOT pg_has_role(current_user, 'nisba_annotator', 'MEMBER')
     OR current_user = (SELECT tableowner FROM pg_tables WHERE tablename = TG_TABLE_NAME
                        AND schemaname = TG_TABLE_SCHEMA) THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'INSERT' THEN row_image := NEW; ELSE row_image := OLD; END IF;
  IF TG_TABLE_NAME = 'claim' THEN
    owner := row_image.annotator;
  ELSE
    SELECT c.annotator INTO owner FROM claim c WHERE c.id = row_image.claim_id;
    IF NOT FOUND THEN  -- its claim is being deleted with it
      RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
  END IF;
  IF owner IS DISTINCT FROM current_user AND TG_OP = 'INSERT' AND TG_TABLE_NAME = 'claim' THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = format('{REFUSAL_PREFIX}an annotator marks claims under their own name only (%s, not %s)',
                       current_user, coalesce(owner, 'nobody'));
  END IF;
  IF owner IS DISTINCT FROM current_user THEN
    RAISE EXCEPTION USING ERRCODE = 'insufficient_privilege',
      MESSAGE = format('{REFUSAL_PREFIX}this claim is %s''s; an annotator changes only their own claims',
                       coalesce(owner, 'nobody'));
  END IF;
  RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$fn$"""


def _ident(conn: Connection, name: str) -> str:
    """``name`` quoted as an SQL identifier by the server."""
    return str(conn.execute(text("SELECT quote_ident(:n)"), {"n": name}).scalar())


def install(conn: Connection) -> None:
    """Create the group roles if missing, grant them their privileges, and turn row-level security on."""
    for role in ROLES.values():
        exists = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": role}).first()
        if exists is None:
            conn.execute(text(f"CREATE ROLE {role} NOLOGIN"))
    everything = ", ".join(f'"{t}"' for t in Base.metadata.tables) + ", meta, alembic_version, source_name_key"
    members = ", ".join(ROLES.values())
    conn.execute(text(f"GRANT USAGE ON SCHEMA public TO {members}"))
    conn.execute(text(f"GRANT SELECT ON {everything} TO {members}"))
    conn.execute(
        text("GRANT SELECT, INSERT, UPDATE, DELETE ON " + _tables(*Base.metadata.tables) + " TO nisba_curator")
    )
    conn.execute(
        text(f"GRANT SELECT, INSERT, UPDATE, DELETE ON source_name_key TO {ROLES['annotator']}, nisba_curator")
    )
    writable = [t for t in Base.metadata.tables if t not in ("article",)]
    conn.execute(text("GRANT SELECT, INSERT, UPDATE, DELETE ON " + _tables(*writable) + " TO nisba_annotator"))
    conn.execute(text('GRANT SELECT, INSERT, UPDATE ON "article" TO nisba_annotator'))
    conn.execute(text(f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {ROLES['annotator']}, nisba_curator"))
    conn.execute(text(_OWNER_CHECK))
    for table in OWNED:
        conn.execute(text(f'DROP TRIGGER IF EXISTS nisba_check_owner ON "{table}"'))
        conn.execute(
            text(
                f'CREATE TRIGGER nisba_check_owner BEFORE INSERT OR UPDATE OR DELETE ON "{table}" '
                "FOR EACH ROW EXECUTE FUNCTION nisba_check_owner()"
            )
        )
    conn.execute(text('ALTER TABLE "claim" ENABLE ROW LEVEL SECURITY'))
    policies = {
        "nisba_everyone_reads": "FOR SELECT USING (true)",
        "nisba_curator_writes": "FOR ALL TO nisba_curator USING (true) WITH CHECK (true)",
        "nisba_annotator_adds_own": "FOR INSERT TO nisba_annotator WITH CHECK (annotator = current_user)",
        "nisba_annotator_edits_own": "FOR UPDATE TO nisba_annotator USING (true) WITH CHECK (annotator = current_user)",
        "nisba_annotator_deletes": "FOR DELETE TO nisba_annotator USING (true)",  # the trigger names the owner
    }
    for name, rule in policies.items():
        conn.execute(text(f'DROP POLICY IF EXISTS {name} ON "claim"'))
        conn.execute(text(f'CREATE POLICY {name} ON "claim" {rule}'))


def _tables(*names: str) -> str:
    return ", ".join(f'"{n}"' for n in names)


def add_user(conn: Connection, name: str, role: str) -> bool:
    """Give the login role ``name`` (created if missing, without a password) this Nisba role only; returns
    whether it was created."""
    if role not in ROLES:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "unknown role {role}; use one of {choices}").format(
                role=repr(role), choices=", ".join(ROLES)
            )
        )
    clean = name.strip()
    if not clean or "\x00" in clean or len(clean.encode()) > 63:
        raise InvalidValueError(
            QT_TRANSLATE_NOOP("Core", "a user name must be 1 to 63 bytes without NUL, not {name}").format(
                name=repr(name)
            )
        )
    user = _ident(conn, clean)
    created = conn.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": clean}).first() is None
    if created:
        conn.execute(text(f"CREATE ROLE {user} LOGIN"))
    for other in ROLES.values():
        if other != ROLES[role]:
            conn.execute(text(f"REVOKE {other} FROM {user}"))
    conn.execute(text(f"GRANT {ROLES[role]} TO {user}"))
    return created


def role_of(conn: Connection, name: str) -> str | None:
    """The Nisba role of user ``name`` (None: none)."""
    for role, group in ROLES.items():
        row = conn.execute(
            text("SELECT pg_has_role(:u, :g, 'MEMBER') FROM pg_roles WHERE rolname = :u"), {"u": name, "g": group}
        ).first()
        if row is not None and row[0]:
            return role
    return None
