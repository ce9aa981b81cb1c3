"""Named store-wide locks for work that reads, computes for a while, then writes.

A relink reads every target, screens them (seconds), then replaces the links: two
at once would each overwrite the other's newer view. Such work runs under
`exclusive(engine, name)`, which every process using the same store respects:
a session advisory lock on PostgreSQL, an flock on a file beside a SQLite
store (holding SQLite's own write lock that long would stall every other
writer). Short transactions need none of this: see `events_writer`.
"""

from __future__ import annotations

import fcntl
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text


def _key(name: str) -> int:
    """A stable signed 64-bit key for pg_advisory_lock."""
    digest = hashlib.sha256(f"sanctionwatch:{name}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextmanager
def exclusive(engine: Engine, name: str) -> Iterator[None]:
    """Hold the store-wide lock `name` for the block; waits for another holder."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as conn:
            conn.execute(text("SELECT pg_advisory_lock(:k)"), {"k": _key(name)})
            conn.commit()
            try:
                yield
            finally:
                conn.execute(text("SELECT pg_advisory_unlock(:k)"), {"k": _key(name)})
                conn.commit()
        return
    database = engine.url.database
    if engine.dialect.name != "sqlite" or not database or database == ":memory:":
        yield  # one process owns an in-memory store
        return
    with open(Path(database).with_name(Path(database).name + f".{name}.lock"), "a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)
