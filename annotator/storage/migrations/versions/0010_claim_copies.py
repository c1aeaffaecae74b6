"""Schema 10: each attribution holds its claim's annotator and curation, and each claim-label row its claim's
article, annotator and curation (issue 18's counts on 200,000 claims under the Overview's filters), with indexes
by annotator, by curation and by article (the links' one of schema 9 now holds their claims and positions too,
and schema 9's index of a claim's links is in chain order), and the curated claims' facets.

As with schema 9's article, the copies are written with the row (column defaults read them from the claim) and
replayed as they are by undo and redo; a change of curation copies it again
(:func:`annotator.storage.claim_copies.curate`).  Existing rows are filled from their claims here.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-03 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

_FROM_CLAIM = "(SELECT claim.{column} FROM claim WHERE claim.id = {table}.claim_id)"


def _fill(table: str, copies: dict[str, str]) -> None:
    assignments = ", ".join(f"{mine} = {_FROM_CLAIM.format(column=c, table=table)}" for mine, c in copies.items())
    op.execute(f"UPDATE {table} SET {assignments}")


def upgrade() -> None:
    """Bring the schema up to this revision."""
    for table in ("attribution", "claim_label"):
        op.add_column(table, sa.Column("claim_annotator", sa.String(length=200), nullable=True))
        op.add_column(table, sa.Column("claim_curated", sa.Boolean(), server_default="0", nullable=False))
    op.add_column("claim_label", sa.Column("article_id", sa.Integer(), nullable=True))
    _fill("attribution", {"claim_annotator": "annotator", "claim_curated": "curated"})
    _fill("claim_label", {"article_id": "article_id", "claim_annotator": "annotator", "claim_curated": "curated"})
    with op.batch_alter_table("claim_label", schema=None) as batch_op:
        batch_op.alter_column("article_id", existing_type=sa.Integer(), nullable=False)
    op.drop_index("ix_attribution_claim_source", table_name="attribution")
    op.create_index("ix_attribution_claim_source", "attribution", ["claim_id", "position", "source_id"], unique=False)
    op.drop_index("ix_attribution_article_source", table_name="attribution")
    op.create_index(
        "ix_attribution_article_source",
        "attribution",
        ["article_id", "source_id", "claim_id", "position"],
        unique=False,
    )
    op.create_index(
        "ix_attribution_annotator_facets",
        "attribution",
        ["claim_annotator", "article_id", "source_id", "claim_id", "position", "claim_curated"],
        unique=False,
    )
    op.create_index(
        "ix_attribution_curated_facets",
        "attribution",
        ["claim_curated", "article_id", "source_id", "claim_id", "position", "claim_annotator"],
        unique=False,
    )
    op.create_index(
        "ix_claim_label_annotator",
        "claim_label",
        ["claim_annotator", "label_id", "claim_id", "claim_curated"],
        unique=False,
    )
    op.create_index(
        "ix_claim_label_curated",
        "claim_label",
        ["claim_curated", "label_id", "claim_id", "claim_annotator"],
        unique=False,
    )
    op.create_index("ix_claim_label_article", "claim_label", ["article_id", "label_id", "claim_id"], unique=False)
    op.create_index(
        "ix_claim_curated_facets",
        "claim",
        ["curated", "article_id", "quote_type", "annotator", "created_at"],
        unique=False,
    )


def downgrade() -> None:
    """Undo this revision."""
    op.drop_index("ix_claim_curated_facets", table_name="claim")
    for name in ("ix_claim_label_article", "ix_claim_label_curated", "ix_claim_label_annotator"):
        op.drop_index(name, table_name="claim_label")
    for name in ("ix_attribution_curated_facets", "ix_attribution_annotator_facets", "ix_attribution_article_source"):
        op.drop_index(name, table_name="attribution")
    op.create_index("ix_attribution_article_source", "attribution", ["article_id", "source_id"], unique=False)
    op.drop_index("ix_attribution_claim_source", table_name="attribution")
    op.create_index("ix_attribution_claim_source", "attribution", ["claim_id", "source_id", "position"], unique=False)
    with op.batch_alter_table("claim_label", schema=None) as batch_op:
        batch_op.drop_column("article_id")
        batch_op.drop_column("claim_curated")
        batch_op.drop_column("claim_annotator")
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.drop_column("claim_curated")
        batch_op.drop_column("claim_annotator")
