"""Whole-command times on a warm store: `sanctionwatch screen` and `serve` until ready.

    .venv/bin/python bench/index_load.py --db sqlite:///all-lists.db [--runs 5]

"Warm store": the lists are loaded and the screening index and API snapshot files were
written by an earlier command (this script prepares them first, as `lists load` does).
Each figure is the wall time of a fresh process, as a user or a service manager starts
it: `screen` from start to exit, `serve` from start to the first 200 from /readyz; with
the CPU time the process used by then, which a loaded machine inflates less.
"""

from __future__ import annotations

import argparse
import os
import resource
import socket
import statistics
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from sanctionwatch import indexfile
from sanctionwatch.api.prepare import prepare
from sanctionwatch.served import index_file, load_served
from sanctionwatch.store import get_engine
from sanctionwatch.store.versions import current_basis

BIN = Path(sys.executable).parent / "sanctionwatch"


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def _cpu_of(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


CPU: list[float] = []  # CPU seconds of each timed process, in order


def screen_once(db: str, name: str) -> float:
    t0, cpu = time.perf_counter(), _children_cpu()
    subprocess.run([str(BIN), "screen", name, "--db", db], check=True, capture_output=True)
    CPU.append(_children_cpu() - cpu)
    return time.perf_counter() - t0


def serve_once(db: str) -> float:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        [str(BIN), "serve", "--db", db, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=1) as r:
                    if r.status == 200:
                        CPU.append(_cpu_of(proc.pid))
                        return time.perf_counter() - t0
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            if proc.poll() is not None:
                raise SystemExit("serve exited before it was ready")
            time.sleep(0.05)
    finally:
        proc.terminate()
        proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    engine = get_engine(args.db)
    prepare(engine)  # the index and snapshot files, as `lists load` writes them
    basis = current_basis(engine)
    t0 = time.perf_counter()
    served = load_served(engine, basis)
    path = index_file(engine, basis)
    print(
        f"index: {len(served.index):,} entities of {len(basis)} lists; first load_served "
        f"{time.perf_counter() - t0:.2f} s; file {path} "
        f"({path.stat().st_size / 2**20:.0f} MiB)"
        if path
        else "index: not kept on disk"
    )
    if path:
        key = path.name.removesuffix(indexfile.SUFFIX)
        loads = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            indexfile.load(path, key)
            loads.append(time.perf_counter() - t0)
        print(f"index file read and checked: median {statistics.median(loads):.2f} s")
    screen_once(args.db, "warm-up")
    CPU.clear()
    names = ["Gazprom Neft", "Kim Yong Bok", "Ocean Star", "Rosneft", "Vladimir Putin"]
    times = [screen_once(args.db, names[n % len(names)]) for n in range(args.runs)]
    print(
        f"`sanctionwatch screen NAME`, whole command: median {statistics.median(times):.2f} s, "
        f"max {max(times):.2f} s over {len(times)} runs; CPU median "
        f"{statistics.median(CPU):.2f} s"
    )
    CPU.clear()
    ready = [serve_once(args.db) for _ in range(max(1, args.runs // 2))]
    print(
        f"`sanctionwatch serve` until /readyz answers 200: median "
        f"{statistics.median(ready):.2f} s, max {max(ready):.2f} s over {len(ready)} runs; "
        f"server CPU by then median {statistics.median(CPU):.2f} s"
    )
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
