"""Schema 7: indexes for the Overview's counts (issue 18): the claims' facets (article, quote type, annotator,
curation, creation time) without their text, and the chains' positions for the attribution network.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02 01:00:00
"""

from __future__ import annotations

from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision (indexes only: no row changes)."""
    op.create_index(
        "ix_claim_facets", "claim", ["article_id", "quote_type", "annotator", "curated", "created_at"], unique=False
    )
    op.create_index("ix_attribution_position", "attribution", ["position", "claim_id", "source_id"], unique=False)


def downgrade() -> None:
    """Undo this revision."""
    op.drop_index("ix_attribution_position", table_name="attribution")
    op.drop_index("ix_claim_facets", table_name="claim")
