"""The events table's order as an index: the page's first page reads 50 rows, not the table.

`list_events` sorts newest first (date descending, undated last, then id). PostgreSQL
needs that exact order in the index (its descending default puts NULLs first); SQLite
puts NULLs last in a descending order already and refuses NULLS LAST in an index.

Revision ID: 0012
Revises: 0011
"""

import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE INDEX ix_events_listing ON events (date DESC NULLS LAST, event_id)")
    else:
        op.create_index("ix_events_listing", "events", [sa.text("date DESC"), "event_id"])


def downgrade() -> None:
    op.drop_index("ix_events_listing", "events")
