"""Alembic environment: runs on the connection the store hands over."""

from __future__ import annotations

from alembic import context

from sanctionwatch.store.tables import metadata

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",  # SQLite alters tables by copy
)
with context.begin_transaction():
    context.run_migrations()
