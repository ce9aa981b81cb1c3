"""Screening saved parties, now and after every list change."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from sanctionwatch.screening import THRESHOLD, Query
from sanctionwatch.served import Served, load_served
from sanctionwatch.store.watch import Hit, Party, list_parties, record_hits

LIMIT = 10  # hits kept per party


def party_query(party: Party) -> Query:
    return Query(
        names=[party.name],
        schema=party.schema,
        birth_dates=[party.birth_date] if party.birth_date else [],
        countries=[party.country] if party.country else [],
        imo=[party.imo] if party.imo else [],
    )


def screen_party(
    engine: Engine, party: Party, served: Served | None = None
) -> list[dict[str, Any]]:
    """Screen one party; store and return the hits that appeared or went since last time."""
    served = served or load_served(engine)
    hits = [
        Hit(h.entity_id, listed.caption, listed.list_name, h.score)
        for h, listed in served.screen(party_query(party), limit=LIMIT)
        if h.score >= THRESHOLD
    ]
    return record_hits(engine, party.pk, hits)


def rescreen_all(engine: Engine, served: Served | None = None) -> list[str]:
    """Screen every saved party again; one line per new or gone hit."""
    parties = list_parties(engine)
    if not parties:
        return []
    served = served or load_served(engine)
    lines = []
    for party in parties:
        for c in screen_party(engine, party, served):
            lines.append(
                f"#{party.pk} {party.name}: {c['change']} hit {c['caption']} "
                f"({c['list']}, {c['entity_id']}, score {c['score']})"
            )
    return lines
