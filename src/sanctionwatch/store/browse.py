"""Read queries for browsing: the page's timeline, parties, links and list records.

The events table itself is `sanctionwatch.store.events.list_events`. Everything
here reads the store's tables and returns plain dicts; nothing here writes.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Engine, String, cast, func, or_, select

from sanctionwatch.names import name_keys, name_tokens
from sanctionwatch.store.tables import (
    actions,
    articles,
    event_actions,
    events,
    links,
    list_entities,
    list_versions,
    targets,
)

HEAD_CHARS = 160  # article text read to label an untitled article
MAX_NAMED = 50  # list entities a name search returns
NAMED_SCHEMAS = ("Person", "Organization", "Company", "LegalEntity", "Vessel", "Airplane")


def facet_values(engine: Engine) -> dict[str, list[str]]:
    """The authorities and statuses present, for the filter forms."""
    with engine.connect() as conn:
        authorities = conn.scalars(select(events.c.authority).distinct().order_by("authority"))
        statuses = conn.scalars(select(events.c.status).distinct().order_by("status"))
        return {"authority": list(authorities), "status": list(statuses)}


def timeline(engine: Engine, status: str | None = None) -> dict[str, Any]:
    """News actions per month and authority (background mentions left out).

    `months` runs from the first dated month to the last with every month in
    between, so a silent year shows as a year; `undated` counts the actions with
    no date per authority (shown beside the chart, never dropped).
    """
    month = func.substr(cast(actions.c.date, String), 1, 7)
    conds: list[ColumnElement[bool]] = [actions.c.background.is_(False)]
    if status:
        conds.append(actions.c.status == status)
    query = (
        select(month.label("month"), actions.c.authority, func.count().label("n"))
        .where(*conds)
        .group_by("month", actions.c.authority)
    )
    counts: dict[str, dict[str, int]] = defaultdict(dict)
    undated: dict[str, int] = {}
    with engine.connect() as conn:
        for m, authority, n in conn.execute(query):
            if m is None:
                undated[authority] = int(n)
            else:
                counts[authority][m] = int(n)
    months = month_range({m for per in counts.values() for m in per})
    series = {a: [per.get(m, 0) for m in months] for a, per in sorted(counts.items())}
    return {
        "months": months,
        "series": series,
        "undated": dict(sorted(undated.items())),
        "undated_total": sum(undated.values()),
        "dated_total": sum(sum(v) for v in series.values()),
    }


def month_range(months: Iterable[str]) -> list[str]:
    """Every month from the earliest to the latest of `months` ("YYYY-MM"), gaps filled."""
    present = sorted(months)
    if not present:
        return []
    year, month = (int(x) for x in present[0].split("-"))
    last = present[-1]
    out: list[str] = []
    while (current := f"{year:04d}-{month:02d}") <= last:
        out.append(current)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


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
            articles.c.source.label("article_source"),
            articles.c.published.label("article_published"),
            func.substr(articles.c.text, 1, HEAD_CHARS).label("article_head"),
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
        published = r.pop("article_published")
        r["article"] = {
            "id": r["article_id"],
            "title": r.pop("article_title"),
            "source": r.pop("article_source"),
            "published": published.isoformat() if published else None,
            "text": r.pop("article_head"),
        }
    return out


def links_of_targets(engine: Engine, target_pks: Iterable[int]) -> list[dict[str, Any]]:
    query = (
        select(links, targets.c.name.label("target_name"))
        .join(targets, targets.c.pk == links.c.target_pk)
        .where(links.c.target_pk.in_(list(target_pks)))
        .order_by(links.c.score.desc())
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


def _features(raw: str) -> list[dict[str, Any]]:
    """A link's explanation as rows of feature, score and the values it compared.

    The linker writes a list of feature dicts; older rows (and hand-made ones) may
    hold a {feature: score} dict. Either way the page gets the same row shape.
    """
    try:
        data = json.loads(raw)
    except ValueError:
        return [{"name": "explanation", "score": None, "detail": raw}]
    if isinstance(data, dict):
        data = [
            {"name": k, "score": v} if isinstance(v, int | float) else {"name": k, "detail": v}
            for k, v in data.items()
        ]
    if not isinstance(data, list):
        return [{"name": "explanation", "score": None, "detail": str(data)}]
    rows: list[dict[str, Any]] = []
    for item in data:
        if not isinstance(item, dict):
            rows.append({"name": "explanation", "score": None, "detail": str(item)})
            continue
        compared = " ↔ ".join(
            str(item[k]) for k in ("query", "candidate") if item.get(k) not in (None, "")
        )
        detail = str(item.get("detail") or "")
        score = item.get("score")
        rows.append(
            {
                "name": str(item.get("name", "feature")),
                "score": float(score) if isinstance(score, int | float) else None,
                "detail": "; ".join(x for x in (compared, detail) if x),
            }
        )
    return rows


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


def _current_entity_rows(conn: Any, query: Any) -> list[dict[str, Any]]:
    out = []
    for list_name, data in conn.execute(query):
        entity = json.loads(data)
        entity.setdefault("datasets", [list_name])
        out.append(entity)
    return out


def list_entities_named(engine: Engine, name: str) -> list[dict[str, Any]]:
    """Parties on the current lists one of whose names is a spelling of `name`.

    A token filter in SQL narrows the rows; the name keys (the same as for news
    parties) decide, over every name and alias of the entity, or, for a name of
    two or more words, all its words among the entity's ("Vladimir Putin" finds
    "PUTIN Vladimir Vladimirovich").
    """
    keys = name_keys(name)
    words = set(name_tokens(name))
    token = _longest_token(name)
    if not keys or token is None:
        return []
    query = (
        select(list_versions.c.name, list_entities.c.data)
        .join(list_versions, list_versions.c.pk == list_entities.c.version_pk)
        .where(
            list_versions.c.is_current.is_(True),
            list_entities.c.schema.in_(NAMED_SCHEMAS),
            # every word of the name somewhere in the record: narrows far more than one
            *(
                func.lower(list_entities.c.data).contains(word, autoescape=True)
                for word in sorted(words | {token}, key=len, reverse=True)[:4]
            ),
        )
        .order_by(list_versions.c.name, list_entities.c.entity_id)
    )
    out = []
    with engine.connect() as conn:
        for entity in _current_entity_rows(conn, query):
            props = entity.get("properties") or {}
            names = [*props.get("name", []), *props.get("alias", []), entity.get("caption") or ""]
            if any(
                name_keys(n) & keys or (len(words) > 1 and words <= set(name_tokens(n)))
                for n in names
                if n
            ):
                out.append(entity)
                if len(out) >= MAX_NAMED:
                    break
    return out


def sanctions_of(engine: Engine, entity_ids: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """The Sanction entities of the current lists that point at each entity.

    Readers name a listing `<entity id>-sanction[-key]`, so an id range on the
    indexed column finds them; FtM files name them freely, so their (small)
    lists are searched by the reference itself.
    """
    ids = list(dict.fromkeys(entity_ids))
    out: dict[str, list[dict[str, Any]]] = {i: [] for i in ids}
    if not ids:
        return out
    found: list[dict[str, Any]] = []
    with engine.connect() as conn:
        current = conn.execute(
            select(list_versions.c.pk, list_versions.c.name, list_versions.c.format).where(
                list_versions.c.is_current.is_(True)
            )
        ).all()
        names = {pk: name for pk, name, _ in current}
        ftm = [pk for pk, _, fmt in current if fmt == "ftm_json"]

        def rows(*conds: Any) -> list[dict[str, Any]]:
            query = select(list_entities.c.version_pk, list_entities.c.data).where(
                list_entities.c.schema == "Sanction", *conds
            )
            out = []
            for version_pk, data in conn.execute(query):
                entity = json.loads(data)
                entity.setdefault("datasets", [names[version_pk]])
                out.append(entity)
            return out

        for i in ids:
            prefix = f"{i}-sanction"
            found += rows(
                list_entities.c.version_pk.in_(list(names)),
                list_entities.c.entity_id >= prefix,
                list_entities.c.entity_id < prefix + "\uffff",
            )
            if ftm:
                found += rows(
                    list_entities.c.version_pk.in_(ftm),
                    list_entities.c.data.contains(json.dumps(i), autoescape=True),
                )
    seen: set[str] = set()
    for s in found:
        if s["id"] in seen:
            continue
        seen.add(s["id"])
        for ref in (s.get("properties") or {}).get("entity", []):
            if ref in out:
                out[ref].append(s)
    return out


def listing_summary(sanction: dict[str, Any]) -> dict[str, Any]:
    """What a Sanction says that an analyst reads first: list, programme, dates, authority."""
    props = sanction.get("properties") or {}
    return {
        "id": sanction.get("id"),
        "list": (sanction.get("datasets") or [""])[0],
        "program": props.get("program", []),
        "listing_date": min(props["listingDate"]) if props.get("listingDate") else None,
        "authority": props.get("authority", []),
        "reason": props.get("reason", []),
        "provisions": props.get("provisions", []),
    }


@dataclass
class NewsExport:
    """The stored news an export needs, rows as the store holds them."""

    articles: dict[int, Any]
    actions: dict[int, Any]
    targets: list[Any]
    matched: dict[int, list[tuple[str, float]]]  # target pk -> [(list entity id, score)]


def news_for_export(
    engine: Engine, *, authorities: list[str] | None = None, since: date | None = None
) -> NewsExport:
    """Articles, actions, targets and matching links, for the actions of `authorities`
    dated on or after `since` (an undated action counts from its article's date)."""
    conds: list[ColumnElement[bool]] = []
    if authorities:
        conds.append(actions.c.authority.in_([a.upper() for a in authorities]))
    if since:
        conds.append(func.coalesce(actions.c.date, articles.c.published) >= since)
    picked = (
        select(actions)
        .join(articles, articles.c.pk == actions.c.article_pk)
        .where(*conds)
        .order_by(actions.c.pk)
    )
    with engine.connect() as conn:
        acts = {r.pk: r for r in conn.execute(picked)}
        arts = {
            r.pk: r
            for r in conn.execute(
                select(articles).where(articles.c.pk.in_({a.article_pk for a in acts.values()}))
            )
        }
        tgts = list(
            conn.execute(
                select(targets).where(targets.c.action_pk.in_(list(acts))).order_by(targets.c.pk)
            )
        )
        matched: dict[int, list[tuple[str, float]]] = defaultdict(list)
        query = select(links.c.target_pk, links.c.entity_id, links.c.score).where(
            links.c.match.is_(True), links.c.target_pk.in_([t.pk for t in tgts])
        )
        for target_pk, entity_id, score in conn.execute(query):
            matched[target_pk].append((entity_id, float(score)))
    return NewsExport(arts, acts, tgts, dict(matched))


def current_entities_by_id(engine: Engine, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """Entities of the current list versions by id (the first list's, if two share one)."""
    wanted = list(dict.fromkeys(ids))
    out: dict[str, dict[str, Any]] = {}
    with engine.connect() as conn:
        for start in range(0, len(wanted), 500):
            query = (
                select(list_versions.c.name, list_entities.c.data)
                .join(list_versions, list_versions.c.pk == list_entities.c.version_pk)
                .where(
                    list_versions.c.is_current.is_(True),
                    list_entities.c.entity_id.in_(wanted[start : start + 500]),
                )
                .order_by(list_versions.c.name)
            )
            for entity in _current_entity_rows(conn, query):
                out.setdefault(str(entity["id"]), entity)
    return out
