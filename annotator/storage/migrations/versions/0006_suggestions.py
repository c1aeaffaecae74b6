"""Schema 6: where each claim came from (claim.origin: manual, suggested, suggested_edited) and the suggested
attributions an annotator rejected (rejected_suggestion), so they are not suggested again.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 22:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision (a plain ALTER: the claim table and its search triggers stay)."""
    op.add_column("claim", sa.Column("origin", sa.String(length=20), server_default="manual", nullable=False))
    op.create_table(
        "rejected_suggestion",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("source", sa.String(length=300), nullable=True),
        sa.Column("annotator", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_rejected_suggestion_article_id_article"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_suggestion")),
    )
    op.create_index(op.f("ix_rejected_suggestion_article_id"), "rejected_suggestion", ["article_id"], unique=False)


def downgrade() -> None:
    """Undo this revision."""
    op.drop_index(op.f("ix_rejected_suggestion_article_id"), table_name="rejected_suggestion")
    op.drop_table("rejected_suggestion")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("origin")
