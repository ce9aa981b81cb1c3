"""Names on the official sanctions lists, as a set of normalised token strings.

A name on a list is strong evidence that a capitalised run in an article is a
sanctioned party. The set is built at train time from `../shared/lists` (the
list readers of `sanctionwatch.lists`) and shipped gzipped, one name a line.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from sanctionwatch.extract import patterncache
from sanctionwatch.names import ORG_TYPES, name_tokens

MAX_TOKENS = 6
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
        for name in self.names:
            first, _, rest = name.partition(" ")
            length = rest.count(" ") + 2 if rest else 1
            if length > self.longest.get(first, 0):
                self.longest[first] = length

    def __len__(self) -> int:
        return len(self.names)

    @cached_property
    def prefixes(self) -> frozenset[str]:
        """The first two or more words of each list name that has more: a sentence's
        words are read on from a name's first word only while they may still make one
        (built on first use, about 30 ms of CPU for 35,000 names)."""
        out: set[str] = set()
        for name in self.names:
            at = name.find(" ", name.find(" ") + 1)
            while at != -1:
                out.add(name[:at])
                at = name.find(" ", at + 1)
        return frozenset(out)

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
        longest, names = self.longest, self.names
        prefixes = self.prefixes
        while i < n:
            word = words[i]
            most = longest.get(word)
            if not most:  # most words start no list name: they cost one look-up
                i += 1
                continue
            end = i + 1 if word in names else 0
            if most > 1:  # the longest name: read on while the words may still make one
                key, j = word, i + 1
                while j < n:
                    key += " " + words[j]
                    j += 1
                    if key in names:
                        end = j
                    if j - i >= most or key not in prefixes:
                        break
            if end:
                found.append((i, end))
                i = end
            else:
                i += 1
        return found


def read(path: Path) -> Gazetteer:
    """The gazetteer in `path`, with its indexes. Building them (the names' set, first
    words, prefixes and loose keys: about a fifth of the CPU of `extract -` on one
    short article) is kept between runs by `patterncache`, under a digest of the file
    and of the code that builds them; a kept copy is read back in a few ms."""
    data = path.read_bytes()
    key = ("gazetteer", patterncache.content(data), code_digest())

    def build() -> tuple[Any, ...]:
        built = Gazetteer(gzip.decompress(data).decode("utf-8").split("\n"))
        return (built.names, built.longest, built.prefixes, built.loose_keys)

    names, longest, prefixes, loose_keys = patterncache.loaded(key, build)
    found = Gazetteer.__new__(Gazetteer)
    found.names, found.longest = names, longest
    found.__dict__["prefixes"], found.__dict__["loose_keys"] = prefixes, loose_keys
    return found


@cache
def code_digest() -> str:
    """This module's source and the legal forms `loose` drops: an edit to either
    builds the indexes again."""
    text = Path(__file__).read_bytes() + repr(sorted(ORG_TYPES)).encode("utf-8")
    return patterncache.content(text)
