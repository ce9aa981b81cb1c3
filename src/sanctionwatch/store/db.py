"""Engines and migrations: SQLite by default, any SQLAlchemy URL by setting."""

from __future__ import annotations

from functools import cache

from sqlalchemy import Connection, CursorResult, Engine, create_engine, event, text
from sqlalchemy.exc import SQLAlchemyError

from sanctionwatch.exc import StoreError
from sanctionwatch.store.location import MIGRATIONS, normalise_url
from sanctionwatch.store.location import head_revision as _head

__all__ = ["get_engine", "migrate", "new_pk", "normalise_url"]


def new_pk(result: CursorResult) -> int:  # type: ignore[type-arg]
    """The primary key a single-row INSERT just made (SQLAlchemy types it as optional)."""
    key = result.inserted_primary_key
    if key is None:
        raise StoreError("an insert returned no primary key")
    return int(key[0])


@cache
def get_engine(url: str) -> Engine:
    """One engine per URL, with the schema migrated to the newest revision."""
    try:
        engine = create_engine(url, future=True)
    except Exception as err:  # SQLAlchemy raises several types for a bad URL
        raise StoreError(f"cannot open store {url!r}: {err}") from err
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    migrate(engine)
    return engine


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")  # cascades delete targets with their action
    cur.execute("PRAGMA busy_timeout=60000")  # concurrent writers wait their turn
    # Write-ahead log: a commit is one append and one fsync (not a journal, the file and a
    # directory sync: about 20x slower per article ingested), and readers (the page, the
    # API) never wait for a writer. Synchronous stays FULL, so a commit survives a power
    # cut. A store in memory answers 'memory' and stays as it is.
    cur.execute("PRAGMA journal_mode=WAL")
    cur.close()


def _at_head(engine: Engine) -> bool:
    """Whether the store is already at the newest migration: one indexed read, so opening
    a store (every command) skips loading alembic and taking the write lock."""
    head = _head()
    if head is None:
        return False
    try:
        with engine.connect() as conn:
            stamped = list(conn.execute(text("SELECT version_num FROM alembic_version")).scalars())
    except SQLAlchemyError:  # a new store: no table yet
        return False
    return stamped == [head]


def migrate(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision`; each migration runs in one transaction."""
    if revision == "head" and _at_head(engine):
        return
    from alembic import command  # only when there is something to migrate
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    try:
        with engine.begin() as conn:
            _one_at_a_time(conn)
            config.attributes["connection"] = conn
            command.upgrade(config, revision)
    except Exception as err:  # driver errors vary; the message names the store
        raise StoreError(f"cannot migrate store {engine.url!r}: {err}") from err


def _one_at_a_time(conn: Connection) -> None:
    """Two processes opening a new store at once must not both create its tables."""
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(7365218004)"))
    elif conn.dialect.name == "sqlite":
        # pysqlite runs DDL outside any transaction: take the write lock first, so the
        # whole migration is one transaction and a second process waits, then sees it.
        conn.exec_driver_sql("BEGIN IMMEDIATE")
