"""Innocent Chinese persons' names in Han screened against every entity: hits at 0.7, 0.6.

.venv/bin/python bench/screening/innocent_han.py            # 1,500 names, seed 2828

Names are a surname and one or two given characters of `data/innocent_script.json`'s
Chinese words, drawn with the seed (generated, so each hit may be read); the index holds
every shipped list's Latin names (`corpus.latin_only`), as `classes.py` screens them.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import latin_only, load_entities

from sanctionwatch.screening import Index, Query

HERE = Path(__file__).parent


def names(n: int, seed: int) -> list[str]:
    words = json.loads((HERE / "data" / "innocent_script.json").read_text("utf-8"))["chinese"]
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        surname = rng.choice(words["surnames"])
        out.append(surname + "".join(rng.choice(words["given"]) for _ in range(rng.choice((1, 2)))))
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1500)
    parser.add_argument("--seed", type=int, default=2828)
    args = parser.parse_args(argv)
    entities = {e["id"]: latin_only(e) for e in load_entities() if e["schema"] != "Sanction"}
    index = Index.build(list(entities.values()))
    at7 = at6 = 0
    queries = names(args.n, args.seed)
    for name in queries:
        hits = index.match(Query(names=[name], schema="Person"), limit=1)
        top = hits[0].score if hits else 0.0
        at7 += top >= 0.7
        at6 += top >= 0.6
        if top >= 0.6:
            listed = entities[hits[0].entity_id]["properties"].get("name", ["?"])[0]
            print(f"{top:.3f} {name} | {listed} ({hits[0].entity_id})")
    print(f"innocent Han names hit @0.7: {at7}, @0.6: {at6} of {len(queries)}")


if __name__ == "__main__":
    main()
