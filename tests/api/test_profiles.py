"""One party on two lists: /match shows it once, /entities names the other entry."""

from __future__ import annotations

import threading
from pathlib import Path

import httpx

from sanctionwatch.api.matching import build_matcher
from sanctionwatch.store.profiles import build_profiles
from tests.api.conftest import KEYED, _entity, demo_store, load_list, make_app, serve


def _ready(base: str) -> str:
    """Wait for the index (built in the background, so a loaded machine cannot time out
    the server's start)."""
    for _ in range(600):
        if httpx.get(f"{base}/readyz", timeout=60).status_code == 200:
            return base
        threading.Event().wait(0.2)
    raise AssertionError("the index was not built in two minutes")


OTHER = [_entity("uk-kim", "Person", name=["KIM, Yong Bok"], birthDate=["1961-03-02"])]


def test_a_profile_is_one_result_with_its_members_as_referents(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 'p.db'}")
    load_list(engine, "uk", OTHER, "u1")
    build_profiles(engine)
    app = make_app(engine, matcher_factory=build_matcher, wait_for_index=False)
    with serve(app) as started:
        base = _ready(started)
        query = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}}}
        body = httpx.post(f"{base}/match/default", json=query, timeout=60).json()
        results = body["responses"]["q"]["results"]
        kims = [r for r in results if r["id"] in ("demo-kim", "uk-kim")]
        assert len(kims) == 1  # not one hit per list
        [kim] = kims
        other = "uk-kim" if kim["id"] == "demo-kim" else "demo-kim"
        assert other in kim["referents"] and {"demo", "uk"} <= set(kim["datasets"])
        entity = httpx.get(f"{base}/entities/demo-kim", timeout=60).json()
        assert entity["referents"] == ["uk-kim"]


def test_first_and_last_seen_are_filled(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine)) as base:
        entity = httpx.get(f"{base}/entities/demo-kim", params={"nested": "false"}, timeout=60)
        body = entity.json()
        assert body["first_seen"] and body["last_seen"]
        assert body["first_seen"] <= body["last_seen"]


def test_reviews_over_http_show_on_match_results(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 'r.db'}")
    app = make_app(engine, matcher_factory=build_matcher, wait_for_index=False)
    with serve(app) as started:
        base = _ready(started)
        query = {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}
        review = {
            "query": query,
            "entity_id": "demo-kim",
            "decision": "dismissed",
            "reason": "other person: born 1985",
            "user": "ana",
        }
        unkeyed = httpx.post(f"{base}/reviews", json=review, timeout=60)
        assert unkeyed.status_code == 401  # a decision over the API is a write
        posted = httpx.post(f"{base}/reviews", json=review, headers=KEYED, timeout=60)
        assert posted.status_code == 201, posted.text
        body = httpx.post(f"{base}/match/default", json={"queries": {"q": query}}, timeout=60)
        [kim] = [r for r in body.json()["responses"]["q"]["results"] if r["id"] == "demo-kim"]
        assert kim["review"]["decision"] == "dismissed" and kim["review"]["user"] == "ana"
        bad = httpx.post(
            f"{base}/reviews", json={**review, "decision": "maybe"}, headers=KEYED, timeout=60
        )
        assert bad.status_code == 400 and "confirmed, dismissed" in bad.json()["detail"]
        listed = httpx.get(f"{base}/reviews", timeout=60).json()["reviews"]
        assert [r["entity_id"] for r in listed] == ["demo-kim"]


def test_catalog_titles_are_human_and_summaries_hold_no_path(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 'c.db'}")
    load_list(engine, "un_sc", [_entity("un-x", "Person", name=["X Y"])], "u")
    with serve(make_app(engine)) as base:
        datasets = {
            d["name"]: d for d in httpx.get(f"{base}/catalog", timeout=60).json()["datasets"]
        }
    assert datasets["un_sc"]["title"] == "UN Security Council Consolidated List"
    assert datasets["demo"]["title"] == "Demo"
    for d in datasets.values():
        assert ".json" not in d["summary"] and "/" not in d["summary"], d["summary"]
