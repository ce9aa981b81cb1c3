"""List pairs of events a reader might call one decision, for a person to judge.

    .venv/bin/python scripts/check_one_decision.py --db STORE [--days 7] [--json]

Consolidation joins reports that share authority and status, are dated within
3 days and share a target (the same name, or names the screening scorer calls
one party), the programme, or the counts. This check is deliberately looser, so
it finds what consolidation might have missed: two events of one authority and
status, dated within --days of each other that share any target name token of 4+
letters, a programme, or a stated count; or, one undated, that share a target
name (the same, or a scorer match). Each pair is
printed with both titles, dates, articles and why it was flagged; the closing
note of issue 12 lists the pairs found on the shared corpus and how each was
decided. Exits 0 always: the judgement is a reader's.
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from itertools import combinations
from typing import Any

from sanctionwatch.events.consolidate import names_match
from sanctionwatch.names import name_tokens
from sanctionwatch.store import get_engine, normalise_url
from sanctionwatch.store.events import EventFilter, get_event, list_events


def _profile(event: dict[str, Any]) -> dict[str, Any]:
    names = {t["name"] for a in event["actions"] for t in a["targets"]}
    return {
        "id": event["id"],
        "title": event["title"],
        "date": event["date"],
        "key": (event["authority"], event["status"]),
        "names": names,
        "tokens": {t for n in names for t in name_tokens(n) if len(t) >= 4},
        "programs": {
            " ".join(a["program"].casefold().split()) for a in event["actions"] if a["program"]
        },
        "counts": {(k, v) for a in event["actions"] for k, v in a["counts"].items() if v},
        "articles": sorted({a["article"]["id"] for a in event["actions"]}),
    }


def _days_apart(a: str | None, b: str | None) -> int | None:
    from datetime import date

    if a is None or b is None:
        return None
    return abs((date.fromisoformat(a) - date.fromisoformat(b)).days)


def _why(a: dict[str, Any], b: dict[str, Any]) -> list[str]:
    out = []
    similar = sorted(
        f"{x!r} ~ {y!r}" for x in a["names"] for y in b["names"] if x != y and names_match(x, y)
    )
    if same := sorted(a["names"] & b["names"]):
        out.append("same target: " + ", ".join(same))
    if similar:
        out.append("scorer match: " + "; ".join(similar))
    if shared := sorted(a["tokens"] & b["tokens"]):
        out.append("shared name words: " + ", ".join(shared))
    if programs := sorted(a["programs"] & b["programs"]):
        out.append("same programme: " + ", ".join(programs))
    if counts := sorted(a["counts"] & b["counts"]):
        out.append("same counts: " + ", ".join(f"{v} {k}" for k, v in counts))
    return out


def find_pairs(engine: Any, days: int) -> list[dict[str, Any]]:
    _, rows = list_events(engine, EventFilter(limit=1_000_000))
    by_key: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        event = get_event(engine, row["id"])
        if event is not None:
            p = _profile(event)
            by_key[p["key"]].append(p)
    pairs = []
    for group in by_key.values():
        for a, b in combinations(group, 2):
            apart = _days_apart(a["date"], b["date"])
            if apart is not None and apart > days:
                continue
            why = _why(a, b)
            if apart is None:  # undated: only a shared party makes it worth a look
                why = [w for w in why if w.startswith(("same target", "scorer match"))]
            if why:
                pairs.append({"days_apart": apart, "why": why, "a": a, "b": b})
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--days", type=int, default=7)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    pairs = find_pairs(get_engine(normalise_url(args.db)), args.days)
    for n, p in enumerate(pairs, 1):
        a, b = p["a"], p["b"]
        if args.json:
            keep = ("id", "title", "date", "articles")
            print(
                json.dumps(
                    {
                        "days_apart": p["days_apart"],
                        "why": p["why"],
                        "a": {k: a[k] for k in keep},
                        "b": {k: b[k] for k in keep},
                    }
                )
            )
            continue
        print(f"{n}. {p['days_apart']} days apart; " + " | ".join(p["why"]))
        for e in (a, b):
            print(f"   {e['id']} {e['date']} {e['title']}  [{', '.join(e['articles'])}]")
    print(f"{len(pairs)} pairs to judge")


if __name__ == "__main__":
    main()
