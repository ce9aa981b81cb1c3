"""Issue 12's check: no `links --unlisted` row whose name `screen` finds at 0.9 or more.

    .venv/bin/python bench/unlisted_check.py --db sqlite:///corpus.db [--ingest]

The store should hold every shipped list (`bench/lists_load.py --db ...`); `--ingest`
first ingests the shared corpus (seeds, dev, train) into it. Links are redone from
scratch, then every unlisted row's name is screened alone (as `sanctionwatch screen NAME`
does). Prints the rows that fail the check, and the links made across kinds.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from sanctionwatch.batch import run_ingest
from sanctionwatch.linking import list_links, relink_all
from sanctionwatch.screening import Query
from sanctionwatch.served import load_served
from sanctionwatch.store import get_engine

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--ingest", action="store_true", help="ingest the shared corpus first")
    args = parser.parse_args()
    engine = get_engine(args.db)
    if args.ingest:
        print(run_ingest([str(CORPUS)], engine).summary())
    served = load_served(engine)
    t0 = time.perf_counter()
    summary = relink_all(engine, served)
    print(
        f"relink: {summary.linked} of {summary.targets} targets match a list entity "
        f"({time.perf_counter() - t0:.1f} s)"
    )
    rows = list_links(engine, unlisted=True)
    failing = []
    for row in rows:
        hits = served.screen(Query(names=[row["target"]]), limit=1)
        if hits and hits[0][0].score >= 0.9:
            failing.append((row, hits[0]))
    print(f"{len(rows)} unlisted rows; {len(failing)} whose name screen finds at >= 0.9")
    for row, (hit, listed) in failing:
        print(
            f"  FAIL {row['target']!r} ({row['kind']}): screen finds {listed.caption!r} "
            f"{hit.score:.2f}; nearest link {row['caption']!r} {row['score']}"
        )
    across = [r for r in list_links(engine) if r["match"] and r["other_kind"]]
    print(f"{len(across)} matches across kinds:")
    for r in across:
        print(f"  {r['target']!r} ({r['kind']}) -> {r['caption']!r} ({r['schema']}) {r['score']}")


if __name__ == "__main__":
    main()
