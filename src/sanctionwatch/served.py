"""The lists now serving, ready to screen against: one index, plus what a hit needs to show.

`load_served` is what the CLI, linking, the watch list, Spark jobs and the HTTP API all
call. The index over a set of list versions is built once and kept on disk beside the
store (see `indexfile.py`); later calls load it in a fraction of a second.
"""

from __future__ import annotations

import hashlib
import json
import logging
import marshal
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sanctionwatch import indexfile
from sanctionwatch.gcpause import paused_gc
from sanctionwatch.screening import Hit, Index, Query
from sanctionwatch.store.basis import Basis, VersionRef

if TYPE_CHECKING:  # `screen` reads an index file without loading SQLAlchemy
    from sqlalchemy import Engine

    from sanctionwatch.store.versions import Rows

log = logging.getLogger(__name__)

# Long-lived processes (the API, Spark workers) decode a loaded index in full up to this
# many entities; larger ones stay lazy (decoded, the index takes about 9 KB per entity).
WARM_MAX = 250_000


@dataclass(frozen=True)
class Listed:
    """What a hit shows of a list entity."""

    entity_id: str
    caption: str
    schema: str
    list_name: str
    listed_on: date | None = None
    programs: tuple[str, ...] = ()

    def encode(self) -> tuple[Any, ...]:
        listed_on = self.listed_on.isoformat() if self.listed_on else None
        return (self.entity_id, self.caption, self.schema, self.list_name, listed_on, self.programs)

    @classmethod
    def decode(cls, raw: tuple[Any, ...]) -> Listed:
        eid, caption, schema, list_name, listed_on, programs = raw
        when = date.fromisoformat(listed_on) if listed_on else None
        return cls(eid, caption, schema, list_name, when, tuple(programs))


@dataclass
class Served:
    index: Index
    entities: Mapping[str, Listed]
    basis: Basis = ()
    digests: Mapping[str, str] = field(default_factory=dict)  # entity id -> `digest`
    code: str = ""  # the `code_fingerprint` of the file it was read from ("" when built)
    keys: str = ""  # its `keys_fingerprint` (the same: it lends its entities' index keys)

    def screen(self, query: Query | dict[str, Any], limit: int = 10) -> list[tuple[Hit, Listed]]:
        return [(h, self.entities[h.entity_id]) for h in self.index.match(query, limit=limit)]

    def warm(self) -> None:
        """Decode whatever a loaded index still holds encoded (for long-lived processes)."""
        indexfile.warm_index(self.index)
        if isinstance(self.entities, indexfile.ShardedMap):
            self.entities = self.entities.materialize()


def _first_date(values: list[str]) -> date | None:
    dates = []
    for v in values:
        try:
            dates.append(date.fromisoformat(v[:10]) if len(v) >= 10 else date(int(v[:4]), 1, 1))
        except ValueError:
            continue
    return min(dates) if dates else None


def matchable(schema_name: str | None) -> bool:
    from followthemoney import model  # only to build: loading its schemata takes a while

    schema = model.get(schema_name or "")
    return schema is not None and schema.matchable


def _merge(into: dict[str, Any], other: dict[str, Any]) -> None:
    """One id on two lists: one entity with the values of both (as the API serves it)."""
    props = into.setdefault("properties", {})
    for key, values in (other.get("properties") or {}).items():
        have = props.setdefault(key, [])
        have.extend(v for v in values if v not in have)


def collect(rows: Iterable[tuple[str, dict[str, Any]]]) -> tuple[list[dict[str, Any]], dict]:
    """Matchable parties (merged by id) and their hit details, from (list, entity) rows."""
    parties: dict[str, dict[str, Any]] = {}
    meta: dict[str, dict[str, Any]] = {}
    listing: dict[str, list[str]] = {}
    programs: dict[str, set[str]] = {}
    for list_name, data in rows:
        props = data.get("properties") or {}
        if data.get("schema") == "Sanction":
            for target in props.get("entity", []):
                listing.setdefault(target, []).extend(
                    props.get("listingDate", []) + props.get("startDate", [])
                )
                programs.setdefault(target, set()).update(props.get("program", []))
        elif matchable(data.get("schema")):
            eid = str(data["id"])
            if eid in parties:
                _merge(parties[eid], data)
                continue
            parties[eid] = data
            names = props.get("name") or [eid]
            meta[eid] = {
                "caption": str(data.get("caption") or names[0]),
                "schema": data["schema"],
                "list_name": list_name,
            }
    entities = {
        eid: Listed(
            eid,
            m["caption"],
            m["schema"],
            m["list_name"],
            _first_date(listing.get(eid, [])),
            tuple(sorted(programs.get(eid, ()))),
        )
        for eid, m in meta.items()
    }
    return list(parties.values()), entities


def digest(party: dict[str, Any]) -> str:
    """What a prepared entity is a function of: the party's merged record."""
    text = json.dumps(party, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def build_served(
    engine: Engine, basis: Basis, previous: Served | None = None, rows: Rows | None = None
) -> Served:
    """Index every matchable entity of the list versions in `basis`.

    Preparing an entity (normalising and transliterating its names) is most of the cost
    of a build. `previous`, an earlier index file, lends its prepared
    entities to every party whose record is unchanged (the same digest), so a list
    load re-prepares only what it changed; the index is the same as a fresh build's.
    It may come from other scorer or retrieval code: only `prepare_fingerprint` (the
    code and data that shape a prepared entity) must be the same. When its keys came
    from this key code (the same `keys_fingerprint`: a scorer change keeps it), it lends
    their index keys too.
    `rows`: the entities of `basis`, when the caller has read them already (they are
    changed: an id on two lists is merged into its first row).
    """
    from sanctionwatch.store.versions import version_entities

    with paused_gc():  # everything read here lives on (see `gcpause`)
        parties, entities = collect(version_entities(engine, basis) if rows is None else rows)
        digests = {str(p["id"]): digest(p) for p in parties}
        known = previous.digests if previous is not None else {}
        items: list[Any] = []
        for party in parties:
            eid = str(party["id"])
            same = previous is not None and known.get(eid) == digests[eid]
            prepared = previous.index.get(eid) if same else None  # type: ignore[union-attr]
            items.append(prepared if prepared is not None else party)
        keys = _lent_keys(previous) if previous is not None else None
        return Served(Index.build(items, keys), entities, basis, digests)


def _raw_shards(values: Mapping[str, Any]) -> Iterator[Mapping[str, Any]]:
    """The shards of a ShardedMap read from a file, decoded one at a time and not kept
    (a single pass over a large map); a plain mapping as one shard."""
    if isinstance(values, indexfile.ShardedMap):
        yield from values.raw_shards()
    else:
        yield values


def _lent_keys(previous: Served) -> dict[str, list[str]] | None:
    """Each entity's index keys in `previous` (its postings, inverted), when they were
    made by this key code (`keys_fingerprint`; its scorer may differ); None otherwise.
    Computing an entity's keys again costs more than its share of this inversion (a list
    load keeps most entities as they were)."""
    if not previous.keys or previous.keys != indexfile.keys_fingerprint():
        return None
    state = vars(previous.index)
    by_slot: list[list[str]] = [[] for _ in range(len(state["_size"]))]
    # a million appends to lists that all live on: run with the collector paused
    for shard in _raw_shards(state["_postings"]):
        for key, slots in shard.items():
            for slot in slots:
                by_slot[slot].append(key)
    return {
        eid: by_slot[slot] for shard in _raw_shards(state["_slot"]) for eid, slot in shard.items()
    }


def _basis_keys(basis: Basis) -> list[tuple[Any, ...]]:
    return [ref.key() for ref in basis]


def _write(served: Served, path: Any, key: str) -> None:
    parts = indexfile.index_parts(served.index)
    if parts is None:
        return
    parts["listed"] = indexfile.ShardedMap.encode(
        {eid: listed.encode() for eid, listed in served.entities.items()}
    )
    parts["digests"] = indexfile.ShardedMap.encode(dict(served.digests))
    header = {
        "basis": _basis_keys(served.basis),
        "entities": len(served.index),
        "code": indexfile.code_fingerprint(),
        "prepared": indexfile.prepare_fingerprint(),
        "keys": indexfile.keys_fingerprint(),
    }
    try:
        indexfile.dump(path, key, header, parts)
    except OSError as err:
        log.warning("%s: cannot write the screening index (%s); it is rebuilt next time", path, err)
        return
    indexfile.prune(path.parent, path)


def served_from_bytes(data: bytes, key: str) -> Served:
    """The served index from the bytes of an index file named `key` (Spark executors)."""
    header, parts = indexfile.parse(data, key)
    basis = tuple(VersionRef(*ref) for ref in header.get("basis", []))
    return _from_parts(parts, basis)


def index_file(engine: Engine, basis: Basis) -> Path | None:
    """The file `load_served(engine, basis)` reads or writes; None when none is kept."""
    key = indexfile.basis_key(_basis_keys(basis))
    return indexfile.kept_path(engine, f"{key}{indexfile.SUFFIX}")


def read_kept(folder: Path, basis: Basis) -> Served | None:
    """The index over `basis` from its file in `folder`, without the store; None when
    there is none or it cannot be trusted (`load_served` then rebuilds it)."""
    key = indexfile.basis_key(_basis_keys(basis))
    path = folder / f"{key}{indexfile.SUFFIX}"
    if not path.exists():
        return None
    try:
        return _read(path, key, basis)
    except indexfile.IndexFileError:
        return None


def _read(path: Any, key: str, basis: Basis) -> Served:
    _header, parts = indexfile.load(path, key)
    return _from_parts(parts, basis)


def _from_parts(parts: dict[str, Any], basis: Basis) -> Served:
    try:
        index = indexfile.index_from_parts(parts)
        listed = indexfile.ShardedMap(parts["listed"], Listed.decode)
        digests: indexfile.ShardedMap[str] = indexfile.ShardedMap(
            parts.get("digests") or [marshal.dumps({})]
        )
    except (KeyError, TypeError) as err:
        raise indexfile.IndexFileError(f"missing part {err}") from None
    return Served(index, listed, basis, digests)


def _previous(folder: Path, target: Path) -> Served | None:
    """The newest other index file whose entities were prepared by this code (the same
    `prepare_fingerprint`), to lend them; its scorer or retrieval code may differ."""
    try:
        files = sorted(folder.glob("*" + indexfile.SUFFIX), key=lambda p: p.stat().st_mtime)
    except OSError:
        return None
    prepared = indexfile.prepare_fingerprint()
    for path in reversed(files):
        if path == target or path.name.startswith(".tmp-"):
            continue
        try:
            header, parts = indexfile.load(path, path.name.removesuffix(indexfile.SUFFIX))
            if header.get("prepared") != prepared or "digests" not in parts:
                continue
            found = _from_parts(parts, ())
            found.code = str(header.get("code") or "")
            found.keys = str(header.get("keys") or "")
            return found
        except indexfile.IndexFileError:
            continue
    return None


def load_served(engine: Engine, basis: Basis | None = None, rows: Rows | None = None) -> Served:
    """The index over `basis` (default: every current list version): from disk, else built
    (from `rows`, the entities of `basis`, when given: see `build_served`).

    A built index is written beside the store for the next caller; a file that cannot be
    trusted is logged and rebuilt.
    """
    from sanctionwatch.store.versions import current_basis

    basis = current_basis(engine) if basis is None else basis
    path = index_file(engine, basis)
    if path is None:
        return build_served(engine, basis, rows=rows)
    key = path.name.removesuffix(indexfile.SUFFIX)
    if path.exists():
        try:
            return _read(path, key, basis)
        except indexfile.IndexFileError as err:
            log.warning("%s: %s; rebuilding the screening index", path, err)
    served = build_served(engine, basis, _previous(path.parent, path), rows)
    _write(served, path, key)
    return served


def basis_names(basis: Basis) -> dict[str, int]:
    """List name -> version pk, the form a stored basis takes."""
    return {ref.name: ref.pk for ref in basis}
