"""Keys on writes, JSON-only bodies, no CORS by default, security headers on every answer,
range-checked integers (issue 9, defects 5, 6 and 7)."""

from __future__ import annotations

import threading
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from sanctionwatch.api.matching import Matcher
from tests.api.conftest import (
    API_KEY,
    DEMO,
    KEYED,
    TokenMatcher,
    demo_store,
    load_list,
    make_app,
    serve,
)

BODY = {"queries": {"q1": {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}}}
NEW = {"id": "demo-new", "schema": "Person", "properties": {"name": ["Pak Jong Chon"]}}
NEWER = {"id": "demo-newer", "schema": "Person", "properties": {"name": ["Ri Song Hyok"]}}


@pytest.mark.parametrize(
    ("headers", "status", "message"),
    [
        ({}, 401, "An API key is needed"),
        ({"Authorization": "Bearer wrong"}, 403, "not valid"),
        ({"X-API-Key": API_KEY[:-1]}, 403, "not valid"),
        ({"Authorization": "Basic dGVzdA=="}, 401, "An API key is needed"),
    ],
)
def test_writes_need_a_valid_key(
    client: httpx.Client, headers: dict[str, str], status: int, message: str
) -> None:
    response = client.post("/updatez", headers=headers)
    assert response.status_code == status
    body = response.json()
    assert body["status"] == status and message in body["detail"]
    assert body["errors"] == [{"loc": "request", "msg": body["detail"]}]


@pytest.mark.parametrize(
    "headers",
    [KEYED, {"X-API-Key": API_KEY}, {"Authorization": "Bearer test-key-2"}],
    ids=["bearer", "x-api-key", "second-key"],
)
def test_any_configured_key_opens_writes(client: httpx.Client, headers: dict[str, str]) -> None:
    assert client.post("/updatez", headers=headers).json() == {"status": "ok"}


def test_every_configured_key_is_compared_in_constant_time(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # SECURITY.md: keys are compared in constant time, and every one of them, so the
    # time taken tells nothing of which key (or how much of one) was close.
    from sanctionwatch.api import security

    compared: list[tuple[bytes, bytes]] = []

    def digest(a: bytes, b: bytes) -> bool:
        compared.append((a, b))
        return a == b

    monkeypatch.setattr(security.hmac, "compare_digest", digest)
    guard = security.Guard(
        None,  # type: ignore[arg-type]
        keys=["k1", "k2", "k3"],
        keys_for_reads=False,
        max_body=1,
    )
    assert guard._known(b"k1") and not guard._known(b"k")
    assert compared == [(k, g) for g in (b"k1", b"k") for k in (b"k1", b"k2", b"k3")]


def test_reads_are_open_by_default(client: httpx.Client) -> None:
    assert client.post("/match/default", json=BODY).status_code == 200
    assert client.get("/entities/demo-kim").status_code == 200


def test_without_configured_keys_writes_are_refused(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine, api_keys=[])) as url:
        response = httpx.post(f"{url}/updatez", headers=KEYED)
        assert response.status_code == 403
        assert "SANCTIONWATCH_API_KEYS" in response.json()["detail"]


def test_keyed_reads_leave_health_open(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine, keys_for_reads=True)) as url, httpx.Client(base_url=url) as http:
        assert http.get("/healthz").status_code == 200
        assert http.get("/readyz").status_code == 200
        assert http.post("/match/default", json=BODY).status_code == 401
        assert http.get("/web/events").status_code == 401
        assert http.post("/match/default", json=BODY, headers=KEYED).status_code == 200


@pytest.mark.parametrize(
    "content_type",
    [None, "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; b=x"],
)
def test_bodies_must_be_json(client: httpx.Client, content_type: str | None) -> None:
    # What a cross-site page can post without a preflight: never read as a query.
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/match/default", content=b'{"queries": {}}', headers=headers)
    assert response.status_code == 415
    assert "application/json" in response.json()["detail"]


def test_json_with_a_charset_is_json(client: httpx.Client) -> None:
    headers = {"Content-Type": "application/json; charset=utf-8"}
    response = client.post(
        "/match/default", content=httpx.Request("POST", "/", json=BODY).content, headers=headers
    )
    assert response.status_code == 200


def test_no_cors_unless_configured(client: httpx.Client) -> None:
    origin = {"Origin": "https://evil.example"}
    simple = client.post("/match/default", json=BODY, headers=origin)
    assert "access-control-allow-origin" not in simple.headers
    preflight = client.options(
        "/match/default", headers={**origin, "Access-Control-Request-Method": "POST"}
    )
    assert "access-control-allow-origin" not in preflight.headers


def test_configured_cors_origins(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SANCTIONWATCH_API_CORS_ORIGINS", "https://ok.example")
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine)) as url, httpx.Client(base_url=url) as http:
        ok = http.get("/catalog", headers={"Origin": "https://ok.example"})
        assert ok.headers["access-control-allow-origin"] == "https://ok.example"
        other = http.get("/catalog", headers={"Origin": "https://evil.example"})
        assert "access-control-allow-origin" not in other.headers


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/healthz"),
        ("GET", "/docs"),
        ("GET", "/openapi.json"),
        ("GET", "/web/static/app.css"),
        ("GET", "/web/static/screen.js"),
        ("GET", "/web/events"),
        ("GET", "/entities/nope"),
        ("GET", "/no/such/path"),
        ("POST", "/updatez"),
        ("POST", "/match/default"),
    ],
)
def test_every_answer_carries_security_headers(
    client: httpx.Client, method: str, path: str
) -> None:
    response = client.request(method, path, content=b"x", headers={"Content-Type": "text/plain"})
    headers = response.headers
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "no-referrer"
    assert "frame-ancestors 'none'" in headers["content-security-policy"]


def test_only_the_docs_may_run_their_script(client: httpx.Client) -> None:
    assert "script-src" not in client.get("/catalog").headers["content-security-policy"]
    assert "default-src 'none'" in client.get("/catalog").headers["content-security-policy"]
    assert "script-src" in client.get("/docs").headers["content-security-policy"]


@pytest.mark.parametrize(
    "path",
    [
        "/watch/changes?party=9999999999999999999",
        "/watch/changes?party=-1",
        "/watch/changes?party=%C2%B2",
        "/watch/changes?limit=9999999999999999999",
        "/search/default?offset=9999999999999999999",
        "/search/default?limit=9999999999999999999",
        "/match/default?limit=9999999999999999999",
        "/updatez?wait=1e308",
    ],
)
def test_oversized_integers_are_400_and_the_connection_lives(
    client: httpx.Client, path: str
) -> None:
    # Defect 6: these were 500s, and the next request on the connection was reset.
    method = "GET" if path.startswith(("/watch", "/search")) else "POST"
    response = client.request(method, path, json=BODY, headers=KEYED)
    assert response.status_code == 400, response.text
    assert client.get("/healthz").status_code == 200


def test_updatez_waits_for_a_build_already_running(tmp_path: Path) -> None:
    """Defect 5: with another build holding the lock, /updatez said ok at once while
    the old version still served."""
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    building, release = threading.Event(), threading.Event()
    builds: list[int] = []

    def slow_second(entities: Iterable[dict[str, Any]]) -> Matcher:
        builds.append(1)
        if len(builds) == 2:
            building.set()
            release.wait(20)
        return TokenMatcher(entities)

    app = make_app(engine, matcher_factory=slow_second)
    with (
        serve(app) as url,
        httpx.Client(base_url=url, timeout=30) as http,
        ThreadPoolExecutor(1) as ex,
    ):
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        background = ex.submit(app.state.holder.refresh)  # the periodic check, say
        assert building.wait(10)
        load_list(engine, "demo", [*DEMO, NEW, NEWER], "demo-3")
        early = http.post("/updatez", params={"wait": 0.3}, headers=KEYED)
        assert early.status_code == 202 and early.json()["status"] == "building"
        assert http.get("/entities/demo-newer").status_code == 404
        release.set()
        assert http.post("/updatez", headers=KEYED).json() == {"status": "ok"}
        assert background.result() is True
        assert http.get("/entities/demo-newer").status_code == 200


def test_the_page_writes_need_no_key_but_are_refused_from_another_site(tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    review = {
        "query": {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}},
        "entity_id": "demo-kim",
        "decision": "dismissed",
        "reason": "born 1985",
        "user": "ana",
    }
    form = {"entity_a": "demo-kim", "decision": "different", "reason": "x", "user": "ana"}
    with TestClient(make_app(demo_store(f"sqlite:///{tmp_path / 'page.db'}"))) as client:
        for headers in ({"Origin": "https://evil.example"}, {"Sec-Fetch-Site": "cross-site"}):
            refused = client.post("/web/profiles/judge", data=form, headers=headers)
            assert refused.status_code == 403, headers
            assert "another site" in refused.json()["detail"]
            refused = client.post("/web/reviews", json=review, headers=headers)
            assert refused.status_code == 403, headers
        own = client.post("/web/reviews", json=review, headers={"Origin": "http://testserver"})
        assert own.status_code == 201 and own.json()["decision"] == "dismissed"
        bad = client.post("/web/reviews", json={**review, "decision": "maybe"})
        assert bad.status_code == 400 and bad.json()["errors"][0]["loc"] == "body"
        malformed = client.post("/web/reviews", json={"decision": "dismissed"})
        assert malformed.status_code in (400, 422) and malformed.json()["errors"]
        # the API's own endpoint for the same decision still needs a key
        assert client.post("/reviews", json=review).status_code == 401
