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


def facet_counts(facets: Sequence[str], hits: Sequence[Entity]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for facet in facets:
        counts = Counter(v for e in hits for v in _facet_values(facet, e))
        values = [
            {"name": v, "label": _label(facet, v), "count": n}
            for v, n in counts.most_common(MAX_FACET_VALUES)
        ]
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
        candidates = (snapshot.entities[i] for i, _ in ordered)
        hits = [e for e in candidates if entity_filter.accepts(e)]
    return {
        "results": hits[offset : offset + limit],
        "facets": facet_counts(facets, hits),
        "total": {"value": len(hits), "relation": "eq"},
        "limit": limit,
        "offset": offset,
    }
