"""Persons' names in Han that are no Mandarin-read Chinese names, against the lists'
Latin names: Korean names in Hanja (read in Sino-Korean), Burmese names and foreign
names without a middle dot, as Chinese writes them (`han_foreign.csv`).

Each row names a listed person (its entity id) and a Han form of the name: '金铁三' is
the lists' own (KIM CHOL SAM, UN and DFAT); the others were written in session 27 as
Chinese media write these persons' names, before any change to the readings. The rows
are split by group into two halves by a fixed seed: 'tune', looked at while changing the
tables, and 'check', scored only to report a change. Each Han query is scored against
the listed entity with its Latin names only (as `classes.py` indexes it), and screened
against every list entity with `--index`: the listed one among the first ten hits.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import latin_only, load_entities

from sanctionwatch.screening import THRESHOLD, Index, Query, score

HERE = Path(__file__).parent


def halves(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """The rows' 'tune' and 'check' halves, each group split alike (seed 27)."""
    groups: dict[str, list[dict[str, str]]] = defaultdict(list)
    for row in rows:
        groups[row["group"]].append(row)
    out: dict[str, list[dict[str, str]]] = {"tune": [], "check": []}
    for group in sorted(groups):
        members = groups[group]
        random.Random(27).shuffle(members)
        out["tune"] += members[: len(members) // 2]
        out["check"] += members[len(members) // 2 :]
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HERE / "han_foreign.csv")
    parser.add_argument("--part", choices=("tune", "check"), default="tune")
    parser.add_argument("--index", action="store_true", help="screen against every entity")
    parser.add_argument("-v", action="store_true", help="print each row (not for 'check')")
    args = parser.parse_args(argv)
    with args.cases.open(encoding="utf-8") as fh:
        rows = halves(list(csv.DictReader(fh)))[args.part]
    entities = {e["id"]: latin_only(e) for e in load_entities() if e["schema"] != "Sanction"}
    index = Index.build(list(entities.values())) if args.index else None
    found: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        query = Query(names=[row["han"]], schema="Person")
        value = score(query, entities[row["entity_id"]]).score
        if index is not None:
            hits = index.match(query, limit=10)
            value = max((h.score for h in hits if h.entity_id == row["entity_id"]), default=0.0)
        found[row["group"]][0] += value >= THRESHOLD
        found[row["group"]][1] += 1
        if args.v and args.part == "tune":
            print(f"{value:.3f} {row['group']} {row['han']} | {row['latin']}")
    total = [sum(f[0] for f in found.values()), sum(f[1] for f in found.values())]
    for group, (hit, n) in [*sorted(found.items()), ("all", (total[0], total[1]))]:
        print(f"{args.part} {group}: {hit} of {n} at {THRESHOLD} ({hit / n:.3f})")


if __name__ == "__main__":
    main()
