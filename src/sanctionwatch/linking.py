"""Linking news targets to list entities, with the same scorer as the screening API.

Every named target of every stored action is screened against the lists now
serving. A link keeps the score, the features that explain it and the list's
listing date, so the page can show both sides' evidence and the lag between
the news and the listing. A target reported as sanctioned with no link at or
above the threshold is "reported, not listed"; its nearest candidate is kept, so
the reader sees what it nearly matched.

The work follows what changed: an ingest screens only targets never screened
(`link_new_targets`); a list change re-screens only the targets its added, removed
or changed entities can touch (`update_links`). `relink_all` redoes everything.

The extractor's person/organisation typing is a guess from context ("Gazprom Neft"
can come out as a person), so such targets are also screened as a party of any kind,
and the better score per list entity is kept.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine

from sanctionwatch.screening import THRESHOLD, Hit, Index, Query, prepare
from sanctionwatch.served import Listed, Served, load_served, matchable
from sanctionwatch.store.links import (
    all_targets,
    link_counts,
    replace_links,
    targets_linked_to,
    targets_with_best_link,
    unchecked_targets,
)
from sanctionwatch.store.versions import EntityChanges, entity_changes, read_basis

log = logging.getLogger(__name__)

SCHEMA_OF_KIND = {
    "person": "Person",
    "organization": "Organization",
    "vessel": "Vessel",
    "aircraft": "Airplane",
}
# Kinds the extractor infers from wording alone; a target of these kinds is also
# compared with list entities of any kind.
UNCERTAIN_KINDS = ("person", "organization")
# A list entity of another kind than the news says is a match only on (nearly) the same
# name: the kind was a guess, but a short name scored against any kind finds look-alikes
# ('Putin' ~ the vessel 'Python' scores 0.9).
OTHER_KIND_MATCH = 0.95
CUTOFF = 0.5  # weaker candidates are not worth showing as possible links
KEEP = 3  # candidate links kept per target


@dataclass
class LinkSummary:
    targets: int = 0
    linked: int = 0  # targets with at least one link at or above the threshold
    screened: int = 0  # targets screened by this call


def target_queries(row: Any) -> list[Query]:
    """Screening queries for a stored news target: its kind, and any kind when unsure."""
    aliases = json.loads(row.aliases) if row.aliases else []
    fields: dict[str, Any] = {
        "names": [row.name, *aliases],
        "countries": [row.country] if row.country else [],
        "imo": [row.imo] if row.imo else [],
    }
    queries = [Query(schema=SCHEMA_OF_KIND.get(row.kind), **fields)]
    if row.kind in UNCERTAIN_KINDS and not row.imo:
        queries.append(Query(schema=None, **fields))
    return queries


def target_query(row: Any) -> Query:
    """The query of the target's own kind."""
    return target_queries(row)[0]


def screen_target(served: Served, row: Any) -> list[tuple[Hit, Listed]]:
    """The kept candidates for one target, best first: up to KEEP at or above CUTOFF,
    else the single nearest one (so `links --unlisted` can say what it nearly matched)."""
    best: dict[str, tuple[Hit, Listed]] = {}
    for query in target_queries(row):
        for hit, listed in served.screen(query, limit=KEEP):
            have = best.get(hit.entity_id)
            if have is None or hit.score > have[0].score:
                best[hit.entity_id] = (hit, listed)
    ranked = sorted(best.values(), key=lambda p: (-p[0].score, p[0].entity_id))
    # Matches first (a same-kind 0.8 outranks an other-kind 0.9, which is no match).
    ranked.sort(key=lambda p: not is_match(row.kind, *p))
    kept = [p for p in ranked if p[0].score >= CUTOFF][:KEEP]
    return kept or [p for p in ranked[:1] if p[0].score > 0]


def is_match(kind: str, hit: Hit, listed: Listed) -> bool:
    """At or above the threshold; across kinds, at or above OTHER_KIND_MATCH."""
    if other_kind(kind, listed.schema):
        return hit.score >= max(THRESHOLD, OTHER_KIND_MATCH)
    return hit.score >= THRESHOLD


def other_kind(kind: str, schema: str | None) -> bool:
    """True when a list entity's schema is plainly another kind than the news target's."""
    return bool(schema) and _kind_of(schema or "") not in (None, kind)


def _link_rows(served: Served, found: list[Any]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for t in found:
        rows.extend(
            _link_row(t.pk, hit, listed, is_match(t.kind, hit, listed))
            for hit, listed in screen_target(served, t)
        )
    return rows


def relink_all(engine: Engine, served: Served | None = None) -> LinkSummary:
    """Screen every news target again and replace all links, in one transaction."""
    served = served or load_served(engine)
    found = all_targets(engine)
    replace_links(engine, None, _link_rows(served, found), basis=served.basis)
    return _summary(engine, len(found))


def link_new_targets(engine: Engine, served: Served | None = None) -> LinkSummary:
    """Screen the targets never screened before (what an ingest calls after storing).

    The summary counts those targets and those of them with a match, not the store's
    (counting the store cost each ingest a pass over every link and target).
    """
    found = unchecked_targets(engine)
    if not found:
        return LinkSummary()
    served = served or load_served(engine)
    rows = _link_rows(served, found)
    replace_links(engine, [t.pk for t in found], rows)
    linked = len({r["target_pk"] for r in rows if r["match"]})
    return LinkSummary(targets=len(found), linked=linked, screened=len(found))


def update_links(engine: Engine, served: Served | None = None) -> LinkSummary:
    """Bring the links up to date with the lists now serving, screening only what changed.

    Re-screened: targets linked to an entity removed or changed since the links were
    made, targets whose names share an index key with an added or changed entity (only
    those can retrieve it), and targets never screened. Without a record of what the
    links reflect, or when an old version's entities are gone, everything is redone.
    """
    served = served or load_served(engine)
    old = read_basis(engine, "links")
    if old is None:
        return relink_all(engine, served)
    changes = entity_changes(engine, old, served.basis)
    if not changes.complete:
        log.info("links: the previous list versions are pruned; re-linking every target")
        return relink_all(engine, served)
    found = all_targets(engine)
    affected = targets_linked_to(engine, changes.stale)
    delta = delta_index(changes)
    if delta is not None:
        affected |= {t.pk for t in found if touches(delta, target_queries(t))}
    unchecked = {t.pk for t in unchecked_targets(engine)}
    redo = [t for t in found if t.pk in affected or t.pk in unchecked]
    replace_links(engine, [t.pk for t in redo], _link_rows(served, redo), basis=served.basis)
    return _summary(engine, len(redo))


def delta_index(changes: EntityChanges) -> Index | None:
    """An index over the added and changed parties alone; None when there are none."""
    parties = [data for _, data in changes.fresh if matchable(data.get("schema"))]
    return Index.build(parties) if parties else None


def touches(delta: Index, queries: list[Query]) -> bool:
    """Could any of `queries` retrieve an entity of `delta` from the full index?

    The full index retrieves only entities sharing a name key (or an identifier) with the
    query; the small index holds the same keys for the changed entities, and its typo
    neighbours are a superset of the full index's. So no candidate means no change.
    """
    return any(delta.candidates(prepare(q), depth=1) for q in queries)


def _summary(engine: Engine, screened: int) -> LinkSummary:
    total, linked = link_counts(engine)
    return LinkSummary(total, linked, screened)


def _link_row(target_pk: int, hit: Hit, listed: Listed, match: bool) -> dict[str, Any]:
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
        "schema": listed.schema,
        "score": hit.score,
        "match": match,
        "features": json.dumps(features, ensure_ascii=False),
        "listed_on": listed.listed_on,
    }


def list_links(engine: Engine, *, unlisted: bool = False) -> list[dict[str, Any]]:
    """Each news target with its best link; with `unlisted`, only imposed targets with no match.

    `lag_days` is listing date minus news date: positive when the list followed the news.
    For an unlisted target the link fields name its nearest candidate (`match` false).
    """
    found, best = targets_with_best_link(engine)
    out = []
    for t in found:
        link = best.get(t.pk)
        matched = link is not None and link.match
        if unlisted and (matched or t.status != "imposed" or t.background):
            continue
        news_date = t.date or t.published
        lag = (
            (link.listed_on - news_date).days
            if link is not None and link.match and link.listed_on and news_date
            else None
        )
        schema = link.schema if link is not None else None
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
                "schema": schema,
                # The news typed it one kind, the list entity is another (see UNCERTAIN_KINDS).
                "other_kind": other_kind(t.kind, schema),
                "score": round(link.score, 3) if link else None,
                "match": matched,
                "listed_on": link.listed_on.isoformat() if link and link.listed_on else None,
                "lag_days": lag,
                "features": json.loads(link.features) if link else [],
            }
        )
    return out


def _kind_of(schema: str) -> str | None:
    if schema in ("Organization", "Company", "PublicBody", "LegalEntity"):
        return "organization"
    return {"Person": "person", "Vessel": "vessel", "Airplane": "aircraft"}.get(schema)
