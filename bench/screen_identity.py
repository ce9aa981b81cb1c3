"""Screening results, recorded and compared: a speed change must not change one hit.

    .venv/bin/python bench/screen_identity.py --db sqlite:////tmp/all-lists.db \
        --save /tmp/before.jsonl            # on the code before the change
    .venv/bin/python bench/screen_identity.py --db sqlite:////tmp/all-lists.db \
        --compare /tmp/before.jsonl         # after it: exit 1 on any difference

Runs `--queries` distinct queries (`querygen.py`, fixed seed) through `Index.match`
(limit 10) and writes, per query, every hit's entity id, score and features (name,
score, weight, detail, the two values compared), in order. `--compare` reports the
first differences and how many queries differ.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from querygen import distinct_queries, index_parties  # bench/querygen.py, beside this script
from sanctionwatch.served import load_served
from sanctionwatch.store import get_engine


def record(index: Any, query: dict[str, Any], limit: int) -> dict[str, Any]:
    hits = index.match(query, limit=limit)
    return {"query": query, "hits": [[h.entity_id, h.score, _features(h)] for h in hits]}


def _features(hit: Any) -> list[list[Any]]:
    return [
        [f.name, f.score, f.weight, f.detail, f.query_value, f.candidate_value]
        for f in hit.features
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL with every shipped list loaded")
    parser.add_argument("--queries", type=int, default=3000)
    parser.add_argument("--limit", type=int, default=10)
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--save", type=Path, help="write the results here")
    what.add_argument("--compare", type=Path, help="compare with results saved before")
    args = parser.parse_args()
    served = load_served(get_engine(args.db))
    served.warm()
    queries = distinct_queries(index_parties(served.index), args.queries)
    started = time.process_time()
    results = [record(served.index, q, args.limit) for q in queries]
    cpu = time.process_time() - started
    print(f"{len(results):,} queries in {cpu:.1f} CPU-s ({len(results) / cpu:,.0f}/s, cold)")
    if args.save:
        with args.save.open("w", encoding="utf-8") as fh:
            fh.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in results)
        print(f"saved to {args.save}")
        return
    with args.compare.open(encoding="utf-8") as fh:
        before = [json.loads(line) for line in fh]
    if len(before) != len(results):
        sys.exit(f"{len(before)} queries saved, {len(results)} run: not the same bench")
    differ = 0
    for old, new in zip(before, json.loads(json.dumps(results)), strict=True):
        if old["query"] != new["query"]:
            sys.exit(f"queries differ: {old['query']} vs {new['query']}: not the same bench")
        if old["hits"] != new["hits"]:
            differ += 1
            if differ <= 5:
                print(f"DIFFERS {json.dumps(old['query'], ensure_ascii=False)}")
                print(f"  before: {[(h[0], h[1]) for h in old['hits']]}")
                print(f"  after:  {[(h[0], h[1]) for h in new['hits']]}")
    hits = sum(len(r["hits"]) for r in results)
    print(f"{differ} of {len(results):,} queries differ ({hits:,} hits compared)")
    sys.exit(1 if differ else 0)


if __name__ == "__main__":
    main()
