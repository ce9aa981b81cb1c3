"""The list versions a screening index is built from, and what changed between two sets.

A *basis* is the exact set of list versions something was computed against: the
screening index, the stored links, the watch list's hits. Comparing two bases gives
the entities added, removed or changed in between, so links and the watch list redo
only the work a list change calls for.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, delete, insert, select

from sanctionwatch.store.basis import Basis, VersionRef
from sanctionwatch.store.tables import link_basis, list_entities, list_versions

BATCH = 2000

# (list name, FtM entity) pairs, as `version_entities` gives them
Rows = Iterable[tuple[str, dict[str, Any]]]


def current_basis(engine: Engine) -> Basis:
    """Every list's current version, by list name."""
    query = (
        select(
            list_versions.c.name,
            list_versions.c.pk,
            list_versions.c.version,
            list_versions.c.sha256,
            list_versions.c.loaded_at,
        )
        .where(list_versions.c.is_current.is_(True))
        .order_by(list_versions.c.name)
    )
    with engine.connect() as conn:
        return tuple(
            VersionRef(r.name, r.pk, r.version, r.sha256, r.loaded_at.isoformat())
            for r in conn.execute(query)
        )


def version_entities(engine: Engine, basis: Basis) -> Iterator[tuple[str, dict[str, Any]]]:
    """(list name, FtM entity) of every entity of the versions in `basis`, list by list."""
    with engine.connect() as conn:
        for ref in basis:
            query = select(list_entities.c.data).where(list_entities.c.version_pk == ref.pk)
            for (data,) in conn.execution_options(yield_per=BATCH).execute(query):
                entity = json.loads(data)
                entity.setdefault("datasets", [ref.name])
                yield ref.name, entity


def versions_by_pk(engine: Engine, pks: Iterable[int]) -> dict[int, VersionRef]:
    wanted = sorted(set(pks))
    if not wanted:
        return {}
    query = select(
        list_versions.c.name,
        list_versions.c.pk,
        list_versions.c.version,
        list_versions.c.sha256,
        list_versions.c.loaded_at,
    ).where(list_versions.c.pk.in_(wanted))
    with engine.connect() as conn:
        return {
            r.pk: VersionRef(r.name, r.pk, r.version, r.sha256, r.loaded_at.isoformat())
            for r in conn.execute(query)
        }


@dataclass
class EntityChanges:
    """Entities that differ between two bases, by id.

    `fresh` are the entities (FtM dicts, with their list name) added or changed in the
    new basis; `stale` the ids removed or changed. `complete` is False when an old
    version's entities were pruned, so the change cannot be known: redo everything.
    """

    fresh: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    stale: set[str] = field(default_factory=set)
    complete: bool = True

    @property
    def empty(self) -> bool:
        return self.complete and not self.fresh and not self.stale


def _hashes(conn: Any, version_pk: int) -> dict[str, str]:
    query = select(list_entities.c.entity_id, list_entities.c.content_hash).where(
        list_entities.c.version_pk == version_pk
    )
    return {r[0]: r[1] for r in conn.execute(query)}


def _data(conn: Any, version_pk: int, ids: Iterable[str]) -> Iterator[dict[str, Any]]:
    wanted = sorted(ids)
    for start in range(0, len(wanted), 500):
        query = select(list_entities.c.data).where(
            list_entities.c.version_pk == version_pk,
            list_entities.c.entity_id.in_(wanted[start : start + 500]),
        )
        for (data,) in conn.execute(query):
            yield json.loads(data)


def _has_entities(conn: Any, version_pk: int) -> bool:
    query = select(list_entities.c.pk).where(list_entities.c.version_pk == version_pk).limit(1)
    return conn.execute(query).first() is not None


def entity_changes(engine: Engine, old: dict[str, int], new: Basis) -> EntityChanges:
    """What changed from `old` (list name -> version pk) to the versions of `new`.

    A Sanction that changed also marks the parties it points at as changed, since a
    party's listing date and programmes come from its Sanctions.
    """
    changes = EntityChanges()
    new_pks = {ref.name: ref.pk for ref in new}
    with engine.connect() as conn:
        for name in sorted(set(old) | set(new_pks)):
            before, after = old.get(name), new_pks.get(name)
            if before == after:
                continue
            if before is not None and not _has_entities(conn, before):
                # Pruned (KEEP_VERSIONS) or an empty list: only a full redo is safe.
                changes.complete = False
                return changes
            old_h = _hashes(conn, before) if before is not None else {}
            new_h = _hashes(conn, after) if after is not None else {}
            gone = {k for k in old_h if new_h.get(k) != old_h[k]}
            came = {k for k in new_h if old_h.get(k) != new_h[k]}
            changes.stale |= gone
            old_data = list(_data(conn, before, gone)) if before is not None else []
            new_data = list(_data(conn, after, came)) if after is not None else []
            for data in new_data:
                data.setdefault("datasets", [name])
                changes.fresh.append((name, data))
            for data in old_data + new_data:
                if data.get("schema") == "Sanction":
                    changes.stale.update((data.get("properties") or {}).get("entity", []))
    return changes


def read_basis(engine: Engine, consumer: str) -> dict[str, int] | None:
    """List name -> version pk that `consumer` last caught up with; None if it never did."""
    query = select(link_basis.c.list_name, link_basis.c.version_pk).where(
        link_basis.c.consumer == consumer
    )
    with engine.connect() as conn:
        rows = conn.execute(query).all()
    return {name: pk for name, pk in rows if name} if rows else None


def write_basis(conn: Connection, consumer: str, basis: Basis) -> None:
    """Record that `consumer` reflects `basis` (in the caller's transaction)."""
    conn.execute(delete(link_basis).where(link_basis.c.consumer == consumer))
    # An empty basis is still a basis: a marker row with no list says "caught up, no lists".
    rows = [{"consumer": consumer, "list_name": r.name, "version_pk": r.pk} for r in basis]
    conn.execute(
        insert(link_basis), rows or [{"consumer": consumer, "list_name": "", "version_pk": 0}]
    )
