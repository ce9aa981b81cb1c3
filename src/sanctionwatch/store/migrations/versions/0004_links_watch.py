"""Links from news targets to list entities; saved parties watched across list updates.

Revision ID: 0004
Revises: 0003
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "links",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "target_pk", sa.Integer, sa.ForeignKey("targets.pk", ondelete="CASCADE"), nullable=False
        ),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("caption", sa.Text, nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("match", sa.Boolean, nullable=False),
        sa.Column("features", sa.Text, nullable=False),
        sa.Column("listed_on", sa.Date),
        sa.UniqueConstraint("target_pk", "entity_id", name="uq_links_target_entity"),
    )
    op.create_index("ix_links_entity", "links", ["entity_id"])
    op.create_table(
        "watch_parties",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("schema", sa.String(50), nullable=False),
        sa.Column("birth_date", sa.String(10)),
        sa.Column("country", sa.String(10)),
        sa.Column("imo", sa.String(20)),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "watch_hits",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "party_pk",
            sa.Integer,
            sa.ForeignKey("watch_parties.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("entity_id", sa.String(200), nullable=False),
        sa.Column("caption", sa.Text, nullable=False),
        sa.Column("list_name", sa.String(100), nullable=False),
        sa.Column("score", sa.Float, nullable=False),
        sa.Column("change", sa.String(10), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("current", sa.Boolean, nullable=False),
    )
    op.create_index("ix_watch_hits_party", "watch_hits", ["party_pk"])


def downgrade() -> None:
    op.drop_table("watch_hits")
    op.drop_table("watch_parties")
    op.drop_table("links")
