"""Load and abuse on loopback: many clients across a list swap, and hostile requests.

    python bench/load.py [--clients 50] [--seconds 60] [--lists ftm|all] [--rate R] [--timeline]
                         [--phases] [--processes N|auto] [--load-nice N]
    python bench/load.py --abuse

Default: loads lists into a temporary SQLite store and prepares its serving files (the
screening index and API snapshot, as `sanctionwatch lists load` does after a load),
starts `sanctionwatch serve` on 127.0.0.1 (with `--processes` scoring processes; the
server's default, one per core, unless given), and runs `--clients` clients
(/match, /search, /entities) for `--seconds`; half-way, a new version of one list is
loaded by the CLI (`lists load`, which prepares the new files) and POST /updatez (with a
key) swaps it in. When the swap ends later than `--seconds`, the clients go on until
`AFTER` seconds after /updatez has answered (at most 3 x `--seconds` in all), so the
switch and what follows it (old scoring processes retired, new ones forked) are inside
the measured latencies. Prints p50/p99 per endpoint and during the swap, errors (any non-2xx
answer or transport error) and server memory (the PSS of the server and its scoring
processes together, sampled every half second: shared pages counted once).
`--phases` prints the swap step by step (the CLI's load, then the server's phases as its
/updatez answer reports them: prepare, narrow, read, decode, materialize, retire, free,
fork), each with its wall and CPU time and the latency of the requests started in it.
`--load-nice N` runs the swap's `lists load` as `nice -n N` would, as an operator may
load beside a busy server (the server builds files itself at SANCTIONWATCH_LOAD_NICENESS, 10,
`api/prepare.py`): the load then takes the cores the clients leave, and longer. Since
session 17 the CLI lowers its own work by `SANCTIONWATCH_LOAD_NICENESS` (10) besides;
the figures of earlier sessions were measured with the load at niceness 0 (set
`SANCTIONWATCH_LOAD_NICENESS=0` to compare).

What the clients do: without `--rate`, a closed loop with no think time (each client
sends its next request the moment the last is answered), so the server is always
saturated and latency is set by throughput: by Little's law the mean latency is
clients / throughput. With `--rate R`, an open loop: requests start on a fixed schedule
of R per second shared by the clients (a client whose request is still out falls
behind; the schedule does not wait), which is how a latency goal at a given load is
measured. The CPU time of the server, of this client process and of the swap's CLI
are measured apart, and the arithmetic of what 2 cores allow is printed. The clients
are coroutines in one process with a keep-alive connection each (`rawhttp.py`, requests
encoded before the run: well under 1 ms of client CPU a request, where httpx took about
10 ms, a core of a 2-core machine at 100 requests/s), so the figures are the server's.

--distinct N: the /match requests of the mix are N distinct queries (`querygen.py`,
as `bench/api.py --distinct`), and every request is the mix's next one in turn, so no
query repeats while the run sends fewer than N /match requests and no cache of the
server's can answer: what unseen names cost. Without it the mix holds 60 /match queries,
drawn at random, which the scorer's caches answer after their first time.

--abuse: sends a 1 MB name, a 100,000-word name and 2,000 names in one query, one at a
time, while a probe asks /healthz every 20 ms; prints each answer's status and time, the
slowest /healthz, and the server's peak memory (PSS, its scoring processes included).

Every loop is bounded in count and time; nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import os
import random
import resource
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

import httpx

from api import (  # bench/api.py, beside this script
    HOST,
    LISTS,
    _free_port,
    _ms,
    distinct_requests,
    requests_for,
    wait_ready,
)
from proctree import MemoryPeak, cpu_seconds, memory_mib  # the server and its children
from rawhttp import Connection, encode_mix  # bench/rawhttp.py: a light keep-alive client
from sanctionwatch.api.prepare import prepare
from sanctionwatch.lists import read_list
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import ListVersionInfo, current_entities, store_list_version

KEY = "bench-key"
SWAP_FROM = LISTS / "ofac" / "sdn.csv"  # the 2021 SDN list ...
SWAP_TO = LISTS / "ofac" / "2024-05" / "sdn.csv"  # ... replaced by the 2024 one
MAX_REQUESTS = 1_000_000  # a bound on the loop besides time
REPEAT = 20  # each hostile request, while /healthz is probed
AFTER = 10.0  # seconds the clients go on after the swap serves, when it ends late


def load_store(db: Path, which: str) -> int:
    engine = get_engine(f"sqlite:///{db}")
    paths = [SWAP_FROM]
    if which == "all":
        skip = {SWAP_FROM, SWAP_TO}
        candidates = sorted(p for p in LISTS.rglob("*") if p.is_file() and p.name != "README.md")
        paths += [p for p in candidates if p not in skip and p.parent.name != "ofac"]
    else:
        paths += sorted((LISTS / "ftm").rglob("*.ftm.json"))
    for path in paths:
        name = "ofac" if path == SWAP_FROM else "-".join(path.relative_to(LISTS).parts)
        sha = hashlib.sha256(path.read_bytes()).hexdigest()
        info = ListVersionInfo(name=name, format="bench", source=str(path), sha256=sha)
        try:
            store_list_version(engine, info, read_list(path).entities())
        except Exception as exc:  # noqa: BLE001 - a list the readers refuse is reported
            print(f"skipped {path}: {exc}", file=sys.stderr)
    prepare(engine)  # what `lists load` does after loading
    return sum(1 for _ in current_entities(engine))


def start_server(
    db: Path, port: int, workers: str | None, processes: str | None
) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "sanctionwatch"), "serve", "--db", str(db)]
    env = {**os.environ, "SANCTIONWATCH_API_REFRESH_SECONDS": "0", "SANCTIONWATCH_API_KEYS": KEY}
    if workers:
        env["SANCTIONWATCH_API_WORKERS"] = workers
    if processes:
        env["SANCTIONWATCH_API_PROCESSES"] = processes
    return subprocess.Popen([*command, "--host", HOST, "--port", str(port)], env=env)


def swap(db: Path, base: str, nice: int = 0) -> dict[str, Any]:
    """Load the new version with the CLI (at `nice` more niceness), then have the server
    serve it."""
    started = time.monotonic()
    cli = str(Path(sys.executable).parent / "sanctionwatch")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    niced = ["nice", "-n", str(nice)] if nice else []
    load = subprocess.run(
        [*niced, cli, "lists", "load", str(SWAP_TO), "--name", "ofac", "--db", str(db)],
        capture_output=True,
        text=True,
        check=False,
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    loaded = time.monotonic()
    answer = httpx.post(
        f"{base}/updatez",
        params={"phases": "true"},
        headers={"Authorization": f"Bearer {KEY}"},
        timeout=600,
    )
    return {
        "load_rc": load.returncode,
        "load_s": loaded - started,
        "load_cpu": after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime,
        "updatez": answer.status_code,
        "updatez_body": answer.json(),
        "swap_s": time.monotonic() - started,
        "at": started,
        "served_at": time.monotonic(),
    }


def with_distinct_matches(mix: list[Any], matches: list[Any]) -> list[Any]:
    """The mix repeated in its order until every one of `matches` has replaced one of
    its /match requests: the same shares of /match, /search and /entities."""
    out: list[Any] = []
    pending = iter(matches)
    while True:
        for request in mix:
            if request[0] == "match":
                replacement = next(pending, None)
                if replacement is None:
                    return out
                request = replacement
            out.append(request)


async def clients_loop(
    base: str,
    mix: list[Any],
    clients: int,
    seconds: float,
    on_half: Any,
    rate: float = 0,
    in_turn: bool = False,
) -> dict[str, Any]:
    latencies: dict[str, list[tuple[float, float]]] = defaultdict(list)  # (start, seconds)
    errors: dict[str, int] = defaultdict(int)
    deadline = time.monotonic() + seconds
    counter = iter(range(MAX_REQUESTS))
    host, port, encoded = encode_mix(base, mix)

    start = time.monotonic()

    async def worker(rng: random.Random) -> None:
        connection = Connection(host, port)
        try:
            for i in counter:
                if rate:  # open loop: the i-th request starts at start + i / rate
                    await asyncio.sleep(max(0.0, start + i / rate - time.monotonic()))
                if over():
                    return
                kind, request = encoded[i % len(encoded)] if in_turn else rng.choice(encoded)
                started = time.perf_counter()
                at = time.monotonic()
                try:
                    status = await connection.send(request)
                except (OSError, asyncio.IncompleteReadError, TimeoutError, ValueError) as exc:
                    errors[f"{kind}: {type(exc).__name__}"] += 1
                    continue
                latencies[kind].append((at, time.perf_counter() - started))
                if status >= 300:
                    errors[f"{kind}: HTTP {status}"] += 1
        finally:
            connection.close()

    def over() -> bool:
        now = time.monotonic()
        if now <= deadline:
            return False
        if now > start + 3 * seconds:
            return True
        if not swap_task.done():
            return False
        if swap_task.exception() is not None:
            return True
        return now > swap_task.result()["served_at"] + AFTER

    swap_task = asyncio.get_running_loop().run_in_executor(None, on_half, seconds / 2)
    started = time.monotonic()
    cpu = time.process_time()  # this process: the clients (the swap thread mostly waits)
    await asyncio.gather(*(worker(random.Random(i)) for i in range(clients)))
    elapsed = time.monotonic() - started
    client_cpu = time.process_time() - cpu
    swapped = await swap_task
    return {
        "elapsed": elapsed,
        "latencies": latencies,
        "errors": dict(errors),
        "swap": swapped,
        "client_cpu": client_cpu,
    }


def print_load(
    result: dict[str, Any], memory: tuple[float, float, int], entities: int, cpu: float, args: Any
) -> None:
    samples = [s for values in result["latencies"].values() for s in values]
    every = [d for _, d in samples]
    swap = result["swap"]
    n_errors = sum(result["errors"].values())
    mode = (
        f"open loop, {args.rate:g} requests/s offered"
        if args.rate
        else "closed loop, no think time"
    )
    print(
        f"clients: {args.clients}, {mode}; load average at the start "
        f"{args.load_start:.1f}, at the end {os.getloadavg()[0]:.1f}"
    )
    print(f"entities served at start: {entities:,}")
    print(
        f"requests: {len(every):,} in {result['elapsed']:.1f} s "
        f"({len(every) / result['elapsed']:.0f}/s); errors: {n_errors} {result['errors']}"
    )
    print(f"all       p50 {_ms(every, 0.5):7.1f} ms  p99 {_ms(every, 0.99):7.1f} ms")
    for kind, values in sorted(result["latencies"].items()):
        durations = [d for _, d in values]
        print(
            f"{kind:9} p50 {_ms(durations, 0.5):7.1f} ms  p99 {_ms(durations, 0.99):7.1f} ms  "
            f"n={len(durations)}"
        )
    print(
        f"swap: load exit {swap['load_rc']} in {swap['load_s']:.1f} s; /updatez "
        f"{swap['updatez']} {swap['updatez_body']} after {swap['swap_s']:.1f} s"
    )
    during = [d for at, d in samples if swap["at"] <= at <= swap["served_at"]]
    last = max((at for at, _ in samples), default=0.0)
    if last < swap["served_at"]:
        # the clients stop at 3 x --seconds: a slow (niced) load can push the switch past it
        print(
            f"warning: the switch ended {swap['served_at'] - last:.1f} s after the last request "
            "started: its phases are not in these latencies"
        )
    if during:
        print(
            f"during the swap: n={len(during)} p50 {_ms(during, 0.5):.1f} ms "
            f"p99 {_ms(during, 0.99):.1f} ms"
        )
    pss, rss, count = memory
    print(
        f"server memory, peak of samples: {pss:.0f} MiB PSS over up to {count} processes "
        f"(the server and its scoring processes); largest single RSS {rss:.0f} MiB"
    )
    if args.timeline:
        print_timeline(samples, swap)
    if args.phases:
        print_phases(samples, swap)
    print_cpu(len(every), result["elapsed"], cpu, result["client_cpu"], swap["load_cpu"], args)


def print_timeline(samples: list[tuple[float, float]], swap: dict[str, Any]) -> None:
    """Requests by the second they started in: count, p50, p99 and the slowest, so a
    tail can be placed (start-up, the swap's load, its decoding, or spread evenly)."""
    start = min(at for at, _ in samples)
    seconds: dict[int, list[float]] = defaultdict(list)
    for at, duration in samples:
        seconds[int(at - start)].append(duration)
    load_end = swap["at"] + swap["load_s"]
    print("second      n    p50 ms    p99 ms    max ms")
    for second in sorted(seconds):
        at = start + second
        mark = ""
        if swap["at"] <= at < load_end:
            mark = "  lists load"
        elif load_end <= at <= swap["served_at"]:
            mark = "  /updatez"
        values = seconds[second]
        print(
            f"{second:6} {len(values):6} {_ms(values, 0.5):9.1f} {_ms(values, 0.99):9.1f} "
            f"{1000 * max(values):9.1f}{mark}"
        )


def print_phases(samples: list[tuple[float, float]], swap: dict[str, Any]) -> None:
    """The swap step by step: the bench's `lists load`, then each phase the server
    reports in its /updatez answer (on the same monotonic clock), with the CPU it took
    (its thread's, the server process's in all) and the latency of the requests that
    started in it. `longest`: the longest CPU stretch between two of its pauses."""
    phases = [
        {
            "name": "lists load (CLI)",
            "at": swap["at"],
            "wall": swap["load_s"],
            "cpu": swap["load_cpu"],
            "process_cpu": None,
            "longest": None,
        },
        *(swap["updatez_body"].get("phases") or []),
    ]
    print(
        "phase               wall s   CPU s  server CPU s  longest ms      n    p50 ms"
        "    p99 ms    max ms"
    )
    for phase in phases:
        end = phase["at"] + phase["wall"]
        values = [d for at, d in samples if phase["at"] <= at < end]
        server = "" if phase["process_cpu"] is None else f"{phase['process_cpu']:.2f}"
        longest = "" if phase["longest"] is None else f"{1000 * phase['longest']:.1f}"
        line = (
            f"{phase['name']:18} {phase['wall']:7.2f} {phase['cpu']:7.2f} {server:>13} "
            f"{longest:>11} {len(values):6}"
        )
        if values:
            slowest = 1000 * max(values)
            line += f" {_ms(values, 0.5):9.1f} {_ms(values, 0.99):9.1f} {slowest:9.1f}"
        print(line)


def print_cpu(n: int, elapsed: float, server: float, client: float, load: float, args: Any) -> None:
    """CPU per request of each party, and what 2 cores allow with them."""
    n = max(1, n)
    s_ms, c_ms = 1000 * server / n, 1000 * client / n
    print(
        f"CPU: server {server:.1f} s ({s_ms:.2f} ms per request, the swap's decoding "
        f"included), clients {client:.1f} s ({c_ms:.2f} ms per request), the swap's "
        f"`lists load` {load:.1f} s; {server + client + load:.1f} CPU-s in {elapsed:.1f} s"
    )
    cores = 2
    top = 1000 * cores / (s_ms + c_ms)
    print(
        f"2 cores: at {s_ms + c_ms:.2f} ms of CPU per request (server + clients) they "
        f"serve at most {top:.0f} requests/s, less the swap's {load:.0f} CPU-s"
    )
    if not args.rate:
        print(
            f"closed loop: mean latency = clients / throughput >= {args.clients} / "
            f"{top:.0f} = {1000 * args.clients / top:.0f} ms even with both cores free"
        )


def abuse(base: str, pid: int) -> None:
    peak = MemoryPeak(pid, every=0.1)
    """The three hostile requests of issue 9, with /healthz probed throughout."""
    probe: list[float] = []
    stop = threading.Event()

    def probing() -> None:
        with httpx.Client(base_url=base, timeout=10) as http:
            for _ in range(100_000):
                if stop.is_set():
                    return
                started = time.perf_counter()
                http.get("/healthz")
                probe.append(time.perf_counter() - started)
                time.sleep(0.02)

    thread = threading.Thread(target=probing)
    thread.start()
    cases = {
        "1 MB name": ["K" * 1_000_000],
        "100,000-word name": [" ".join(["kim"] * 100_000)],
        "2,000 names": [f"Kim Yong Bok {i}" for i in range(2000)],
        "50 names (the limit)": [f"Kim Yong Bok {i}" for i in range(50)],
    }
    try:
        with httpx.Client(base_url=base, timeout=120) as http:
            for label, names in cases.items():
                body = {"queries": {"q": {"schema": "Person", "properties": {"name": names}}}}
                times = []
                for _ in range(REPEAT):
                    started = time.perf_counter()
                    answer = http.post("/match/default", json=body)
                    times.append(time.perf_counter() - started)
                detail = answer.json().get("detail", "") if answer.status_code >= 400 else ""
                print(
                    f"{label:22} HTTP {answer.status_code}, slowest of {REPEAT} in "
                    f"{1000 * max(times):7.1f} ms {detail}"
                )
    finally:
        stop.set()
        thread.join()
    print(
        f"/healthz during: n={len(probe)} p50 {_ms(probe, 0.5):.1f} ms "
        f"max {1000 * max(probe):.1f} ms"
    )
    pss, rss, count = peak.stop()
    print(
        f"server memory peak: {pss:.0f} MiB PSS over {count} processes, largest single RSS "
        f"{rss:.0f} MiB; load average {os.getloadavg()[0]:.1f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--lists", choices=["ftm", "all"], default="all")
    parser.add_argument("--workers", help="SANCTIONWATCH_API_WORKERS for the server")
    parser.add_argument("--processes", help="SANCTIONWATCH_API_PROCESSES for the server")
    parser.add_argument("--rate", type=float, default=0, help="requests/s offered (open loop)")
    parser.add_argument(
        "--distinct", type=int, default=0, help="N distinct /match queries, sent in turn"
    )
    parser.add_argument("--abuse", action="store_true", help="the hostile requests instead")
    parser.add_argument("--timeline", action="store_true", help="latency second by second")
    parser.add_argument(
        "--phases",
        action="store_true",
        help="the swap's phases: wall and CPU time, and the latency of requests in each",
    )
    parser.add_argument(
        "--load-nice",
        type=int,
        default=0,
        help="run the swap's `lists load` at this much more niceness (as `nice -n N`), on top of "
        "SANCTIONWATCH_LOAD_NICENESS, which the CLI adds itself",
    )
    args = parser.parse_args()
    args.load_start = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "load.db"
        entities = load_store(db, "ftm" if args.abuse else args.lists)
        port = _free_port()
        server = start_server(db, port, args.workers, args.processes)
        base = f"http://{HOST}:{port}"
        try:
            wait_ready(base, 600)
            pss, rss, count = memory_mib(server.pid)
            print(f"ready: {pss:.0f} MiB PSS over {count} processes, largest RSS {rss:.0f} MiB")
            if args.abuse:
                abuse(base, server.pid)
                return

            def halfway(delay: float) -> dict[str, Any]:
                time.sleep(delay)
                return swap(db, base, args.load_nice)

            mix = requests_for(db)
            if args.distinct:
                mix = with_distinct_matches(mix, distinct_requests(db, args.distinct))
            cpu = cpu_seconds(server.pid)
            peak = MemoryPeak(server.pid)
            loop = clients_loop(
                base, mix, args.clients, args.seconds, halfway, args.rate, bool(args.distinct)
            )
            result = asyncio.run(loop)
            cpu = cpu_seconds(server.pid) - cpu
            print_load(result, peak.stop(), entities, cpu, args)
            pss, rss, count = memory_mib(server.pid)
            print(
                f"after the swap (old scoring processes retired): {pss:.0f} MiB PSS over "
                f"{count} processes, largest RSS {rss:.0f} MiB"
            )
        finally:
            server.terminate()
            server.wait(timeout=30)


if __name__ == "__main__":
    main()
