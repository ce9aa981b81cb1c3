"""Incremental events: blocking keys, a queue of actions not yet in an event, aliases, a lock.

Revision ID: 0005
Revises: 0004

`events_state` starts at keys version 0, so the first start after this migration
rebuilds every event once (keeping existing ids) and files the blocking keys.
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "action_keys",
        sa.Column(
            "action_pk", sa.Integer, sa.ForeignKey("actions.pk", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("key", sa.String(300), nullable=False),
        sa.Column("date", sa.Date),
    )
    op.create_index("ix_action_keys_key_date", "action_keys", ["key", "date"])
    op.create_index("ix_action_keys_action", "action_keys", ["action_pk"])
    op.create_table(
        "events_pending",
        sa.Column(
            "action_pk",
            sa.Integer,
            sa.ForeignKey("actions.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.create_table(
        "event_aliases",
        sa.Column("alias", sa.String(40), primary_key=True),
        sa.Column("event_id", sa.String(40), nullable=False, index=True),
    )
    state = op.create_table(
        "events_state",
        sa.Column("name", sa.String(20), primary_key=True),
        sa.Column("keys_version", sa.Integer, nullable=False),
        sa.Column("updates", sa.Integer, nullable=False),
    )
    op.bulk_insert(state, [{"name": "events", "keys_version": 0, "updates": 0}])


def downgrade() -> None:
    op.drop_table("events_state")
    op.drop_table("event_aliases")
    op.drop_table("events_pending")
    op.drop_table("action_keys")
