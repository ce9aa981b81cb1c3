"""Watched parties and the history of their hits."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, delete, insert, select, update

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.store.db import new_pk
from sanctionwatch.store.tables import watch_hits, watch_parties
from sanctionwatch.store.versions import Basis, write_basis

SCHEMAS = ("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane")


@dataclass(frozen=True)
class Party:
    pk: int
    name: str
    schema: str
    birth_date: str | None = None
    country: str | None = None
    imo: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.pk,
            "name": self.name,
            "schema": self.schema,
            "birth_date": self.birth_date,
            "country": self.country,
            "imo": self.imo,
        }


@dataclass(frozen=True)
class Hit:
    entity_id: str
    caption: str
    list_name: str
    score: float


def add_party(
    engine: Engine,
    name: str,
    schema: str = "Person",
    birth_date: str | None = None,
    country: str | None = None,
    imo: str | None = None,
) -> Party:
    if not name.strip():
        raise SanctionWatchError("a watched party needs a name")
    if schema not in SCHEMAS:
        raise SanctionWatchError(f"schema {schema!r} is not one of {', '.join(SCHEMAS)}")
    name, code = name.strip(), (country.upper() if country else None)
    values = {
        "name": name,
        "schema": schema,
        "birth_date": birth_date,
        "country": code,
        "imo": imo,
        "created_at": datetime.now(UTC),
    }
    with engine.begin() as conn:
        pk = new_pk(conn.execute(insert(watch_parties).values(**values)))
    return Party(pk, name, schema, birth_date, code, imo)


def remove_party(engine: Engine, pk: int) -> bool:
    with engine.begin() as conn:
        return conn.execute(delete(watch_parties).where(watch_parties.c.pk == pk)).rowcount > 0


def list_parties(engine: Engine) -> list[Party]:
    with engine.connect() as conn:
        rows = conn.execute(select(watch_parties).order_by(watch_parties.c.pk))
        return [Party(r.pk, r.name, r.schema, r.birth_date, r.country, r.imo) for r in rows]


def current_hits(engine: Engine, party_pk: int) -> dict[str, Hit]:
    query = select(watch_hits).where(
        watch_hits.c.party_pk == party_pk,
        watch_hits.c.current.is_(True),
        watch_hits.c.change == "new",
    )
    with engine.connect() as conn:
        return {
            r.entity_id: Hit(r.entity_id, r.caption, r.list_name, r.score)
            for r in conn.execute(query)
        }


def record_hits(engine: Engine, party_pk: int, hits: Iterable[Hit]) -> list[dict[str, Any]]:
    """Compare `hits` with the party's current ones; store and return what appeared or went."""
    now = datetime.now(UTC)
    fresh = {h.entity_id: h for h in hits}
    before = current_hits(engine, party_pk)
    changes: list[dict[str, Any]] = []
    with engine.begin() as conn:
        for entity_id in sorted(set(before) - set(fresh)):
            conn.execute(
                update(watch_hits)
                .where(watch_hits.c.party_pk == party_pk, watch_hits.c.entity_id == entity_id)
                .values(current=False)
            )
            changes.append(_change(conn, party_pk, before[entity_id], "gone", now))
        for entity_id in sorted(set(fresh) - set(before)):
            changes.append(_change(conn, party_pk, fresh[entity_id], "new", now))
    return changes


def _change(conn: Any, party_pk: int, hit: Hit, change: str, at: datetime) -> dict[str, Any]:
    row = {
        "party_pk": party_pk,
        "entity_id": hit.entity_id,
        "caption": hit.caption,
        "list_name": hit.list_name,
        "score": hit.score,
        "change": change,
        "at": at,
        "current": change == "new",
    }
    conn.execute(insert(watch_hits).values(**row))
    return {
        "party": party_pk,
        "change": change,
        "entity_id": hit.entity_id,
        "caption": hit.caption,
        "list": hit.list_name,
        "score": round(hit.score, 3),
        "at": at.isoformat(timespec="seconds"),
    }


def list_changes(
    engine: Engine, party_pk: int | None = None, limit: int = 100
) -> list[dict[str, Any]]:
    """The latest new and gone hits, newest first."""
    query = (
        select(watch_hits, watch_parties.c.name.label("party_name"))
        .join(watch_parties, watch_parties.c.pk == watch_hits.c.party_pk)
        .order_by(watch_hits.c.at.desc(), watch_hits.c.pk.desc())
        .limit(limit)
    )
    if party_pk is not None:
        query = query.where(watch_hits.c.party_pk == party_pk)
    with engine.connect() as conn:
        return [
            {
                "party": r.party_pk,
                "party_name": r.party_name,
                "change": r.change,
                "entity_id": r.entity_id,
                "caption": r.caption,
                "list": r.list_name,
                "score": round(r.score, 3),
                "at": r.at.isoformat(timespec="seconds"),
            }
            for r in conn.execute(query)
        ]


def parties_with_hits_on(engine: Engine, entity_ids: Iterable[str]) -> set[int]:
    """Parties with a current hit on any of `entity_ids`."""
    wanted = sorted(set(entity_ids))
    found: set[int] = set()
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            query = select(watch_hits.c.party_pk).where(
                watch_hits.c.current.is_(True),
                watch_hits.c.entity_id.in_(wanted[start : start + 500]),
            )
            found.update(r[0] for r in conn.execute(query))
    return found


def save_watch_basis(engine: Engine, basis: Basis) -> None:
    """Record the list versions the watch list's hits now reflect."""
    with engine.begin() as conn:
        write_basis(conn, "watch", basis)
