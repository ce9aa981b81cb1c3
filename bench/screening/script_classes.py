"""The class bench's script rows alone, for quick turns on script readings.

    .venv/bin/python bench/screening/script_classes.py [--cases tune.csv] [--show cyrillic]

Scores the `script_*` and `neg_script_*` rows of one half as `classes.py` does (every
named entity indexed, Latin names only; the labelled entity's score among 10 hits, any
hit for a negative) at a fixed threshold (`tune.csv`'s 1 %-FPR one by default, which the
script rows do not move: `classes.py` leaves the script negatives out of it). The index
is `script_cv.py`'s cached one. Show misses (and flagged negatives) of the tuning half
only.
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from itertools import pairwise
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from corpus import load_entities
from run import query_of
from script_cv import build_index

from sanctionwatch.screening import script

HERE = Path(__file__).parent


def pinyin_transliteration(han: str, latin: str) -> bool:
    """Whether a Latin name writes some of a Han name's characters in pinyin: a word of it,
    or two words joined ('Shen Zhong', 'Hehuixin'), of 4 letters or more, is the pinyin of
    a run of its characters, not a known place ('Foshan'). A Latin name that translates
    ('Golden Age' for 登奇 Dengqi), abbreviates ('YLH') or brands ('Allchips') its Han name
    is no test of a transliteration."""
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(script.simplified(han), errors="ignore")
    runs = {
        "".join(syllables[i:j])
        for i in range(len(syllables))
        for j in range(i + 1, min(i + 5, len(syllables) + 1))
    }
    places = {"".join(lazy_pinyin(p)) for p in script.PLACES}
    words = re.findall("[a-z]+", latin.casefold())
    spelt = set(words) | {a + b for a, b in pairwise(words)}
    return any(len(w) >= 4 and w in runs and w not in places for w in spelt)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=Path, default=HERE / "tune.csv")
    parser.add_argument("--threshold", type=float, default=0.742)
    parser.add_argument("--show", default="", help="list misses of classes containing this")
    parser.add_argument("--json", type=Path, help="write per-case scores here")
    args = parser.parse_args(argv)
    with args.cases.open(encoding="utf-8") as fh:
        rows = [r for r in csv.DictReader(fh) if "script_" in r["class"]]
    entities = [e for e in load_entities() if e["schema"] != "Sanction"]
    index = build_index(entities)
    caption = {e["id"]: (e["properties"].get("name") or [""])[0] for e in entities}
    by_class: dict[str, list[tuple[float, dict[str, str]]]] = {}
    for case in rows:
        hits = index.match(query_of(case), limit=10)
        negative = case["class"].startswith("neg_")
        got = [h for h in hits if negative or h.entity_id == case["candidate_id"]]
        best = max(got, key=lambda h: h.score, default=None)
        score = best.score if best else 0.0
        shown = dict(case, hit=caption.get(best.entity_id, "") if best and negative else "")
        by_class.setdefault(case["class"], []).append((score, shown))
    for kind, scored in sorted(by_class.items()):
        rate = sum(s >= args.threshold for s, _ in scored) / len(scored)
        print(f"{kind:22} n={len(scored):3}  @{args.threshold}: {rate:.3f}")
        if kind == "script_chinese":
            pinyin = [
                s for s, c in scored if pinyin_transliteration(c["query_name"], c["candidate_name"])
            ]
            rate = sum(s >= args.threshold for s in pinyin) / max(len(pinyin), 1)
            print(f"{'  ... in pinyin':22} n={len(pinyin):3}  @{args.threshold}: {rate:.3f}")
        if args.show and args.show in kind:
            negative = kind.startswith("neg_")
            for s, c in sorted(scored, key=lambda r: r[0], reverse=negative):
                if (s >= args.threshold) == negative:
                    print(f"    {s:.3f}  {c['query_name']}  |  {c['candidate_name']} {c['hit']}")
    if args.json:
        out = {f"{c['class']}|{c['query_name']}": s for v in by_class.values() for s, c in v}
        args.json.write_text(json.dumps(out, ensure_ascii=False, indent=0), "utf-8")


if __name__ == "__main__":
    main()
