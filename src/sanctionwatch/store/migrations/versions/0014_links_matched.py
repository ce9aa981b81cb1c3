"""An index of the matched links: `link_counts` counts them without reading the links table.

Every ingest reports how many targets have a list match. Counting the distinct targets of
matched links scanned the whole links table (each row carrying its JSON explanation);
this index on (match, target_pk) answers the count from the index alone.

Revision ID: 0014
Revises: 0013
"""

from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_links_match_target", "links", ["match", "target_pk"])


def downgrade() -> None:
    op.drop_index("ix_links_match_target", table_name="links")
