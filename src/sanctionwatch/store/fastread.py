"""The reads `screen` makes of a SQLite store, with the standard library alone.

Screening one name reads the index file (see `indexfile.py`) and, from the store, only
which list versions are current (the file's name) and which profile each hit belongs
to. Importing SQLAlchemy for those two reads cost half a second of a one-second
command, so they are made here with `sqlite3`. A store this cannot open as it is (not a
plain SQLite file, not at the newest schema revision) is left to `get_engine`, which
creates or migrates it; tests check these reads against the SQLAlchemy ones.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from sanctionwatch.store.basis import Basis, VersionRef
from sanctionwatch.store.location import head_revision, sqlite_file

CHUNK = 500  # ids per IN (...): well under SQLite's bound on parameters


def open_current(url: str) -> sqlite3.Connection | None:
    """A connection to the SQLite store at `url` if it exists at the newest revision."""
    database = sqlite_file(url)
    head = head_revision()
    if database is None or head is None or not Path(database).is_file():
        return None
    # mode=rw: never create a file here (a new store is get_engine's to make)
    uri = Path(database).resolve().as_uri() + "?mode=rw"
    try:
        conn = sqlite3.connect(uri, uri=True, timeout=60)
    except sqlite3.Error:
        return None
    try:
        stamped = [row[0] for row in conn.execute("SELECT version_num FROM alembic_version")]
    except sqlite3.Error:
        stamped = []
    if stamped != [head]:
        conn.close()
        return None
    return conn


def current_basis(conn: sqlite3.Connection) -> Basis:
    """`versions.current_basis`: every list's current version, by list name."""
    rows = conn.execute(
        "SELECT name, pk, version, sha256, loaded_at FROM list_versions"
        " WHERE is_current = 1 ORDER BY name"
    )
    # SQLite keeps a DateTime as text; SQLAlchemy reads it back as a naive datetime
    return tuple(
        VersionRef(name, pk, version, sha256, datetime.fromisoformat(loaded_at).isoformat())
        for name, pk, version, sha256, loaded_at in rows
    )


def profiles_of(conn: sqlite3.Connection, entity_ids: Iterable[str]) -> dict[str, str]:
    """`profiles.profiles_of`: the profile id of each entity that is in one."""
    ids = list(dict.fromkeys(entity_ids))
    out: dict[str, str] = {}
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start : start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        query = f"SELECT entity_id, profile_id FROM profile_members WHERE entity_id IN ({marks})"
        out.update(dict(conn.execute(query, chunk).fetchall()))
    return out
