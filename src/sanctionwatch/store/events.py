"""Events in the store, read with their reports; writing them is `events_writer`."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, exists, func, or_, select

from sanctionwatch.names import name_keys
from sanctionwatch.store.events_writer import rebuild_events, update_events
from sanctionwatch.store.news import codes_contain, who_when
from sanctionwatch.store.tables import (
    actions,
    event_actions,
    event_aliases,
    events,
    links,
    targets,
)

__all__ = ["EventFilter", "get_event", "list_events", "rebuild_events", "update_events"]


LIST_STATUSES = ("listed", "unlisted")


@dataclass
class EventFilter:
    """What `list_events` keeps; every field left None keeps everything."""

    authority: Sequence[str] | None = None
    status: Sequence[str] | None = None
    since: date | None = None
    until: date | None = None
    q: str | None = None  # part of the title (targets, programme)
    kind: str | None = None  # an event hitting a target of this kind
    country: str | None = None  # ISO code among target countries or a target's country
    program: str | None = None  # part of a report's programme
    listed: str | None = None  # "listed": a target linked to a list entity; "unlisted": none
    limit: int = 50
    offset: int = 0


def _with_action(*conds: Any) -> Any:
    """Events with at least one report meeting `conds`."""
    sub = (
        select(event_actions.c.event_pk)
        .join(actions, actions.c.pk == event_actions.c.action_pk)
        .where(*conds)
    )
    return events.c.pk.in_(sub)


def _with_target(*conds: Any) -> Any:
    """Events with at least one named target meeting `conds`."""
    sub = (
        select(event_actions.c.event_pk)
        .join(targets, targets.c.action_pk == event_actions.c.action_pk)
        .where(*conds)
    )
    return events.c.pk.in_(sub)


def _listed() -> Any:
    return exists().where(links.c.target_pk == targets.c.pk, links.c.match.is_(True))


def _where(f: EventFilter) -> list[Any]:
    conds = who_when(events, f.authority, f.status, f.since, f.until)
    if f.q:
        conds.append(func.lower(events.c.title).contains(f.q.lower(), autoescape=True))
    if f.kind:
        conds.append(_with_target(targets.c.kind == f.kind))
    if f.country:
        code = f.country.upper()
        conds.append(
            or_(
                _with_action(codes_contain(actions.c.target_countries, code)),
                _with_target(targets.c.country == code),
            )
        )
    if f.program:
        needle = f.program.lower()
        conds.append(_with_action(func.lower(actions.c.program).contains(needle, autoescape=True)))
    if f.listed == "listed":
        conds.append(_with_target(_listed()))
    elif f.listed == "unlisted":
        conds.append(events.c.pk.not_in(select(events.c.pk).where(_with_target(_listed()))))
    return conds


def list_events(engine: Engine, f: EventFilter) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of events), newest first; paging happens in the database."""
    conds = _where(f)
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(events).where(*conds)) or 0
        rows = [_event_dict(r._mapping) for r in conn.execute(page_query(f, conds))]
    return int(total), rows


def page_query(f: EventFilter, conds: list[Any] | None = None) -> Any:
    """One page of events, newest first: read in the order of `ix_events_listing`
    (migration 0012), so a page costs its rows, not a sort of the whole table."""
    return (
        select(events)
        .where(*(_where(f) if conds is None else conds))
        .order_by(events.c.date.desc().nulls_last(), events.c.event_id)
        .limit(f.limit)
        .offset(f.offset)
    )


def _event_dict(r: Any) -> dict[str, Any]:
    return {
        "id": r["event_id"],
        "authority": r["authority"],
        "status": r["status"],
        "date": r["date"].isoformat() if r["date"] else None,
        "reports": r["reports"],
        "title": r["title"],
    }


def resolve_event_id(conn: Connection, ident: str) -> str | None:
    """The id that answers for `ident`: itself, or the event it was merged into."""
    if conn.execute(select(events.c.pk).where(events.c.event_id == ident)).first() is not None:
        return ident
    return conn.scalar(select(event_aliases.c.event_id).where(event_aliases.c.alias == ident))


def get_event(engine: Engine, ident: str) -> dict[str, Any] | None:
    """One event with every report behind it and the values on which reports disagree.

    An id merged into an older event answers with that event; its `id` says which,
    so the page and API can redirect.
    """
    from sanctionwatch.store.news import ActionFilter, list_actions

    with engine.connect() as conn:
        current = resolve_event_id(conn, ident)
        if current is None:
            return None
        row = conn.execute(select(events).where(events.c.event_id == current)).first()
        if row is None:
            return None
        pks = [
            r[0]
            for r in conn.execute(
                select(event_actions.c.action_pk).where(event_actions.c.event_pk == row.pk)
            )
        ]
    reports = list_actions(engine, ActionFilter(action_pks=pks))
    out = _event_dict(row._mapping)
    out["actions"] = reports
    out["disagreements"] = disagreements(reports)
    return out


def disagreements(reports: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """For each field the reports state differently: every value with the articles giving it."""
    fields: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for rep in reports:
        source = rep["article"]["id"]
        if rep["date"]:
            fields["date"][rep["date"]].append(source)
        if rep["program"]:
            fields["program"][rep["program"]].append(source)
        for kind, n in rep["counts"].items():
            if n is not None:
                fields[f"count.{kind}"][str(n)].append(source)
    out = {
        name: [{"value": v, "sources": s} for v, s in values.items()]
        for name, values in fields.items()
        if len(values) > 1
    }
    out.update(_spellings(reports))
    return out


def _spellings(reports: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Targets the reports spell differently ('Kim Yong-bok' vs 'Kim Yong Bok')."""
    groups: list[tuple[set[str], dict[str, list[str]]]] = []
    for rep in reports:
        for t in rep["targets"]:
            keys = name_keys(t["name"])
            group = next((g for g in groups if g[0] & keys), None)
            if group is None:
                group = (set(), defaultdict(list))
                groups.append(group)
            group[0].update(keys)
            group[1][t["name"]].append(rep["article"]["id"])
    return {
        f"target:{min(spellings)}": [{"value": v, "sources": s} for v, s in spellings.items()]
        for _, spellings in groups
        if len(spellings) > 1
    }
