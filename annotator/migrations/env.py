"""Alembic's entry point, run by :func:`annotator.migrations.upgrade` on a connection it opened (no alembic.ini)."""

from __future__ import annotations

from alembic import context

from annotator.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters most things by copying the table: batch mode does it
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
