"""Schema 11: a project's own attribution words (attribution_word), added to the suggester's lexicon.

On a team server the new table also gets what :mod:`annotator.storage.server_schema` and
:mod:`annotator.storage.server_roles` give every journaled table when a project is created: the row trigger
that journals and announces its changes, and the group roles' privileges (readers read it; annotators and
curators change it, as they do sources and labels).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02 18:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None

_ROLES = ("nisba_annotator", "nisba_curator", "nisba_reader")


def upgrade() -> None:
    """Bring the schema up to this revision."""
    op.create_table(
        "attribution_word",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(length=10), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("word", sa.String(length=100), nullable=False),
        sa.Column("present", sa.String(length=100), nullable=True),
        sa.Column("participle", sa.String(length=100), nullable=True),
        sa.Column("flags", sa.String(length=200), server_default="", nullable=False),
        sa.Column("annotator", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("language IN ('arabic', 'english')", name=op.f("ck_attribution_word_language")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attribution_word")),
        sa.UniqueConstraint("language", "kind", "word", name=op.f("uq_attribution_word_language")),
    )
    bind = op.get_bind()
    if bind.dialect.name != "postgresql":
        return  # a file journals with temporary triggers made from the models on each connection
    op.execute(
        'CREATE TRIGGER nisba_row_changed AFTER INSERT OR UPDATE OR DELETE ON "attribution_word" '
        "FOR EACH ROW EXECUTE FUNCTION nisba_row_changed()"
    )
    existing = {name for (name,) in bind.execute(sa.text("SELECT rolname FROM pg_roles WHERE rolname LIKE 'nisba_%'"))}
    roles = [r for r in _ROLES if r in existing]  # none before ``annotator server init`` installed them
    if roles:
        op.execute(f'GRANT SELECT ON "attribution_word" TO {", ".join(roles)}')
    writers = [r for r in ("nisba_annotator", "nisba_curator") if r in existing]
    if writers:
        op.execute(f'GRANT SELECT, INSERT, UPDATE, DELETE ON "attribution_word" TO {", ".join(writers)}')
        op.execute(f"GRANT USAGE, SELECT ON SEQUENCE attribution_word_id_seq TO {', '.join(writers)}")


def downgrade() -> None:
    """Undo this revision (on a server the table's trigger and privileges go with it)."""
    op.drop_table("attribution_word")
