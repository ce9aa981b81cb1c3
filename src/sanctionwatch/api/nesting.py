"""Entities with their neighbours inlined, as yente's /entities/{id} returns them.

Outgoing references (a Sanction's `entity`, an Ownership's `owner`) become the
referenced entity; incoming ones become a list under the reverse property
(`sanctions` on a Person, `ownershipOwner` on a Company). One level deep, and
at most `MAX_ADJACENT` per property: cheap, because the reverse links are
computed once per snapshot.
"""

from __future__ import annotations

from typing import Any

from sanctionwatch.api.snapshot import Entity, Snapshot, entity_property

MAX_ADJACENT = 50


def _inline_refs(snapshot: Snapshot, entity: Entity, keep_id: str | None) -> dict[str, list[Any]]:
    """The entity's properties with references resolved, except back to `keep_id`."""
    props: dict[str, list[Any]] = {}
    for prop, values in entity["properties"].items():
        is_ref, _ = entity_property(entity["schema"], prop)
        if not is_ref:
            props[prop] = values
            continue
        props[prop] = [
            v if v == keep_id or v not in snapshot.entities else snapshot.entities[v]
            for v in values
        ]
    return props


def nested_entity(snapshot: Snapshot, entity: Entity) -> Entity:
    """`entity` with references out and in resolved one level deep."""
    props = _inline_refs(snapshot, entity, keep_id=None)
    counts: dict[str, int] = {}
    for back, adjacent_id in snapshot.reverse.get(entity["id"], []):
        if counts.get(back, 0) >= MAX_ADJACENT:
            continue
        counts[back] = counts.get(back, 0) + 1
        adjacent = snapshot.entities[adjacent_id]
        inlined = {**adjacent, "properties": _inline_refs(snapshot, adjacent, entity["id"])}
        props.setdefault(back, []).append(inlined)
    return {**entity, "properties": props}
