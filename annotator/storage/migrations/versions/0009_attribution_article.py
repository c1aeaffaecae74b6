"""Schema 9: each attribution holds its claim's article (issue 18's counts on 200,000 claims), and indexes
for the Overview: a chain's links by claim with their sources, the links of each article by source, one
annotator's claims in article order, and the articles' facets (status, publication date, outlet) without their text.

The article of a claim never changes, so the copy is written once with the link (a column default reads it
from the claim) and replayed as it is by undo and redo; existing links are filled from their claims here.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 12:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision."""
    op.add_column("attribution", sa.Column("article_id", sa.Integer(), nullable=True))
    op.execute(
        "UPDATE attribution SET article_id = (SELECT claim.article_id FROM claim WHERE claim.id = attribution.claim_id)"
    )
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.alter_column("article_id", existing_type=sa.Integer(), nullable=False)
    op.create_index("ix_attribution_article_source", "attribution", ["article_id", "source_id"], unique=False)
    op.create_index("ix_attribution_claim_source", "attribution", ["claim_id", "source_id", "position"], unique=False)
    op.create_index(
        "ix_claim_annotator_facets",
        "claim",
        ["annotator", "article_id", "quote_type", "curated", "created_at"],
        unique=False,
    )
    op.create_index("ix_article_facets", "article", ["id", "status", "published", "outlet"], unique=False)


def downgrade() -> None:
    """Undo this revision."""
    op.drop_index("ix_article_facets", table_name="article")
    op.drop_index("ix_claim_annotator_facets", table_name="claim")
    op.drop_index("ix_attribution_claim_source", table_name="attribution")
    op.drop_index("ix_attribution_article_source", table_name="attribution")
    with op.batch_alter_table("attribution", schema=None) as batch_op:
        batch_op.drop_column("article_id")
