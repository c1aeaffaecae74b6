"""Schema 1: articles, sources, claims and attributions, as the first release created them.

Revision ID: 0001
Revises:
Create Date: 2026-11-29 07:05:40.415230
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision."""

    op.create_table(
        "article",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("title", sa.String(length=1000), nullable=True),
        sa.Column("outlet", sa.String(length=300), nullable=True),
        sa.Column("url", sa.String(length=2000), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("language", sa.String(length=20), nullable=True),
        sa.Column("direction", sa.String(length=3), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("text_hash", sa.String(length=64), nullable=False),
        sa.Column("imported_from", sa.String(length=4000), nullable=True),
        sa.Column("imported_at", sa.DateTime(), nullable=False),
        sa.Column("encoding", sa.String(length=40), nullable=True),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.CheckConstraint("direction IN ('rtl', 'ltr')", name=op.f("ck_article_direction")),
        sa.CheckConstraint("status IN ('todo', 'in_progress', 'done')", name=op.f("ck_article_status")),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_article")),
    )
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_article_text_hash"), ["text_hash"], unique=False)

    op.create_table(
        "source",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("aliases", sa.JSON(), nullable=False),
        sa.Column("colour", sa.String(length=9), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('person', 'organization', 'media', 'government', 'document', 'anonymous', 'other')",
            name=op.f("ck_source_kind"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_source")),
    )
    op.create_table(
        "claim",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("quote_type", sa.String(length=10), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "quote_type IN ('direct', 'indirect', 'mixed', 'unmarked')", name=op.f("ck_claim_quote_type")
        ),
        sa.CheckConstraint('start >= 0 AND start < "end"', name=op.f("ck_claim_span")),
        sa.ForeignKeyConstraint(
            ["article_id"], ["article.id"], name=op.f("fk_claim_article_id_article"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim")),
    )
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claim_article_id"), ["article_id"], unique=False)
        batch_op.create_index("ix_claim_article_start", ["article_id", "start"], unique=False)

    op.create_table(
        "attribution",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("mention_start", sa.Integer(), nullable=True),
        sa.Column("mention_end", sa.Integer(), nullable=True),
        sa.Column("cue_start", sa.Integer(), nullable=True),
        sa.Column("cue_end", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "(cue_start IS NULL) = (cue_end IS NULL) AND "
            "(cue_start IS NULL OR (cue_start >= 0 AND cue_start < cue_end))",
            name=op.f("ck_attribution_cue_span"),
        ),
        sa.CheckConstraint(
            "(mention_start IS NULL) = (mention_end IS NULL) AND "
            "(mention_start IS NULL OR (mention_start >= 0 AND mention_start < mention_end))",
            name=op.f("ck_attribution_mention_span"),
        ),
        sa.ForeignKeyConstraint(
            ["claim_id"], ["claim.id"], name=op.f("fk_attribution_claim_id_claim"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["source.id"], name=op.f("fk_attribution_source_id_source"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_attribution")),
        sa.UniqueConstraint("claim_id", "position", name="uq_attribution_claim_position"),
    )
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_attribution_claim_id"), ["claim_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_attribution_source_id"), ["source_id"], unique=False)


def downgrade() -> None:
    """Undo this revision."""

    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_attribution_source_id"))
        batch_op.drop_index(batch_op.f("ix_attribution_claim_id"))

    op.drop_table("attribution")
    with op.batch_alter_table("claim", schema=None) as batch_op:
        batch_op.drop_index("ix_claim_article_start")
        batch_op.drop_index(batch_op.f("ix_claim_article_id"))

    op.drop_table("claim")
    op.drop_table("source")
    with op.batch_alter_table("article", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_article_text_hash"))

    op.drop_table("article")
