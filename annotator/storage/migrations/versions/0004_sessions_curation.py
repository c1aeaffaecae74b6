"""Schema 4: highlighting sessions (highlight_session, session_article), curated claims (claim.curated),
and who added each attribution (attribution.annotator; earlier links take their claim's annotator).

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29 08:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision."""
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.add_column(sa.Column("curated", sa.Boolean(), server_default="0", nullable=False))
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.add_column(sa.Column("annotator", sa.String(length=200), nullable=True))
    op.execute("UPDATE attribution SET annotator = (SELECT annotator FROM claim WHERE claim.id = attribution.claim_id)")
    op.create_table(
        "highlight_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("annotator", sa.String(length=200), nullable=True),
        sa.Column("started_at", sa.DateTime(), nullable=False),
        sa.Column("last_action_at", sa.DateTime(), nullable=False),
        sa.Column("ended_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_highlight_session")),
    )
    op.create_index(op.f("ix_highlight_session_annotator"), "highlight_session", ["annotator"], unique=False)
    op.create_table(
        "session_article",
        sa.Column("session_id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("seconds", sa.Float(), nullable=False),
        sa.Column("first_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_session_article_article_id_article"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["session_id"],
            ["highlight_session.id"],
            name=op.f("fk_session_article_session_id_highlight_session"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("session_id", "article_id", name=op.f("pk_session_article")),
    )
    op.create_index(op.f("ix_session_article_article_id"), "session_article", ["article_id"], unique=False)


def downgrade() -> None:
    """Undo this revision."""
    op.drop_index(op.f("ix_session_article_article_id"), table_name="session_article")
    op.drop_table("session_article")
    op.drop_index(op.f("ix_highlight_session_annotator"), table_name="highlight_session")
    op.drop_table("highlight_session")
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.drop_column("annotator")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_column("curated")
