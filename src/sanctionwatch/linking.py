"""Linking news targets to list entities, with the same scorer as the screening API.

Every named target of every stored action is screened against the lists now
serving. A link keeps the score, the features that explain it and the list's
listing date, so the page can show both sides' evidence and the lag between
the news and the listing. A target reported as sanctioned with no link at or
above the threshold is "reported, not listed".
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, delete, insert, select

from sanctionwatch.screening import THRESHOLD, Query
from sanctionwatch.served import Served, load_served
from sanctionwatch.store.tables import actions, articles, links, targets

SCHEMA_OF_KIND = {
    "person": "Person",
    "organization": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}
CUTOFF = 0.5  # weaker candidates are not worth showing as possible links
KEEP = 3  # candidate links kept per target


@dataclass
class LinkSummary:
    targets: int = 0
    linked: int = 0  # targets with at least one link at or above the threshold


def target_query(row: Any) -> Query:
    """A screening query from a stored news target."""
    aliases = json.loads(row.aliases) if row.aliases else []
    return Query(
        names=[row.name, *aliases],
        schema=SCHEMA_OF_KIND.get(row.kind),
        countries=[row.country] if row.country else [],
        imo=[row.imo] if row.imo else [],
    )


def relink_all(engine: Engine, served: Served | None = None) -> LinkSummary:
    """Screen every news target again and replace the links, in one transaction."""
    served = served or load_served(engine)
    summary = LinkSummary()
    rows: list[dict[str, Any]] = []
    with engine.connect() as conn:
        found = list(conn.execute(select(targets)))
    for t in found:
        summary.targets += 1
        hits = [(h, e) for h, e in served.screen(target_query(t), limit=KEEP) if h.score >= CUTOFF]
        if any(h.score >= THRESHOLD for h, _ in hits):
            summary.linked += 1
        rows.extend(_link_row(t.pk, hit, listed) for hit, listed in hits)
    with engine.begin() as conn:
        conn.execute(delete(links))
        if rows:
            conn.execute(insert(links), rows)
    return summary


def _link_row(target_pk: int, hit: Any, listed: Any) -> dict[str, Any]:
    features = [
        {
            "name": f.name,
            "score": f.score,
            "weight": f.weight,
            "detail": f.detail,
            "query": f.query_value,
            "candidate": f.candidate_value,
        }
        for f in hit.features
    ]
    return {
        "target_pk": target_pk,
        "entity_id": hit.entity_id,
        "list_name": listed.list_name,
        "caption": listed.caption,
        "score": hit.score,
        "match": hit.score >= THRESHOLD,
        "features": json.dumps(features, ensure_ascii=False),
        "listed_on": listed.listed_on,
    }


def list_links(engine: Engine, *, unlisted: bool = False) -> list[dict[str, Any]]:
    """Each news target with its best link; with `unlisted`, only imposed targets with no match.

    `lag_days` is listing date minus news date: positive when the list followed the news.
    """
    query = (
        select(
            targets.c.pk,
            targets.c.name,
            targets.c.kind,
            actions.c.authority,
            actions.c.status,
            actions.c.date,
            actions.c.background,
            articles.c.id.label("article_id"),
            articles.c.published,
        )
        .join(actions, actions.c.pk == targets.c.action_pk)
        .join(articles, articles.c.pk == actions.c.article_pk)
        .order_by(targets.c.pk)
    )
    with engine.connect() as conn:
        found = list(conn.execute(query))
        best: dict[int, Any] = {}
        for link in conn.execute(select(links).order_by(links.c.score.desc())):
            best.setdefault(link.target_pk, link)
    out = []
    for t in found:
        link = best.get(t.pk)
        matched = link is not None and link.match
        if unlisted and (matched or t.status != "imposed" or t.background):
            continue
        news_date = t.date or t.published
        lag = (
            (link.listed_on - news_date).days if matched and link.listed_on and news_date else None
        )
        out.append(
            {
                "target": t.name,
                "kind": t.kind,
                "authority": t.authority,
                "status": t.status,
                "news_date": news_date.isoformat() if news_date else None,
                "article": t.article_id,
                "entity_id": link.entity_id if link else None,
                "list": link.list_name if link else None,
                "caption": link.caption if link else None,
                "score": round(link.score, 3) if link else None,
                "match": matched,
                "listed_on": link.listed_on.isoformat() if link and link.listed_on else None,
                "lag_days": lag,
                "features": json.loads(link.features) if link else [],
            }
        )
    return out
