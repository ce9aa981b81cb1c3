"""The fast lane (`api/fastlane.py`) answers the common /match, /search and /entities
request past the middleware stack exactly as the stack does (status, body, headers),
and hands everything else to it: refusals of the guard, parameters or bodies the
quick routes leave to FastAPI, CORS requests, other paths."""

from __future__ import annotations

from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from sanctionwatch.api.app import SanctionWatchAPI
from sanctionwatch.api.fastlane import FastLane
from tests.api.conftest import API_KEY, make_app, serve

PERSON = {"schema": "Person", "properties": {"name": ["Kim Yong Bok"], "country": ["kp"]}}
BODY = {"queries": {"q1": PERSON, "q2": {"schema": "Company", "properties": {"name": "ACME"}}}}
JSON = {"Content-Type": "application/json"}
MAX_BODY = 4000
# (method, path, headers, body bytes or None, whether the fast lane answers it)
CASES: list[tuple[str, str, dict[str, str], Any, bool]] = [
    ("POST", "/match/default", {}, BODY, True),
    ("POST", "/match/default?limit=1&threshold=0.9&cutoff=0.2", {}, BODY, True),
    ("POST", "/match/demo", {}, BODY, True),
    ("POST", "/match/nosuch", {}, BODY, True),  # a 404 from the endpoint
    ("POST", "/match/default?algorithm=nosuch", {}, BODY, True),  # a 400 from it
    ("POST", "/match/default?limit=999999", {}, BODY, True),
    ("POST", "/match/default", {}, {"queries": {}}, True),
    ("POST", "/match/default?limit=-1", {}, BODY, False),  # FastAPI words the error
    ("POST", "/match/default?topics=sanction", {}, BODY, False),
    ("POST", "/match/default", {}, {"queries": "Kim"}, False),  # does not validate
    ("POST", "/match/default", {}, b"{not json", False),
    ("POST", "/match/default", {}, None, False),  # no body at all
    ("POST", "/match/default", {"Content-Type": "text/plain"}, b"{}", False),  # 415
    ("POST", "/match/default", {}, {"queries": {"q": {"x": "y" * MAX_BODY}}}, False),  # 413
    ("GET", "/match/default", {}, None, False),  # 405
    ("GET", "/search/default?q=kim", {}, None, True),
    ("GET", "/search/default?q=kim&schema=Person&limit=1&offset=1", {}, None, True),
    ("GET", "/search/nosuch?q=kim", {}, None, True),
    ("GET", "/search/default?q=kim&countries=kp", {}, None, False),
    ("GET", "/search/default?q=kim&limit=007", {}, None, False),
    ("GET", "/entities/demo-kim", {}, None, True),
    ("GET", "/entities/demo-kim?nested=false", {}, None, True),
    ("GET", "/entities/nosuch", {}, None, True),
    ("GET", "/entities/demo-kim?nested=maybe", {}, None, False),
    ("GET", "/entities/demo-kim/more", {}, None, False),  # no such route: 404
    ("HEAD", "/entities/demo-kim", {}, None, False),
    ("GET", "/healthz", {}, None, False),
    ("GET", "/catalog", {}, None, False),
    ("POST", "/updatez", {}, None, False),  # a write with no key: 401
]


def _send(http: httpx.Client, method: str, path: str, headers: dict[str, str], body: Any) -> Any:
    if isinstance(body, dict):
        answer = http.request(method, path, json=body, headers=headers)
    else:
        answer = http.request(method, path, content=body, headers={**JSON, **headers})
    kept = sorted((k, v) for k, v in answer.headers.items() if k not in ("date", "server"))
    return answer.status_code, answer.content, kept


def _compare(
    app: SanctionWatchAPI, url: str, cases: list[Any], headers: dict[str, str] | None = None
) -> list[Any]:
    """Each case's answer with the fast lane and without it (equal), and which the
    lane answered itself."""
    lane = app.fast_lane
    assert lane is not None
    handed: list[str] = []

    class Counting(FastLane):
        """The lane, noting each request it hands to the stack."""

        def __init__(self) -> None:
            vars(self).update(vars(lane))

        async def __call__(
            self, owner: Any, scope: Any, receive: Any, send: Any, full: Any
        ) -> None:
            async def whole(scope: Any, receive: Any, send: Any) -> None:
                handed.append(scope["path"])
                await full(scope, receive, send)

            await super().__call__(owner, scope, receive, send, whole)

    extra = headers or {}
    with httpx.Client(base_url=url, timeout=30) as http:
        app.fast_lane = None
        slow = [_send(http, m, p, {**extra, **h}, b) for m, p, h, b, _ in cases]
        app.fast_lane = Counting()
        fast, answered = [], []
        for method, path, own, body, _ in cases:
            before = len(handed)
            fast.append(_send(http, method, path, {**extra, **own}, body))
            answered.append(len(handed) == before)
        app.fast_lane = lane
    for case, one, other in zip(cases, fast, slow, strict=True):
        assert one == other, case[:2]
    return answered


@pytest.fixture
def app(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> SanctionWatchAPI:
    monkeypatch.setenv("SANCTIONWATCH_API_MAX_BODY_BYTES", str(MAX_BODY))
    made = make_app(engine)
    assert isinstance(made, SanctionWatchAPI)
    return made


def test_the_fast_lane_answers_as_the_stack_does(app: SanctionWatchAPI) -> None:
    assert app.fast_lane is not None
    assert sorted((lane.method, lane.prefix) for lane in app.fast_lane.lanes) == [
        ("GET", "/entities/"),
        ("GET", "/search/"),
        ("POST", "/match/"),
    ]
    with serve(app) as url:
        answered = _compare(app, url, CASES)
    assert answered == [taken for *_, taken in CASES]


def test_with_keys_for_reads_a_request_without_a_key_takes_the_stack(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(engine, keys_for_reads=True)
    assert isinstance(app, SanctionWatchAPI)
    cases = [case for case in CASES if case[4]][:6]
    with serve(app) as url:
        refused = _compare(app, url, cases)
        keyed = _compare(app, url, cases, {"X-API-Key": API_KEY})
    assert not any(refused)  # 401, worded by the guard
    assert all(keyed)


def test_with_cors_every_request_takes_the_stack(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANCTIONWATCH_API_CORS_ORIGINS", "https://example.org")
    app = make_app(engine)
    assert isinstance(app, SanctionWatchAPI)
    cases = [case for case in CASES if case[4]][:4]
    with serve(app) as url:
        plain = _compare(app, url, cases)
        cors = _compare(app, url, cases, {"Origin": "https://example.org"})
    assert not any(plain)  # CORS middleware adds `Vary: Origin` to every answer
    assert not any(cors)


def test_an_unexpected_error_is_answered_once_with_the_headers(
    app: SanctionWatchAPI, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from sanctionwatch.api.routers import entities

    calls: list[str] = []

    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        calls.append("run")
        raise RuntimeError("a bug")

    monkeypatch.setattr(entities, "fetch_entity", broken)
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        answer = http.get("/entities/demo-kim")
    assert answer.status_code == 500
    assert answer.json()["detail"].startswith("Internal server error")
    assert calls == ["run"]  # not replayed through the stack
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "unhandled error" in caplog.text


def test_an_unexpected_error_on_the_stack_carries_the_security_headers(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # with CORS the lane is off: Starlette's own 500 was sent past `SecurityHeaders`
    from sanctionwatch.api.routers import entities

    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RuntimeError("a bug")

    monkeypatch.setenv("SANCTIONWATCH_API_CORS_ORIGINS", "https://example.org")
    monkeypatch.setattr(entities, "fetch_entity", broken)
    app = make_app(engine)
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        answer = http.get("/entities/demo-kim")
    assert answer.status_code == 500
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "default-src 'none'" in answer.headers["content-security-policy"]


class _Chunks:
    """A body sent in chunks with no Content-Length, read afresh for each request: only
    reading it tells the size."""

    def __init__(self, *chunks: bytes) -> None:
        self.chunks = chunks

    def __iter__(self) -> Any:
        return iter(self.chunks)


def test_a_chunked_body_over_the_limit_is_refused_by_the_lane_as_by_the_stack(
    app: SanctionWatchAPI,
) -> None:
    import json

    whole = json.dumps(BODY).encode()
    big = json.dumps({"queries": {"q": {"x": "y" * MAX_BODY}}}).encode()
    cases = [
        ("POST", "/match/default", {}, _Chunks(whole[:20], whole[20:]), True),
        ("POST", "/match/default", {}, _Chunks(big[:1000], big[1000:]), True),
    ]
    with serve(app) as url:
        answered = _compare(app, url, cases)
        with httpx.Client(base_url=url, timeout=30) as http:
            sizes = [http.post("/match/default", content=c[3], headers=JSON) for c in cases]
    assert answered == [True, True]  # read and refused in the lane, not handed over
    assert [s.status_code for s in sizes] == [200, 413]
    assert "SANCTIONWATCH_API_MAX_BODY_BYTES" in sizes[1].json()["detail"]
    assert sizes[1].headers["x-content-type-options"] == "nosniff"


def test_middleware_or_a_handler_added_after_the_app_is_built_is_not_bypassed(
    app: SanctionWatchAPI,
) -> None:
    from starlette.middleware.base import BaseHTTPMiddleware

    from sanctionwatch.api.routers import entities

    class Broken(Exception):
        pass

    async def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise Broken

    async def worded(request: Any, exc: Exception) -> Any:
        from starlette.responses import JSONResponse

        return JSONResponse({"detail": "worded by a later handler"}, status_code=409)

    app.add_exception_handler(Broken, worded)
    seen: list[str] = []

    async def noting(request: Any, call_next: Any) -> Any:
        seen.append(request.url.path)
        return await call_next(request)

    app.add_middleware(BaseHTTPMiddleware, dispatch=noting)
    mp = pytest.MonkeyPatch()
    mp.setattr(entities, "fetch_entity", broken)
    try:
        with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
            matched = http.post("/match/default", json=BODY)
            failed = http.get("/entities/demo-kim")
    finally:
        mp.undo()
    assert matched.status_code == 200
    assert seen == ["/match/default", "/entities/demo-kim"]  # the stack, not the lane
    assert (failed.status_code, failed.json()["detail"]) == (409, "worded by a later handler")
