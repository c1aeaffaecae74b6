"""Schema 8: a version and the last editor on each shared row (article, source, label), so a stale edit in
team mode (a rename made on what was read before another client renamed it) is refused, never written over.

Plain ALTERs on both SQLite and PostgreSQL (a column with a constant default); every existing row starts at
version 1, edited by nobody known.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

SHARED = ("article", "source", "label")


def upgrade() -> None:
    """Bring the schema up to this revision."""
    for table in SHARED:
        op.add_column(table, sa.Column("version", sa.Integer(), server_default="1", nullable=False))
        op.add_column(table, sa.Column("changed_by", sa.String(length=200), nullable=True))


def downgrade() -> None:
    """Undo this revision."""
    for table in SHARED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("changed_by")
            batch_op.drop_column("version")
