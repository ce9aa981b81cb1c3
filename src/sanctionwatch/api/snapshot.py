"""What the API serves: an immutable, in-memory snapshot of every current list version.

A snapshot holds the entities as response-ready dicts, the reverse links
(Sanction -> Person becomes Person.sanctions), a small text index for
/search and the screening index for /match. It is built once from the store
and never changed; a newer store state gives a new snapshot (see `state.py`).
"""

from __future__ import annotations

import logging
import threading
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from followthemoney import model
from followthemoney.types import registry
from sqlalchemy import Engine

from sanctionwatch.api.matching import Matcher, MatcherFactory, ScreeningMatcher, build_matcher
from sanctionwatch.api.textindex import TextIndex
from sanctionwatch.store.lists import current_entities, list_status, seen_dates

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
    entities: dict[str, Entity]
    reverse: dict[str, list[tuple[str, str]]]  # id -> [(reverse property, adjacent id)]
    text: TextIndex
    matcher: Matcher | None = field(default=None, compare=False)

    def get(self, entity_id: str) -> Entity | None:
        return self.entities.get(entity_id)


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


def _stream(engine: Engine, names: Iterable[str]) -> Iterator[Entity]:
    for name in names:
        # One list at a time, so each entity is tagged with the list that serves it
        # (FtM files carry their upstream `datasets`, which are not our list names).
        last_seen, first_seen = seen_dates(engine, name)
        for data in current_entities(engine, [name]):
            entity = served_entity(data, name)
            if entity is not None:
                # the file's own dates when it has them (FtM), else when we loaded it
                entity["last_seen"] = entity["last_seen"] or last_seen
                entity["first_seen"] = entity["first_seen"] or first_seen.get(entity["id"])
                yield entity


def _matcher(
    engine: Engine,
    status: list[dict[str, Any]],
    entities: dict[str, Entity],
    factory: MatcherFactory,
) -> Matcher | None:
    """The screening index the CLI and linking share (from disk when built before)."""
    if factory is not build_matcher:
        return factory(entities.values())
    from sanctionwatch.served import WARM_MAX, load_served
    from sanctionwatch.store.versions import current_basis

    basis = current_basis(engine)
    if fingerprint({"name": r.name, "version": r.version} for r in basis) != fingerprint(status):
        return factory(entities.values())  # a list changed meanwhile: index what was read
    served = load_served(engine, basis)
    # Serve at once; decode the rest meanwhile, so later requests do not pay for it.
    if len(served.index) <= WARM_MAX:
        threading.Thread(target=served.warm, name="warm-index", daemon=True).start()
    return ScreeningMatcher(entities.values(), served.index)


def build_snapshot(engine: Engine, matcher_factory: MatcherFactory = build_matcher) -> Snapshot:
    """Read every current list version from the store and index it."""
    status = list_status(engine)
    entities: dict[str, Entity] = {}
    for entity in _stream(engine, [s["name"] for s in status]):
        if entity["id"] in entities:
            _merge(entities[entity["id"]], entity)
        else:
            entities[entity["id"]] = entity
    reverse = _reverse_links(entities)
    _mark_targets(entities, reverse)
    snapshot = Snapshot(
        fingerprint=fingerprint(status),
        lists={s["name"]: s for s in status},
        entities=entities,
        reverse=reverse,
        text=TextIndex.build(entities.values()),
        matcher=_matcher(engine, status, entities, matcher_factory),
    )
    log.info("indexed %d entities of %d lists", len(entities), len(status))
    return snapshot
