"""Schema 3: user-defined labels on claims (label, claim_label).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29 07:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision."""
    existing = set(sa.inspect(op.get_bind()).get_table_names())
    if "label" not in existing:
        op.create_table(
            "label",
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("name", sa.String(length=200), nullable=False),
            sa.Column("colour", sa.String(length=9), nullable=False),
            sa.PrimaryKeyConstraint("id", name=op.f("pk_label")),
            sa.UniqueConstraint("name", name=op.f("uq_label_name")),
        )
    if "claim_label" not in existing:
        op.create_table(
            "claim_label",
            sa.Column("claim_id", sa.Integer(), nullable=False),
            sa.Column("label_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(
                ["claim_id"], ["claim.id"], name=op.f("fk_claim_label_claim_id_claim"), ondelete="CASCADE"
            ),
            sa.ForeignKeyConstraint(
                ["label_id"], ["label.id"], name=op.f("fk_claim_label_label_id_label"), ondelete="CASCADE"
            ),
            sa.PrimaryKeyConstraint("claim_id", "label_id", name=op.f("pk_claim_label")),
        )


def downgrade() -> None:
    """Undo this revision."""
    op.drop_table("claim_label")
    op.drop_table("label")
