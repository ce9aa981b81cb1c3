"""What each part of a distinct screening query costs: queries per CPU-second with that
part's work done before the timing starts, beside the plain figure, in alternate processes.

    .venv/bin/python bench/query_prizes.py --db sqlite:///all-lists.db [--rounds 3]

Each mode runs in a process of its own, the modes alternating round by round (the
machine is shared: compare figures of one round). Every mode builds `--queries` distinct
queries (`querygen.py`, the seed of `queries.py`'s distinct figure), runs 400 others
untimed, then times `Index.match` (limit 5) over them once:

  cold          as `queries.py`'s "distinct" figure
  similarities  the timed queries run once before; every cache emptied but the token
                pairs' similarities (`names._SIMILARITIES`): no pair compared afresh
  forms         likewise, but the query names' forms (`text.name_form`) kept
  retrieval     likewise, every cache emptied; each query's candidates known before
                (`Index.candidates` answers from a dict): no retrieval at all

The gain of a mode over `cold` bounds what making that part free could give. On a
compiled build (`make setup`), unlike pure Python, these are the shares that count.
"""

from __future__ import annotations

import argparse
import gc
import subprocess
import sys
import time
from typing import Any

from querygen import distinct_queries, index_parties  # bench/querygen.py, beside this script
from sanctionwatch.screening import index as index_module
from sanctionwatch.screening import names, pairs, scorer, script, text
from sanctionwatch.screening.index import Index
from sanctionwatch.screening.query import prepare
from sanctionwatch.served import load_served
from sanctionwatch.store import get_engine

MODES = ("cold", "similarities", "forms", "retrieval")
_WARM = 400


def _clear(keep: str = "") -> None:
    """Empty the screening modules' caches, but the one named `keep`."""
    for module in (names, pairs, scorer, script, text, index_module):
        for name, value in vars(module).items():
            if name != keep and hasattr(value, "cache_clear"):
                value.cache_clear()
    if keep != "_SIMILARITIES":
        names._SIMILARITIES.clear()
    names._FACTS.clear()
    index_module._QUERY_KEYS.clear()
    scorer.name_memo().clear()


def _query_key(query: Any) -> tuple[Any, ...]:
    return tuple(query.names), query.schema, tuple(query.birth_dates), tuple(query.countries)


def run_mode(db: str, mode: str, count: int) -> float:
    served = load_served(get_engine(db))
    served.warm()
    gc.freeze()
    index = served.index
    fresh = distinct_queries(index_parties(index), count + _WARM, seed=97)
    warm, timed = fresh[:_WARM], fresh[_WARM:]
    for query in warm:
        index.match(query, limit=5)
    if mode in ("similarities", "forms"):
        for query in timed:
            index.match(query, limit=5)
        _clear("_SIMILARITIES" if mode == "similarities" else "name_form")
        for query in warm:  # the other caches as warm as in `cold`
            index.match(query, limit=5)
    elif mode == "retrieval":
        retrieve = Index.candidates
        known = {_query_key(p): retrieve(index, p) for p in map(prepare, timed)}

        def candidates(self: Index, query: Any, *args: Any, **kwargs: Any) -> list[int]:
            return known[_query_key(query)]

        _clear()
        for query in warm:
            index.match(query, limit=5)
        Index.candidates = candidates  # type: ignore[method-assign]
    started = time.process_time()
    for query in timed:
        index.match(query, limit=5)
    return len(timed) / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL with every shipped list loaded")
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--mode", choices=MODES, help=argparse.SUPPRESS)  # one process's
    args = parser.parse_args()
    if args.mode:
        print(f"{run_mode(args.db, args.mode, args.queries):.1f}")
        return
    for round_ in range(1, args.rounds + 1):
        figures = {}
        for mode in MODES:
            command = [sys.executable, __file__, "--db", args.db, "--mode", mode]
            command += ["--queries", str(args.queries)]
            out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
            figures[mode] = float(out.split()[-1])
        line = ", ".join(
            f"{mode} {qps:,.0f} ({qps / figures['cold'] - 1:+.0%})" for mode, qps in figures.items()
        )
        print(f"round {round_}: {line}", flush=True)


if __name__ == "__main__":
    main()
