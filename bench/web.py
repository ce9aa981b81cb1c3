"""Page load time of the analysts' page over a store of synthetic events.

    python bench/web.py [--events 10000] [--requests 50]

Writes `--events` synthetic events (one article, one action, three targets
each) straight into a temporary SQLite store, serves the pages with uvicorn on
127.0.0.1 in a thread, and times sequential GETs of `/` and of the events
table (first page, a deep page, filtered, searched), twice: in process
through the ASGI app (routing, queries and rendering: the server's own time)
and over HTTP on loopback, each GET on a fresh connection as a first page
load (which adds the client and socket round trip). Prints ms per request,
p50 and p95.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import socket
import statistics
import tempfile
import threading
import time
import urllib.request
import warnings
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import uvicorn
from fastapi import FastAPI
from sqlalchemy import Engine, insert

from sanctionwatch import web
from sanctionwatch.store import get_engine
from sanctionwatch.store.tables import actions, articles, event_actions, events, targets

AUTHORITIES = ("US", "EU", "GB", "UN", "KR", "JP", "CA", "AU")
STATUSES = ("imposed", "imposed", "imposed", "proposed", "threatened", "lifted")
KINDS = ("person", "organization", "vessel")
COUNTRIES = ("RU", "KP", "IR", "BY", "SY", "CN")


def _rows(i: int, rng: random.Random) -> dict[str, Any]:
    day = date(2020, 1, 1) + timedelta(days=rng.randrange(2200))
    authority, status = rng.choice(AUTHORITIES), rng.choice(STATUSES)
    names = [f"Party {rng.randrange(5000)} {rng.choice(['Ltd', 'LLC', 'Shipping', 'Bank'])}"]
    names += [f"Person {rng.randrange(20000)}" for _ in range(2)]
    text = f"{authority} {status} sanctions on {', '.join(names)}. Filler sentence. " * 3
    return {
        "article": {
            "pk": i,
            "id": f"syn-{i}",
            "content_hash": f"{i:064d}",
            "title": f"Synthetic article {i}",
            "text": text,
            "extractor": "bench",
            "published": day,
            "ingested_at": datetime.now(UTC),
        },
        "action": {
            "pk": i,
            "article_pk": i,
            "seq": 0,
            "authority": authority,
            "status": status,
            "date": day,
            "measures": "asset_freeze",
            "target_countries": rng.choice(COUNTRIES),
            "program": f"Programme {rng.randrange(40)}",
            "background": False,
            "optional": False,
            "evidence": f"[[0, {text.index('.') + 1}]]",
        },
        "targets": [
            {
                "action_pk": i,
                "seq": n,
                "name": name,
                "kind": KINDS[min(n, 1)] if n else rng.choice(KINDS),
                "aliases": "[]",
                "evidence": f"[[{text.index(name)}, {text.index(name) + len(name)}]]",
            }
            for n, name in enumerate(names)
        ],
        "event": {
            "pk": i,
            "event_id": f"ev-{i:016x}",
            "authority": authority,
            "status": status,
            "date": day,
            "reports": 1,
            "title": f"{authority} {status} — {', '.join(names)}",
        },
        "link": {"event_pk": i, "action_pk": i},
    }


def fill(engine: Engine, count: int, seed: int = 7) -> None:
    """`count` synthetic events, each with its article, action and targets."""
    rng = random.Random(seed)
    batch = [_rows(i, rng) for i in range(1, count + 1)]
    with engine.begin() as conn:
        conn.execute(insert(articles), [b["article"] for b in batch])
        conn.execute(insert(actions), [b["action"] for b in batch])
        conn.execute(insert(targets), [t for b in batch for t in b["targets"]])
        conn.execute(insert(events), [b["event"] for b in batch])
        conn.execute(insert(event_actions), [b["link"] for b in batch])


@contextmanager
def serve(app: FastAPI) -> Iterator[str]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    thread = threading.Thread(target=lambda: asyncio.run(server.serve(sockets=[sock])))
    thread.start()
    try:
        while not server.started:
            time.sleep(0.01)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join()
        sock.close()


class _Urllib:
    """A GET client on a fresh connection per request, as a browser's first page load.

    (httpx's kept-alive connection meets TCP delayed ACK on loopback and adds a flat
    ~40 ms to every request, which measured the client, not the server.)
    """

    def __init__(self, base: str) -> None:
        self.base = base

    def get(self, path: str) -> _Urllib:
        with urllib.request.urlopen(self.base + path) as response:
            response.read()
        return self

    def raise_for_status(self) -> None:
        """urlopen raises on an HTTP error already."""


def _time(http: Any, path: str, n: int) -> list[float]:
    http.get(path).raise_for_status()  # warm-up
    out = []
    for _ in range(n):
        start = time.perf_counter()
        http.get(path).raise_for_status()
        out.append((time.perf_counter() - start) * 1000)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--requests", type=int, default=50)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = get_engine(f"sqlite:///{Path(tmp) / 'bench.db'}")
        start = time.perf_counter()
        fill(engine, args.events)
        print(f"{args.events:,} synthetic events written in {time.perf_counter() - start:.1f} s")
        app = FastAPI()
        web.mount(app, engine)
        pages = {
            "timeline /": "/",
            "events page 1": "/web/events",
            "events page 100": "/web/events?page=100",
            "events filtered": "/web/events?authority=US&status=imposed&kind=vessel&country=RU",
            "events searched": "/web/events?q=shipping&since=2022-01-01",
            "event page": "/web/events/ev-0000000000000001",
        }
        with warnings.catch_warnings():  # starlette's notice about httpx, at import
            warnings.simplefilter("ignore")
            from fastapi.testclient import TestClient
        with TestClient(app) as local:
            _report("in process (server time)", local, pages, args.requests)
        with serve(app) as url:
            _report("over HTTP on 127.0.0.1", _Urllib(url), pages, args.requests)


def _report(title: str, http: Any, pages: dict[str, str], n: int) -> None:
    print(f"\n{title}: {n} GETs each")
    print(f"{'page':<18} {'p50 ms':>8} {'p95 ms':>8} {'mean ms':>8}")
    for label, path in pages.items():
        ms = sorted(_time(http, path, n))
        p95 = ms[min(len(ms) - 1, int(len(ms) * 0.95))]
        print(f"{label:<18} {statistics.median(ms):>8.1f} {p95:>8.1f} {statistics.fmean(ms):>8.1f}")


if __name__ == "__main__":
    main()
