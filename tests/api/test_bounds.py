"""Bounded work per request (issue 9, defect 1): limits with 4xx answers naming them,
scoring off the event loop, a time budget and a bounded queue."""

from __future__ import annotations

import threading
import tracemalloc
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from sanctionwatch.screening import Index
from tests.api.conftest import ZALA, TokenMatcher, demo_store, make_app, read_ftm, serve


def _query(**props: Any) -> dict[str, Any]:
    return {"queries": {"q1": {"schema": "Person", "properties": props}}}


@pytest.mark.parametrize(
    ("body", "status", "message"),
    [
        # A 1 MB name and a 100,000-word one are refused before they are parsed.
        (_query(name=["x" * 1_000_000]), 413, "over the limit of 262,144 bytes"),
        (_query(name=["ab " * 100_000]), 413, "SANCTIONWATCH_API_MAX_BODY_BYTES"),
        (_query(name=["x" * 1_000]), 400, "1,000 characters, over the limit of 500"),
        (_query(name=[" ".join(["kim"] * 31)]), 400, "31 words, over the limit of 30"),
        (_query(name=[f"Name {i}" for i in range(2000)]), 400, "SANCTIONWATCH_API_MAX_NAMES"),
        (_query(name=["Kim"], alias=[f"A{i}" for i in range(50)]), 400, "51 names"),
        (_query(name=["Kim"], country=["kp"] * 51), 400, "values of country"),
        (_query(name=["Kim"], notes=["n" * 501]), 400, "properties.notes: 501 characters"),
    ],
    ids=[
        "1MB-name",
        "2MB-body",
        "100k-tokens",
        "31-words",
        "2000-names",
        "aliases",
        "values",
        "long-value",
    ],
)
def test_oversized_queries_get_a_4xx_naming_the_limit(
    client: httpx.Client, body: dict[str, Any], status: int, message: str
) -> None:
    response = client.post("/match/default", json=body)
    assert response.status_code == status
    assert message in response.json()["detail"]
    assert client.get("/healthz").status_code == 200


def test_queries_at_the_limits_are_answered(client: httpx.Client) -> None:
    names = [" ".join(["Kim"] * 29 + ["Bok"])] + [f"Kim Yong Bok {i}" for i in range(49)]
    response = client.post("/match/default", json=_query(name=names))
    assert response.status_code == 200
    assert response.json()["responses"]["q1"]["results"][0]["id"] == "demo-kim"


def test_search_text_is_bounded(client: httpx.Client) -> None:
    response = client.get("/search/default", params={"q": "kim " * 200})
    assert response.status_code == 400 and "query.q" in response.json()["detail"]


def test_a_huge_token_costs_linear_memory_in_the_index() -> None:
    # Every one-letter deletion of a 20,000-letter token is 400 MB; capped, nearly nothing.
    index = Index.build(read_ftm(ZALA))
    tracemalloc.start()
    try:
        index.match({"schema": "Person", "properties": {"name": ["k" * 20_000]}})
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50_000_000


class Gate:
    """A matcher stand-in that holds each /match until released, to show who waits."""

    def __init__(self) -> None:
        self.started = threading.Event()
        self.release = threading.Event()

    def factory(self, entities: Any) -> TokenMatcher:
        gate = self

        class Held(TokenMatcher):
            def match(self, query: dict[str, Any], **kwargs: Any) -> Any:
                gate.started.set()
                gate.release.wait(20)
                return super().match(query, **kwargs)

        return Held(entities)


@pytest.fixture
def gate() -> Iterator[Gate]:
    held = Gate()
    yield held
    held.release.set()


BODY = _query(name=["Kim Yong Bok"])


def test_health_answers_while_a_match_is_scored(tmp_path: Path, gate: Gate) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine, matcher_factory=gate.factory)) as url, ThreadPoolExecutor(2) as ex:
        pending = ex.submit(httpx.post, f"{url}/match/default", json=BODY, timeout=30)
        assert gate.started.wait(10)
        # With scoring on the event loop this waited for the match (defect 1: 12 minutes).
        assert httpx.get(f"{url}/healthz", timeout=3).status_code == 200
        assert httpx.get(f"{url}/entities/demo-kim", timeout=3).status_code == 200
        gate.release.set()
        assert pending.result().status_code == 200


def test_past_the_time_budget_a_request_gets_503(
    tmp_path: Path, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANCTIONWATCH_API_REQUEST_SECONDS", "0.5")
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine, matcher_factory=gate.factory)) as url:
        response = httpx.post(f"{url}/match/default", json=BODY, timeout=10)
        assert response.status_code == 503
        assert "SANCTIONWATCH_API_REQUEST_SECONDS" in response.json()["detail"]
        gate.release.set()


def test_a_full_queue_answers_503_at_once(
    tmp_path: Path, gate: Gate, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANCTIONWATCH_API_WORKERS", "1")
    monkeypatch.setenv("SANCTIONWATCH_API_QUEUE", "0")
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine, matcher_factory=gate.factory)) as url, ThreadPoolExecutor(1) as ex:
        pending = ex.submit(httpx.post, f"{url}/match/default", json=BODY, timeout=30)
        assert gate.started.wait(10)
        refused = httpx.post(f"{url}/match/default", json=BODY, timeout=3)
        assert refused.status_code == 503 and "busy" in refused.json()["detail"]
        gate.release.set()
        assert pending.result().status_code == 200
        assert httpx.post(f"{url}/match/default", json=BODY, timeout=10).status_code == 200
