"""Screening queries per second in one process, on one core, over a store's lists.

    .venv/bin/python bench/queries.py --db sqlite:///all-lists.db [--queries 2000]

The store should hold every shipped list (`sanctionwatch lists load ../shared/lists`).
Queries are built from listed names with a fixed seed: a third whole, a third with one
letter changed, a third with a word dropped or the words swapped; each with and without
a schema. The index is read from its file and decoded in full first (as the server does),
then the queries run twice, untimed and timed; the figure is queries per CPU-second of
this process (`time.process_time`), so other work on a shared machine slows it less than
wall time would. Two figures: the screening index alone (`Index.match`, limit 5), and
the API's path for one /match query (cleaning the query, matching, the result bodies,
profiles collapsed), without HTTP.

Each figure twice: "repeated", the queries above timed on their second run (the caches
have seen every name and token pair), and "distinct", `--queries` other queries
(`querygen.py`: any alias, varied, with or without schema, birth year and country), none
seen before, each timed on its first run, after an untimed warm-up on still others.
"""

from __future__ import annotations

import argparse
import gc
import random
import time
from typing import Any

from querygen import distinct_queries, index_parties  # bench/querygen.py, beside this script
from sanctionwatch.served import load_served
from sanctionwatch.store import get_engine

SCHEMAS = ("Person", "Organization", "Company", "Vessel", "Airplane", "LegalEntity")


def _variant(rng: random.Random, name: str) -> str:
    words = name.split()
    kind = rng.randrange(3)
    if kind == 1 and len(name) > 4:
        at = rng.randrange(1, len(name) - 1)
        return name[:at] + rng.choice("aeiouyknrst") + name[at + 1 :]
    if kind == 2 and len(words) > 2:
        return " ".join(words[:-1]) if rng.random() < 0.5 else " ".join(words[1:] + words[:1])
    return name


def build_queries(served: Any, count: int, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    listed = sorted(served.entities.values(), key=lambda e: e.entity_id)
    out = []
    for _ in range(count):
        entity = rng.choice(listed)
        props = {"name": [_variant(rng, entity.caption)]}
        schema = entity.schema if rng.random() < 0.5 and entity.schema in SCHEMAS else "Thing"
        out.append({"schema": "LegalEntity" if schema == "Thing" else schema, "properties": props})
    return out


def per_second(run: Any, items: list[Any]) -> float:
    for item in items:  # untimed: caches, lazily decoded shards
        run(item)
    started = time.process_time()
    for item in items:
        run(item)
    return len(items) / (time.process_time() - started)


def first_seen(run: Any, warm: list[Any], items: list[Any]) -> float:
    """Per CPU-second over `items`, each run once, after an untimed run over `warm`."""
    for item in warm:
        run(item)
    started = time.process_time()
    for item in items:
        run(item)
    return len(items) / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True, help="store URL with every shipped list loaded")
    parser.add_argument("--queries", type=int, default=2000)
    args = parser.parse_args()
    engine = get_engine(args.db)
    served = load_served(engine)
    served.warm()
    # As the server does once its snapshot is decoded: the index's millions of long-lived
    # objects are left out of every later collection.
    gc.freeze()
    queries = build_queries(served, args.queries)
    # Distinct from one another and from `queries`: a seed of their own; the first few
    # hundred warm up, the rest are timed.
    fresh = distinct_queries(index_parties(served.index), 2 * args.queries + 400, seed=97)
    warm, first, second = fresh[:400], fresh[400 : 400 + args.queries], fresh[400 + args.queries :]
    print(f"{len(served.index):,} indexed parties, {len(queries):,} queries")
    index = served.index

    def screen(query: Any) -> None:
        index.match(query, limit=5)

    qps = per_second(screen, queries)
    print(f"screening index alone, repeated: {qps:,.0f} queries per CPU-second")
    qps = first_seen(screen, warm, first)
    print(f"screening index alone, distinct: {qps:,.0f} queries per CPU-second")

    from sanctionwatch.api.filters import EntityFilter
    from sanctionwatch.api.limits import Limits
    from sanctionwatch.api.matching import build_matcher
    from sanctionwatch.api.models import EntityMatchQuery
    from sanctionwatch.api.profiled import Profiles
    from sanctionwatch.api.querying import MatchParams, match_queries
    from sanctionwatch.api.state import IndexHolder

    holder = IndexHolder(engine, build_matcher)
    holder.refresh()
    snapshot = holder.current().materialized()
    profiles = Profiles(engine)
    params = MatchParams("best", 5, 0.7, 0.5, 100, Limits.from_settings())
    everything = EntityFilter.make(frozenset(snapshot.lists))

    def bodies(items: list[Any]) -> list[EntityMatchQuery]:
        return [EntityMatchQuery.model_validate({"queries": {"q": q}}) for q in items]

    def api(body: EntityMatchQuery) -> None:
        profiles.collapse_results(match_queries(snapshot, body, everything, params))

    qps = per_second(api, bodies(queries))
    print(f"API path, one /match query, no HTTP, repeated: {qps:,.0f} per CPU-second")
    qps = first_seen(api, bodies(warm), bodies(second))
    print(f"API path, one /match query, no HTTP, distinct: {qps:,.0f} per CPU-second")


if __name__ == "__main__":
    main()
