"""Events: actions from many reports of one decision, consolidated.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), nullable=False, unique=True),
        sa.Column("authority", sa.String(10), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("reports", sa.Integer, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
    )
    op.create_index("ix_events_authority_date", "events", ["authority", "date"])
    op.create_table(
        "event_actions",
        sa.Column(
            "event_pk", sa.Integer, sa.ForeignKey("events.pk", ondelete="CASCADE"), nullable=False
        ),
        sa.Column(
            "action_pk",
            sa.Integer,
            sa.ForeignKey("actions.pk", ondelete="CASCADE"),
            nullable=False,
            unique=True,
        ),
    )
    op.create_index("ix_event_actions_event", "event_actions", ["event_pk"])


def downgrade() -> None:
    op.drop_table("event_actions")
    op.drop_table("events")
