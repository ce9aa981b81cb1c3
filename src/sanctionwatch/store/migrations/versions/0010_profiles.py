"""Profiles: list entities grouped into one party across lists, and analysts' judgements.

Revision ID: 0010
Revises: 0004
"""

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "profile_members",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("profile_id", sa.String(40), nullable=False),
        sa.Column("reasons", sa.Text, nullable=False),
        sa.UniqueConstraint("entity_id", "list_name", name="uq_profile_members_entity_list"),
    )
    op.create_index("ix_profile_members_profile", "profile_members", ["profile_id"])
    op.create_index("ix_profile_members_entity", "profile_members", ["entity_id"])
    op.create_table(
        "profile_builds",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("fingerprint", sa.Text, nullable=False),
        sa.Column("built_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("entities", sa.Integer, nullable=False),
        sa.Column("profiles", sa.Integer, nullable=False),
    )
    op.create_table(
        "profile_judgements",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("entity_a", sa.String(200), nullable=False),
        sa.Column("entity_b", sa.String(200), nullable=False),
        sa.Column("decision", sa.String(10), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("user_name", sa.String(100), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("profile_judgements")
    op.drop_table("profile_builds")
    op.drop_index("ix_profile_members_entity", "profile_members")
    op.drop_index("ix_profile_members_profile", "profile_members")
    op.drop_table("profile_members")
