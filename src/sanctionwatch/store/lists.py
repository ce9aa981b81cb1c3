"""Versions of official lists: atomic loads, status, diffs and the entities now serving.

A load writes a whole new version and makes it current in one transaction, so
a failed or refused load leaves the previous version serving untouched.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy import text as sql

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.store.db import new_pk
from sanctionwatch.store.listdiff import DiffFilter, diff_parties, facets, parties
from sanctionwatch.store.tables import list_entities, list_versions

BATCH = 2000  # rows per executemany: large enough to be fast, small enough for memory
KEEP_VERSIONS = 2  # entities are kept for the current and the previous version (for diffs)


class ListLoadRefused(SanctionWatchError):
    """A load that would replace a list with far fewer entities, without --force."""


@dataclass
class ListVersionInfo:
    name: str
    format: str
    source: str
    sha256: str
    list_date: date | None = None
    records: int = 0
    warnings: int = 0


@dataclass
class LoadOutcome:
    name: str
    version: int | None  # None when unchanged
    entities: int
    previous_entities: int | None
    unchanged: bool = False
    notes: list[str] = field(default_factory=list)


def entity_row(data: dict[str, Any]) -> dict[str, Any]:
    text = json.dumps(data, ensure_ascii=False, sort_keys=True)
    props = data.get("properties") or {}
    names = props.get("name") or []
    return {
        "entity_id": str(data["id"]),
        "schema": str(data["schema"]),
        "caption": str(data.get("caption") or (names[0] if names else data["id"])),
        "content_hash": hashlib.sha1(text.encode("utf-8")).hexdigest(),
        "data": text,
    }


def _current(conn: Connection, name: str) -> Any:
    query = select(list_versions).where(
        list_versions.c.name == name, list_versions.c.is_current.is_(True)
    )
    return conn.execute(query).first()


def store_list_version(
    engine: Engine,
    info: ListVersionInfo,
    entities: Iterable[dict[str, Any]],
    *,
    force: bool = False,
    min_ratio: float = 0.5,
) -> LoadOutcome:
    """Write `entities` as the new current version of list `info.name`.

    `info.records` and `info.warnings` are read after `entities` is exhausted,
    so a reader may fill them in as it goes. Unchanged source bytes are
    skipped. A version with fewer than `min_ratio` times the entities of the
    current one is refused unless `force`; either way the previous version
    keeps serving until this transaction commits.
    """
    with engine.begin() as conn:
        _lock_list(conn, info.name)
        current = _current(conn, info.name)
        if current is not None and current.sha256 == info.sha256 and not force:
            return LoadOutcome(info.name, None, current.entities, current.entities, unchanged=True)
        number = (
            conn.scalar(
                select(func.max(list_versions.c.version)).where(list_versions.c.name == info.name)
            )
            or 0
        ) + 1
        version_pk = new_pk(
            conn.execute(
                insert(list_versions).values(
                    name=info.name,
                    version=number,
                    format=info.format,
                    source=info.source,
                    list_date=info.list_date,
                    sha256=info.sha256,
                    records=info.records,
                    entities=0,
                    warnings=info.warnings,
                    loaded_at=datetime.now(UTC),
                    is_current=False,
                )
            )
        )
        count = _insert_entities(conn, version_pk, entities)
        previous = current.entities if current is not None else None
        if previous and count < previous * min_ratio and not force:
            # Raising rolls the whole transaction back: nothing of this version remains.
            raise ListLoadRefused(
                f"{info.source}: {count:,} entities where list {info.name!r} now has "
                f"{previous:,}; refusing to replace it (use --force if this is right)"
            )
        conn.execute(
            update(list_versions)
            .where(list_versions.c.name == info.name)
            .values(is_current=list_versions.c.pk == version_pk)
        )
        # records and warnings are only known once the reader has been drained
        conn.execute(
            update(list_versions)
            .where(list_versions.c.pk == version_pk)
            .values(entities=count, records=info.records, warnings=info.warnings)
        )
        _prune(conn, info.name)
    return LoadOutcome(info.name, number, count, previous)


def _lock_list(conn: Connection, name: str) -> None:
    """Serialise loads of one list: the second waits, then numbers its version after the first.

    PostgreSQL: a transaction-scoped advisory lock on the list's name. SQLite: a no-op
    write takes the store's write lock at once (the second load waits busy_timeout).
    """
    if conn.dialect.name == "postgresql":
        key = zlib.crc32(name.encode("utf-8"))
        lock = sql("SELECT pg_advisory_xact_lock(:k1, :k2)")
        conn.execute(lock, {"k1": 0x5357, "k2": key - 2**31})
    elif conn.dialect.name == "sqlite":
        conn.execute(update(list_versions).where(list_versions.c.pk < 0).values(records=0))


def _insert_entities(conn: Connection, version_pk: int, entities: Iterable[dict[str, Any]]) -> int:
    count, batch, seen = 0, [], set()
    for data in entities:
        row = entity_row(data)
        if row["entity_id"] in seen:
            raise SanctionWatchError(f"entity id {row['entity_id']!r} occurs twice in one list")
        seen.add(row["entity_id"])
        row["version_pk"] = version_pk
        batch.append(row)
        if len(batch) >= BATCH:
            conn.execute(insert(list_entities), batch)
            count += len(batch)
            batch = []
    if batch:
        conn.execute(insert(list_entities), batch)
        count += len(batch)
    return count


def _prune(conn: Connection, name: str) -> None:
    """Drop entities of versions older than the last KEEP_VERSIONS; their metadata stays."""
    old = select(list_versions.c.pk).where(list_versions.c.name == name)
    keep = old.order_by(list_versions.c.version.desc()).limit(KEEP_VERSIONS)
    keep_pks = [r[0] for r in conn.execute(keep)]
    conn.execute(
        delete(list_entities).where(
            list_entities.c.version_pk.in_(old.where(list_versions.c.pk.not_in(keep_pks)))
        )
    )


def list_status(engine: Engine) -> list[dict[str, Any]]:
    """Every list's current version: dates, counts and when it was loaded."""
    query = (
        select(list_versions)
        .where(list_versions.c.is_current.is_(True))
        .order_by(list_versions.c.name)
    )
    with engine.connect() as conn:
        return [_version_dict(r._mapping) for r in conn.execute(query)]


def list_versions_of(engine: Engine, name: str) -> list[dict[str, Any]]:
    query = (
        select(list_versions)
        .where(list_versions.c.name == name)
        .order_by(list_versions.c.version.desc())
    )
    with engine.connect() as conn:
        return [_version_dict(r._mapping) for r in conn.execute(query)]


def _version_dict(row: Any) -> dict[str, Any]:
    return {
        "name": row["name"],
        "version": row["version"],
        "format": row["format"],
        "source": row["source"],
        "list_date": row["list_date"].isoformat() if row["list_date"] else None,
        "records": row["records"],
        "entities": row["entities"],
        "warnings": row["warnings"],
        "loaded_at": row["loaded_at"].isoformat(timespec="seconds"),
        "current": row["is_current"],
    }


def _last_two(engine: Engine, name: str) -> tuple[list[Any], dict[str, Any], dict[str, Any]]:
    """The last two versions of list `name` (newest first) and their parties (new, old)."""
    with engine.connect() as conn:
        versions = conn.execute(
            select(list_versions.c.pk, list_versions.c.version, list_versions.c.format)
            .where(list_versions.c.name == name)
            .order_by(list_versions.c.version.desc())
            .limit(2)
        ).all()
        if not versions:
            raise SanctionWatchError(f"no list named {name!r} is loaded (see `lists status`)")
        if len(versions) < 2:
            raise SanctionWatchError(f"list {name!r} has only one version: nothing to compare")
        new, old = (parties(conn, pk) for pk, _, _ in versions)
    return list(versions), new, old


def removed_parties(engine: Engine, name: str) -> tuple[int, int, list[dict[str, Any]]]:
    """(from version, to version, parties removed) between the last two versions: the
    `removed` rows of `diff_list`, without comparing every kept party field by field
    (what a load's warning needs, at a fraction of the cost)."""
    versions, new, old = _last_two(engine, name)
    (_, to_version, to_format), (_, from_version, from_format) = versions
    gone = {k: old[k] for k in set(old) - set(new)}
    result = diff_parties(gone, {}, same_format=to_format == from_format)
    return from_version, to_version, result["removed"]


def diff_list(engine: Engine, name: str, keep: DiffFilter | None = None) -> dict[str, Any]:
    """Parties added, removed and changed (field by field) between the last two versions.

    See `sanctionwatch.store.listdiff` for how listings fold into their parties and
    how values are normalised; `keep` filters the rows by programme, schema or country.
    """
    versions, new, old = _last_two(engine, name)
    (_, to_version, to_format), (_, from_version, from_format) = versions
    result = diff_parties(old, new, same_format=to_format == from_format, keep=keep)
    return {
        "name": name,
        "from_version": from_version,
        "to_version": to_version,
        "from_format": from_format,
        "to_format": to_format,
        "filters": {k: v for k, v in vars(keep or DiffFilter()).items() if v},
        **result,
        "facets": facets(old, new),
    }


def current_entities(
    engine: Engine, names: Iterable[str] | None = None
) -> Iterator[dict[str, Any]]:
    """Stream the FtM entities of every current list version (or of the named lists)."""
    query = (
        select(list_versions.c.name, list_entities.c.data)
        .join(list_versions, list_versions.c.pk == list_entities.c.version_pk)
        .where(list_versions.c.is_current.is_(True))
    )
    if names is not None:
        query = query.where(list_versions.c.name.in_(list(names)))
    with engine.connect() as conn:
        result = conn.execution_options(yield_per=BATCH).execute(query)
        for list_name, data in result:
            entity = json.loads(data)
            entity.setdefault("datasets", [list_name])
            yield entity


def get_list_entity(engine: Engine, entity_id: str) -> dict[str, Any] | None:
    """One entity of a current list version, by id, with the list it came from."""
    query = (
        select(list_versions.c.name, list_entities.c.data)
        .join(list_versions, list_versions.c.pk == list_entities.c.version_pk)
        .where(list_versions.c.is_current.is_(True), list_entities.c.entity_id == entity_id)
    )
    with engine.connect() as conn:
        row = conn.execute(query).first()
    if row is None:
        return None
    entity = json.loads(row[1])
    entity.setdefault("datasets", [row[0]])
    return entity


def seen_dates(engine: Engine, name: str) -> tuple[str | None, dict[str, str]]:
    """When list `name`'s current version was loaded, and for each of its entities the
    load of the earliest kept version holding it (ISO timestamps): the entity's
    `last_seen` and `first_seen`. Versions older than the kept ones no longer hold
    entities, so `first_seen` is at most that far back."""
    with engine.connect() as conn:
        current = conn.execute(
            select(list_versions.c.pk, list_versions.c.loaded_at).where(
                list_versions.c.name == name, list_versions.c.is_current.is_(True)
            )
        ).first()
        if current is None:
            return None, {}
        first = func.min(list_versions.c.loaded_at)
        query = (
            select(list_entities.c.entity_id, first)
            .join(list_versions, list_versions.c.pk == list_entities.c.version_pk)
            .where(list_versions.c.name == name)
            .group_by(list_entities.c.entity_id)
        )
        rows = conn.execute(query).all()
    stamp = _iso(current.loaded_at)
    return stamp, {entity_id: _iso(at) for entity_id, at in rows}


def _iso(value: Any) -> str:
    text = value.isoformat(timespec="seconds") if hasattr(value, "isoformat") else str(value)
    return text[:19]
