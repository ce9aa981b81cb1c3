"""A customer file of 10,000 innocent common names, and listed names with one typo.

    .venv/bin/python bench/screening/innocent.py [--n 10000] [--typos 500] [--seed 303]

Innocent names come from `data/innocent_names.json` (Chinese, Korean, Arabic, Persian,
Russian, Hispanic, English, German/French, South Asian, Turkic/African names and company
names), half with a birth year and a country drawn at random. Any hit at the threshold
is a false alarm. The typo half takes listed names (persons and organisations) and
changes one letter anywhere (make_bench's `typo_any`); found means the listed entity
is among the hits at the threshold. Seed 303 is neither bench half's.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import latin_only, load_entities
from make_bench import _innocent_name, make
from make_cases import names

from sanctionwatch.screening import THRESHOLD, Index, Query


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000)
    parser.add_argument("--typos", type=int, default=500)
    parser.add_argument("--seed", type=int, default=303)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    entities = [latin_only(e) for e in load_entities() if e["schema"] != "Sanction"]
    index = Index.build(entities)
    queries = []
    for i in range(args.n):
        name, schema, country = _innocent_name(rng)
        if i % 2:
            year = [str(rng.randrange(1945, 2004))] if schema == "Person" else []
            queries.append(
                Query(names=[name], schema=schema, countries=[country], birth_dates=year)
            )
        else:
            queries.append(Query(names=[name], schema=schema))
    start = time.perf_counter()
    flagged = [q for q in queries if any(h.score >= THRESHOLD for h in index.match(q, limit=3))]
    took = time.perf_counter() - start
    print(f"innocent: {len(flagged)} of {len(queries)} flagged ({len(flagged) / len(queries):.2%})")
    print(f"  {len(queries) / took:,.0f} queries/s (one process, shared cores)")
    for q in flagged[:15]:
        hit = index.match(q, limit=1)[0]
        listed = index.get(hit.entity_id)
        shown = listed.names[0] if listed else "?"
        print(f"  {q.names[0]!r} {q.countries} {q.birth_dates} -> {shown!r} {hit.score:.3f}")
    pool = [e for e in entities if e["schema"] in ("Person", "Organization", "Company")]
    rng.shuffle(pool)
    found = tried = 0
    missed = []
    for entity in pool:
        if tried >= args.typos:
            break
        query = make("typo_any", rng, entity)
        if not query or query == (names(entity) or [""])[0]:
            continue
        tried += 1
        hits = index.match(Query(names=[query], schema=entity["schema"]), limit=10)
        if any(h.entity_id == entity["id"] and h.score >= THRESHOLD for h in hits):
            found += 1
        else:
            missed.append((query, names(entity)[0]))
    print(f"listed names with one typo: {found} of {tried} found ({found / max(tried, 1):.2%})")
    for query, name in missed[:15]:
        print(f"  missed {query!r} for {name!r}")


if __name__ == "__main__":
    main()
