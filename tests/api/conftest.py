"""Fixture strategy: a temporary SQLite store with two small lists.

`zala` is the 91-entity FtM file from ../shared/lists/ftm/yente-zala (real
records with Sanctions pointing at people); `demo` is written here, a handful
of entities with exactly the properties the tests look at. Each test builds
its own app with `create_app`. Until the screening package scores matches,
`TokenMatcher` stands in for it behind the `Matcher` seam; it is the only
stand-in here (the store is always real).
"""

from __future__ import annotations

import asyncio
import json
import socket
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine

from sanctionwatch.api import create_app
from sanctionwatch.api.matching import Accept, Algorithm, ConfigVar, Feature, Matcher, Scored
from sanctionwatch.api.textindex import TextIndex
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import ListVersionInfo, store_list_version
from tests.conftest import LISTS

ZALA = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"


def _entity(ident: str, schema: str, **props: list[str]) -> dict[str, Any]:
    return {"id": ident, "schema": schema, "properties": props}


DEMO = [
    _entity("demo-kim", "Person", name=["Kim Yong Bok"], birthDate=["1961-03-02"], country=["kp"]),
    _entity("demo-acme", "Company", name=["Acme Trading LLC"], country=["ru"], topics=["sanction"]),
    _entity("demo-vessel", "Vessel", name=["Ocean Star"], imoNumber=["IMO9133333"]),
    _entity("demo-sanction", "Sanction", entity=["demo-kim"], program=["DPRK"], authority=["UN"]),
]


def load_list(engine: Engine, name: str, entities: list[dict[str, Any]], sha: str) -> None:
    info = ListVersionInfo(
        name=name, format="ftm", source=f"{name}.json", sha256=sha, records=len(entities)
    )
    store_list_version(engine, info, entities, force=True)


def read_ftm(path: Path) -> list[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def demo_store(url: str) -> Engine:
    store = get_engine(url)
    load_list(store, "zala", read_ftm(ZALA), "zala-1")
    load_list(store, "demo", DEMO, "demo-1")
    return store


@pytest.fixture(scope="module")
def engine(module_store_url: str) -> Engine:
    """Read-only tests share one store and one server per module; tests that load
    lists make their own with `demo_store`."""
    return demo_store(module_store_url)


class TokenMatcher(Matcher):
    """Test stand-in for the screening scorer: the share of name tokens in common."""

    algorithms = (
        Algorithm(
            "token-test",
            "Name token overlap (test stand-in)",
            {"name_tokens": ("Share of name tokens in common.", 1.0)},
            {"min_overlap": ConfigVar("float", 0.0, "Ignored.")},
        ),
    )
    best = "token-test"

    def __init__(self, entities: Iterable[dict[str, Any]]) -> None:
        self.index = TextIndex.build(entities)

    def match(
        self,
        query: dict[str, Any],
        *,
        algorithm: str,
        candidates: int,
        accept: Accept,
        weights: Mapping[str, float],
        config: Mapping[str, Any],
    ) -> list[Scored]:
        best: dict[str, tuple[float, str]] = {}
        for name in query["properties"].get("name", []):
            for entity_id, rank in (self.index.search(name, any_token=True) or {}).items():
                if rank > best.get(entity_id, (0.0, ""))[0]:
                    best[entity_id] = (rank, name)
        ranked = sorted(best.items(), key=lambda item: -item[1][0])
        return [
            Scored(i, r, {"name_tokens": Feature(r, "token overlap", n, None, 1.0)})
            for i, (r, n) in ranked
            if accept(i)
        ][:candidates]


API_KEY = "test-key-1"
KEYED = {"Authorization": f"Bearer {API_KEY}"}  # headers of a request that changes state


def make_app(engine: Engine, **kwargs: Any) -> FastAPI:
    kwargs.setdefault("matcher_factory", TokenMatcher)
    kwargs.setdefault("refresh_seconds", 0)
    kwargs.setdefault("api_keys", [API_KEY, "test-key-2"])
    return create_app(engine, **kwargs)


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    """`app` served by uvicorn on a free loopback port, in a thread; yields its URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])))
    thread.start()
    try:
        for _ in range(3000):  # a loaded machine: up to 30 s
            if server.started or not thread.is_alive():
                break
            threading.Event().wait(0.01)
        assert server.started, "uvicorn did not start"
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()


@pytest.fixture(scope="module")
def live_url(engine: Engine) -> Iterator[str]:
    with serve(make_app(engine)) as url:
        yield url


@pytest.fixture(scope="module")
def client(live_url: str) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=live_url, timeout=30) as http:  # a loaded CI machine is slow
        yield http
