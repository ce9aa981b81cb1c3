"""News: articles, the actions extracted from them, and their targets.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("id", sa.String(200), nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("published", sa.Date),
        sa.Column("source", sa.String(200)),
        sa.Column("path", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("extractor", sa.String(50), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_articles_id", "articles", ["id"])
    op.create_table(
        "actions",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "article_pk",
            sa.Integer,
            sa.ForeignKey("articles.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("authority", sa.String(10), nullable=False),
        sa.Column("agency", sa.Text),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("date", sa.Date),
        sa.Column("count_person", sa.Integer),
        sa.Column("count_organization", sa.Integer),
        sa.Column("count_vessel", sa.Integer),
        sa.Column("count_aircraft", sa.Integer),
        sa.Column("measures", sa.Text, nullable=False),
        sa.Column("target_countries", sa.Text, nullable=False),
        sa.Column("program", sa.Text),
        sa.Column("reason", sa.Text),
        sa.Column("background", sa.Boolean, nullable=False),
        sa.Column("optional", sa.Boolean, nullable=False),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_actions_authority_date", "actions", ["authority", "date"])
    op.create_index("ix_actions_article", "actions", ["article_pk"])
    op.create_table(
        "targets",
        sa.Column("pk", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column(
            "action_pk",
            sa.Integer,
            sa.ForeignKey("actions.pk", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("role", sa.Text),
        sa.Column("country", sa.String(10)),
        sa.Column("aliases", sa.Text, nullable=False),
        sa.Column("imo", sa.String(20)),
        sa.Column("evidence", sa.Text, nullable=False),
    )
    op.create_index("ix_targets_action", "targets", ["action_pk"])


def downgrade() -> None:
    op.drop_table("targets")
    op.drop_table("actions")
    op.drop_table("articles")
