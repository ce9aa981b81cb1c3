"""Profiles over every shipped list: how many list entities collapse into how many
profiles, by evidence, and a random sample of merges to check by hand.

    .venv/bin/python bench/profiles.py --db /tmp/lists.db [--load] [--sample 50 --seed 12]

With --load, every list file under ../shared/lists is loaded into --db first
(`sanctionwatch lists load ../shared/lists`). The sample lists, per merge, the
member, the entry it was joined to and the evidence, for a person to mark right
or wrong (bench/profiles/sample50.txt holds one such check).
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import current_entities
from sanctionwatch.store.profiles import build_profiles
from sanctionwatch.store.tables import profile_members

SHARED_LISTS = Path(__file__).resolve().parents[1].parent / "shared" / "lists"


def _show(entity: dict, list_name: str) -> str:
    p = entity.get("properties") or {}
    countries = p.get("country", []) + p.get("nationality", [])
    return (
        f"{list_name}:{entity['id']} {entity['schema']} {p.get('name')} "
        f"dob={p.get('birthDate')} c={countries}"
    )[:230]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True)
    parser.add_argument("--load", action="store_true")
    parser.add_argument("--sample", type=int, default=50)
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    if args.load:
        cmd = [
            str(Path(sys.executable).parent / "sanctionwatch"),
            "lists",
            "load",
            str(SHARED_LISTS),
        ]
        subprocess.run([*cmd, "--db", args.db], check=False)
    engine = get_engine(args.db if "://" in args.db else f"sqlite:///{args.db}")
    start = time.perf_counter()
    counts = build_profiles(engine)
    seconds = time.perf_counter() - start
    print(
        f"{counts['grouped']:,} of {counts['entities']:,} list entities (people, organisations, "
        f"vessels, aircraft) form {counts['profiles']:,} profiles; built in {seconds:.1f} s"
    )
    with engine.connect() as conn:
        rows = list(conn.execute(profile_members.select()))
    sizes = Counter(Counter(r.profile_id for r in rows).values())
    print("profile sizes:", dict(sorted(sizes.items())))
    evidence = Counter(
        json.loads(r.reasons)[0].split(" (")[0] for r in rows if json.loads(r.reasons)
    )
    print("merges by evidence:", dict(evidence.most_common()))
    if not args.sample:
        return
    entities = {(e["datasets"][0], e["id"]): e for e in current_entities(engine)}
    merges = [r for r in rows if json.loads(r.reasons)]
    random.seed(args.seed)
    by_profile: dict[str, list] = {}
    for r in rows:
        by_profile.setdefault(r.profile_id, []).append(r)
    for i, r in enumerate(random.sample(merges, min(args.sample, len(merges))), 1):
        reason = json.loads(r.reasons)[0]
        other_id = reason.rsplit(" with ", 1)[-1]
        print(i, reason[:90])
        print("   ", _show(entities[(r.list_name, r.entity_id)], r.list_name))
        other = next((m for m in by_profile[r.profile_id] if m.entity_id == other_id), None)
        if other is not None:
            print("   ", _show(entities[(other.list_name, other.entity_id)], "other"))


if __name__ == "__main__":
    main()
