"""Group actions from different articles that report the same decision.

Two actions are one decision when they share authority and status, their
dates are close (or one is unknown), and they overlap in what they hit: a
target, the programme, or a stated count. Grouping is transitive (a later
report can join two earlier groups) and a pure function of its input, so
re-running it on the same actions gives the same events.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

DATE_WINDOW_DAYS = 3  # reports of one decision date it within a few days of each other


@dataclass(frozen=True)
class Member:
    """What consolidation needs to know of one stored action."""

    action_pk: int
    article_pk: int
    article_key: str  # content hash of the article: stable across rebuilds
    seq: int
    authority: str
    status: str
    date: date | None
    program: str | None
    counts: tuple[tuple[str, int], ...]  # (kind, n) for the counts the report states
    target_keys: frozenset[str] = field(default_factory=frozenset)


def _program_key(program: str | None) -> str | None:
    return " ".join(program.casefold().split()) if program else None


def same_decision(a: Member, b: Member) -> bool:
    """Whether two reported actions are one decision."""
    if a.article_pk == b.article_pk:  # the extractor already split one article's actions
        return False
    if (a.authority, a.status) != (b.authority, b.status):
        return False
    dated = a.date is not None and b.date is not None
    if dated and abs((a.date - b.date).days) > DATE_WINDOW_DAYS:  # type: ignore[operator]
        return False
    if a.target_keys & b.target_keys:
        return True
    if not dated:
        # Undated reports need a shared party: a programme like "EO 13818" or "third
        # round" names a standing regime or a vague step, not one decision.
        return False
    pa, pb = _program_key(a.program), _program_key(b.program)
    if pa is not None and pa == pb:
        return True
    # Counts alone are weak evidence: every count both state must agree, on (nearly) one day.
    return abs((a.date - b.date).days) <= 1 and _counts_agree(a, b)  # type: ignore[operator]


def _counts_agree(a: Member, b: Member) -> bool:
    ca, cb = dict(a.counts), dict(b.counts)
    common = set(ca) & set(cb)
    return bool(common) and all(ca[k] == cb[k] for k in common)


def cluster(members: Iterable[Member]) -> list[list[Member]]:
    """Groups of members that report one decision, each sorted, largest date-first order."""
    by_key: dict[tuple[str, str], list[Member]] = defaultdict(list)
    for m in members:
        by_key[(m.authority, m.status)].append(m)
    groups: list[list[Member]] = []
    for bucket in by_key.values():
        groups.extend(_cluster_bucket(bucket))
    groups.sort(key=lambda g: (g[0].date or date.min, g[0].action_pk), reverse=True)
    return groups


def _cluster_bucket(bucket: list[Member]) -> list[list[Member]]:
    parent = list(range(len(bucket)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in _candidate_pairs(bucket):
        if find(i) != find(j) and same_decision(bucket[i], bucket[j]):
            parent[find(i)] = find(j)
    out: dict[int, list[Member]] = defaultdict(list)
    for i, m in enumerate(bucket):
        out[find(i)].append(m)
    return [
        sorted(g, key=lambda m: (m.date or date.max, m.article_key, m.seq)) for g in out.values()
    ]


def _candidate_pairs(bucket: list[Member]) -> Iterable[tuple[int, int]]:
    """Pairs that share a target or programme, or a count within the date window.

    Blocking on what two reports must share keeps this near-linear: comparing
    all pairs of 10,000 actions would be 50 million comparisons.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    for i, m in enumerate(bucket):
        for key in m.target_keys:
            postings["t:" + key].append(i)
        if (pk := _program_key(m.program)) is not None:
            postings["p:" + pk].append(i)
    for members in postings.values():
        for a in range(len(members)):
            for b in range(a + 1, len(members)):
                yield members[a], members[b]
    dated = sorted((m.date, i) for i, m in enumerate(bucket) if m.date is not None and m.counts)
    for a, (day, i) in enumerate(dated):
        for later, j in dated[a + 1 :]:
            if (later - day).days > 1:
                break
            yield i, j


def event_id(group: list[Member]) -> str:
    """A stable id, from one member chosen by content (not by insertion order)."""
    first = min(group, key=lambda m: (m.article_key, m.seq))
    digest = hashlib.sha1(f"{first.article_key}:{first.seq}".encode()).hexdigest()
    return f"ev-{digest[:16]}"
