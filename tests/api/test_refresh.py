"""The index follows the store: new list versions are served, failed builds are not."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from typing import Any

import httpx

from sanctionwatch.api.matching import Matcher
from tests.api.conftest import DEMO, KEYED, TokenMatcher, demo_store, load_list, make_app, serve

NEW = {"id": "demo-new", "schema": "Person", "properties": {"name": ["Pak Jong Chon"]}}


def test_updatez_serves_a_new_version_at_once(store_url: str) -> None:
    engine = demo_store(store_url)
    with serve(make_app(engine)) as url, httpx.Client(base_url=url) as http:
        assert http.get("/entities/demo-new").status_code == 404
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        assert http.post("/updatez", headers=KEYED).json() == {"status": "ok"}
        assert http.get("/entities/demo-new").json()["datasets"] == ["demo"]
        demo = next(d for d in http.get("/catalog").json()["datasets"] if d["name"] == "demo")
        assert (demo["version"], demo["entity_count"]) == ("2", 5)


def test_the_periodic_check_picks_up_a_new_version(store_url: str) -> None:
    engine = demo_store(store_url)
    with serve(make_app(engine, refresh_seconds=1)) as url, httpx.Client(base_url=url) as http:
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        deadline = time.monotonic() + 5
        while http.get("/entities/demo-new").status_code == 404:
            assert time.monotonic() < deadline, "new version not served within 5 s"
            time.sleep(0.1)


def test_a_failed_build_leaves_the_old_index_serving(store_url: str) -> None:
    engine = demo_store(store_url)
    builds: list[int] = []

    def flaky(entities: Iterable[dict[str, Any]]) -> Matcher:
        builds.append(1)
        if len(builds) > 1:
            raise RuntimeError("disk on fire")
        return TokenMatcher(entities)

    with serve(make_app(engine, matcher_factory=flaky)) as url, httpx.Client(base_url=url) as http:
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        failed = http.post("/updatez", headers=KEYED)
        assert failed.status_code == 503 and "disk on fire" in failed.json()["detail"]
        assert http.get("/entities/demo-kim").status_code == 200
        assert http.get("/entities/demo-new").status_code == 404
        assert http.get("/catalog").json()["index_stale"] is True


def test_requests_before_the_index_is_built_get_503(store_url: str) -> None:
    engine = demo_store(store_url)
    release = threading.Event()

    def slow(entities: Iterable[dict[str, Any]]) -> Matcher:
        release.wait(5)
        return TokenMatcher(entities)

    app = make_app(engine, matcher_factory=slow, wait_for_index=False)
    with serve(app) as url, httpx.Client(base_url=url) as http:
        assert http.get("/healthz").json() == {"status": "ok"}
        not_ready = http.get("/readyz")
        assert not_ready.status_code == 503 and "retry" in not_ready.json()["detail"]
        assert http.post("/match/default", json={"queries": {}}).status_code == 503
        release.set()
        deadline = time.monotonic() + 5
        while http.get("/readyz").status_code != 200:
            assert time.monotonic() < deadline
            time.sleep(0.05)
