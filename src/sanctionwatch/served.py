"""The lists now serving, ready to screen against: one index, plus what a hit needs to show.

Batch screening, linking and the watch list build this from the store; the HTTP
API keeps its own snapshot (api/snapshot.py) because it also serves search and
entities. Both use the same screening index and scorer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from followthemoney import model
from sqlalchemy import Engine

from sanctionwatch.screening import Hit, Index, Query
from sanctionwatch.store.lists import current_entities, list_status


@dataclass(frozen=True)
class Listed:
    """What a hit shows of a list entity."""

    entity_id: str
    caption: str
    schema: str
    list_name: str
    listed_on: date | None = None
    programs: tuple[str, ...] = ()


@dataclass
class Served:
    index: Index
    entities: dict[str, Listed] = field(default_factory=dict)

    def screen(self, query: Query | dict[str, Any], limit: int = 10) -> list[tuple[Hit, Listed]]:
        return [(h, self.entities[h.entity_id]) for h in self.index.match(query, limit=limit)]


def _first_date(values: list[str]) -> date | None:
    dates = []
    for v in values:
        try:
            dates.append(date.fromisoformat(v[:10]) if len(v) >= 10 else date(int(v[:4]), 1, 1))
        except ValueError:
            continue
    return min(dates) if dates else None


def load_served(engine: Engine) -> Served:
    """Index every matchable entity of every current list version."""
    parties: list[dict[str, Any]] = []
    meta: dict[str, dict[str, Any]] = {}
    listing: dict[str, list[str]] = {}
    programs: dict[str, set[str]] = {}
    for status in list_status(engine):
        name = status["name"]
        for data in current_entities(engine, [name]):
            schema = model.get(data["schema"])
            props = data.get("properties") or {}
            if schema is not None and schema.name == "Sanction":
                for target in props.get("entity", []):
                    listing.setdefault(target, []).extend(
                        props.get("listingDate", []) + props.get("startDate", [])
                    )
                    programs.setdefault(target, set()).update(props.get("program", []))
            elif schema is not None and schema.matchable and data["id"] not in meta:
                parties.append(data)
                names = props.get("name") or [data["id"]]
                meta[data["id"]] = {
                    "caption": str(data.get("caption") or names[0]),
                    "schema": data["schema"],
                    "list_name": name,
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
    return Served(Index.build(parties), entities)
