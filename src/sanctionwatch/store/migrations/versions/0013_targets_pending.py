"""Targets waiting to be screened: an ingest finds its new targets by key, not by a scan.

`targets_pending` holds each stored target until linking screens it (written in the
article's transaction, emptied with the links), so `link_new_targets` no longer joins
every target against `target_checks`: its cost follows the new targets, not the store.
Targets an existing store never screened are queued here.

Revision ID: 0013
Revises: 0012
"""

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "targets_pending",
        sa.Column(
            "target_pk",
            sa.Integer,
            sa.ForeignKey("targets.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
    )
    op.execute(
        "INSERT INTO targets_pending (target_pk) SELECT pk FROM targets"
        " WHERE pk NOT IN (SELECT target_pk FROM target_checks)"
    )


def downgrade() -> None:
    op.drop_table("targets_pending")
