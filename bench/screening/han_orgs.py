"""Chinese organisations' names in Han against their English names, written here.

`han_orgs.csv`: label 1, a real organisation's registered Han name and the English name
it uses (translated words, brands, pinyin, reordered: 'Agricultural Bank of China'),
scored as a pair (`score`), in two halves by a fixed seed: 'tune', looked at while
changing the tables, and 'check', scored only to report a change; label 0, a Han company
name that no list names, sharing business words, places and everyday brand words with
listed ones, screened against every list entity (Latin names only, as `classes.py`
indexes them): its best hit.
Written in session 22 before any table was changed for it (its first look is in the
README). Prints the pairs' recall at 0.7 and the innocent names' hits at 0.5 or more.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import latin_only, load_entities

from sanctionwatch.screening import Index, Query, score

HERE = Path(__file__).parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HERE / "han_orgs.csv")
    parser.add_argument("--pairs-only", action="store_true", help="skip the index")
    parser.add_argument(
        "--part",
        choices=("tune", "check", "all"),
        default="tune",
        help="the pairs' half (seed 22): 'check' is scored only to report a change",
    )
    args = parser.parse_args(argv)
    with args.cases.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    found = 0
    pairs = [r for r in rows if r["label"] == "1"]
    random.Random(22).shuffle(pairs)
    half = len(pairs) // 2
    pairs = {"tune": pairs[:half], "check": pairs[half:], "all": pairs}[args.part]
    for row in pairs:
        entity = {"id": "x", "schema": "Organization", "properties": {"name": [row["english"]]}}
        value = score(Query(names=[row["han"]], schema="Organization"), entity).score
        found += value >= 0.7
        print(f"pair {value:.3f} {row['han']} | {row['english']}")
    print(f"pairs found at 0.7: {found} of {len(pairs)} ({found / len(pairs):.3f})")
    if args.pairs_only:
        return
    entities = [latin_only(e) for e in load_entities() if e["schema"] != "Sanction"]
    names = {e["id"]: (e["properties"].get("name") or ["?"])[0] for e in entities}
    index = Index.build(entities)
    flagged = 0
    innocent = [r for r in rows if r["label"] == "0"]
    for row in innocent:
        hits = index.match(Query(names=[row["han"]], schema="Organization"), limit=1)
        if hits and hits[0].score >= 0.5:
            print(f"innocent {hits[0].score:.3f} {row['han']} | {names[hits[0].entity_id]}")
            flagged += hits[0].score >= 0.7
    print(f"innocent names hit at 0.7: {flagged} of {len(innocent)}")


if __name__ == "__main__":
    main()
