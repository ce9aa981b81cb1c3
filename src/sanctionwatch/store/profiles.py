"""Profiles in the store: built from the current lists, rebuilt when they change, and
the analysts' judgements that split or merge them.

Profiles are derived data: `build_profiles` recomputes them all in one transaction
(seconds for every shipped list), after every list load and every judgement, and
records which list versions and judgements it saw (`profile_builds`).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.profiles import (
    FAMILIES,
    Member,
    birth_dates,
    group,
    keys_of,
    listing_keys,
    name_words,
)
from sanctionwatch.store.lists import current_entities, list_status
from sanctionwatch.store.tables import (
    profile_builds,
    profile_judgements,
    profile_members,
    reviews,
)

DECISIONS = ("same", "different")
MAX_REASON = 1000


def _fingerprint(engine: Engine) -> str:
    lists = sorted((s["name"], s["version"]) for s in list_status(engine))
    with engine.connect() as conn:
        judged = conn.scalar(select(func.max(profile_judgements.c.pk))) or 0
    return json.dumps({"lists": lists, "judgements": judged})


def _members(engine: Engine) -> list[Member]:
    listed: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    parties: list[dict[str, Any]] = []
    for entity in current_entities(engine):
        schema = entity.get("schema")
        if schema == "Sanction":
            keys = listing_keys(entity)
            for target in (entity.get("properties") or {}).get("entity", []) if keys else []:
                listed[target] |= keys
        elif schema in FAMILIES:
            parties.append(entity)
    out = []
    for entity in parties:
        ident = str(entity["id"])
        names = (entity.get("properties") or {}).get("name") or [ident]
        out.append(
            Member(
                entity_id=ident,
                list_name=(entity.get("datasets") or [""])[0],
                schema=str(entity["schema"]),
                caption=str(entity.get("caption") or names[0]),
                keys=keys_of(entity, listed.get(ident, ())),
                words=name_words(entity),
                births=birth_dates(entity),
            )
        )
    return out


def judgements(engine: Engine) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = conn.execute(select(profile_judgements).order_by(profile_judgements.c.pk))
        return [{**r._mapping, "at": r.at.isoformat(timespec="seconds")} for r in rows]


def build_profiles(engine: Engine) -> dict[str, int]:
    """Group the current lists' entities into profiles and store them; return counts."""
    fingerprint = _fingerprint(engine)
    members = _members(engine)
    judged = [(j["entity_a"], j["entity_b"], j["decision"]) for j in judgements(engine)]
    profiles = group(members, judged)
    rows = [
        {
            "entity_id": m.entity_id,
            "list_name": m.list_name,
            "profile_id": p.profile_id,
            "reasons": json.dumps(p.reasons[m.ref], ensure_ascii=False),
        }
        for p in profiles
        for m in p.members
    ]
    with engine.begin() as conn:
        conn.execute(delete(profile_members))
        for start in range(0, len(rows), 2000):
            conn.execute(insert(profile_members), rows[start : start + 2000])
        conn.execute(
            insert(profile_builds).values(
                fingerprint=fingerprint,
                built_at=datetime.now(UTC),
                entities=len(rows),
                profiles=len(profiles),
            )
        )
    return {"entities": len(members), "grouped": len(rows), "profiles": len(profiles)}


def profiles_of(engine: Engine, entity_ids: Iterable[str]) -> dict[str, str]:
    """The profile id of each entity that is in one."""
    ids = list(dict.fromkeys(entity_ids))
    out: dict[str, str] = {}
    with engine.connect() as conn:
        for start in range(0, len(ids), 500):
            query = select(profile_members.c.entity_id, profile_members.c.profile_id).where(
                profile_members.c.entity_id.in_(ids[start : start + 500])
            )
            out.update({e: p for e, p in conn.execute(query)})
    return out


def profile_members_of(engine: Engine, profile_id: str) -> list[dict[str, Any]]:
    """The members of a profile: entity id, list and the evidence that joined each."""
    query = (
        select(profile_members)
        .where(profile_members.c.profile_id == profile_id)
        .order_by(profile_members.c.list_name, profile_members.c.entity_id)
    )
    with engine.connect() as conn:
        return [
            {
                "entity_id": r.entity_id,
                "list_name": r.list_name,
                "reasons": json.loads(r.reasons),
            }
            for r in conn.execute(query)
        ]


def judge(
    engine: Engine,
    pairs: Iterable[tuple[str, str]],
    decision: str,
    *,
    reason: str,
    user: str,
) -> dict[str, int]:
    """Store an analyst's judgement on pairs of list entities and rebuild the profiles.

    "same" joins them (and their profiles), "different" keeps them apart; the
    latest judgement on a pair wins, so either undoes the other.
    """
    pairs = list(pairs)
    if decision not in DECISIONS:
        raise SanctionWatchError(f"decision {decision!r}: use one of {', '.join(DECISIONS)}")
    if not pairs or any(a == b or not a or not b for a, b in pairs):
        raise SanctionWatchError("a judgement needs two different entity ids")
    if not reason.strip() or not user.strip():
        raise SanctionWatchError("a judgement needs a reason and the name of who made it")
    if len(reason) > MAX_REASON or len(user) > 100:
        raise SanctionWatchError(f"reason at most {MAX_REASON} characters, user at most 100")
    now = datetime.now(UTC)
    rows = [
        {
            "entity_a": a,
            "entity_b": b,
            "decision": decision,
            "reason": reason.strip(),
            "user_name": user.strip(),
            "at": now,
        }
        for a, b in pairs
    ]
    with engine.begin() as conn:
        conn.execute(insert(profile_judgements), rows)
    return build_profiles(engine)


def split_off(engine: Engine, entity_id: str, *, reason: str, user: str) -> dict[str, int]:
    """Take an entity out of its profile: judged different from every other member."""
    profile_id = profiles_of(engine, [entity_id]).get(entity_id)
    if profile_id is None:
        raise SanctionWatchError(f"{entity_id!r} is in no profile: nothing to split")
    others = [m["entity_id"] for m in profile_members_of(engine, profile_id)]
    pairs = [(entity_id, other) for other in others if other != entity_id]
    return judge(engine, pairs, "different", reason=reason, user=user)


_MARKS = select(
    select(func.max(profile_builds.c.pk)).scalar_subquery(),
    select(func.max(reviews.c.pk)).scalar_subquery(),
)


def profiles_mark(conn: Connection) -> int:
    """Changes whenever the profiles in force do (each build adds a `profile_builds` row
    in the transaction that rewrites the members): a cheap check for a cached copy."""
    return int(conn.scalar(select(func.max(profile_builds.c.pk))) or 0)


def serving_marks(conn: Connection) -> tuple[int, int]:
    """(`profiles_mark`, `reviews.reviews_mark`) in one indexed read: what the API
    checks on every answer before trusting its copies of both."""
    row = conn.execute(_MARKS).one()
    return int(row[0] or 0), int(row[1] or 0)


def all_profiles(engine: Engine) -> tuple[int, list[tuple[str, str, str]]]:
    """The mark and every (entity id, list name, profile id) of the profiles in force,
    read in one transaction."""
    query = select(
        profile_members.c.entity_id, profile_members.c.list_name, profile_members.c.profile_id
    ).order_by(profile_members.c.list_name, profile_members.c.entity_id)
    with engine.begin() as conn:
        mark = profiles_mark(conn)
        return mark, [(e, n, p) for e, n, p in conn.execute(query)]
