"""Queries per CPU second of `Index.match` over all shipped lists, one process, one core.

    .venv/bin/python bench/screening/speed.py [--cases bench/screening/cases.csv] [--repeat 3]

CPU time (`time.process_time`), not wall time: the machine this runs on is shared, and
CPU time is what another session's load disturbs least. Each pass starts cold (fresh
queries, normaliser caches cleared), best of `--repeat`. Also prints the index build time.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import latin_only, load_entities
from run import clear_caches, query_of

from sanctionwatch.screening import Index

HERE = Path(__file__).parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HERE / "cases.csv")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    with args.cases.open(encoding="utf-8", newline="") as fh:
        cases = list(csv.DictReader(fh))
    entities = [latin_only(e) for e in load_entities() if e["schema"] != "Sanction"]
    start = time.process_time()
    index = Index.build(entities)
    built = time.process_time() - start
    best = float("inf")
    for _ in range(args.repeat):
        queries = [query_of(c) for c in cases]
        clear_caches()
        start = time.process_time()
        for query in queries:
            index.match(query, limit=10)
        best = min(best, time.process_time() - start)
    print(f"{len(index)} entities indexed in {built:.1f} CPU s")
    print(
        f"{args.cases.name}: {len(cases)} queries in {best:.2f} CPU s: "
        f"{len(cases) / best:,.0f} queries per CPU second (best of {args.repeat})"
    )


if __name__ == "__main__":
    main()
