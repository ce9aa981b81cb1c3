"""Analysts' decisions on screening hits: confirmed or dismissed, with a reason and a name.

A decision is about one screened party (its `subject`: the query's names, type,
birth dates, countries and identifiers, normalised) and one list entity. It
holds the list record's content hash at the time, so a dismissed hit comes back
for review as soon as the list changes that record; until then every
re-screening shows it dismissed. Decisions are appended, never edited: the
latest one on a (subject, entity) pair is in force, and the history stays.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, func, insert, select

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.names import name_key
from sanctionwatch.profiles import IDENTIFIERS
from sanctionwatch.store.tables import list_entities, list_versions, reviews

DECISIONS = ("confirmed", "dismissed")
MAX_REASON = 1000
MAX_USER = 100
MAX_SUBJECT = 300


def subject_key(
    names: Iterable[str],
    schema: str | None = None,
    birth_dates: Iterable[str] = (),
    countries: Iterable[str] = (),
    identifiers: Iterable[str] = (),
) -> str:
    """The screened party as one stable string: the same query gives the same key
    whatever the spelling of case, spacing or word order."""
    parts = [
        "|".join(sorted({name_key(n) for n in names if n.strip()})),
        (schema or "").strip(),
        "|".join(sorted({d.strip() for d in birth_dates if d.strip()})),
        "|".join(sorted({c.strip().lower() for c in countries if c.strip()})),
        "|".join(sorted({_ident(i) for i in identifiers if _ident(i)})),
    ]
    key = "/".join(parts)
    if not parts[0]:
        raise SanctionWatchError("a reviewed party needs a name")
    return key[:MAX_SUBJECT]


def _ident(value: str) -> str:
    """An identifier as compared: upper-case letters and digits ('IMO 9113379' -> '9113379')."""
    return re.sub(r"[^A-Z0-9]", "", value.upper()).removeprefix("IMO")


def subject_of_example(schema: str | None, properties: dict[str, list[str]]) -> str:
    """The subject of a yente-style query by example (the API's /match and /reviews)."""
    get = properties.get
    return subject_key(
        get("name", []) or [],
        schema,
        get("birthDate", []) or [],
        [c for p in ("country", "nationality", "jurisdiction", "flag") for c in get(p, []) or []],
        [v for p in IDENTIFIERS for v in get(p, []) or []],
    )


def _current_record(conn: Any, entity_id: str) -> tuple[str, str] | None:
    """(list name, content hash) of an entity in a current list version."""
    row = conn.execute(
        select(list_versions.c.name, list_entities.c.content_hash)
        .join(list_versions, list_versions.c.pk == list_entities.c.version_pk)
        .where(list_versions.c.is_current.is_(True), list_entities.c.entity_id == entity_id)
        .order_by(list_versions.c.name)
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def record_review(
    engine: Engine, subject: str, entity_id: str, decision: str, *, reason: str, user: str
) -> dict[str, Any]:
    """Store a decision on the hit `entity_id` for the screened party `subject`."""
    if decision not in DECISIONS:
        raise SanctionWatchError(f"decision {decision!r}: use one of {', '.join(DECISIONS)}")
    reason, user = reason.strip(), user.strip()
    if not reason or not user:
        raise SanctionWatchError("a decision needs a reason and the name of who made it")
    if len(reason) > MAX_REASON or len(user) > MAX_USER:
        raise SanctionWatchError(f"reason at most {MAX_REASON} characters, user {MAX_USER}")
    with engine.begin() as conn:
        record = _current_record(conn, entity_id)
        if record is None:
            raise SanctionWatchError(f"no current list has entity {entity_id!r}")
        row = {
            "subject": subject,
            "entity_id": entity_id,
            "list_name": record[0],
            "entity_hash": record[1],
            "decision": decision,
            "reason": reason,
            "user_name": user,
            "at": datetime.now(UTC),
        }
        conn.execute(insert(reviews).values(**row))
    return _review_dict(row, current=True)


def _review_dict(row: Any, *, current: bool) -> dict[str, Any]:
    return {
        "subject": row["subject"],
        "entity_id": row["entity_id"],
        "list": row["list_name"],
        "decision": row["decision"],
        "reason": row["reason"],
        "user": row["user_name"],
        "at": row["at"].isoformat(timespec="seconds"),
        # False once the list record changed since the decision: review it again
        "current": current,
    }


def reviews_for(
    engine: Engine, subject: str, entity_ids: Iterable[str]
) -> dict[str, dict[str, Any]]:
    """The decision in force on each hit of `subject`, with whether the record is unchanged."""
    ids = list(dict.fromkeys(entity_ids))
    if not ids:
        return {}
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        rows = conn.execute(
            select(reviews)
            .where(reviews.c.subject == subject, reviews.c.entity_id.in_(ids))
            .order_by(reviews.c.pk)
        )
        latest = {r.entity_id: r._mapping for r in rows}
        for entity_id, row in latest.items():
            record = _current_record(conn, entity_id)
            unchanged = record is not None and record[1] == row["entity_hash"]
            out[entity_id] = _review_dict(row, current=unchanged)
    return out


def list_reviews(engine: Engine, limit: int = 200) -> list[dict[str, Any]]:
    """The latest decisions, newest first (each with whether its record is unchanged)."""
    with engine.connect() as conn:
        rows = list(conn.execute(select(reviews).order_by(reviews.c.pk.desc()).limit(limit)))
        return [
            _review_dict(
                r._mapping,
                current=(rec := _current_record(conn, r.entity_id)) is not None
                and rec[1] == r.entity_hash,
            )
            for r in rows
        ]


def in_force(review: dict[str, Any] | None, decision: str) -> bool:
    """Whether `review` is a decision of this kind that still holds (record unchanged)."""
    return review is not None and review["decision"] == decision and review["current"]


def reviews_mark(conn: Connection) -> int:
    """Changes whenever a decision is recorded (reviews are only ever added)."""
    return int(conn.scalar(select(func.max(reviews.c.pk))) or 0)


def reviewed_subjects(engine: Engine) -> tuple[int, frozenset[str]]:
    """The mark and every subject with a decision, read in one transaction."""
    with engine.begin() as conn:
        mark = reviews_mark(conn)
        return mark, frozenset(conn.scalars(select(reviews.c.subject).distinct()))
