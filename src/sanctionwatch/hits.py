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


class BatchLookup:
    """The store reads of a whole customer file, done once instead of twice a row.

    `screen-file` and Spark screen rows by the thousand; a profile query and a review
    query per row took about a third of each row's CPU. Profile memberships are read
    whole (they change only with a list load, like the index the file is screened
    against); reviews are read per row only for a subject with a decision when the batch
    began (all of them when there are more than `MAX_SUBJECTS`)."""

    MAX_SUBJECTS = 100_000

    def __init__(self, engine: Engine) -> None:
        from sqlalchemy import func, select

        from sanctionwatch.store.tables import profile_members, reviews

        self.engine = engine
        with engine.connect() as conn:
            rows = conn.execute(select(profile_members.c.entity_id, profile_members.c.profile_id))
            self.profile_of: dict[str, str] = {e: p for e, p in rows}
            decided = conn.execute(select(func.count(func.distinct(reviews.c.subject)))).scalar()
            self.subjects: set[str] | None = None
            if (decided or 0) <= self.MAX_SUBJECTS:
                self.subjects = set(conn.execute(select(reviews.c.subject).distinct()).scalars())

    def profiles_of(self, entity_ids: list[str]) -> dict[str, str]:
        return {e: p for e in entity_ids if (p := self.profile_of.get(e)) is not None}

    def reviews_for(self, subject: str, entity_ids: list[str]) -> dict[str, dict[str, Any]]:
        if self.subjects is not None and subject not in self.subjects:
            return {}
        return reviews_for(self.engine, subject, entity_ids)


def rank_hits(
    lookup: BatchLookup | None,
    query: Query,
    found: list[tuple[Any, Any]],
    threshold: float,
) -> list[RankedHit]:
    """The hits at or above `threshold` (or the best one when none is), best first, one
    per profile, each with the review in force for `query`'s party (none without a store)."""
    above = [(h, listed) for h, listed in found if h.score >= threshold] or found[:1]
    profile_of = lookup.profiles_of([h.entity_id for h, _ in above]) if lookup else {}
    out: list[RankedHit] = []
    by_profile: dict[str, RankedHit] = {}
    # ties by entity id: the index returns equal scores in an order that varies by process
    for hit, listed in sorted(above, key=lambda x: (-x[0].score, x[0].entity_id)):
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
    if lookup is not None and out:
        decided = lookup.reviews_for(query_subject(query), [r.hit.entity_id for r in out])
        for r in out:
            r.review = decided.get(r.hit.entity_id)
    return out
