"""Screening saved parties, now and after every list change.

After a list change only the parties the change can touch are screened again
(`update_watch`): those with a current hit on an entity removed or changed, and those
whose names share an index key with an added or changed entity.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from sanctionwatch.linking import delta_index, touches
from sanctionwatch.screening import THRESHOLD, Query
from sanctionwatch.served import Served, load_served
from sanctionwatch.store.versions import entity_changes, read_basis
from sanctionwatch.store.watch import (
    Hit,
    Party,
    list_parties,
    parties_with_hits_on,
    record_hits,
    save_watch_basis,
)

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


def _rescreen(engine: Engine, parties: list[Party], served: Served) -> list[str]:
    lines = []
    for party in parties:
        for c in screen_party(engine, party, served):
            lines.append(
                f"#{party.pk} {party.name}: {c['change']} hit {c['caption']} "
                f"({c['list']}, {c['entity_id']}, score {c['score']})"
            )
    save_watch_basis(engine, served.basis)
    return lines


def rescreen_all(engine: Engine, served: Served | None = None) -> list[str]:
    """Screen every saved party again; one line per new or gone hit."""
    parties = list_parties(engine)
    if not parties:
        return []
    return _rescreen(engine, parties, served or load_served(engine))


def update_watch(engine: Engine, served: Served | None = None) -> list[str]:
    """Screen again the saved parties the list changes since the last screening can touch."""
    parties = list_parties(engine)
    if not parties:
        return []
    served = served or load_served(engine)
    old = read_basis(engine, "watch")
    if old is None:
        return _rescreen(engine, parties, served)
    changes = entity_changes(engine, old, served.basis)
    if not changes.complete:
        return _rescreen(engine, parties, served)
    affected = parties_with_hits_on(engine, changes.stale)
    delta = delta_index(changes)
    if delta is not None:
        affected |= {p.pk for p in parties if touches(delta, [party_query(p)])}
    return _rescreen(engine, [p for p in parties if p.pk in affected], served)
