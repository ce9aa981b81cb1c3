"""What each page shows, built from the store as plain data for the templates."""

from __future__ import annotations

from collections import Counter
from itertools import combinations
from typing import Any

from sqlalchemy import Engine

from sanctionwatch.names import name_key
from sanctionwatch.store import ActionFilter, browse, list_actions
from sanctionwatch.store.events import get_event
from sanctionwatch.store.lists import get_list_entity
from sanctionwatch.store.profiles import profile_members_of, profiles_of
from sanctionwatch.web.highlight import Highlight, Mark, anchor, mark_text
from sanctionwatch.web.rendering import article_label


def _report_highlights(report: dict[str, Any]) -> list[Highlight]:
    spans = [
        Highlight(s["start"], s["end"], "sentence", f"{report['authority']} {report['status']}")
        for s in report["evidence"]
    ]
    for t in report["targets"]:
        spans += [Highlight(s["start"], s["end"], "name", t["name"]) for s in t["evidence"]]
    return spans


def _first_anchor(prefix: str, spans: list[dict[str, int]]) -> str | None:
    return anchor(prefix, spans[0]["start"], spans[0]["end"]) if spans else None


def report_view(report: dict[str, Any], article: dict[str, Any], prefix: str) -> dict[str, Any]:
    """One report with its article marked up and each fact's anchor in that article."""
    sentence = _first_anchor(prefix, report["evidence"])
    targets = [
        {**t, "anchor": _first_anchor(prefix, t["evidence"]) or sentence} for t in report["targets"]
    ]
    text: list[str | Mark] = mark_text(article["text"], _report_highlights(report), prefix)
    return {
        **report,
        "targets": targets,
        "sentence_anchor": sentence,
        "sentences": [anchor(prefix, s["start"], s["end"]) for s in report["evidence"]],
        "counts": {k: v for k, v in report["counts"].items() if v is not None},
        "article_full": article,
        "marked": text,
    }


def event_view(engine: Engine, event_id: str) -> dict[str, Any] | None:
    event = get_event(engine, event_id)
    if event is None:
        return None
    texts = browse.article_texts(engine, [a["id"] for a in event["actions"]])
    event["report_views"] = [
        report_view(a, texts[a["id"]], f"r{i}-")
        for i, a in enumerate(event["actions"])
        if a["id"] in texts
    ]
    event["network"] = network(event["actions"])
    event["article_labels"] = {t["id"]: article_label(t) for t in texts.values()}
    return event


def article_view(engine: Engine, article_id: str) -> dict[str, Any] | None:
    article = browse.get_article(engine, article_id)
    if article is None:
        return None
    reports = list_actions(engine, ActionFilter(action_pks=article["action_pks"]))
    spans = [h for r in reports for h in _report_highlights(r)]
    article["marked"] = mark_text(article["text"], spans)
    article["events"] = browse.events_of_actions(engine, article["action_pks"])
    article["reports"] = [report_view(r, article, "") for r in reports]
    return article


def network(reports: list[dict[str, Any]], focus: str | None = None) -> dict[str, Any]:
    """Parties sanctioned together: a node per name (by name key), an edge per pair
    of names in one action, weighted by how many actions name both."""
    nodes: dict[str, dict[str, Any]] = {}
    weights: Counter[tuple[str, str]] = Counter()
    for r in reports:
        keys = []
        for t in r["targets"]:
            key = name_key(t["name"])
            if not key:
                continue
            nodes.setdefault(key, {"id": key, "label": t["name"], "kind": t["kind"]})
            keys.append(key)
        for a, b in combinations(sorted(set(keys)), 2):
            weights[(a, b)] += 1
    focus_key = name_key(focus) if focus else None
    for key, node in nodes.items():
        node["focus"] = key == focus_key
    edges = [{"source": a, "target": b, "weight": n} for (a, b), n in sorted(weights.items())]
    return {"nodes": list(nodes.values()), "edges": edges}


def entity_by_name(engine: Engine, name: str) -> dict[str, Any]:
    """News mentions of `name` (any spelling), the list entities they match, the list
    entities with that name, and co-targets."""
    mentions = browse.target_rows_named(engine, name)
    action_pks = sorted({m["action_pk"] for m in mentions})
    events = browse.events_of_actions(engine, action_pks)
    for m in mentions:
        m["event_id"] = events.get(m["action_pk"])
    found = browse.links_of_targets(engine, [m["pk"] for m in mentions]) if mentions else []
    linked = group_links(found)
    named = browse.list_entities_named(engine, name)
    records = _records(engine, [link["entity_id"] for link in linked], named)
    return {
        "name": name,
        "mentions": mentions,
        "links": linked,
        "records": records,
        "network": _network_of(engine, action_pks, name),
    }


def group_links(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Matching links only, one row per list entity: its best score and explanation,
    and the news names (with how many mentions) that reached it."""
    rows: dict[str, dict[str, Any]] = {}
    for link in sorted(found, key=lambda r: -r["score"]):
        if not link["match"]:
            continue
        row = rows.setdefault(link["entity_id"], {**link, "via": Counter(), "mentions": 0})
        row["mentions"] += 1
        if link.get("target_name"):
            row["via"][link["target_name"]] += 1
    for row in rows.values():
        row["via"] = sorted(row["via"].items())
    return list(rows.values())


def entity_by_id(engine: Engine, entity_id: str) -> dict[str, Any] | None:
    """A list entity's profile (it and the entries of other lists that are the same
    party), the news targets linked to any of them, and those targets' mentions."""
    record = get_list_entity(engine, entity_id)
    if record is None and not browse.links_of_entity(engine, entity_id):
        return None
    profile_id = profiles_of(engine, [entity_id]).get(entity_id)
    members = profile_members_of(engine, profile_id) if profile_id else []
    member_ids = [m["entity_id"] for m in members] or [entity_id]
    found = [link for i in member_ids for link in browse.links_of_entity(engine, i)]
    names = sorted({link["target_name"] for link in found if link["match"]})
    mentions = [m for n in names for m in browse.target_rows_named(engine, n)]
    unique = {m["pk"]: m for m in mentions}
    action_pks = sorted({m["action_pk"] for m in unique.values()})
    events = browse.events_of_actions(engine, action_pks)
    for m in unique.values():
        m["event_id"] = events.get(m["action_pk"])
    name = record_caption(record) if record else (names[0] if names else entity_id)
    known = [record] if record else []
    return {
        "name": name,
        "entity_id": entity_id,
        "mentions": list(unique.values()),
        "links": group_links(found),
        "records": _records(engine, member_ids, known),
        "network": _network_of(engine, action_pks, names[0] if names else name),
    }


def _network_of(engine: Engine, action_pks: list[int], focus: str) -> dict[str, Any]:
    rows = browse.co_targets(engine, action_pks) if action_pks else []
    by_action: dict[int, list[dict[str, Any]]] = {}
    for r in rows:
        by_action.setdefault(r["action_pk"], []).append(r)
    return network([{"targets": ts} for ts in by_action.values()], focus)


def _records(
    engine: Engine, entity_ids: list[str], known: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """The profiles of the list records of `entity_ids` and `known`: the entries of
    every list that are one party shown together, each entry with its listings
    (programme, listing date) from the Sanctions that name it."""
    by_id = {str(r.get("id")): r for r in known}
    for entity_id in dict.fromkeys(entity_ids):
        if entity_id not in by_id and (record := get_list_entity(engine, entity_id)):
            by_id[entity_id] = record
    profile_ids = profiles_of(engine, list(by_id))
    reasons: dict[str, list[str]] = {}
    for pid in dict.fromkeys(profile_ids.values()):
        for member in profile_members_of(engine, pid):
            reasons[member["entity_id"]] = member["reasons"]
            profile_ids[member["entity_id"]] = pid
            missing = member["entity_id"] not in by_id
            if missing and (extra := get_list_entity(engine, member["entity_id"])):
                by_id[member["entity_id"]] = extra
    listings = browse.sanctions_of(engine, list(by_id))
    groups: dict[str, list[dict[str, Any]]] = {}
    for entity_id, record in by_id.items():
        view = record_view(record)
        view["listings"] = [browse.listing_summary(s) for s in listings.get(entity_id, [])]
        view["reasons"] = reasons.get(entity_id, [])
        groups.setdefault(profile_ids.get(entity_id) or f"single:{entity_id}", []).append(view)
    return [_profile_view(pid, members) for pid, members in groups.items()]


def _profile_view(profile_id: str, members: list[dict[str, Any]]) -> dict[str, Any]:
    """One party across lists: every list, programme, listing date and name at a glance."""
    names: list[str] = []
    for m in members:
        props = m["properties"]
        names += [*props.get("name", []), *props.get("alias", []), *props.get("weakAlias", [])]
    listings = [dict(listing, entity_id=m["id"]) for m in members for listing in m["listings"]]
    return {
        "profile_id": None if profile_id.startswith("single:") else profile_id,
        "caption": members[0]["caption"],
        "schema": members[0]["schema"],
        "lists": sorted({d for m in members for d in m["datasets"]}),
        "names": sorted(set(names), key=str.casefold),
        "listings": sorted(listings, key=lambda x: (x["listing_date"] or "9999", x["list"])),
        "members": members,
    }


def record_view(record: dict[str, Any]) -> dict[str, Any]:
    """A list entity with the keys the page shows, whatever the file left out."""
    return {
        "id": str(record.get("id", "")),
        "schema": str(record.get("schema", "")),
        "caption": record_caption(record),
        "datasets": list(record.get("datasets") or []),
        "properties": record.get("properties") or {},
    }


def record_caption(record: dict[str, Any]) -> str:
    names = (record.get("properties") or {}).get("name") or []
    return str(record.get("caption") or (names[0] if names else record.get("id", "")))
