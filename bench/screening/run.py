"""Run `cases.csv` through our index, nomenklatura's logic-v2 and a rapidfuzz baseline.

    .venv/bin/python bench/screening/run.py [--lv2-limit N]

Ours screens each query against the whole index (retrieval + scoring) and counts a
case as matched when the labelled entity is among the hits at >= 0.7. logic-v2 and
rapidfuzz only compare the query with the labelled entity (no retrieval), which can
only flatter them. Prints recall per positive class, false-positive rate per negative
class, and queries per second for each.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus import latin_only, load_entities

from sanctionwatch.screening import THRESHOLD, Index, Query
from sanctionwatch.screening.index import _QUERY_KEYS
from sanctionwatch.screening.names import _SIMILARITIES
from sanctionwatch.screening.scorer import name_memo
from sanctionwatch.screening.text import (
    abjad_keys,
    abjad_readings,
    given_key,
    is_generic,
    name_form,
    phonetic,
    skeleton,
)

HERE = Path(__file__).parent
Case = dict[str, str]
Entity = dict[str, Any]


def query_of(case: Case) -> Query:
    return Query(
        names=[case["query_name"]],
        schema=case["query_schema"],
        birth_dates=[case["query_birth_date"]] if case["query_birth_date"] else [],
        countries=[case["query_country"]] if case["query_country"] else [],
        imo=[case["query_imo"]] if case["query_imo"] else [],
    )


def clear_caches() -> None:
    for func in (
        name_form,
        phonetic,
        skeleton,
        abjad_keys,
        abjad_readings,
        is_generic,
        given_key,
    ):
        func.cache_clear()
    _SIMILARITIES.clear()  # token pairs
    _QUERY_KEYS.clear()
    name_memo().clear()  # name comparisons kept across queries


def run_ours(cases: list[Case], index: Index, repeat: int = 3) -> tuple[list[bool], float]:
    """Flags and queries/s, best of `repeat` timed passes (the cores are shared)."""
    elapsed = float("inf")
    for _ in range(repeat):
        queries = [query_of(c) for c in cases]  # fresh: a Query caches its normal forms
        clear_caches()  # and so do the normalisers: every pass starts cold
        start = time.perf_counter()
        hits = [index.match(q, limit=10) for q in queries]
        elapsed = min(elapsed, time.perf_counter() - start)
    out = [
        any(h.entity_id == c["candidate_id"] and h.score >= THRESHOLD for h in hs)
        for c, hs in zip(cases, hits, strict=True)
    ]
    return out, len(cases) / elapsed


def logic_v2() -> Callable[[Case, Entity], bool]:
    from followthemoney import model
    from nomenklatura.matching import LogicV2

    config = LogicV2.default_config()
    counter = itertools.count()

    def compare(case: Case, entity: Entity) -> bool:
        query = model.make_entity(case["query_schema"])
        query.id = f"query-{next(counter)}"  # logic-v2 caches name analysis by entity id
        query.add("name", case["query_name"])
        if case["query_birth_date"]:
            query.add("birthDate", case["query_birth_date"], quiet=True)
        if case["query_country"]:
            query.add("country", case["query_country"], quiet=True)
        if case["query_imo"]:
            query.add("imoNumber", case["query_imo"], quiet=True)
        result = model.get_proxy(entity, cleaned=False)
        return LogicV2.compare(query, result, config).score >= THRESHOLD

    return compare


def rapidfuzz_baseline(threshold: float) -> Callable[[Case, Entity], bool]:
    from rapidfuzz import fuzz, utils

    def compare(case: Case, entity: Entity) -> bool:
        names = entity["properties"].get("name", []) + entity["properties"].get("alias", [])
        q = case["query_name"]
        best = max(
            (fuzz.token_set_ratio(q, n, processor=utils.default_process) for n in names),
            default=0,
        )
        return best >= threshold

    return compare


def run_pairwise(
    cases: list[Case], entities: dict[str, Entity], compare: Callable[[Case, Entity], bool]
) -> tuple[list[bool], float]:
    start = time.perf_counter()
    out = [compare(c, entities[c["candidate_id"]]) for c in cases]
    return out, len(cases) / (time.perf_counter() - start)


Flags = dict[int, bool]  # case number -> matched


def report(cases: list[Case], results: dict[str, tuple[Flags, float]]) -> None:
    classes = sorted({c["class"] for c in cases}, key=lambda k: (k.startswith("neg"), k))
    names = list(results)
    print(f"{'class':24}{'n':>6}" + "".join(f"{n:>14}" for n in names))

    def cell(name: str, wanted: Callable[[Case], bool]) -> str:
        flags = results[name][0]
        sub = [f for i, f in flags.items() if wanted(cases[i])]
        return f"{sum(sub) / len(sub):>14.3f}" if sub else f"{'-':>14}"

    for kind in classes:
        n = sum(c["class"] == kind for c in cases)
        label = ("FPR " if kind.startswith("neg") else "recall ") + kind
        print(
            f"{label:24}{n:>6}" + "".join(cell(m, lambda c, k=kind: c["class"] == k) for m in names)
        )
    is_neg = lambda c: c["class"].startswith("neg")  # noqa: E731 - a one-line predicate
    print(f"{'recall (all)':30}" + "".join(cell(m, lambda c: not is_neg(c)) for m in names))
    print(f"{'FPR (all)':30}" + "".join(cell(m, is_neg) for m in names))
    print(f"{'queries/s':30}" + "".join(f"{results[m][1]:>14.0f}" for m in names))
    print(f"{'cases run':30}" + "".join(f"{len(results[m][0]):>14}" for m in names))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HERE / "cases.csv")
    parser.add_argument("--lv2-limit", type=int, default=0, help="logic-v2 on the first N (0: all)")
    parser.add_argument("--rf-threshold", type=float, default=85.0)
    parser.add_argument("--skip-lv2", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="timed passes of ours (best)")
    args = parser.parse_args(argv)
    with args.cases.open(encoding="utf-8") as fh:
        cases = list(csv.DictReader(fh))
    start = time.perf_counter()
    entities = {e["id"]: latin_only(e) for e in load_entities() if e["schema"] != "Sanction"}
    loaded = time.perf_counter()
    index = Index.build(entities.values())
    built = time.perf_counter()
    print(
        f"{len(entities)} entities loaded in {loaded - start:.1f}s, "
        f"indexed in {built - loaded:.1f}s; {len(cases)} cases",
        file=sys.stderr,
    )
    results: dict[str, tuple[Flags, float]] = {}
    every = list(range(len(cases)))
    flags, qps = run_ours(cases, index, args.repeat)
    results["ours"] = (dict(zip(every, flags, strict=True)), qps)
    if not args.skip_lv2:
        # A subset spread over all classes: every k-th case.
        step = max(len(cases) // args.lv2_limit, 1) if args.lv2_limit else 1
        picked = every[::step]
        flags, qps = run_pairwise([cases[i] for i in picked], entities, logic_v2())
        results["logic-v2"] = (dict(zip(picked, flags, strict=True)), qps)
    flags, qps = run_pairwise(cases, entities, rapidfuzz_baseline(args.rf_threshold))
    results[f"rapidfuzz{args.rf_threshold:.0f}"] = (dict(zip(every, flags, strict=True)), qps)
    report(cases, results)


if __name__ == "__main__":
    main()
