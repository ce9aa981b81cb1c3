"""Build the name-pair bench: `pairs_tune.csv` (seed 101) and `pairs_heldout.csv` (seed 202).

    .venv/bin/python bench/screening/make_pairs.py [--per-kind 150]
    .venv/bin/python bench/screening/make_pairs.py --draw 1919 --per-kind 100000 --out draw.csv

Rows are `left,right,schema,label,kind`, the columns `sanctionwatch compare` reads.
Matches (label 1) are two names one list gives one entity: a name and an alias in Latin
letters that share some letters (rapidfuzz token_set_ratio >= 50: aliases such as 'The
Base' for 'AL-QAIDA' no name matcher can tell), or a name in its original script and the
Latin one. Non-matches (label 0) are names of two listed entities that look alike: the
same surname, a shared word in an organisation's name, a surname two or three edits
away. Halves are drawn from alternate entities, so no entity is in both.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus import is_latin, load_entities
from make_bench import _PATRONYMIC_END, _consonants, _surname_at, write_halves
from make_cases import _tokens

HERE = Path(__file__).parent
Entity = dict[str, Any]
Row = dict[str, str]


def _names(entity: Entity, latin: bool = True) -> list[str]:
    props = entity.get("properties", {})
    pool = props.get("name", []) + props.get("alias", [])
    return [n for n in pool if is_latin(n) == latin and 3 <= len(n) <= 80]


def _row(left: str, right: str, schema: str, label: int, kind: str) -> Row:
    return {"left": left, "right": right, "schema": schema, "label": str(label), "kind": kind}


def build(seed: int, per_kind: int, entities: list[Entity], part: int) -> list[Row]:
    from rapidfuzz import fuzz, utils
    from rapidfuzz.distance import Levenshtein

    rng = random.Random(seed)
    half = [e for i, e in enumerate(entities) if i % 2 == part and _names(e)]
    rng.shuffle(half)
    rows: list[Row] = []
    made: dict[str, int] = defaultdict(int)

    def add(row: Row) -> None:
        if made[row["kind"]] < per_kind:
            made[row["kind"]] += 1
            rows.append(row)

    for e in half:
        latin = _names(e)
        if len(latin) >= 2:
            a, b = rng.sample(latin, 2)
            ratio = fuzz.token_set_ratio(a, b, processor=utils.default_process)
            if ratio >= 50 and a.casefold() != b.casefold():
                add(_row(a, b, e["schema"], 1, "alias"))
        others = _names(e, latin=False)
        if latin and others:
            add(_row(rng.choice(others), latin[0], e["schema"], 1, "script"))
    persons = [e for e in half if e["schema"] == "Person"]
    by_surname: dict[str, list[Entity]] = defaultdict(list)
    surnames: dict[str, set[str]] = defaultdict(set)
    for e in persons:
        name = _names(e)[0]
        at = _surname_at(name)
        words = _tokens(name)
        if at is not None and len(words) >= 2:
            last = words[at].lower().strip(",")
            # Within one list: across lists one person has several ids.
            by_surname[e["id"].split("-")[0] + ":" + last].append(e)
            if last.isalpha() and len(last) >= 5 and not _PATRONYMIC_END.search(last):
                surnames[last[0]].add(last)
    for group in by_surname.values():
        if len(group) >= 2:
            a, b = rng.sample(group, 2)
            na, nb = _names(a)[0], _names(b)[0]
            given_a, given_b = _tokens(na)[-1].lower(), _tokens(nb)[-1].lower()
            # Same given name too would be a namesake the lists cannot tell apart either.
            if given_a != given_b and set(_tokens(na.lower())) != set(_tokens(nb.lower())):
                add(_row(na, nb, "Person", 0, "same_surname"))
    for letter, pool in surnames.items():
        words = sorted(pool)
        for word in rng.sample(words, k=min(len(words), 30)):
            near = [
                o
                for o in words
                if 2 <= Levenshtein.distance(o, word) <= 3 and _consonants(o) != _consonants(word)
            ]
            sources = [k for k in by_surname if k.endswith(":" + word)]
            if not near or not sources:
                continue
            source = sources[0].split(":")[0]
            other = by_surname.get(f"{source}:{rng.choice(near)}")
            if other:
                a, b = by_surname[sources[0]][0], other[0]
                add(_row(_names(a)[0], _names(b)[0], "Person", 0, "near_surname"))
        del letter
    orgs = [e for e in half if e["schema"] in ("Organization", "Company")]
    by_word: dict[str, list[Entity]] = defaultdict(list)
    for e in orgs:
        # Sorted: a set's order follows the process's string hash seed, and the order
        # words are first seen in decides the order of the groups below.
        for w in sorted({w.lower() for w in _tokens(_names(e)[0]) if len(w) >= 5}):
            by_word[w].append(e)
    for group in by_word.values():
        if 2 <= len(group) <= 20:
            a, b = rng.sample(group, 2)
            na, nb = _names(a)[0], _names(b)[0]
            if na.casefold() != nb.casefold() and a["id"].split("-")[0] == b["id"].split("-")[0]:
                add(_row(na, nb, a["schema"], 0, "shared_word"))
    rng.shuffle(rows)
    return rows


def _write_draw(rows: list[Row], out: Path) -> None:
    with out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    counts: dict[str, int] = defaultdict(int)
    for row in rows:
        counts[row["kind"]] += 1
    print(f"{out}: {len(rows)} pairs: {dict(counts)}", file=sys.stderr)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-kind", type=int, default=150)
    parser.add_argument(
        "--draw",
        type=int,
        metavar="SEED",
        help="instead: one draw from the tuning half's entities with this seed, every pair "
        "each entity gives (--per-kind is a cap), written to --out: fresh pairs to look "
        "at misses on, when pairs_tune.csv has been tuned on",
    )
    parser.add_argument("--out", type=Path, help="where --draw writes its pairs")
    args = parser.parse_args(argv)
    entities = [e for e in load_entities() if e["schema"] != "Sanction"]
    if args.draw is not None:
        if args.out is None:
            parser.error("--draw needs --out")
        _write_draw(build(args.draw, args.per_kind, entities, 0), args.out)
        return
    write_halves(
        ("pairs_tune", "pairs_heldout"),
        lambda seed, part: build(seed, args.per_kind, entities, part),
        "kind",
        "pairs",
    )


if __name__ == "__main__":
    main()
