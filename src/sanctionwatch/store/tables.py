"""The store's tables, as SQLAlchemy Core metadata.

The schema itself is created by the alembic migrations in `migrations/`; this
module mirrors it for queries. A test checks that the two agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("id", String(200), nullable=False, index=True),  # the source's id or file stem
    # sha256 of the whitespace-normalised text: the same text under another URL is one article.
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("url", Text),
    Column("title", Text),
    Column("published", Date),
    Column("source", String(200)),
    Column("path", Text),
    Column("text", Text, nullable=False),
    Column("extractor", String(50), nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

actions = Table(
    "actions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("article_pk", Integer, ForeignKey("articles.pk", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),  # order within the article
    Column("authority", String(10), nullable=False),
    Column("agency", Text),
    Column("status", String(20), nullable=False),
    Column("date", Date),
    Column("count_person", Integer),
    Column("count_organization", Integer),
    Column("count_vessel", Integer),
    Column("count_aircraft", Integer),
    # Comma-joined codes ("asset_freeze,travel_ban", "KP,RU"): small closed vocabularies
    # that filter with one portable LIKE on SQLite and PostgreSQL alike.
    Column("measures", Text, nullable=False, default=""),
    Column("target_countries", Text, nullable=False, default=""),
    Column("program", Text),
    Column("reason", Text),
    Column("background", Boolean, nullable=False, default=False),
    Column("optional", Boolean, nullable=False, default=False),
    Column("evidence", Text, nullable=False, default="[]"),  # JSON list of spans
)
Index("ix_actions_authority_date", actions.c.authority, actions.c.date)
Index("ix_actions_article", actions.c.article_pk)

targets = Table(
    "targets",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("action_pk", Integer, ForeignKey("actions.pk", ondelete="CASCADE"), nullable=False),
    Column("seq", Integer, nullable=False),
    Column("name", Text, nullable=False),
    Column("kind", String(20), nullable=False),
    Column("role", Text),
    Column("country", String(10)),
    Column("aliases", Text, nullable=False, default="[]"),  # JSON list of strings
    Column("imo", String(20)),
    Column("evidence", Text, nullable=False, default="[]"),
)
Index("ix_targets_action", targets.c.action_pk)
