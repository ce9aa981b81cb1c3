"""Events in the store: rebuilt from the stored actions, read with their reports."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Connection, Engine, delete, exists, func, insert, or_, select

from sanctionwatch.events.consolidate import Member, cluster, event_id
from sanctionwatch.model import TARGET_KINDS
from sanctionwatch.names import name_keys
from sanctionwatch.store.news import codes_contain, who_when
from sanctionwatch.store.tables import actions, articles, event_actions, events, links, targets


def _target_names(conn: Connection) -> dict[int, list[str]]:
    """Each action's target names, in order: read once for clustering and for titles."""
    names: dict[int, list[str]] = defaultdict(list)
    query = select(targets.c.action_pk, targets.c.name).order_by(targets.c.action_pk, targets.c.seq)
    for action_pk, name in conn.execute(query):
        names[action_pk].append(name)
    return names


def _members(conn: Connection, names: dict[int, list[str]]) -> list[Member]:
    query = (
        select(actions, articles.c.content_hash)
        .join(articles, articles.c.pk == actions.c.article_pk)
        .where(actions.c.background.is_(False))
    )
    out = []
    for row in conn.execute(query):
        r = row._mapping
        counts = tuple((k, r[f"count_{k}"]) for k in TARGET_KINDS if r[f"count_{k}"] is not None)
        out.append(
            Member(
                action_pk=r["pk"],
                article_pk=r["article_pk"],
                article_key=r["content_hash"],
                seq=r["seq"],
                authority=r["authority"],
                status=r["status"],
                date=r["date"],
                program=r["program"],
                counts=counts,
                target_keys=frozenset().union(*map(name_keys, names.get(r["pk"], []))),
            )
        )
    return out


def rebuild_events(engine: Engine) -> int:
    """Recompute every event from the stored news actions, in one transaction.

    Re-ingesting never duplicates an event, and an article that bridges two
    events merges them, because events are derived, not appended.
    """
    with engine.begin() as conn:
        names = _target_names(conn)
        groups = cluster(_members(conn, names))
        titles = _titles(names, groups)
        conn.execute(delete(event_actions))
        conn.execute(delete(events))
        for group, title in zip(groups, titles, strict=True):
            dates = [m.date for m in group if m.date is not None]
            pk = conn.execute(
                insert(events).values(
                    event_id=event_id(group),
                    authority=group[0].authority,
                    status=group[0].status,
                    date=min(dates) if dates else None,
                    reports=len({m.article_pk for m in group}),
                    title=title,
                )
            ).inserted_primary_key[0]
            conn.execute(
                insert(event_actions), [{"event_pk": pk, "action_pk": m.action_pk} for m in group]
            )
    return len(groups)


def _titles(names: dict[int, list[str]], groups: list[list[Member]]) -> list[str]:
    out = []
    for group in groups:
        seen: dict[str, str] = {}
        for m in group:
            for n in names.get(m.action_pk, []):
                seen.setdefault(min(name_keys(n) or {n}), n)
        program = next((m.program for m in group if m.program), None)
        head = f"{group[0].authority} {group[0].status}"
        parts = [head + (f": {program}" if program else "")]
        shown = list(seen.values())
        if shown:
            more = f" and {len(shown) - 3} more" if len(shown) > 3 else ""
            parts.append(", ".join(shown[:3]) + more)
        out.append(" — ".join(parts))
    return out


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
        query = (
            select(events)
            .where(*conds)
            .order_by(events.c.date.desc().nulls_last(), events.c.event_id)
            .limit(f.limit)
            .offset(f.offset)
        )
        rows = [_event_dict(r._mapping) for r in conn.execute(query)]
    return int(total), rows


def _event_dict(r: Any) -> dict[str, Any]:
    return {
        "id": r["event_id"],
        "authority": r["authority"],
        "status": r["status"],
        "date": r["date"].isoformat() if r["date"] else None,
        "reports": r["reports"],
        "title": r["title"],
    }


def get_event(engine: Engine, ident: str) -> dict[str, Any] | None:
    """One event with every report behind it and the values on which reports disagree."""
    from sanctionwatch.store.news import ActionFilter, list_actions

    with engine.connect() as conn:
        row = conn.execute(select(events).where(events.c.event_id == ident)).first()
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
