"""Text search over the served entities, with facets: the library behind GET /search."""

from __future__ import annotations

import threading
import weakref
from collections import Counter
from collections.abc import Iterable, Sequence
from operator import itemgetter
from typing import Any

from followthemoney import model
from followthemoney.types import registry

from sanctionwatch.api.filters import EntityFilter, _anything
from sanctionwatch.api.snapshot import Entity, Snapshot

FACETS = {
    "countries": "Countries",
    "topics": "Topics",
    "datasets": "Data sources",
    "schema": "Types",
}
MAX_FACET_VALUES = 50
COUNTRY_PROPS = ("country", "nationality", "jurisdiction", "citizenship")


def _facet_values(facet: str, entity: Entity) -> Iterable[str]:
    props = entity["properties"]
    if facet == "countries":
        return {c for key in COUNTRY_PROPS for c in props.get(key, ())}
    if facet == "topics":
        return props.get("topics", ())
    if facet == "datasets":
        return entity["datasets"]
    return (entity["schema"],)


def _label(facet: str, value: str) -> str:
    if facet == "countries":
        return str(registry.country.caption(value) or value)
    if facet == "topics":
        return str(registry.topic.caption(value) or value)
    if facet == "schema":
        schema = model.get(value)
        return str(schema.label) if schema is not None else value
    return value


Countries = dict[str, tuple[str, ...]]  # entity id -> its values of the countries facet
# Per snapshot (by its id, with a weak reference that says it is still that one): the
# countries facet's values of each entity a search has counted. Building the set of an
# entity's four country properties was two fifths of a /search request's CPU.
_COUNTRIES: dict[int, tuple[weakref.ref[Snapshot], Countries]] = {}
_COUNTRIES_LOCK = threading.Lock()


def _countries_of(snapshot: Snapshot) -> Countries:
    key = id(snapshot)
    found = _COUNTRIES.get(key)
    if found is not None and found[0]() is snapshot:
        return found[1]
    with _COUNTRIES_LOCK:
        found = _COUNTRIES.get(key)
        if found is not None and found[0]() is snapshot:
            return found[1]

        def forget(ref: weakref.ref[Snapshot]) -> None:
            with _COUNTRIES_LOCK:
                if (entry := _COUNTRIES.get(key)) is not None and entry[0] is ref:
                    del _COUNTRIES[key]

        memo: Countries = {}
        _COUNTRIES[key] = (weakref.ref(snapshot, forget), memo)
        return memo


def _facet_list(
    facet: str, hits: Sequence[Entity], countries: Countries | None = None
) -> list[str]:
    """Every hit's values of `facet` (what `_facet_values` gives each), counted in any
    order: the counts are ranked by count, then value. `countries`: each entity's
    countries facet by id, filled as it goes (the snapshot's, `_countries_of`)."""
    out: list[str] = []
    add = out.extend
    if facet == "countries":
        memo = {} if countries is None else countries
        for entity in hits:
            entity_id = entity.get("id")
            values = memo.get(entity_id) if entity_id is not None else None
            if values is None:
                props = entity["properties"]
                values = tuple({c for key in COUNTRY_PROPS for c in props.get(key, ())})
                if entity_id is not None:
                    memo[entity_id] = values
            add(values)
    elif facet == "topics":
        for entity in hits:
            add(entity["properties"].get("topics", ()))
    elif facet == "datasets":
        for entity in hits:
            add(entity["datasets"])
    else:
        out = [entity["schema"] for entity in hits]
    return out


def _by_count_then_value(item: tuple[str, int]) -> tuple[int, str]:
    return -item[1], item[0]


def facet_counts(
    facets: Sequence[str], hits: Sequence[Entity], countries: Countries | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for facet in facets:
        # counted from one list in C: a generator over every hit's values cost a third
        # of a /search request's CPU
        counts = Counter(_facet_list(facet, hits, countries))
        # ties by value: a set's order (countries) differs between processes, so
        # `most_common` alone answered differently from one scoring process to the next
        ranked = sorted(counts.items(), key=_by_count_then_value)[:MAX_FACET_VALUES]
        values = [{"name": v, "label": _label(facet, v), "count": n} for v, n in ranked]
        out[facet] = {"label": FACETS[facet], "values": values}
    return out


def search(
    snapshot: Snapshot,
    text: str,
    entity_filter: EntityFilter,
    *,
    limit: int,
    offset: int,
    facets: Sequence[str],
    fuzzy: bool = False,
) -> dict[str, Any]:
    """One page of entities matching `text` (every token; any token when `fuzzy`,
    bounded as `textindex` says)."""
    ranks, complete = snapshot.text.ranked(text, any_token=fuzzy)
    if ranks is None:
        hits = [e for e in snapshot.entities.values() if entity_filter.accepts(e)]
    else:
        # by rank, highest first, then id: sorted by id, then (stably) by rank, in C
        ordered = sorted(ranks.items())
        ordered.sort(key=itemgetter(1), reverse=True)
        entities = snapshot.entities
        accepts = entity_filter.acceptor(snapshot.lists)
        if accepts is _anything:
            hits = [entities[i] for i, _ in ordered]
        else:
            hits = [e for i, _ in ordered if accepts(e := entities[i])]
    return {
        "results": hits[offset : offset + limit],
        "facets": facet_counts(facets, hits, _countries_of(snapshot)),
        # a narrowed fuzzy search: more entities hold one of the words (`textindex`)
        "total": {"value": len(hits), "relation": "eq" if complete else "gte"},
        "limit": limit,
        "offset": offset,
    }
