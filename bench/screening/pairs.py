"""Score the name-pair bench with `compare` (our CSV path) and logic-v2: P, R, F1 at 0.7.

.venv/bin/python bench/screening/pairs.py --pairs bench/screening/pairs_heldout.csv
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections import defaultdict
from pathlib import Path

from sanctionwatch.screenfile import compare_pairs
from sanctionwatch.screening import THRESHOLD

HERE = Path(__file__).parent


def ours(path: Path) -> list[float]:
    out = io.StringIO()
    compare_pairs(path, out)
    return [float(r["score"]) for r in csv.DictReader(io.StringIO(out.getvalue()))]


def logic_v2(rows: list[dict[str, str]]) -> list[float]:
    from followthemoney import model
    from nomenklatura.matching import LogicV2

    config = LogicV2.default_config()
    scores = []
    for n, row in enumerate(rows):
        left, right = model.make_entity(row["schema"]), model.make_entity(row["schema"])
        left.id, right.id = f"l{n}", f"r{n}"
        left.add("name", row["left"])
        right.add("name", row["right"])
        scores.append(LogicV2.compare(left, right, config).score)
    return scores


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pairs", type=Path, default=HERE / "pairs_tune.csv")
    parser.add_argument("--skip-lv2", action="store_true")
    args = parser.parse_args(argv)
    with args.pairs.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    results = {"ours": ours(args.pairs)}
    if not args.skip_lv2:
        results["logic-v2"] = logic_v2(rows)
    print(f"{args.pairs.name}: {len(rows)} pairs, threshold {THRESHOLD}\n")
    print("| | " + " | ".join(results) + " |")
    print("| --- |" + " ---: |" * len(results))
    kinds: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        kinds[row["kind"]].append(i)
    for kind, idx in sorted(kinds.items()):
        label = rows[idx[0]]["label"]
        what = "recall" if label == "1" else "false positives"
        cells = [sum(scores[i] >= THRESHOLD for i in idx) / len(idx) for scores in results.values()]
        print(f"| {what} {kind} ({len(idx)}) | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    for stat in ("precision", "recall", "F1"):
        cells = []
        for scores in results.values():
            tp = sum(
                s >= THRESHOLD and r["label"] == "1" for s, r in zip(scores, rows, strict=True)
            )
            fp = sum(
                s >= THRESHOLD and r["label"] == "0" for s, r in zip(scores, rows, strict=True)
            )
            pos = sum(r["label"] == "1" for r in rows)
            p, r = tp / max(tp + fp, 1), tp / max(pos, 1)
            f1 = 2 * p * r / max(p + r, 1e-9)
            cells.append({"precision": p, "recall": r, "F1": f1}[stat])
        print(f"| {stat} | " + " | ".join(f"{c:.3f}" for c in cells) + " |")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
