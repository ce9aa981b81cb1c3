"""Incremental links and watch: which targets were screened, against which list versions.

`target_checks` marks each news target screened at least once, so an ingest screens only
new targets; `link_basis` records, per consumer (links, watch), the list versions its
results reflect, so a list change re-screens only what the changed entities touch.
`links.schema` keeps the list entity's schema, to show a link across kinds.

Revision ID: 0007
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "target_checks",
        sa.Column(
            "target_pk",
            sa.Integer,
            sa.ForeignKey("targets.pk", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("checked_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "link_basis",
        sa.Column("consumer", sa.String(20), primary_key=True),
        sa.Column("list_name", sa.String(100), primary_key=True),
        sa.Column("version_pk", sa.Integer, nullable=False),
    )
    with op.batch_alter_table("links") as batch:
        batch.add_column(sa.Column("schema", sa.String(50)))
    op.create_index("ix_links_target", "links", ["target_pk"])


def downgrade() -> None:
    op.drop_index("ix_links_target", "links")
    with op.batch_alter_table("links") as batch:
        batch.drop_column("schema")
    op.drop_table("link_basis")
    op.drop_table("target_checks")
