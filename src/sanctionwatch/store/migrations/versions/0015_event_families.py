"""Event families: the events an undated report could join, re-grouped together.

An undated report joins (or bridges) events only when their dates come within the
events window of each other (`events.consolidate.partition`), so a new report can
regroup every event its family holds: the events linked by any one-decision pair.
`family` labels them (the lowest action pk among their reports) so the update reads
one family by index. Filled by the events rebuild that the keys version (3) brings.

Revision ID: 0015
Revises: 0014
"""

import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("events", sa.Column("family", sa.Integer, nullable=True))
    op.create_index("ix_events_family", "events", ["family"])


def downgrade() -> None:
    op.drop_index("ix_events_family", table_name="events")
    with op.batch_alter_table("events") as batch:
        batch.drop_column("family")
