"""Official lists: versions of each list and the FollowTheMoney entities of each version.

Revision ID: 0002
Revises: 0001
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "list_versions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.String(100), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("format", sa.String(50), nullable=False),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("list_date", sa.Date),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("records", sa.Integer, nullable=False),
        sa.Column("entities", sa.Integer, nullable=False),
        sa.Column("warnings", sa.Integer, nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("is_current", sa.Boolean, nullable=False),
        sa.UniqueConstraint("name", "version", name="uq_list_versions_name_version"),
    )
    op.create_table(
        "list_entities",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "version_pk",
            sa.Integer,
            sa.ForeignKey("list_versions.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("schema", sa.String(50), nullable=False),
        sa.Column("caption", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(40), nullable=False),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index(
        "ix_list_entities_version_entity", "list_entities", ["version_pk", "entity_id"], unique=True
    )
    op.create_index("ix_list_entities_entity", "list_entities", ["entity_id"])


def downgrade() -> None:
    op.drop_table("list_entities")
    op.drop_table("list_versions")
