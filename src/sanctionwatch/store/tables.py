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
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
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

list_versions = Table(
    "list_versions",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("name", String(100), nullable=False),  # e.g. "us_ofac_sdn", chosen at load
    Column("version", Integer, nullable=False),  # 1, 2, ... per name
    Column("format", String(50), nullable=False),
    Column("source", Text, nullable=False),  # path or URL it was loaded from
    Column("list_date", Date),  # publication date stated by the file, when it has one
    Column(
        "sha256", String(64), nullable=False
    ),  # of the source bytes: an unchanged file is skipped
    Column("records", Integer, nullable=False),  # source records read
    Column("entities", Integer, nullable=False),
    Column("warnings", Integer, nullable=False),  # bad records skipped
    Column("loaded_at", DateTime(timezone=True), nullable=False),
    # Exactly one current version per name; flipped in the load's own transaction.
    Column("is_current", Boolean, nullable=False),
    UniqueConstraint("name", "version", name="uq_list_versions_name_version"),
)

list_entities = Table(
    "list_entities",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column(
        "version_pk", Integer, ForeignKey("list_versions.pk", ondelete="CASCADE"), nullable=False
    ),
    Column("entity_id", String(200), nullable=False),
    Column("schema", String(50), nullable=False),
    Column("caption", Text, nullable=False),
    Column("content_hash", String(40), nullable=False),  # sha1 of `data`, for diffs
    Column("data", Text, nullable=False),  # the FollowTheMoney entity as JSON
)
Index(
    "ix_list_entities_version_entity",
    list_entities.c.version_pk,
    list_entities.c.entity_id,
    unique=True,
)
Index("ix_list_entities_entity", list_entities.c.entity_id)

events = Table(
    "events",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    # Derived from the earliest report's action, so it survives rebuilds of the table.
    Column("event_id", String(40), nullable=False, unique=True),
    Column("authority", String(10), nullable=False),
    Column("status", String(20), nullable=False),
    Column("date", Date),
    Column("reports", Integer, nullable=False),  # distinct articles behind it
    Column("title", Text, nullable=False),  # a one-line summary for lists and pages
    # The events one report could regroup (migration 0015): the lowest action pk of them.
    Column("family", Integer),
)
Index("ix_events_authority_date", events.c.authority, events.c.date)
Index("ix_events_family", events.c.family)
# ix_events_listing (migration 0012): date descending, undated last, then event_id, the
# order `list_events` pages in; written per dialect there (SQLite refuses NULLS LAST in one).

event_actions = Table(
    "event_actions",
    metadata,
    Column("event_pk", Integer, ForeignKey("events.pk", ondelete="CASCADE"), nullable=False),
    Column(
        "action_pk",
        Integer,
        ForeignKey("actions.pk", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
)
Index("ix_event_actions_event", event_actions.c.event_pk)

# Incremental events (migration 0005). Each action in an event is filed under its
# blocking keys (`events.consolidate.blocking_keys`) with its date, so a new action
# finds its candidates by index, within the key's date window.
action_keys = Table(
    "action_keys",
    metadata,
    Column("action_pk", Integer, ForeignKey("actions.pk", ondelete="CASCADE"), nullable=False),
    Column("key", String(300), nullable=False),
    Column("date", Date),
)
Index("ix_action_keys_key_date", action_keys.c.key, action_keys.c.date)
Index("ix_action_keys_action", action_keys.c.action_pk)

# Stored actions not yet placed in an event: written with the article, emptied by
# the events update, so a crash between the two is repaired on the next start.
events_pending = Table(
    "events_pending",
    metadata,
    Column("action_pk", Integer, ForeignKey("actions.pk", ondelete="CASCADE"), primary_key=True),
)

# The id of an event merged into an older one answers for the survivor, for life.
event_aliases = Table(
    "event_aliases",
    metadata,
    Column("alias", String(40), primary_key=True),
    Column("event_id", String(40), nullable=False, index=True),
)

# One row, 'events': the lock every events writer takes first (an UPDATE: a row lock on
# PostgreSQL, the write lock on SQLite), and the version of the blocking keys on file.
events_state = Table(
    "events_state",
    metadata,
    Column("name", String(20), primary_key=True),
    Column("keys_version", Integer, nullable=False),
    Column("updates", Integer, nullable=False),
)

links = Table(
    "links",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("target_pk", Integer, ForeignKey("targets.pk", ondelete="CASCADE"), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("list_name", String(100), nullable=False),
    Column("caption", Text, nullable=False),
    Column("score", Float, nullable=False),
    Column("match", Boolean, nullable=False),  # score at or above the threshold in force
    Column("features", Text, nullable=False),  # JSON: the scorer's explanation
    Column("listed_on", Date),  # the list's listing date, for the news-to-list lag
    Column("schema", String(50)),  # the list entity's schema: a link may cross kinds
    UniqueConstraint("target_pk", "entity_id", name="uq_links_target_entity"),
)
Index("ix_links_entity", links.c.entity_id)
Index("ix_links_target", links.c.target_pk)
# `link_counts` counts the targets of matched links from this index alone (migration 0014).
Index("ix_links_match_target", links.c.match, links.c.target_pk)

# Targets screened at least once: an ingest screens only the targets not here.
target_checks = Table(
    "target_checks",
    metadata,
    Column(
        "target_pk",
        Integer,
        ForeignKey("targets.pk", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("checked_at", DateTime(timezone=True), nullable=False),
)

# Targets stored and not yet screened (migration 0013): queued in the article's own
# transaction, emptied as linking marks them checked, so an ingest reads its new targets
# by key instead of joining every target against `target_checks`.
targets_pending = Table(
    "targets_pending",
    metadata,
    Column("target_pk", Integer, ForeignKey("targets.pk", ondelete="CASCADE"), primary_key=True),
)

# The list versions that the links ("links") and watch hits ("watch") were screened against.
link_basis = Table(
    "link_basis",
    metadata,
    Column("consumer", String(20), primary_key=True),
    Column("list_name", String(100), primary_key=True),
    Column("version_pk", Integer, nullable=False),
)

watch_parties = Table(
    "watch_parties",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("schema", String(50), nullable=False),
    Column("birth_date", String(10)),
    Column("country", String(10)),
    Column("imo", String(20)),
    Column("created_at", DateTime(timezone=True), nullable=False),
)

# One row per change: a hit appearing ("new") or disappearing ("gone") after a list load.
watch_hits = Table(
    "watch_hits",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("party_pk", Integer, ForeignKey("watch_parties.pk", ondelete="CASCADE"), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("caption", Text, nullable=False),
    Column("list_name", String(100), nullable=False),
    Column("score", Float, nullable=False),
    Column("change", String(10), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("current", Boolean, nullable=False),  # the latest state of this (party, entity)
)
Index("ix_watch_hits_party", watch_hits.c.party_pk)

# One row per list entity in a profile: the list entities judged one real-world party.
# Derived (rebuilt when the lists change); `reasons` is JSON, the evidence that joined it.
profile_members = Table(
    "profile_members",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("entity_id", String(200), nullable=False),
    Column("list_name", String(100), nullable=False),
    Column("profile_id", String(40), nullable=False),
    Column("reasons", Text, nullable=False),
    UniqueConstraint("entity_id", "list_name", name="uq_profile_members_entity_list"),
)
Index("ix_profile_members_profile", profile_members.c.profile_id)
Index("ix_profile_members_entity", profile_members.c.entity_id)

# Which list versions the profiles were built from (the latest row is in force).
profile_builds = Table(
    "profile_builds",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("fingerprint", Text, nullable=False),
    Column("built_at", DateTime(timezone=True), nullable=False),
    Column("entities", Integer, nullable=False),
    Column("profiles", Integer, nullable=False),
)

# An analyst's judgement on two list entities: "same" merges, "different" splits.
profile_judgements = Table(
    "profile_judgements",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("entity_a", String(200), nullable=False),
    Column("entity_b", String(200), nullable=False),
    Column("decision", String(10), nullable=False),
    Column("reason", Text, nullable=False),
    Column("user_name", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)

# An analyst's decision on a screening hit; `entity_hash` is the list record's content
# hash then, so a dismissed hit comes back once the record changes.
reviews = Table(
    "reviews",
    metadata,
    Column("pk", Integer, primary_key=True, autoincrement=True),
    Column("subject", String(300), nullable=False),
    Column("entity_id", String(200), nullable=False),
    Column("list_name", String(100), nullable=False),
    Column("entity_hash", String(40), nullable=False),
    Column("decision", String(10), nullable=False),
    Column("reason", Text, nullable=False),
    Column("user_name", String(100), nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
)
Index("ix_reviews_subject_entity", reviews.c.subject, reviews.c.entity_id)
