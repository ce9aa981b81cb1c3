"""Cold load of every shipped list into a fresh store, then the serving index and its memory.

    .venv/bin/python bench/lists_load.py [--db URL]

Prints seconds per list (read + store, one transaction each), the total, the
time to build the screening index from the store, and the resident memory of
the process once the API's snapshot (entities + search + screening index) is built.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from pathlib import Path

from sanctionwatch.loading import load_source
from sanctionwatch.store import get_engine

LISTS = Path(__file__).resolve().parents[1].parent / "shared" / "lists"
SOURCES = [
    "ofac",  # the 2021 SDN CSV set ...
    "ofac/2024-05/sdn.csv",  # ... and a newer SDN: a second version of the same list
    "ofac/consolidated/2025-06/consolidated.xml",
    "ofac/consolidated/2025-12",
    "ofac/enhanced/IRGC_sanctions.xml",
    "un/consolidated.xml",
    "eu/deriv-2020-04/sample_eu_sanctions.xml",
    "uk/FCDO_SL_Wed_Nov 19 2025.ods",
    "uk/ofsi/2020-04/ConList.csv",
    "canada/sema-lmes.xml",
    "australia/regulation8_consolidated.xlsx",
    "ftm/yente-t1/entities.ftm.json",
    "ftm/yente-zala/entities.ftm.json",
]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", help="store URL (default: a fresh temporary SQLite file)")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    engine = get_engine(args.db or f"sqlite:///{tmp}/bench.db")
    total = 0
    started = time.perf_counter()
    for rel in SOURCES:
        t0 = time.perf_counter()
        outcome, _ = load_source(engine, str(LISTS / rel))
        total += outcome.entities
        took = time.perf_counter() - t0
        print(f"{took:6.2f} s  {outcome.entities:>7,} entities  {outcome.name:<18} {rel}")
    load_s = time.perf_counter() - started
    print(f"load: {load_s:.2f} s for {len(SOURCES)} files, {total:,} entities stored")

    from sanctionwatch.api.snapshot import build_snapshot

    t0 = time.perf_counter()
    snapshot = build_snapshot(engine)
    index_s = time.perf_counter() - t0
    print(
        f"serving snapshot: {index_s:.2f} s for {len(snapshot.entities):,} entities; "
        f"peak RSS {rss_mb():.0f} MB (goal <= 1024 MB)"
    )


if __name__ == "__main__":
    main()
