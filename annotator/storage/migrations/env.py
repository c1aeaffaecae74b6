"""Alembic's entry point, run by :func:`annotator.storage.migrations.upgrade` on a connection it opened."""

from __future__ import annotations

from alembic import context

from annotator.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters most things by copying the table: batch mode does it
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
