"""Names on the official sanctions lists, as a set of normalised token strings.

A name on a list is strong evidence that a capitalised run in an article is a
sanctioned party. The set is built at train time from `../shared/lists` (the
list readers of `sanctionwatch.lists`) and shipped gzipped, one name a line.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path

from sanctionwatch.names import ORG_TYPES, name_tokens

MAX_TOKENS = 6
PAIRED = 4  # names of this many words or more are indexed by their first two too
# list files read into the gazetteer (relative to the lists folder)
LIST_FILES = (
    "ofac/2024-05",
    "ofac/consolidated/2025-06/consolidated.xml",
    "ofac/enhanced/IRGC_sanctions.xml",
    "un/consolidated.xml",
    "uk/FCDO_SL_Wed_Nov 19 2025.ods",
    "canada/sema-lmes.xml",
    "australia/regulation8_consolidated.xlsx",
)


def normalise(text: str) -> str:
    """The list form of a name: its ASCII, case-folded tokens (`names.name_tokens`, the
    normaliser extraction, events and screening share) joined by spaces."""
    return " ".join(name_tokens(text))


def loose(normalised: str) -> str:
    """A normalised name's order-free key without its legal forms: "Longevity Shipping
    LLC" and "LLC Longevity Shipping" are one list name, and an article seldom writes
    the form ("Hasan NASRALLAH" / "Nasrallah Hasan" too)."""
    words = [w for w in normalised.split() if w not in ORG_TYPES]
    if len(words) == 1 and len(words[0]) < 6:
        return ""  # a short single word is too often a common one (as in `build`)
    return " ".join(sorted(words))


def names_from_lists(lists_dir: Path, files: Iterable[str] = LIST_FILES) -> Iterable[str]:
    from sanctionwatch.lists import read_list

    for rel in files:
        read = read_list(lists_dir / rel)
        for entity in read.entities():
            props = entity.get("properties", {})
            yield from (props.get("name") or []) + (props.get("alias") or [])


def build(lists_dir: Path, files: Iterable[str] = LIST_FILES) -> list[str]:
    """Normalised names of two to six tokens (one-word names are too often common
    words), plus single tokens of at least six letters (HEZBOLLAH, vessel names)."""
    found: set[str] = set()
    for value in names_from_lists(lists_dir, files):
        norm = normalise(value)
        n = norm.count(" ") + 1 if norm else 0
        if 2 <= n <= MAX_TOKENS or (n == 1 and len(norm) >= 6 and not norm.isdigit()):
            found.add(norm)
    return sorted(found)


def write(names: list[str], path: Path) -> None:
    # mtime=0: the same names give the same bytes, so retraining leaves no diff
    data = gzip.compress("\n".join(names).encode("utf-8"), compresslevel=9, mtime=0)
    path.write_bytes(data)


class Gazetteer:
    """The list names, indexed by first word so a sentence is matched in one pass."""

    def __init__(self, names: Iterable[str]) -> None:
        self.names = frozenset(n for n in names if n)
        self.longest: dict[str, int] = {}
        # the first two words of a name of PAIRED words or more -> the most words of one
        # so opening: "the", "bank" or "al" open names of up to six words, but few pairs
        # do (shorter names are left out: fewer entries to build at start-up)
        self.longest_pair: dict[str, int] = {}
        for name in self.names:
            first, _, rest = name.partition(" ")
            length = rest.count(" ") + 2 if rest else 1
            if length > self.longest.get(first, 0):
                self.longest[first] = length
            if length >= PAIRED:
                pair = name[: len(first) + 1 + rest.index(" ")]
                if length > self.longest_pair.get(pair, 0):
                    self.longest_pair[pair] = length

    def __len__(self) -> int:
        return len(self.names)

    @cached_property
    def loose_keys(self) -> frozenset[str]:
        """The list names' `loose` keys, built on the first look-up that needs them
        (about 20-40 ms of CPU for 35,000 names: not at start-up)."""
        return frozenset(filter(None, map(loose, self.names)))

    def holds(self, name: str) -> str:
        """How a list holds the name: "exact" (its normalised form is a list name),
        "loose" (the same words in another order, or without a legal form), or ""."""
        norm = normalise(name)
        if not norm:
            return ""
        if norm in self.names:
            return "exact"
        return "loose" if loose(norm) in self.loose_keys else ""

    def spans(self, words: list[str]) -> list[tuple[int, int]]:
        """Longest list names over a sentence's lower-cased word tokens: (start, end) indexes."""
        found = []
        i, n = 0, len(words)
        longest, pairs, names = self.longest, self.longest_pair, self.names
        while i < n:
            most = longest.get(words[i])
            if not most:  # most words start no list name: they cost one look-up
                i += 1
                continue
            end = 0
            if most > 1 and i + 1 < n:  # the longest name of two words or more first
                top = i + most
                if most >= PAIRED:
                    top = i + pairs.get(words[i] + " " + words[i + 1], PAIRED - 1)
                top = min(n, top)
                for j in range(top, i + 1, -1):
                    if " ".join(words[i:j]) in names:
                        end = j
                        break
            if not end and words[i] in names:
                end = i + 1
            if end:
                found.append((i, end))
                i = end
            else:
                i += 1
        return found


def read(path: Path) -> Gazetteer:
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return Gazetteer(fh.read().split("\n"))
