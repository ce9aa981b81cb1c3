"""Screening hits as an analyst works them: ranked, one per party, with their review.

Used by `screen` and `screen-file` after the scorer has run: hits of one
profile (the same party on several lists) become one hit naming every list,
and each hit carries the decision in force on it for this screened party.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine

from sanctionwatch.screening import Query
from sanctionwatch.store.profiles import profiles_of
from sanctionwatch.store.reviews import reviews_for, subject_key


@dataclass
class RankedHit:
    rank: int
    hit: Any  # sanctionwatch.screening Hit
    listed: Any  # sanctionwatch.served Listed
    lists: list[str] = field(default_factory=list)  # every list of its profile among the hits
    also: list[str] = field(default_factory=list)  # the profile's other entity ids among them
    review: dict[str, Any] | None = None


def query_subject(query: Query) -> str:
    return subject_key(
        query.names, query.schema, query.birth_dates, query.countries, query.identifiers + query.imo
    )


def rank_hits(
    engine: Engine | None, query: Query, found: list[tuple[Any, Any]], threshold: float
) -> list[RankedHit]:
    """The hits at or above `threshold` (or the best one when none is), best first, one
    per profile, each with the review in force for `query`'s party."""
    above = [(h, listed) for h, listed in found if h.score >= threshold] or found[:1]
    profile_of = profiles_of(engine, [h.entity_id for h, _ in above]) if engine else {}
    out: list[RankedHit] = []
    by_profile: dict[str, RankedHit] = {}
    for hit, listed in sorted(above, key=lambda x: -x[0].score):
        pid = profile_of.get(hit.entity_id)
        if pid is not None and pid in by_profile:
            first = by_profile[pid]
            first.also.append(hit.entity_id)
            if listed.list_name not in first.lists:
                first.lists.append(listed.list_name)
            continue
        ranked = RankedHit(len(out) + 1, hit, listed, lists=[listed.list_name])
        out.append(ranked)
        if pid is not None:
            by_profile[pid] = ranked
    if engine is not None and out:
        subject = query_subject(query)
        decided = reviews_for(engine, subject, [r.hit.entity_id for r in out])
        for r in out:
            r.review = decided.get(r.hit.entity_id)
    return out
