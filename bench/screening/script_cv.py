"""Every tuning-half entity's original-script name, screened with a table it did not teach.

    .venv/bin/python bench/screening/script_cv.py [--show arabic] [--threshold 0.742]

The class bench's script classes hold 60 Arabic, 60 Persian and 11 Chinese queries a
half; the tuning half's entities carry several times more original-script names. This
bench queries all of them (`make_bench`'s reading of a script: Arabic, Persian, CJK),
each against all named entities as `classes.py` does (Latin names only indexed), in two
folds: the entities of one fold are queried with the word table `learn_script.py` learns
from the other (the held-out half is never learned from nor queried), so every query
meets the table as the held-out half meets it. Choose script changes by this and
`script_tune.py`, not by the held-out half. Chinese has no learned table: its figure is
a training score wherever a word of `chinese_words.txt` was chosen by looking at it.

The index is built once and kept in `.cache/script_cv_index.pickle` (keyed by nothing:
delete it after a change to how Latin names are read; script changes leave it valid).
"""

from __future__ import annotations

import argparse
import pickle
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus import latin_only, load_entities
from learn_script import learn
from make_bench import _original
from make_cases import _case, _extras, names
from run import query_of

from sanctionwatch.screening import Index, script

SCRIPTS = {"arabic": "ARABIC", "persian": "PERSIAN", "chinese": "CJK", "cyrillic": "CYRILLIC"}
CACHE = Path(__file__).parent / ".cache" / "script_cv_index.pickle"
Entity = dict[str, Any]


def cases(entities: list[Entity], seed: int) -> list[tuple[int, dict[str, str]]]:
    """(fold, case) for every tuning-half entity with a Latin and an original name."""
    rng = random.Random(seed)
    out = []
    for i, e in enumerate(entities):
        if i % 2 or not names(e):
            continue
        for label, code in SCRIPTS.items():
            query = _original(e, code)
            if query:
                extra = _extras(rng, e)
                out.append(((i // 2) % 2, _case(f"script_{label}", 1, e, query, **extra)))
    return out


def use_votes(votes: dict[str, Any]) -> None:
    """The learned table replaced in this process by `votes`, as `script._load` reads it."""
    script.WORDS.clear()
    for key, counts in votes.items():
        script.WORDS[key] = min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]
    for line in script.data_lines("arabic_names.txt"):
        word, spelt = line.split(" ")
        script.WORDS.setdefault(script.script_key(word), spelt)


def build_index(entities: list[Entity]) -> Index:
    if CACHE.exists():
        with CACHE.open("rb") as fh:
            return pickle.load(fh)  # our own file, written below
    index = Index.build(latin_only(e) for e in entities)
    CACHE.parent.mkdir(exist_ok=True)
    sys.setrecursionlimit(100_000)
    with CACHE.open("wb") as fh:
        pickle.dump(index, fh, protocol=5)
    return index


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threshold", type=float, default=0.742, help="tune.csv's 1 %% FPR")
    parser.add_argument("--show", default="", help="list the misses of this script")
    parser.add_argument("--seed", type=int, default=606)
    args = parser.parse_args(argv)
    entities = [e for e in load_entities() if e["schema"] != "Sanction"]
    index = build_index(entities)
    folds = cases(entities, args.seed)
    script.WORDS.clear()  # learn from plain transliterations, as learn_script.py does
    tables = {}
    for fold in (0, 1):
        ids = frozenset(c["candidate_id"] for f, c in folds if f == fold)
        tables[fold] = learn(entities, ids)
    scored: dict[str, list[tuple[float, dict[str, str]]]] = defaultdict(list)
    for fold in (0, 1):
        use_votes(tables[fold])
        for f, case in folds:
            if f != fold:
                continue
            hits = index.match(query_of(case), limit=10)
            got = [h.score for h in hits if h.entity_id == case["candidate_id"]]
            scored[case["class"]].append((max(got, default=0.0), case))
    for kind, rows in sorted(scored.items()):
        at = sum(s >= args.threshold for s, _ in rows) / len(rows)
        at7 = sum(s >= 0.7 for s, _ in rows) / len(rows)
        print(f"{kind:16} n={len(rows):4}  @{args.threshold}: {at:.3f}  @0.7: {at7:.3f}")
        if args.show and args.show in kind:
            for s, c in sorted(rows, key=lambda r: r[0]):
                if s < args.threshold:
                    print(f"    {s:.3f}  {c['query_name']}  |  {c['candidate_name']}")


if __name__ == "__main__":
    main()
