"""Text search over the served entities, with facets: the library behind GET /search."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from typing import Any

from followthemoney import model
from followthemoney.types import registry

from sanctionwatch.api.filters import EntityFilter
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


def _facet_list(facet: str, hits: Sequence[Entity]) -> list[str]:
    """Every hit's values of `facet`, in hit order (what `_facet_values` gives each)."""
    out: list[str] = []
    add = out.extend
    if facet == "countries":
        for entity in hits:
            props = entity["properties"]
            # the same set as `_facet_values` builds, so its values come in the same order
            add({c for key in COUNTRY_PROPS for c in props.get(key, ())})
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


def facet_counts(facets: Sequence[str], hits: Sequence[Entity]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for facet in facets:
        # counted from one list in C: a generator over every hit's values cost a third
        # of a /search request's CPU
        counts = Counter(_facet_list(facet, hits))
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
    """One page of entities matching `text` (every token; any token when `fuzzy`)."""
    ranks = snapshot.text.search(text, any_token=fuzzy)
    if ranks is None:
        hits = [e for e in snapshot.entities.values() if entity_filter.accepts(e)]
    else:
        ordered = sorted(ranks.items(), key=lambda item: (-item[1], item[0]))
        entities = snapshot.entities
        accepts = entity_filter.acceptor(snapshot.lists)
        hits = [e for i, _ in ordered if accepts(e := entities[i])]
    return {
        "results": hits[offset : offset + limit],
        "facets": facet_counts(facets, hits),
        "total": {"value": len(hits), "relation": "eq"},
        "limit": limit,
        "offset": offset,
    }
