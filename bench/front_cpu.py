"""CPU per request of the server for bench/load.py's distinct mix, and its answers.

    python bench/front_cpu.py --db STORE.db [--requests 3000] [--clients 20]
                              [--bodies OUT.jsonl] [--profile OUT.prof] [--processes 2]

Starts `sanctionwatch serve` over STORE.db (a store with its serving files prepared, as
`bench/load.py` makes one) with the `sanctionwatch` package that PYTHONPATH names, sends
`--requests` requests of `bench/load.py --distinct`'s mix (/match, /search, /entities, in
turn, each /match query distinct) from `--clients` keep-alive clients, and prints the CPU
the server's front process (HTTP, validation, answers) and its scoring processes spent
per request. `--bodies` writes each answer (request number, status, body) as a line, so
two trees' answers can be compared (`--compare A B`). `--profile` runs the server's
event loop thread under cProfile and writes its statistics when the server ends.

No list swap and no timing of latency: this is for A/B comparisons of CPU on a loaded
machine, where latency means nothing.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from api import HOST, _free_port, distinct_requests, requests_for, wait_ready
from load import with_distinct_matches
from proctree import cpu_split
from rawhttp import HEAD_END, encode_mix

PROFILED = """
import cProfile, signal, sys, time
from sanctionwatch.cli import main
sys.argv = ["sanctionwatch", *sys.argv[2:]]
profile = cProfile.Profile(time.thread_time)  # the event loop thread's CPU, not wall
profile.enable()
try:
    main()
except (SystemExit, KeyboardInterrupt):
    pass
finally:
    profile.disable()
    profile.dump_stats(PATH)
"""


def start(db: Path, port: int, processes: str, profile: Path | None) -> subprocess.Popen[bytes]:
    # A fixed hash seed: /search's facet values of equal count come in the order of a
    # set of strings, which differs between processes otherwise.
    env = {**os.environ, "SANCTIONWATCH_API_REFRESH_SECONDS": "0", "PYTHONHASHSEED": "0"}
    env["SANCTIONWATCH_API_PROCESSES"] = processes
    args = ["serve", "--db", str(db), "--host", HOST, "--port", str(port)]
    if profile is None:
        command = [str(Path(sys.executable).parent / "sanctionwatch"), *args]
    else:
        code = PROFILED.replace("PATH", repr(str(profile)))
        command = [sys.executable, "-c", code, "-", *args]
    return subprocess.Popen(command, env=env)


async def exchange(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, request: bytes
) -> tuple[int, bytes]:
    writer.write(request)
    head = await reader.readuntil(HEAD_END)
    lowered = head.lower()
    at = lowered.find(b"\r\ncontent-length:")
    end = lowered.index(b"\r\n", at + 2)
    body = await reader.readexactly(int(lowered[at + 17 : end]))
    return int(head[9:12]), body


async def run(base: str, mix: list[Any], total: int, clients: int) -> list[tuple[int, int, bytes]]:
    host, port, encoded = encode_mix(base, mix)
    counter = iter(range(total))
    answers: list[tuple[int, int, bytes]] = []

    async def client() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        try:
            for i in counter:
                status, body = await exchange(reader, writer, encoded[i % len(encoded)][1])
                answers.append((i, status, body))
        finally:
            writer.close()

    await asyncio.gather(*(client() for _ in range(clients)))
    return sorted(answers)


def compare(a: Path, b: Path) -> None:
    left = a.read_text().splitlines()
    right = b.read_text().splitlines()
    differ = [i for i, (x, y) in enumerate(zip(left, right, strict=False)) if x != y]
    print(f"{len(left)} and {len(right)} answers; {len(differ)} differ")
    for i in differ[:5]:
        print("A:", left[i][:400])
        print("B:", right[i][:400])
    if differ or len(left) != len(right):
        raise SystemExit(1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--requests", type=int, default=3000)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--processes", default="2")
    parser.add_argument("--bodies", type=Path)
    parser.add_argument("--profile", type=Path)
    parser.add_argument("--compare", nargs=2, type=Path)
    args = parser.parse_args()
    if args.compare:
        compare(*args.compare)
        return
    db = args.db.resolve()
    mix = with_distinct_matches(requests_for(db), distinct_requests(db, args.requests))
    port = _free_port()
    server = start(db, port, args.processes, args.profile)
    base = f"http://{HOST}:{port}"
    try:
        wait_ready(base, 900)
        before = cpu_split(server.pid)
        started = time.monotonic()
        answers = asyncio.run(run(base, mix, args.requests, args.clients))
        elapsed = time.monotonic() - started
        after = cpu_split(server.pid)
    finally:
        # uvicorn re-raises the signal it stopped on: SIGINT ends `main` with
        # KeyboardInterrupt, so the profile is still written; SIGTERM would kill it.
        server.send_signal(signal.SIGINT if args.profile else signal.SIGTERM)
        server.wait(timeout=60)
    front, scoring = (1000 * (after[k] - before[k]) / len(answers) for k in (0, 1))
    kinds = {
        kind: sum(1 for i, _, _ in answers if mix[i % len(mix)][0] == kind)
        for kind in ("match", "search", "entities")
    }
    print(
        f"{len(answers)} requests {kinds} in {elapsed:.1f} s; CPU per request: front "
        f"{front:.3f} ms, scoring processes {scoring:.3f} ms, together {front + scoring:.3f} ms; "
        f"statuses {sorted({s for _, s, _ in answers})}; load {os.getloadavg()[0]:.1f}"
    )
    if args.bodies:
        with args.bodies.open("w") as out:
            for i, status, body in answers:
                out.write(json.dumps([i, status, body.decode("utf-8")], ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
