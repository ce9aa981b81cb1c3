"""Profiles in API answers: one party across lists shows once, its members as `referents`.

A post-processing step over finished response bodies, so the matching and
entity code stays as it is: yente lists the source entries merged into an
entity under `referents`, and so does this API.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Engine

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.store.profiles import profile_members_of, profiles_of
from sanctionwatch.store.reviews import reviews_for, subject_of_example


def _members(engine: Engine, profile_ids: set[str]) -> dict[str, list[dict[str, Any]]]:
    return {pid: profile_members_of(engine, pid) for pid in profile_ids}


def with_referents(engine: Engine, entity: dict[str, Any]) -> dict[str, Any]:
    """An /entities body with the other entries of its profile in `referents`."""
    entity_id = str(entity.get("id"))
    profile_id = profiles_of(engine, [entity_id]).get(entity_id)
    if profile_id is None:
        return entity
    members = profile_members_of(engine, profile_id)
    others = [m["entity_id"] for m in members if m["entity_id"] != entity_id]
    datasets = [m["list_name"] for m in members]
    return {
        **entity,
        "referents": sorted({*entity.get("referents", []), *others}),
        "datasets": sorted({*entity.get("datasets", []), *datasets}),
    }


def collapse_results(engine: Engine, body: dict[str, Any]) -> dict[str, Any]:
    """A /match body where each profile appears once per query: its best-scoring entry,
    with the other entries of the profile in `referents` and all their lists in
    `datasets`."""
    ids = [r["id"] for resp in body.get("responses", {}).values() for r in resp["results"]]
    profile_of = profiles_of(engine, ids)
    members = _members(engine, set(profile_of.values()))
    for response in body.get("responses", {}).values():
        seen: set[str] = set()
        kept = []
        for result in response["results"]:
            pid = profile_of.get(result["id"])
            if pid is None:
                kept.append(result)
                continue
            if pid in seen:
                continue
            seen.add(pid)
            group = members[pid]
            others = {m["entity_id"] for m in group} - {result["id"]}
            result["referents"] = sorted({*result.get("referents", []), *others})
            result["datasets"] = sorted(
                {*result.get("datasets", []), *(m["list_name"] for m in group)}
            )
            kept.append(result)
        _add_reviews(engine, response.get("query") or {}, kept)
        dropped = len(response["results"]) - len(kept)
        response["results"] = kept
        if dropped and isinstance(response.get("total"), dict):
            response["total"]["value"] = max(0, response["total"]["value"] - dropped)
    return body


def _add_reviews(engine: Engine, query: dict[str, Any], results: list[dict[str, Any]]) -> None:
    """Each result's decision in force for the queried party (POST /reviews), or null."""
    if not results:
        return
    try:
        subject = subject_of_example(query.get("schema"), query.get("properties") or {})
    except SanctionWatchError:  # a query with no name has no reviewed party
        return
    decided = reviews_for(engine, subject, [r["id"] for r in results])
    for result in results:
        result["review"] = decided.get(result["id"])
