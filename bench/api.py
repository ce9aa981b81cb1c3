"""HTTP API throughput and latency: requests/s, p50/p99 per endpoint, server memory.

    python bench/api.py [--requests 4000] [--seconds 20] [--concurrency 50]

Loads the shipped lists into a temporary SQLite store (every file the list
readers in `sanctionwatch.lists` accept, when that package is present; the FtM
files under shared/lists/ftm otherwise) and prepares its serving files as
`lists load` does, starts `sanctionwatch serve` on 127.0.0.1 as one worker
process, and sends a mix of /match, /search and /entities requests (`--only match`:
/match alone) from `--concurrency` clients. It stops at `--requests` requests or
`--seconds` seconds, whichever comes first. Loopback only.

Without `--rate` the clients run a closed loop with no think time (the server is kept
saturated; latency then follows from throughput). With `--rate R` requests start on a
fixed schedule of R per second (an open loop): the figure for "R requests/s with p99
under X". The server's and this client process's CPU are measured apart.

What it measures is the server: the clients are 50 coroutines in one process, each with
one keep-alive HTTP/1.1 connection (`rawhttp.py`), sending requests encoded before the
run (60 distinct /match queries in the mix), at well under 1 ms of client CPU a request.
`--db store.db` reuses a store with lists loaded (`sanctionwatch lists load`) instead of
loading every list file into a temporary one.

The 60 /match queries repeat, so after the first seconds the server's caches know every
name and token pair in them. `--distinct N` sends N distinct /match queries instead
(`querygen.py`: listed aliases, varied, with or without schema, birth year and country),
in turn, each once while the run lasts fewer than N requests: what unseen names cost.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx

from proctree import cpu_split, memory_mib  # bench/proctree.py: the server and its children
from querygen import distinct_queries, ftm_parties  # bench/querygen.py, beside this script
from rawhttp import Connection, encode_mix  # bench/rawhttp.py, beside this script
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import ListVersionInfo, current_entities, store_list_version

LISTS = Path(__file__).resolve().parents[1].parent / "shared" / "lists"
HOST = "127.0.0.1"
MATCHABLE = {"Person", "Company", "Organization", "LegalEntity", "Vessel", "Airplane"}


def _ftm_lines(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as fh:
        yield from (json.loads(line) for line in fh if line.strip())


def _list_files(root: Path) -> list[tuple[str, Path, Any]]:
    """(list name, path, entity iterator factory) for every list file we can read."""
    try:
        from sanctionwatch.lists import read_list  # type: ignore[attr-defined]
    except ImportError:
        read_list = None
    files = sorted(p for p in root.rglob("*") if p.is_file() and p.name != "README.md")
    out = []
    for path in files:
        name = "-".join(path.relative_to(root).with_suffix("").parts)
        if read_list is not None:
            out.append((name, path, lambda p=path: read_list(p)))
        elif path.name.endswith(".ftm.json"):
            out.append((name, path, lambda p=path: _ftm_lines(p)))
    return out


def load_store(db: Path) -> int:
    engine = get_engine(f"sqlite:///{db}")
    for name, path, read in _list_files(LISTS):
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        info = ListVersionInfo(name=name, format="bench", source=str(path), sha256=sha)
        try:
            outcome = store_list_version(engine, info, read())
        except Exception as exc:  # noqa: BLE001 - a list the readers refuse is reported, not fatal
            print(f"skipped {path}: {exc}", file=sys.stderr)
            continue
        print(f"loaded {name}: {outcome.entities} entities", file=sys.stderr)
    try:
        from sanctionwatch.api.prepare import prepare
    except ImportError:  # an older tree: the server builds its index itself
        return sum(1 for _ in current_entities(engine))
    prepare(engine)  # what `lists load` does after loading
    return sum(1 for _ in current_entities(engine))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def start_server(db: Path, port: int) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "sanctionwatch"), "serve", "--db", str(db)]
    env = {**os.environ, "SANCTIONWATCH_API_REFRESH_SECONDS": "0"}
    return subprocess.Popen([*command, "--host", HOST, "--port", str(port)], env=env)


def wait_ready(base: str, seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/readyz").status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.2)
    raise SystemExit("server not ready in time")


def distinct_requests(db: Path, count: int) -> list[tuple[str, str, dict[str, Any]]]:
    """`count` distinct /match requests, in a fixed order."""
    entities = current_entities(get_engine(f"sqlite:///{db}"))
    queries = distinct_queries(ftm_parties(entities), count, seed=41)
    return [("match", "/match/default", {"json": {"queries": {"q": q}}}) for q in queries]


def requests_for(
    db: Path, seed: int = 7, only: str | None = None
) -> list[tuple[str, str, dict[str, Any]]]:
    """A shuffled mix: 60% /match on listed names, 25% /search, 15% /entities."""
    rng = random.Random(seed)
    entities = list(current_entities(get_engine(f"sqlite:///{db}")))
    named = [e for e in entities if e["schema"] in MATCHABLE and e["properties"].get("name")]
    mix: list[tuple[str, str, dict[str, Any]]] = []
    for _ in range(60):
        e = rng.choice(named)
        query = {
            "schema": e["schema"],
            "properties": {"name": [rng.choice(e["properties"]["name"])]},
        }
        mix.append(("match", "/match/default", {"json": {"queries": {"q": query}}}))
    for _ in range(25):
        word = rng.choice(rng.choice(named)["properties"]["name"]).split()[0]
        mix.append(("search", "/search/default", {"params": {"q": word, "limit": 10}}))
    for _ in range(15):
        mix.append(("entities", f"/entities/{rng.choice(entities)['id']}", {}))
    return [m for m in mix if only is None or m[0] == only]


async def run_load(
    base: str,
    mix: list[Any],
    total: int,
    seconds: float,
    clients: int,
    rate: float,
    in_turn: bool = False,
) -> dict:
    """Closed loop (each client sends its next request when the last one is answered),
    or, with `rate`, requests started on a fixed schedule of `rate` per second.
    `in_turn`: request i is the mix's i-th (cycling), not one drawn at random.

    Each client holds one keep-alive connection (`rawhttp`); requests are encoded before
    the clock starts, so the client process costs little CPU beside the server."""
    latencies: dict[str, list[float]] = defaultdict(list)
    statuses: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    counter = iter(range(total))
    deadline = time.monotonic() + seconds
    host, port, encoded = encode_mix(base, mix)

    start = time.monotonic()

    async def worker(rng: random.Random) -> None:
        connection = Connection(host, port)
        try:
            for i in counter:
                if rate:
                    await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
                if time.monotonic() > deadline:
                    return
                kind, request = encoded[i % len(encoded)] if in_turn else rng.choice(encoded)
                started = time.perf_counter()
                try:
                    status = await connection.send(request)
                except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
                    status = -1  # a transport error, counted with the statuses
                    print(f"{kind}: {type(exc).__name__}: {exc}", file=sys.stderr)
                latencies[kind].append(time.perf_counter() - started)
                statuses[kind][status] += 1
        finally:
            connection.close()

    started = time.monotonic()
    cpu = time.process_time()
    await asyncio.gather(*(worker(random.Random(i)) for i in range(clients)))
    elapsed = time.monotonic() - started
    client_cpu = time.process_time() - cpu
    return {
        "elapsed": elapsed,
        "latencies": latencies,
        "statuses": statuses,
        "client_cpu": client_cpu,
    }


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def report(
    result: dict, rss: tuple[float, float], split: tuple[float, float], entities: int
) -> None:
    everything = [v for vs in result["latencies"].values() for v in vs]
    rate = len(everything) / result["elapsed"]
    print(f"entities served: {entities}")
    print(f"requests: {len(everything)} in {result['elapsed']:.1f} s = {rate:.0f} requests/s")
    cpu = sum(split)
    per = 1000 * cpu / len(everything)
    front, scoring = (1000 * part / len(everything) for part in split)
    print(
        f"server CPU split: front process {front:.2f} ms per request (HTTP, validation, "
        f"answers), scoring processes {scoring:.2f} ms (none: scored in threads)"
    )
    client = 1000 * result.get("client_cpu", 0.0) / len(everything)
    print(
        f"server CPU: {per:.2f} ms per request, its scoring processes included "
        f"(one core could serve {1000 / per:.0f}/s)"
    )
    print(
        f"client CPU: {client:.2f} ms per request; server and clients together on 2 cores: "
        f"at most {2000 / (per + client):.0f} requests/s; load average {os.getloadavg()[0]:.1f}"
    )
    print(f"all:      p50 {_ms(everything, 0.5):6.1f} ms  p99 {_ms(everything, 0.99):6.1f} ms")
    for kind, values in sorted(result["latencies"].items()):
        codes = dict(result["statuses"][kind])
        p50, p99 = _ms(values, 0.5), _ms(values, 0.99)
        print(f"{kind:9} p50 {p50:6.1f} ms  p99 {p99:6.1f} ms  n={len(values)} status={codes}")
    print(f"mean latency {1000 * statistics.mean(everything):.1f} ms")
    print(f"server memory: {rss[0]:.0f} MiB PSS over its processes, largest RSS {rss[1]:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=4000, help="stop after this many")
    parser.add_argument("--seconds", type=float, default=20.0, help="stop after this long")
    parser.add_argument("--concurrency", type=int, default=50, help="concurrent clients")
    parser.add_argument("--rate", type=float, default=0, help="requests/s to send (0: closed loop)")
    parser.add_argument("--only", choices=["match", "search", "entities"], help="one endpoint")
    parser.add_argument(
        "--distinct", type=int, default=0, help="send this many distinct /match queries, in turn"
    )
    parser.add_argument(
        "--db", type=Path, help="an SQLite store file with lists loaded (default: load them anew)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            db = args.db.resolve()
            entities = sum(1 for _ in current_entities(get_engine(f"sqlite:///{db}")))
        else:
            db = Path(tmp) / "bench.db"
            entities = load_store(db)
        port = _free_port()
        server = start_server(db, port)
        try:
            base = f"http://{HOST}:{port}"
            wait_ready(base, 600)
            if args.distinct:
                mix = distinct_requests(db, args.distinct)
            else:
                mix = requests_for(db, only=args.only)
            before = cpu_split(server.pid)
            load = run_load(
                base,
                mix,
                args.requests,
                args.seconds,
                args.concurrency,
                args.rate,
                in_turn=bool(args.distinct),
            )
            result = asyncio.run(load)
            after = cpu_split(server.pid)
            split = (after[0] - before[0], after[1] - before[1])
            mode = f"open loop, {args.rate:g}/s offered" if args.rate else "closed loop"
            what = f"{args.distinct} distinct /match queries" if args.distinct else args.only
            print(f"{args.concurrency} clients, {mode}, endpoints: {what or 'mix'}")
            pss, rss, _count = memory_mib(server.pid)
            report(result, (pss, rss), split, entities)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
