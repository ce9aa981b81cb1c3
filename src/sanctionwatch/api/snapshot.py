"""What the API serves: an immutable, in-memory snapshot of every current list version.

A snapshot holds the entities as response-ready dicts, the reverse links
(Sanction -> Person becomes Person.sanctions), a small text index for
/search and the screening index for /match. It is built once per set of list
versions and never changed; a newer store state gives a new snapshot (see `state.py`).

Building one reads every list entity from the store (seconds for all shipped lists), so
it is kept on disk beside the screening index file (`<key>.swsnap`, the key naming the
list versions and a fingerprint of the code that shapes it) and later read in a blink:
its maps are blobs decoded on first use, like the index file's (`indexfile.py`). A file
that is truncated, damaged or written for another state is refused with a warning and
rebuilt, never used; files are written to a temporary name and renamed.
"""

from __future__ import annotations

import hashlib
import inspect
import json
import logging
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.types import registry
from sqlalchemy import Engine

from sanctionwatch import indexfile
from sanctionwatch.api import textindex
from sanctionwatch.api.matching import Matcher, MatcherFactory, ScreeningMatcher, build_matcher
from sanctionwatch.api.textindex import TextIndex
from sanctionwatch.gcpause import paused_gc
from sanctionwatch.store.lists import list_status, seen_dates
from sanctionwatch.store.versions import Basis, Rows, current_basis, version_entities

log = logging.getLogger(__name__)

Fingerprint = tuple[tuple[str, int], ...]
Entity = dict[str, Any]
TIMESTAMPS = ("first_seen", "last_seen", "last_change")


def fingerprint(status: Iterable[dict[str, Any]]) -> Fingerprint:
    """What changes whenever any list gets a new current version."""
    return tuple(sorted((s["name"], int(s["version"])) for s in status))


@dataclass(frozen=True)
class Snapshot:
    fingerprint: Fingerprint
    lists: dict[str, dict[str, Any]]  # list name -> list_status() row
    entities: Mapping[str, Entity]
    reverse: Mapping[str, list[tuple[str, str]]]  # id -> [(reverse property, adjacent id)]
    text: TextIndex
    matcher: Matcher | None = field(default=None, compare=False)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)

    @property
    def lazy(self) -> bool:
        """Read from a file and not decoded in full yet (see `materialized`)."""
        return isinstance(self.entities, indexfile.ShardedMap)

    def warm_steps(self) -> Iterator[None]:
        """Decode the lazy maps one shard per step; `materialized` is then cheap."""
        for part in (self.entities, self.reverse, self.text.postings, self.text.names):
            if isinstance(part, indexfile.ShardedMap):
                yield from part.steps()

    def materialized(self) -> Snapshot:
        """The same snapshot with every map decoded into a plain dict (faster lookups)."""
        if not self.lazy:
            return self
        return replace(
            self,
            entities=_plain(self.entities),
            reverse=_plain(self.reverse),
            text=TextIndex(_plain(self.text.postings), _plain(self.text.names)),
        )


def _plain(values: Mapping[str, Any]) -> dict[str, Any]:
    if isinstance(values, indexfile.ShardedMap):
        return values.materialize()
    return dict(values)


@cache
def entity_property(schema: str, prop: str) -> tuple[bool, str | None]:
    """(is an entity reference, its reverse property name) for `schema.prop`."""
    found = model.get(schema)
    ftm_prop = found.get(prop) if found is not None else None
    if ftm_prop is None or ftm_prop.type != registry.entity:
        return False, None
    return True, ftm_prop.reverse.name if ftm_prop.reverse is not None else None


def served_entity(data: dict[str, Any], list_name: str) -> Entity | None:
    """The response shape of one stored entity; None (logged) for an unknown schema."""
    if model.get(str(data.get("schema"))) is None:
        log.warning(
            "list %s: entity %s has unknown schema %r; skipped",
            list_name,
            data.get("id"),
            data.get("schema"),
        )
        return None
    props = {k: [str(v) for v in vs] for k, vs in (data.get("properties") or {}).items() if vs}
    names = props.get("name") or []
    entity: Entity = {
        "id": str(data["id"]),
        "caption": str(data.get("caption") or (names[0] if names else data["id"])),
        "schema": str(data["schema"]),
        "properties": props,
        "datasets": [list_name],
        "referents": list(data.get("referents") or []),
        "target": bool(data.get("target")),
    }
    for key in TIMESTAMPS:
        entity[key] = data.get(key)
    return entity


def _merge(into: Entity, other: Entity) -> None:
    """The same id on two lists: one entity, values and datasets united."""
    for key, values in other["properties"].items():
        have = into["properties"].setdefault(key, [])
        have.extend(v for v in values if v not in have)
    into["datasets"] = sorted(set(into["datasets"]) | set(other["datasets"]))
    into["target"] = into["target"] or other["target"]


def _reverse_links(entities: dict[str, Entity]) -> dict[str, list[tuple[str, str]]]:
    reverse: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for entity in entities.values():
        for prop, values in entity["properties"].items():
            is_ref, back = entity_property(entity["schema"], prop)
            if not is_ref or back is None:
                continue
            for value in values:
                if value in entities:
                    reverse[value].append((back, entity["id"]))
    return dict(reverse)


def _mark_targets(entities: dict[str, Entity], reverse: dict[str, list[tuple[str, str]]]) -> None:
    """A target is an entity a list sanctions: flagged so, or with a Sanction pointing at it."""
    for entity_id, links in reverse.items():
        if any(prop == "sanctions" for prop, _ in links):
            entities[entity_id]["target"] = True


def _stream(engine: Engine, basis: Basis, rows: Rows | None = None) -> Iterator[Entity]:
    # One list at a time, so each entity is tagged with the list that serves it
    # (FtM files carry their upstream `datasets`, which are not our list names).
    dates = {ref.name: seen_dates(engine, ref.name) for ref in basis}
    for list_name, data in version_entities(engine, basis) if rows is None else rows:
        entity = served_entity(data, list_name)
        if entity is not None:
            last_seen, first_seen = dates[list_name]
            # the file's own dates when it has them (FtM), else when we loaded it
            entity["last_seen"] = entity["last_seen"] or last_seen
            entity["first_seen"] = entity["first_seen"] or first_seen.get(entity["id"])
            yield entity


def _matcher(engine: Engine, basis: Basis, entities: Mapping[str, Entity]) -> Matcher | None:
    """The screening index the CLI and linking share (from disk when built before); its
    entries are decoded as queries touch them (the server decodes the rest meanwhile)."""
    from sanctionwatch.served import load_served

    return ScreeningMatcher(entities.values(), load_served(engine, basis).index)


def consistent_state(engine: Engine) -> tuple[Basis, list[dict[str, Any]]]:
    """The current list versions and their status rows, read as one state (a load that
    commits between the two reads is caught by comparing them, and read again)."""
    for _ in range(5):
        basis = current_basis(engine)
        status = list_status(engine)
        if fingerprint(vars(ref) for ref in basis) == fingerprint(status):
            return basis, status
    raise RuntimeError("the store's lists kept changing while they were read; try again")


def _build(
    engine: Engine, basis: Basis, status: list[dict[str, Any]], rows: Rows | None = None
) -> Snapshot:
    """`rows`: the entities of `basis` when read already (only read: each is copied)."""
    with paused_gc(freeze=True):  # what is read and built here lives on (see `gcpause`)
        entities: dict[str, Entity] = {}
        for entity in _stream(engine, basis, rows):
            if entity["id"] in entities:
                _merge(entities[entity["id"]], entity)
            else:
                entities[entity["id"]] = entity
        reverse = _reverse_links(entities)
        _mark_targets(entities, reverse)
        return Snapshot(
            fingerprint=fingerprint(status),
            lists={s["name"]: s for s in status},
            entities=entities,
            reverse=reverse,
            text=TextIndex.build(entities.values()),
        )


def build_snapshot(engine: Engine, matcher_factory: MatcherFactory = build_matcher) -> Snapshot:
    """The snapshot of every current list version: from its file when one was written
    before (and the screening index from its own), else read from the store and indexed."""
    basis, status = consistent_state(engine)
    if matcher_factory is not build_matcher:  # a stand-in matcher (tests): nothing on disk
        snapshot = _build(engine, basis, status)
        return replace(snapshot, matcher=matcher_factory(snapshot.entities.values()))
    snapshot = load_snapshot(engine, basis, status)
    snapshot = replace(snapshot, matcher=_matcher(engine, basis, snapshot.entities))
    log.info("serving %d entities of %d lists", len(snapshot.entities), len(status))
    return snapshot


# --- on disk ---------------------------------------------------------------------------

SNAPSHOT_FORMAT = 1  # bump when the parts below change
SNAPSHOT_SUFFIX = ".swsnap"


@cache
def code_fingerprint() -> str:
    """Changes when the code that shapes a snapshot does: this module, the text index,
    the name tokeniser it uses, and FtM (schemata, reverse properties)."""
    digest = hashlib.sha256(f"snapshot {SNAPSHOT_FORMAT}".encode())
    digest.update(metadata.version("followthemoney").encode())
    modules = {sys.modules[__name__], textindex, sys.modules[textindex.name_tokens.__module__]}
    for source in sorted(str(inspect.getsourcefile(m)) for m in modules):
        digest.update(Path(source).read_bytes())
    return digest.hexdigest()[:16]


def snapshot_key(basis: Basis) -> str:
    text = json.dumps([code_fingerprint(), [ref.key() for ref in basis]], default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def snapshot_file(engine: Engine, basis: Basis) -> Path | None:
    """Where the snapshot over `basis` is kept (beside the index file); None: not kept."""
    return indexfile.kept_path(engine, f"{snapshot_key(basis)}{SNAPSHOT_SUFFIX}")


def write_snapshot(path: Path, snapshot: Snapshot, basis: Basis) -> None:
    """Write atomically (temporary file, then rename); a failure is logged, not raised."""
    encode = indexfile.ShardedMap.encode
    parts = {
        "lists": json.dumps(snapshot.lists),
        "count": len(snapshot.entities),
        "entities": encode(snapshot.entities),
        "reverse": encode(snapshot.reverse),
        "postings": encode(snapshot.text.postings),
        "names": encode(snapshot.text.names),
    }
    header = {"kind": "api-snapshot", "basis": [ref.key() for ref in basis]}
    key = path.name.removesuffix(SNAPSHOT_SUFFIX)
    try:
        indexfile.dump(path, key, header, parts)
    except OSError as err:
        log.warning("%s: cannot write the API snapshot (%s); it is rebuilt next time", path, err)
        return
    indexfile.prune(path.parent, path, SNAPSHOT_SUFFIX)


def read_snapshot(path: Path) -> Snapshot:
    """The snapshot a file holds, its maps decoded on first use; IndexFileError if the
    file cannot be trusted (another key, truncated, damaged, another layout)."""
    _header, parts = indexfile.load(path, path.name.removesuffix(SNAPSHOT_SUFFIX))
    shards = indexfile.ShardedMap
    try:
        lists = json.loads(parts["lists"])
        count = int(parts["count"])
        entities: Mapping[str, Entity] = shards(parts["entities"], count=count)
        text = TextIndex(shards(parts["postings"]), shards(parts["names"], count=count))
        reverse: Mapping[str, Any] = shards(parts["reverse"])
    except (KeyError, TypeError, ValueError) as err:
        raise indexfile.IndexFileError(f"bad snapshot part: {err}") from None
    return Snapshot(fingerprint(lists.values()), lists, entities, reverse, text)


def load_snapshot(
    engine: Engine,
    basis: Basis,
    status: list[dict[str, Any]],
    *,
    build: bool = True,
    rows: Rows | None = None,
) -> Snapshot:
    """The snapshot over `basis`: from its file, else built from the store (or from
    `rows`, its entities read already) and written.

    `build=False` raises FileNotFoundError instead of building (for a caller that has
    the build done elsewhere, as the server does).
    """
    path = snapshot_file(engine, basis)
    if path is not None and path.exists():
        try:
            return read_snapshot(path)
        except indexfile.IndexFileError as err:
            log.warning("%s: %s; rebuilding the API snapshot", path, err)
    if not build:
        raise FileNotFoundError(path)
    snapshot = _build(engine, basis, status, rows)
    # Written only when the store still holds the state it was read from (the dates of
    # first and last sight come from the current versions).
    if path is not None and current_basis(engine) == basis:
        write_snapshot(path, snapshot, basis)
    return snapshot
