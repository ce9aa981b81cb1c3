"""Every name pair of the tuning half's entities, for choosing scorer changes on more
than `pairs_tune.csv`'s 750 (tuned on case by case for several passes).

    .venv/bin/python bench/screening/pairs_wide.py [--out .cache/pairs_wide.csv]
    .venv/bin/python bench/screening/pairs.py --skip-lv2 \
        --pairs bench/screening/.cache/pairs_wide.csv

`make_pairs.build` on part 0 (the entities `pairs_tune.csv` is drawn from, none of the
held-out half's) with another seed and no cap per kind: about 2,100 alias, 1,700
original-script, 430 same-surname, 250 near-surname and 670 shared-word pairs. Positives
outnumber negatives here, so read recall and false positives per kind, not precision.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import load_entities
from make_pairs import build

HERE = Path(__file__).parent


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=HERE / ".cache" / "pairs_wide.csv")
    parser.add_argument("--seed", type=int, default=303)
    args = parser.parse_args(argv)
    entities = [e for e in load_entities() if e["schema"] != "Sanction"]
    rows = build(args.seed, 1_000_000, entities, 0)  # part 0: the tuning half
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    counts = Counter(r["kind"] for r in rows)
    print(f"{args.out}: {len(rows)} pairs: {dict(counts)}", file=sys.stderr)


if __name__ == "__main__":
    main()
