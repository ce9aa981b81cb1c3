"""Reviews: an analyst's decision on a screening hit (confirmed or dismissed), kept
with the list record's content hash so a changed record is reviewed again.

Revision ID: 0011
Revises: 0010
"""

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("subject", sa.String(300), nullable=False),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("entity_hash", sa.String(40), nullable=False),
        sa.Column("decision", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_reviews_subject_entity", "reviews", ["subject", "entity_id"])


def downgrade() -> None:
    op.drop_index("ix_reviews_subject_entity", "reviews")
    op.drop_table("reviews")
