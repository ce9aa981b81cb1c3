"""Clients keep getting answers while a list is loaded and swapped in (issue 9 found this
held for 50 clients and 4,000 requests; bench/load.py measures it at that scale)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx

from tests.api.conftest import DEMO, KEYED, demo_store, load_list, make_app, serve

NEW = {"id": "demo-new", "schema": "Person", "properties": {"name": ["Kim Yong Bok Jr"]}}
BODY = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}}}
CLIENTS, REQUESTS = 8, 25


def test_requests_across_a_list_swap_all_succeed(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    statuses: list[int] = []
    lock = threading.Lock()
    with serve(make_app(engine)) as url:

        def client(n: int) -> None:
            with httpx.Client(base_url=url, timeout=30) as http:
                for i in range(REQUESTS):
                    if (n + i) % 2:
                        code = http.post("/match/default", json=BODY).status_code
                    else:
                        code = http.get("/search/default", params={"q": "kim"}).status_code
                    with lock:
                        statuses.append(code)

        with ThreadPoolExecutor(CLIENTS + 1) as pool:
            running = [pool.submit(client, n) for n in range(CLIENTS)]
            load_list(engine, "demo", [*DEMO, NEW], "demo-2")
            swapped = pool.submit(httpx.post, f"{url}/updatez", headers=KEYED, timeout=30)
            for future in running:
                future.result()
            assert swapped.result().json() == {"status": "ok"}
        assert statuses.count(200) == len(statuses) == CLIENTS * REQUESTS
        assert httpx.get(f"{url}/entities/demo-new").status_code == 200
