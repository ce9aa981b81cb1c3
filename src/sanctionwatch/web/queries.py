"""Read queries the page needs beyond the store's own listing functions.

The events table itself is `sanctionwatch.store.events.list_events`.

They read the store's tables directly and return plain dicts; nothing here writes.
(Candidates to move into `sanctionwatch.store` once the page's needs settle.)
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from sqlalchemy import Engine, String, cast, func, or_, select

from sanctionwatch.names import name_keys, name_tokens
from sanctionwatch.store.tables import (
    actions,
    articles,
    event_actions,
    events,
    links,
    targets,
)


def facet_values(engine: Engine) -> dict[str, list[str]]:
    """The authorities and statuses present, for the filter forms."""
    with engine.connect() as conn:
        authorities = conn.scalars(select(events.c.authority).distinct().order_by("authority"))
        statuses = conn.scalars(select(events.c.status).distinct().order_by("status"))
        return {"authority": list(authorities), "status": list(statuses)}


def timeline(engine: Engine, status: str | None = None) -> dict[str, Any]:
    """News actions per month and authority (background mentions left out)."""
    month = func.substr(cast(actions.c.date, String), 1, 7)
    conds = [actions.c.background.is_(False), actions.c.date.is_not(None)]
    if status:
        conds.append(actions.c.status == status)
    query = (
        select(month.label("month"), actions.c.authority, func.count().label("n"))
        .where(*conds)
        .group_by("month", actions.c.authority)
        .order_by("month")
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    with engine.connect() as conn:
        for m, authority, n in conn.execute(query):
            counts[authority][m] = int(n)
    months = sorted({m for per in counts.values() for m in per})
    series = {a: [per.get(m, 0) for m in months] for a, per in sorted(counts.items())}
    return {"months": months, "series": series}


def status_matrix(engine: Engine) -> dict[str, Any]:
    """Count of news actions per (authority, status): the timeline's table form."""
    query = (
        select(actions.c.authority, actions.c.status, func.count())
        .where(actions.c.background.is_(False))
        .group_by(actions.c.authority, actions.c.status)
    )
    cells: dict[str, dict[str, int]] = defaultdict(dict)
    with engine.connect() as conn:
        for authority, status, n in conn.execute(query):
            cells[authority][status] = int(n)
    statuses = sorted({s for row in cells.values() for s in row})
    return {"statuses": statuses, "rows": sorted(cells.items())}


def article_texts(engine: Engine, action_pks: Iterable[int]) -> dict[int, dict[str, Any]]:
    """For each action, its article's text and header (spans index into this text)."""
    query = select(
        actions.c.pk,
        articles.c.id,
        articles.c.title,
        articles.c.url,
        articles.c.published,
        articles.c.source,
        articles.c.text,
    ).join(articles, articles.c.pk == actions.c.article_pk)
    query = query.where(actions.c.pk.in_(list(action_pks)))
    with engine.connect() as conn:
        return {
            r.pk: {
                "id": r.id,
                "title": r.title,
                "url": r.url,
                "published": r.published.isoformat() if r.published else None,
                "source": r.source,
                "text": r.text,
            }
            for r in conn.execute(query)
        }


def get_article(engine: Engine, article_id: str) -> dict[str, Any] | None:
    """An article by id with the pks of its actions (the first stored, if ids repeat)."""
    with engine.connect() as conn:
        row = conn.execute(
            select(articles).where(articles.c.id == article_id).order_by(articles.c.pk).limit(1)
        ).first()
        if row is None:
            return None
        pks = list(
            conn.scalars(
                select(actions.c.pk).where(actions.c.article_pk == row.pk).order_by(actions.c.seq)
            )
        )
    return {
        "id": row.id,
        "title": row.title,
        "url": row.url,
        "published": row.published.isoformat() if row.published else None,
        "source": row.source,
        "text": row.text,
        "action_pks": pks,
    }


def events_of_actions(engine: Engine, action_pks: Iterable[int]) -> dict[int, str]:
    query = (
        select(event_actions.c.action_pk, events.c.event_id)
        .join(events, events.c.pk == event_actions.c.event_pk)
        .where(event_actions.c.action_pk.in_(list(action_pks)))
    )
    with engine.connect() as conn:
        return {pk: ev for pk, ev in conn.execute(query)}


def _longest_token(name: str) -> str | None:
    tokens = sorted(name_tokens(name), key=len, reverse=True)
    return tokens[0] if tokens else None


def target_rows_named(engine: Engine, name: str) -> list[dict[str, Any]]:
    """Targets whose name is a spelling of `name` (same name keys), with their action."""
    keys = name_keys(name)
    token = _longest_token(name)
    if not keys or token is None:
        return []
    query = (
        select(
            targets.c.pk,
            targets.c.action_pk,
            targets.c.name,
            targets.c.kind,
            targets.c.evidence,
            actions.c.authority,
            actions.c.status,
            actions.c.date,
            articles.c.id.label("article_id"),
            articles.c.title.label("article_title"),
        )
        .join(actions, actions.c.pk == targets.c.action_pk)
        .join(articles, articles.c.pk == actions.c.article_pk)
        # a cheap pre-filter on one token; the name keys decide
        .where(func.lower(targets.c.name).contains(token, autoescape=True))
        .order_by(actions.c.date.desc().nulls_last(), targets.c.pk)
    )
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    out = [r for r in rows if name_keys(r["name"]) & keys]
    for r in out:
        r["date"] = r["date"].isoformat() if r["date"] else None
        r["evidence"] = json.loads(r["evidence"])
    return out


def links_of_targets(engine: Engine, target_pks: Iterable[int]) -> list[dict[str, Any]]:
    query = (
        select(links).where(links.c.target_pk.in_(list(target_pks))).order_by(links.c.score.desc())
    )
    return _link_dicts(engine, query)


def links_of_entity(engine: Engine, entity_id: str) -> list[dict[str, Any]]:
    query = (
        select(links, targets.c.name.label("target_name"))
        .join(targets, targets.c.pk == links.c.target_pk)
        .where(links.c.entity_id == entity_id)
        .order_by(links.c.score.desc())
    )
    return _link_dicts(engine, query)


def _link_dicts(engine: Engine, query: Any) -> list[dict[str, Any]]:
    with engine.connect() as conn:
        rows = [dict(r._mapping) for r in conn.execute(query)]
    for r in rows:
        r["features"] = _features(r["features"])
        r["listed_on"] = r["listed_on"].isoformat() if r["listed_on"] else None
    return rows


def _features(raw: str) -> list[tuple[str, str]]:
    """A link's explanation as (feature, value) rows, whatever shape the linker wrote."""
    try:
        data = json.loads(raw)
    except ValueError:
        return [("explanation", raw)]
    if isinstance(data, dict):
        return [(str(k), _feature_text(v)) for k, v in data.items()]
    return [("explanation", _feature_text(data))]


def _feature_text(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_feature_text(v)}" for k, v in value.items() if v is not None)
    return str(value)


def co_targets(engine: Engine, action_pks: Iterable[int]) -> list[dict[str, Any]]:
    """Every target of the given actions and of the events they belong to."""
    pks = list(action_pks)
    in_events = select(event_actions.c.action_pk).where(
        event_actions.c.event_pk.in_(
            select(event_actions.c.event_pk).where(event_actions.c.action_pk.in_(pks))
        )
    )
    query = select(targets.c.action_pk, targets.c.name, targets.c.kind).where(
        or_(targets.c.action_pk.in_(pks), targets.c.action_pk.in_(in_events))
    )
    with engine.connect() as conn:
        return [dict(r._mapping) for r in conn.execute(query)]
