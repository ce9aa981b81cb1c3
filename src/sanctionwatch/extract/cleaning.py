"""Text cleaning: find the junk regions of a page without rewriting its text.

Scraped news carries navigation, repeated headlines, captions and link lists:
generic rules (`data/junk.txt`, `data/junk_tail.txt`, repeated lines) and a
learned line model (`furniture.py`) find them.
Cleaning marks those regions as (start, end) offsets into the original text, so
later stages keep offsets that point into `article.text`.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.furniture import furniture_lines
from sanctionwatch.extract.literals import folds_to_ascii, kept_required
from sanctionwatch.extract.lookahead import guarded, kept
from sanctionwatch.extract.vocabulary import load_lines, rule

# a " date YYYY-MM-DD" prefix some crawlers put before the text
DATE_PREFIX = rule("cleaning.date_prefix")
WORDS = re.compile(r"\w+")  # mechanics: a line's words, for repeats


@cache
def junk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lines = kept("|".join(f"(?:{p})" for p in load_lines("junk.txt")), re.I)
    tail = kept("|".join(f"(?:{p})" for p in load_lines("junk_tail.txt")), re.I)
    return lines, tail


@cache
def junk_line_patterns() -> list[tuple[re.Pattern[str], list[tuple[str, ...]]]]:
    """Each pattern of `data/junk.txt` with the words a match of it must hold (for
    each need, one of its words; none where they cannot be read: `literals`)."""
    out = []
    for pattern in load_lines("junk.txt"):
        needs = kept_required(pattern, re.I) or []
        out.append((guarded(pattern, re.I), [tuple(sorted(need)) for need in needs]))
    return out


def holds_needs(low: str, needs: list[tuple[str, ...]]) -> bool:
    for need in needs:  # plain loops: this runs on every line of every page
        for word in need:
            if word in low:
                break
        else:
            return False
    return True


def junk_line(line: str) -> bool:
    """The whole line is one of `data/junk.txt`'s patterns: what the alternation of them
    all (`junk_patterns`) says, but trying only the patterns whose words the line holds.
    Three of them open with ".*", which re runs back over the whole line, letter by
    letter, for every prose line (2 % of extraction's instructions)."""
    low = line.lower()
    if folds_to_ascii(low):
        return junk_patterns()[0].fullmatch(line) is not None  # see `literals.FOLDS_TO_ASCII`
    for pattern, needs in junk_line_patterns():
        if holds_needs(low, needs) and pattern.fullmatch(line) is not None:
            return True
    return False


def line_key(line: str) -> str:
    r"""A line's words, case-folded and joined by single spaces: two lines with the same
    key repeat one another. (What `re.sub(r"\W+", " ", ...).strip()` gives, from one
    `findall`: the substitution built the string piece by piece, 1 % of extraction.)"""
    return " ".join(WORDS.findall(line.casefold()))


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def junk_regions(text: str) -> list[tuple[int, int]]:
    """Offsets of furniture lines, repeated lines and navigation tails."""
    junk_tail = junk_patterns()[1]
    regions: list[tuple[int, int]] = []
    prefix = DATE_PREFIX.match(text)
    if prefix:
        regions.append((0, prefix.end()))
    page: list[tuple[int, int, str]] = []
    for start, end in lines(text):
        if prefix and start < prefix.end():
            start = prefix.end()
        stripped = text[start:end].strip()
        if stripped:
            page.append((start, end, stripped))
    furniture = furniture_lines([stripped for _, _, stripped in page])
    seen: set[str] = set()
    for (start, end, stripped), is_furniture in zip(page, furniture, strict=True):
        key = line_key(stripped)
        if junk_tail.fullmatch(stripped):
            regions.append((start, len(text)))
            break
        if key in seen or is_furniture or junk_line(stripped):
            regions.append((start, end))
        seen.add(key)
    return regions


def clean(doc: Doc) -> Doc:
    """Stage: mark junk regions."""
    doc.junk = junk_regions(doc.text)
    return doc
