"""Schema 5: project-wide claim search (issue 7): folded copies of each claim's text and note
(claim_search), a queue of claims to fold again (claim_search_pending), the fold version (claim_search_state),
a trigram index over the copies (FTS5) with its triggers, and indexes to walk a source's or a label's claims
newest first.

The tables come from here; the FTS5 index, the triggers and the folding of every claim come from
:func:`annotator.storage.claim_search.heal`, the code that also repairs an index found out of step.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from annotator.storage import claim_search

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    """Bring the schema up to this revision."""
    op.create_table(
        "claim_search",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.Column("folded", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_search")),
    )
    op.create_table(
        "claim_search_pending",
        sa.Column("claim_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("claim_id", name=op.f("pk_claim_search_pending")),
    )
    op.create_table(
        "claim_search_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("fold_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_claim_search_state")),
    )
    op.create_index("ix_attribution_source_claim", "attribution", ["source_id", "claim_id"], unique=False)
    op.create_index("ix_claim_label_label_claim", "claim_label", ["label_id", "claim_id"], unique=False)
    op.execute("INSERT INTO claim_search_state (id, fold_version) VALUES (1, 0)")  # 0: nothing folded yet
    claim_search.heal(op.get_bind())


def downgrade() -> None:
    """Undo this revision."""
    bind = op.get_bind()
    for name in (*claim_search.CLAIM_TRIGGERS, *claim_search.FTS_TRIGGERS):
        bind.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    for name in reversed(list(claim_search.FTS_TABLES)):
        bind.exec_driver_sql(f"DROP TABLE IF EXISTS {name}")
    op.drop_index("ix_claim_label_label_claim", table_name="claim_label")
    op.drop_index("ix_attribution_source_claim", table_name="attribution")
    op.drop_table("claim_search_state")
    op.drop_table("claim_search_pending")
    op.drop_table("claim_search")
