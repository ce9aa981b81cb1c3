"""Alternations whose branches are only tried where their literal words occur.

`Gated(branches, flags).finditer(text, start, end, low)` gives the matches of the
alternation "(?:B0)|(?:B1)|..." over text[start:end], exactly as `re` does, but
first drops every branch that cannot match there: each branch's required words are
read from its parsed pattern (`required`), and a branch runs only where, for each of
its requirements, one of the words is in `low` (the lower-cased text[start:end]).
The trigger alternations hold dozens of branches, most with a rare word in them
("designat", "blacklist", "price cap"); a clause holds one or two of those words, so
re tries one or two short branches instead of every branch at every position.

Exactness: a match lies inside text[start:end] (lookbehinds may look before `start`,
so their words are not required), and `low` holds every ASCII word any match
holds, lower-cased: `required` keeps ASCII letters, digits and punctuation only, and
`str.lower` maps each of the characters re's IGNORECASE folds onto those to them,
except the few in `FOLDS_TO_ASCII`; a text holding one of those runs every branch.
A dropped branch cannot match anywhere in the range, so at each position the
alternation tries the same branches in the same order; `finditer` reproduces that:
the leftmost match of the kept branches, the earliest branch on a tie, then on from
its end (no branch matches the empty string: if one may, the whole alternation runs).
The keywords follow the patterns: a branch added to `frames.toml` is gated by the
words of its own pattern, and a branch with no word it must hold always runs. The
background markers (`triggers.patterns().background`) and the programmes
(`vocabulary().programs`, read with `search`: the first match) are gated the same way.

`GatedPattern` gates a single pattern the same way: the grammar rules read through
`vocabulary.gated_rule` (long word lists tried on most clauses, matching few) run re
only on a range that holds a word of each of their requirements.
"""

from __future__ import annotations

import re
import sys
import zlib
from collections.abc import Iterator
from functools import cache
from pathlib import Path
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any

from sanctionwatch.extract import patterncache
from sanctionwatch.extract.lookahead import REPEATS, dispatched, guarded, kept, lookahead

# What `str.lower` leaves of the characters re's IGNORECASE matches to an ASCII
# letter but `str.lower` does not map to it: "ſ" (long s, matched to "s"), "ı"
# (dotless i) and "İ" (lower-cased to "i" and a combining dot U+0307) to "i". A
# lower-cased text holding one of these runs the whole alternation.
# tests/extract/test_literals.py checks this against re over every code point.
FOLDS_TO_ASCII = frozenset("\u017f\u0131\u0307")


def folds_to_ascii(low: str) -> bool:
    """A lower-cased text holds one of `FOLDS_TO_ASCII`: three searches of the text, not
    a set look-up per character (`frozenset.isdisjoint`), on every clause that is not
    ASCII (curly quotes and dashes make most of them)."""
    return not low.isascii() and ("\u017f" in low or "\u0131" in low or "\u0307" in low)


# words shorter than this are not worth a check: "on", "a" are in nearly every clause
SHORTEST = 3
# Requirements: each a set of words, one of which every match holds (all of them met)
Requirement = frozenset[str]


def literal_char(op: Any, av: Any) -> str | None:
    """The lower-cased character of a literal item that `required` may use, else None."""
    if op is sre.LITERAL and av < 128:
        return chr(av).lower()
    return None


def required(pattern: str, flags: int = 0) -> list[Requirement] | None:
    """The word sets every match of `pattern` holds one word of (lower-cased), or None
    when the pattern cannot be read or may match the empty string."""
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return None
    if parsed.getwidth()[0] == 0:
        return None
    return sequence_requirements(list(parsed))


def kept_required(pattern: str, flags: int = 0) -> list[Requirement] | None:
    """`required`, kept between runs by `patterncache` (the parse was 30 ms of start-up)."""
    key = ("required", source_digest(), pattern, int(flags))
    found = patterncache.derived(key, lambda: frozen(required(pattern, flags)))
    return None if found is None else [frozenset(r) for r in found]


@cache
def source_digest() -> int:
    """This module's source: an edit to how words are read drops what was kept."""
    return zlib.crc32(Path(__file__).read_bytes())


def frozen(needs: list[Requirement] | None) -> tuple[tuple[str, ...], ...] | None:
    """`needs` as data marshal keeps, in a fixed order."""
    return None if needs is None else tuple(tuple(sorted(r)) for r in needs)


def sequence_requirements(items: list[tuple[Any, Any]]) -> list[Requirement]:
    """The requirements of a sequence: its runs of literal characters, and those of
    each item every match passes through (a group, a repeat at least once, an
    alternation whose branches all have one)."""
    out: list[Requirement] = []
    run: list[str] = []

    def flush() -> None:
        if len(run) >= SHORTEST:
            out.append(frozenset(["".join(run)]))
        run.clear()

    for op, av in items:
        c = literal_char(op, av)
        if c is not None:
            run.append(c)
            continue
        flush()
        out.extend(item_requirements(op, av))
    flush()
    return out


def item_requirements(op: Any, av: Any) -> list[Requirement]:
    if op is sre.SUBPATTERN:
        return sequence_requirements(list(av[3]))
    if op in REPEATS:
        low, _, body = av
        return sequence_requirements(list(body)) if low >= 1 else []
    if op is sre.BRANCH:
        words: set[str] = set()
        for branch in av[1]:
            best = strongest(sequence_requirements(list(branch)))
            if best is None:
                return []  # a branch that needs no word: the alternation needs none
            words |= best
        return [frozenset(words)]
    return []  # lookarounds (they may look outside the range), classes, anchors


def strongest(requirements: list[Requirement]) -> Requirement | None:
    """The requirement that says most: the one whose shortest word is longest."""
    return max(requirements, key=lambda r: (min(map(len, r)), -len(r)), default=None)


class Gated:
    """An alternation of `branches` (compiled as `dispatched` compiles it) whose
    `finditer` tries only the branches whose required words a range holds."""

    def __init__(self, branches: list[str], flags: int = 0) -> None:
        self.whole = dispatched(branches, flags)
        self.branches = [guarded(b, flags) for b in branches]
        needs = [kept_required(b, flags) for b in branches]
        self.readable = all(n is not None for n in needs)
        self.always: list[int] = []  # branches that need no word
        self.keyed: dict[str, list[int]] = {}  # word -> branches whose key need holds it
        self.rest: list[list[tuple[str, ...]]] = []  # each branch's other needs
        for i, need in enumerate(needs):
            ordered = sorted(need or [], key=lambda r: (-min(map(len, r)), sorted(r)))
            if not ordered:
                self.always.append(i)
            else:
                for w in ordered[0]:
                    self.keyed.setdefault(w, []).append(i)
            self.rest.append([tuple(sorted(r)) for r in ordered[1:]])
        self.keys = tuple(self.keyed)
        # the key words shortest first, each with the place in this list of the longest
        # other key inside it (-1: none): a text that lacks "sanction" lacks "sanctions"
        # too, so that one is not looked for (a third of the keys have one inside them)
        by_length = sorted(self.keys, key=len)
        self.checks: list[tuple[str, int, list[int]]] = []
        for k, w in enumerate(by_length):
            inner = max(
                (j for j in range(k) if by_length[j] in w and by_length[j] != w),
                key=lambda j: len(by_length[j]),
                default=-1,
            )
            self.checks.append((w, inner, self.keyed[w]))
        # the same checks as a forest: the keys with no key inside them (`roots`), looked
        # for in one comprehension, and under each key those whose longest inner key it
        # is, looked for only where it stands (fewer interpreted steps a key than a loop
        # over `checks` that tests each key's inner key first)
        self.roots = [w for w, inner, _ in self.checks if inner < 0]
        self.children: dict[str, list[str]] = {}  # only keys that some key holds
        for w, inner, _ in self.checks:
            if inner >= 0:
                self.children.setdefault(by_length[inner], []).append(w)

    def active(self, low: str) -> list[int]:
        """The branches whose every need has a word in `low`, in order."""
        keyed = set(self.always)
        found = [w for w in self.roots if w in low]
        keys, children = self.keyed, self.children
        while found:
            w = found.pop()
            keyed.update(keys[w])
            outer = children.get(w)
            if outer is not None:
                found.extend([c for c in outer if c in low])
        if not keyed:
            return []
        out = []
        for i in sorted(keyed):
            for need in self.rest[i]:  # plain loops: this runs on every clause
                for w in need:
                    if w in low:
                        break
                else:
                    break
            else:
                out.append(i)
        return out

    def search(self, text: str, start: int, end: int, low: str) -> re.Match[str] | None:
        """The first match of the whole alternation in text[start:end] (the leftmost,
        the earliest branch on a tie); `low` is text[start:end].lower()."""
        if not self.readable or folds_to_ascii(low):
            return self.whole.search(text, start, end)
        best: re.Match[str] | None = None
        for i in self.active(low):
            m = self.branches[i].search(text, start, end)
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        return best

    def finditer(self, text: str, start: int, end: int, low: str) -> list[re.Match[str]]:
        """The matches of the whole alternation in text[start:end]; `low` is
        text[start:end].lower()."""
        if not self.readable or folds_to_ascii(low):
            return list(self.whole.finditer(text, start, end))
        kept = self.active(low)
        if not kept:
            return []
        if len(kept) == 1:
            return list(self.branches[kept[0]].finditer(text, start, end))
        if len(kept) == len(self.branches):
            return list(self.whole.finditer(text, start, end))
        pats = [self.branches[i] for i in kept]
        nexts: list[re.Match[str] | None] = [p.search(text, start, end) for p in pats]
        found: list[re.Match[str]] = []
        pos = start
        while True:
            best: re.Match[str] | None = None
            for k, m in enumerate(nexts):
                if m is None:
                    continue
                if m.start() < pos:  # overlapped by the last match: look on from its end
                    m = nexts[k] = pats[k].search(text, pos, end)
                    if m is None:
                        continue
                if best is None or m.start() < best.start():
                    best = m
            if best is None:
                return found
            found.append(best)
            pos = best.end()


class GatedPattern:
    """A compiled pattern whose `search`, `match` and `finditer` first check that the
    range holds the words every match must hold (`required`, read from the pattern
    itself), and answer "no match" without running re where one is missing. A failing
    scan of a long alternation ("banks|insurers|...") costs tens of microseconds; a
    few `in` tests on the lower-cased range cost well under one.

    Exact for the reasons `Gated` is (a match lies in text[pos:endpos], and a
    `match` within `pos` plus the pattern's widest match); a pattern with no word it
    must hold, or one that cannot be read, always runs."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        needs = kept_required(pattern.pattern, pattern.flags)
        # the rarest-looking need first: the one whose shortest word is longest
        ordered = sorted(needs or [], key=lambda r: (-min(map(len, r)), sorted(r)))
        self.needs: list[tuple[str, ...]] = [tuple(sorted(r)) for r in ordered]
        # a `match` at pos lies in text[pos:pos + width]
        self.width: int = patterncache.derived(
            ("width", pattern.pattern, int(pattern.flags)),
            lambda: int(parser.parse(pattern.pattern, pattern.flags).getwidth()[1]),
        )
        # the characters a match opens with (`lookahead`, as `guarded` reads them): a
        # `match` fails on them at most places, and re tests them faster than the range
        # (up to the pattern's width, often the rest of the text) is lowered for its words
        ahead: str = patterncache.derived(
            ("opening", pattern.pattern, int(pattern.flags)),
            lambda: lookahead(pattern.pattern, pattern.flags) or "",
        )
        self.opening: re.Pattern[str] | None = kept(ahead, pattern.flags) if ahead else None

    def possible(self, text: str, pos: int, endpos: int) -> bool:
        """Whether text[pos:endpos] holds a word of each need (or a character that
        IGNORECASE folds onto an ASCII letter `str.lower` does not give)."""
        if not self.needs:
            return True
        low = text[max(pos, 0) : max(endpos, 0)].lower()
        if folds_to_ascii(low):
            return True
        for need in self.needs:  # plain loops: this runs on every call
            for w in need:
                if w in low:
                    break
            else:
                return False
        return True

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if not self.possible(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        opening = self.opening
        if opening is not None and opening.match(text, pos, endpos) is None:
            return None
        if not self.possible(text, pos, min(endpos, max(pos, 0) + self.width)):
            return None
        return self.pattern.match(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if not self.possible(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)
