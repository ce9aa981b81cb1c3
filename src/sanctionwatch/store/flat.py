"""The store as flat tables (events, actions, targets, links), for CSV and Parquet."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Engine, select

from sanctionwatch.model import TARGET_KINDS
from sanctionwatch.store.tables import (
    actions,
    articles,
    event_actions,
    events,
    links,
    targets,
)

TABLES = ("events", "actions", "targets", "links")


def table_rows(engine: Engine, name: str) -> Iterator[dict[str, Any]]:
    """Rows of one exported table, with plain values (ISO dates, joined lists)."""
    query = _QUERIES[name]()
    with engine.connect() as conn:
        for row in conn.execute(query):
            yield {
                k: (v.isoformat() if hasattr(v, "isoformat") else v)
                for k, v in row._mapping.items()
            }


def _events() -> Any:
    return select(
        events.c.event_id.label("event_id"),
        events.c.authority,
        events.c.status,
        events.c.date,
        events.c.reports,
        events.c.title,
    ).order_by(events.c.date.desc().nulls_last(), events.c.event_id)


def _actions() -> Any:
    return (
        select(
            actions.c.pk.label("action_id"),
            events.c.event_id,
            articles.c.id.label("article_id"),
            articles.c.url.label("article_url"),
            articles.c.published.label("article_published"),
            actions.c.authority,
            actions.c.agency,
            actions.c.status,
            actions.c.date,
            *[actions.c[f"count_{k}"] for k in TARGET_KINDS],
            actions.c.measures,
            actions.c.target_countries,
            actions.c.program,
            actions.c.reason,
            actions.c.background,
            actions.c.evidence,
        )
        .join(articles, articles.c.pk == actions.c.article_pk)
        .outerjoin(event_actions, event_actions.c.action_pk == actions.c.pk)
        .outerjoin(events, events.c.pk == event_actions.c.event_pk)
        .order_by(actions.c.pk)
    )


def _targets() -> Any:
    return select(
        targets.c.pk.label("target_id"),
        targets.c.action_pk.label("action_id"),
        targets.c.name,
        targets.c.kind,
        targets.c.role,
        targets.c.country,
        targets.c.aliases,
        targets.c.imo,
        targets.c.evidence,
    ).order_by(targets.c.pk)


def _links() -> Any:
    return select(
        links.c.target_pk.label("target_id"),
        links.c.entity_id,
        links.c.list_name,
        links.c.caption,
        links.c.score,
        links.c.match,
        links.c.listed_on,
        links.c.features,
    ).order_by(links.c.target_pk, links.c.score.desc())


_QUERIES = {"events": _events, "actions": _actions, "targets": _targets, "links": _links}
