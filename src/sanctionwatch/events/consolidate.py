"""Group actions from different articles that report the same decision.

Two actions of different articles are one decision when they share authority
and status, their dates are close (or one is unknown), and they overlap in what
they hit: a target (the same name, or, for dated reports, names the screening
scorer calls one party), the programme, or a stated count. Two actions of one
article are one decision only when they fall on the same day and name the same
party: the extractor read one decision twice. Grouping is transitive among dated
reports (a later report can join two earlier groups) and a pure function of its
input, so re-running it on the same actions, in any order, gives the same events.

An undated report is bounded by the dates of what it joins (`partition`): it may
join, or bridge, groups of dated reports only when their dates come within
DATE_WINDOW_DAYS of each other. A target acted on in 2019 and again in 2023 is
two decisions; an undated article naming it joins one of them, never both.

Candidates are found by blocking keys (`blocking_keys`), each with a date
window, so both the full `cluster` and the store's incremental update compare
only reports that could be one decision: never all pairs of a programme.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from itertools import pairwise

from sanctionwatch.names import name_keys, name_tokens

Day = date  # Member has a field named `date`: its annotations use this name for the type

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
    date: Day | None
    program: str | None
    counts: tuple[tuple[str, int], ...]  # (kind, n) for the counts the report states
    target_keys: frozenset[str] = field(default_factory=frozenset)
    names: tuple[str, ...] = ()  # the targets' names as reported
    published: Day | None = None  # the article's date: bounds what an undated report joins

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
    return [group for group, _ in cluster_families(members)]


def cluster_families(members: Iterable[Member]) -> list[tuple[list[Member], int]]:
    """`cluster`'s groups, each with its family: the lowest action pk of the reports
    linked to it by any one-decision pair (the groups an undated report could join).

    A new report can change the groups of its family only, so the store's update
    re-groups one family, not the store.
    """
    bucket = list(members)
    roots, family_roots = partition(bucket, families=True)
    out: dict[int, list[Member]] = defaultdict(list)
    family_of: dict[int, int] = {}
    label: dict[int, int] = {}
    for i, m in enumerate(bucket):
        out[roots[i]].append(m)
        family_of[roots[i]] = family_roots[i]
        f = family_roots[i]
        label[f] = min(label.get(f, m.action_pk), m.action_pk)
    groups = [(sort_group(g), label[family_of[r]]) for r, g in out.items()]
    groups.sort(key=lambda g: (g[0][0].date or date.min, g[0][0].action_pk), reverse=True)
    return groups


class _Sets:
    """Union-find over 0..n-1."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def partition(bucket: list[Member], *, families: bool = False) -> tuple[list[int], list[int]]:
    """For each member, a representative of its group (equal for members of one event).

    1. Dated reports that are one decision form *cores*, transitively (as ever).
    2. Undated reports that are one decision (a shared target) form *clusters*.
    3. A cluster joins the cores it is one decision with when their dates come
       within DATE_WINDOW_DAYS of each other (chained through one another); when
       they do not, it joins one such set: of those begun by the time its latest
       article was published (all, without a publication date), the one naming
       most of its targets, then the most recent. An article reports what had
       happened when it was written; without its date, news most often reports
       the latest action on a target. Either way an undated report never joins
       decisions years apart into one event.

    Only the member set decides the result, never the order it comes in, so an
    incremental update that re-groups a changed family equals a full rebuild.
    """
    sets = _Sets(len(bucket))
    cross: list[tuple[int, int]] = []  # (undated, dated) candidate pairs, judged after
    for i, j in candidate_pairs(bucket):
        a, b = bucket[i], bucket[j]
        if (a.date is None) != (b.date is None):
            cross.append((i, j) if a.date is None else (j, i))
        elif sets.find(i) != sets.find(j) and same_decision(a, b):
            sets.union(i, j)
    cores_of: dict[int, set[int]] = defaultdict(set)  # cluster root -> core roots it matches
    judged: set[tuple[int, int]] = set()
    for u, d in cross:
        pair = (sets.find(u), sets.find(d))
        if pair not in judged and (pair[1] not in cores_of[pair[0]]):
            judged.add(pair)
            if same_decision(bucket[u], bucket[d]):
                cores_of[pair[0]].add(pair[1])
    if not any(cores_of.values()):
        roots = [sets.find(i) for i in range(len(bucket))]
        return roots, roots
    family = _Sets(0)
    if families:  # the cores an undated cluster is one decision with, joined or not
        family.parent = list(sets.parent)
        for root, cores in cores_of.items():
            for core in cores:
                family.union(root, core)
    core_dates: dict[int, list[date]] = defaultdict(list)
    keys: dict[int, set[str]] = defaultdict(set)  # the target keys of a core or cluster
    published: dict[int, date] = {}
    for i, m in enumerate(bucket):
        root = sets.find(i)
        keys[root].update(m.target_keys)
        if m.date is not None:
            core_dates[root].append(m.date)
        elif m.published is not None and (root not in published or m.published > published[root]):
            published[root] = m.published
    joins = [
        (root, core)
        for root, cores in cores_of.items()
        for core in _joined_cores(cores, core_dates, published.get(root), keys, root)
    ]
    for root, core in joins:
        sets.union(root, core)
    roots = [sets.find(i) for i in range(len(bucket))]
    return roots, [family.find(i) for i in range(len(bucket))] if families else roots


def _joined_cores(
    cores: set[int],
    core_dates: dict[int, list[date]],
    published: date | None,
    keys: dict[int, set[str]],
    cluster_root: int,
) -> list[int]:
    """The cores an undated cluster joins: all when their dates hang together, else one set:
    of the sets begun by its publication (+ the window), the one naming most of its
    targets, then the most recent (with none begun, the earliest)."""
    if len(cores) < 2:
        return list(cores)
    # Cores whose dates come within the window of each other hang together (transitively):
    # in date order, each step between two cores' reports that is short enough links them.
    dated = sorted((d, core) for core in cores for d in core_dates[core])
    near = _Sets(len(dated))
    for n, ((d1, c1), (d2, c2)) in enumerate(pairwise(dated)):
        if c1 != c2 and (d2 - d1).days <= DATE_WINDOW_DAYS:
            near.union(n, n + 1)
    # The dates of one core are one group too.
    by_core: dict[int, int] = {}
    for n, (_, core) in enumerate(dated):
        if core in by_core:
            near.union(n, by_core[core])
        else:
            by_core[core] = n
    groups: dict[int, set[int]] = defaultdict(set)
    start: dict[int, date] = {}
    for n, (day, core) in enumerate(dated):
        root = near.find(n)
        groups[root].add(core)
        start.setdefault(root, day)  # `dated` is in date order: the first seen is the earliest
    if len(groups) == 1:
        return list(cores)
    bound = published + timedelta(DATE_WINDOW_DAYS) if published is not None else date.max
    begun = [r for r in groups if start[r] <= bound]
    if not begun:
        return sorted(groups[min(groups, key=start.__getitem__)])
    wanted = keys[cluster_root]

    def named(r: int) -> int:
        return len(set[str]().union(*(keys[c] & wanted for c in groups[r])))

    pick = max(begun, key=lambda r: (named(r), start[r]))
    return sorted(groups[pick])


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
