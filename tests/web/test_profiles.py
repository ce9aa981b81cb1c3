"""Profiles on the page: one party across lists, and judgements that split or join."""

from __future__ import annotations

from pathlib import Path

from tests.web.conftest import TestClient, build_store, make_app, soup


def _profiles(client: TestClient) -> list[str]:
    page = soup(client.get("/web/entity", params={"id": "demo-kim"}).text)
    return [p.select_one(".profile-summary").text for p in page.select("#records .profile")]


def test_split_off_and_join_again_are_stored_and_reversible(tmp_path: Path) -> None:
    engine = build_store(f"sqlite:///{tmp_path / 'p.db'}")
    with TestClient(make_app(engine)) as client:
        assert _profiles(client) == ["One party on 2 lists (2 entries): demo, other"]
        form = {
            "entity_a": "other-kim",
            "decision": "different",
            "reason": "born elsewhere per the UK notice",
            "user": "ana",
            "back": "/web/entity?id=demo-kim",
        }
        response = client.post("/web/profiles/judge", data=form, follow_redirects=False)
        assert response.status_code == 303
        assert response.headers["location"] == "/web/entity?id=demo-kim"
        assert _profiles(client) == ["On demo"]  # other-kim split off
        join = {**form, "entity_a": "demo-kim", "entity_b": "other-kim", "decision": "same"}
        client.post("/web/profiles/judge", data=join)
        assert _profiles(client) == ["One party on 2 lists (2 entries): demo, other"]


def test_a_judgement_needs_a_reason_and_a_name(tmp_path: Path) -> None:
    engine = build_store(f"sqlite:///{tmp_path / 'q.db'}")
    with TestClient(make_app(engine)) as client:
        form = {"entity_a": "other-kim", "decision": "different", "reason": "", "user": "ana"}
        response = client.post("/web/profiles/judge", data=form)
        assert response.status_code == 400
        assert "needs a reason" in soup(response.text).select_one(".error-box").text
        offsite = {**form, "reason": "x", "back": "https://evil.example/"}
        response = client.post("/web/profiles/judge", data=offsite, follow_redirects=False)
        assert not response.headers["location"].startswith("https://evil")
