"""A list swap's phases in one process, without clients: CPU, wall, stalls and memory.

    python bench/swap_phases.py [--lists ftm|all] [--store PATH] [--processes N]

Loads the lists into a SQLite store as `bench/load.py` does (or copies `--store`, a
store `load.py`'s `load_store` wrote before, with its index folder, to save that
minute), serves it with an `IndexHolder` in this process (`--processes` scoring
processes, 2 unless given), loads the 2024 OFAC list with the CLI (`lists load`, which
prepares the new files), then swaps it in (`refresh(wait=True)`, what POST /updatez
runs) and prints each phase the holder timed: its wall time, the CPU time of the swap's
thread and of this process, the longest CPU stretch between two decoding pauses, how
late a probe thread that sleeps 1 ms at a time woke up (the wait for the interpreter
lock that a request would have had, plus the machine's own scheduling delay), and the
peak PSS of this process and its scoring processes (sampled every 0.1 s).

CPU figures hold on a busy machine; wall times and the probe's lateness do not (compare
runs made close together). With no requests the scoring processes do not grow, so the
memory is the snapshots' and the copies the swap itself makes.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from load import SWAP_TO, load_store  # bench/load.py, beside this script
from proctree import memory_mib
from sanctionwatch.api.state import IndexHolder
from sanctionwatch.store import get_engine

PROBE = 0.001  # seconds the probe thread sleeps each time
SAMPLE = 0.1  # seconds between memory samples


def _ms(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return 1000 * ordered[int(q * (len(ordered) - 1))] if ordered else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lists", choices=["ftm", "all"], default="all")
    parser.add_argument("--store", type=Path, help="a store load.py built before, copied")
    parser.add_argument("--processes", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "swap.db"
        if args.store:
            shutil.copy(args.store, db)
            index = Path(f"{args.store}.index")
            if index.exists():
                shutil.copytree(index, Path(f"{db}.index"))
        else:
            print(f"entities: {load_store(db, args.lists):,}", flush=True)
        holder = IndexHolder(get_engine(f"sqlite:///{db}"), processes=args.processes)
        try:
            run(holder, db)
        finally:
            holder.close()


def run(holder: IndexHolder, db: Path) -> None:
    sys.setswitchinterval(0.001)  # as the server sets it (api/app.py)
    cpu = time.process_time()
    holder.refresh()
    print(f"start-up: {time.process_time() - cpu:.2f} CPU-s")
    cli = str(Path(sys.executable).parent / "sanctionwatch")
    command = [cli, "lists", "load", str(SWAP_TO), "--name", "ofac", "--db", str(db)]
    loaded = subprocess.run(command, capture_output=True, text=True, check=False)
    if loaded.returncode != 0:
        raise SystemExit(f"lists load failed: {loaded.stderr[-500:]}")
    late: list[tuple[float, float]] = []
    memory: list[tuple[float, float]] = []
    stop = threading.Event()

    def probe() -> None:
        while not stop.is_set():
            at = time.monotonic()
            time.sleep(PROBE)
            late.append((at, time.monotonic() - at - PROBE))

    def sample() -> None:
        while not stop.wait(SAMPLE):
            memory.append((time.monotonic(), memory_mib(os.getpid())[0]))

    threads = [threading.Thread(target=probe), threading.Thread(target=sample)]
    for thread in threads:
        thread.start()
    before = memory_mib(os.getpid())[0]
    try:
        swapped = holder.refresh(wait=True)
    finally:
        stop.set()
        for thread in threads:
            thread.join()
    if not swapped:
        raise SystemExit(f"no swap: {holder.last_error}")
    after = memory_mib(os.getpid())[0]
    peak = max([pss for _, pss in memory] or [after])
    print(f"PSS: before the swap {before:.0f} MiB, peak {peak:.0f}, after {after:.0f}")
    print(
        "phase         wall s   CPU s  process CPU s  longest ms  probe late p50 ms  p99 ms"
        "  max ms  PSS peak MiB"
    )
    for phase in holder.phases:
        end = phase.at + phase.wall
        lags = [lag for at, lag in late if phase.at <= at < end]
        pss = [value for at, value in memory if phase.at <= at < end]
        longest = "" if phase.longest is None else f"{1000 * phase.longest:.1f}"
        print(
            f"{phase.name:12} {phase.wall:7.2f} {phase.cpu:7.2f} {phase.process_cpu:14.2f} "
            f"{longest:>11} {_ms(lags, 0.5):18.2f} {_ms(lags, 0.99):7.1f} {_ms(lags, 1.0):7.1f} "
            f"{max(pss) if pss else float('nan'):13.0f}"
        )


if __name__ == "__main__":
    main()
