"""Group actions from different articles that report the same decision.

Two actions of different articles are one decision when they share authority
and status, their dates are close (or one is unknown), and they overlap in what
they hit: a target (the same name, or, for dated reports, names the screening
scorer calls one party), the programme, or a stated count. Two actions of one
article are one decision only when they fall on the same day and name the same
party: the extractor read one decision twice. Grouping is transitive (a later
report can join two earlier groups) and a pure function of its input, so
re-running it on the same actions gives the same events.

Candidates are found by blocking keys (`blocking_keys`), each with a date
window, so both the full `cluster` and the store's incremental update compare
only reports that could be one decision: never all pairs of a programme.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from sanctionwatch.names import name_keys, name_tokens

DATE_WINDOW_DAYS = 3  # reports of one decision date it within a few days of each other
COUNT_WINDOW_DAYS = 1  # counts alone are weak evidence: (nearly) the same day
MIN_TOKEN = 4  # shorter name words ('kim', 'ali', 'co') are no evidence of one party


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
    names: tuple[str, ...] = ()  # the targets' names as reported

    def __post_init__(self) -> None:
        if self.names and not self.target_keys:
            keys = frozenset().union(*map(name_keys, self.names))
            object.__setattr__(self, "target_keys", keys)


@dataclass(frozen=True)
class BlockKey:
    """A key two reports of one decision share, and how far apart their dates may be.

    `undated` keys also pair a dated report with an undated one (a shared target);
    the others pair dated reports only.
    """

    key: str
    window: int
    undated: bool


def _program_key(program: str | None) -> str | None:
    return " ".join(program.casefold().split()) if program else None


def name_tokens_of(m: Member) -> set[str]:
    """Name words that can point to one party: not short, not generic ('bank', 'llc', 'al')."""
    return {t for n in m.names for t in name_tokens(n) if len(t) >= MIN_TOKEN and _telling(t)}


@lru_cache(maxsize=65536)
def _telling(token: str) -> bool:
    # The screening package's own tables of generic words, legal forms and particles.
    from sanctionwatch.screening.text import ORG_TYPES, PARTICLES, is_generic

    return not (is_generic(token) or token in ORG_TYPES or token in PARTICLES)


def blocking_keys(m: Member) -> list[BlockKey]:
    """Every key under which `m` is filed; keys carry authority and status (never crossed)."""
    head = f"{m.authority}|{m.status}|"
    out = [BlockKey(head + "t:" + k, DATE_WINDOW_DAYS, True) for k in sorted(m.target_keys)]
    if m.date is None:
        return out  # undated: only a shared target name can join it to a decision
    out += [BlockKey(head + "w:" + t, DATE_WINDOW_DAYS, False) for t in sorted(name_tokens_of(m))]
    if (pk := _program_key(m.program)) is not None:
        out.append(BlockKey(head + "p:" + pk, DATE_WINDOW_DAYS, False))
    if m.counts:
        out.append(BlockKey(head + "c:", COUNT_WINDOW_DAYS, False))
    return out


def same_decision(a: Member, b: Member) -> bool:
    """Whether two reported actions are one decision."""
    if (a.authority, a.status) != (b.authority, b.status):
        return False
    if a.article_pk == b.article_pk:
        # The extractor split this article's actions on purpose, unless it read one
        # decision twice: the same day, and the same party named (or a variant of it).
        same_day = a.date is not None and a.date == b.date
        return same_day and bool(a.target_keys & b.target_keys or _same_party_named(a, b))
    dated = a.date is not None and b.date is not None
    if dated and abs((a.date - b.date).days) > DATE_WINDOW_DAYS:  # type: ignore[operator]
        return False
    if a.target_keys & b.target_keys:
        return True
    if not dated:
        # Undated reports need a shared party: a programme like "EO 13818" or "third
        # round" names a standing regime or a vague step, not one decision.
        return False
    if _same_party_named(a, b):
        return True
    pa, pb = _program_key(a.program), _program_key(b.program)
    if pa is not None and pa == pb:
        return True
    # Counts alone are weak evidence: every count both state must agree, on (nearly) one day.
    close = abs((a.date - b.date).days) <= COUNT_WINDOW_DAYS  # type: ignore[operator]
    return close and _counts_agree(a, b)


def _same_party_named(a: Member, b: Member) -> bool:
    """Two spellings the screening scorer calls one party ('Rosneft', 'Rosneft Oil Company')."""
    if not name_tokens_of(a) & name_tokens_of(b):
        return False  # the blocking key: variants that share no token are not compared
    return any(names_match(x, y) for x in a.names for y in b.names)


@lru_cache(maxsize=65536)
def _pair_score(x: str, y: str) -> float:
    from sanctionwatch.screening import Query, score

    # No schema: the extractor's kind is a guess, and a wrong one would veto the pair.
    return score(Query(names=[x]), Query(names=[y])).score


def names_match(x: str, y: str) -> bool:
    """Whether the screening scorer takes two names for one party (symmetric)."""
    from sanctionwatch.screening import THRESHOLD

    lo, hi = sorted((x, y))
    return max(_pair_score(lo, hi), _pair_score(hi, lo)) >= THRESHOLD


def _counts_agree(a: Member, b: Member) -> bool:
    ca, cb = dict(a.counts), dict(b.counts)
    common = set(ca) & set(cb)
    return bool(common) and all(ca[k] == cb[k] for k in common)


def cluster(members: Iterable[Member]) -> list[list[Member]]:
    """Groups of members that report one decision, each sorted, largest date-first order."""
    bucket = list(members)
    parent = list(range(len(bucket)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, j in candidate_pairs(bucket):
        if find(i) != find(j) and same_decision(bucket[i], bucket[j]):
            parent[find(i)] = find(j)
    out: dict[int, list[Member]] = defaultdict(list)
    for i, m in enumerate(bucket):
        out[find(i)].append(m)
    groups = [sort_group(g) for g in out.values()]
    groups.sort(key=lambda g: (g[0].date or date.min, g[0].action_pk), reverse=True)
    return groups


def sort_group(group: Iterable[Member]) -> list[Member]:
    return sorted(group, key=lambda m: (m.date or date.max, m.article_key, m.seq))


def candidate_pairs(bucket: list[Member]) -> Iterator[tuple[int, int]]:
    """Pairs filed under one blocking key whose dates fall within that key's window.

    Within a key, reports are sorted by date and each is paired only with those
    a window later, so a programme reported for years is not one quadratic block.
    """
    postings: dict[str, list[int]] = defaultdict(list)
    rules: dict[str, BlockKey] = {}
    for i, m in enumerate(bucket):
        for bk in blocking_keys(m):
            postings[bk.key].append(i)
            rules[bk.key] = bk
    for key, members in postings.items():
        yield from _window_pairs(bucket, members, rules[key])


def _window_pairs(
    bucket: list[Member], members: list[int], rule: BlockKey
) -> Iterator[tuple[int, int]]:
    dated = sorted((bucket[i].date, i) for i in members if bucket[i].date is not None)
    undated = [i for i in members if bucket[i].date is None]
    for a, (day, i) in enumerate(dated):
        for later, j in dated[a + 1 :]:
            if (later - day).days > rule.window:  # type: ignore[operator]
                break
            yield i, j
    if rule.undated:
        # An undated report with a shared target may be any of its dated reports.
        for n, i in enumerate(undated):
            for j in undated[n + 1 :]:
                yield i, j
            for _, j in dated:
                yield i, j


def event_id(group: list[Member]) -> str:
    """A new event's id, from one member chosen by content (not by insertion order).

    Only a new event gets one: an event keeps its id as reports join it.
    """
    first = min(group, key=lambda m: (m.article_key, m.seq))
    digest = hashlib.sha1(f"{first.article_key}:{first.seq}".encode()).hexdigest()
    return f"ev-{digest[:16]}"
