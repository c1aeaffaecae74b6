"""Schema 2: who annotated each claim (claim.annotator, indexed; None for earlier claims).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-29 07:05:53.540315
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision."""

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("annotator", sa.String(length=200), nullable=True))
        batch_op.create_index(batch_op.f("ix_claim_annotator"), ["annotator"], unique=False)


def downgrade() -> None:
    """Undo this revision."""

    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claim_annotator"))
        batch_op.drop_column("annotator")
