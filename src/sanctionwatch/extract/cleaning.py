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
from sanctionwatch.extract.lookahead import kept
from sanctionwatch.extract.vocabulary import load_lines, rule

# a " date YYYY-MM-DD" prefix some crawlers put before the text
DATE_PREFIX = rule("cleaning.date_prefix")
NORMALISE = re.compile(r"\W+")  # mechanics: a line's words, for repeats


@cache
def junk_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    lines = kept("|".join(f"(?:{p})" for p in load_lines("junk.txt")), re.I)
    tail = kept("|".join(f"(?:{p})" for p in load_lines("junk_tail.txt")), re.I)
    return lines, tail


def lines(text: str) -> Iterator[tuple[int, int]]:
    """(start, end) of every line, without its newline."""
    start = 0
    for match in re.finditer(r"\n", text):
        yield start, match.start()
        start = match.end()
    yield start, len(text)


def junk_regions(text: str) -> list[tuple[int, int]]:
    """Offsets of furniture lines, repeated lines and navigation tails."""
    junk_line, junk_tail = junk_patterns()
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
        key = NORMALISE.sub(" ", stripped.casefold()).strip()
        if junk_tail.fullmatch(stripped):
            regions.append((start, len(text)))
            break
        if key in seen or is_furniture or junk_line.fullmatch(stripped):
            regions.append((start, end))
        seen.add(key)
    return regions


def clean(doc: Doc) -> Doc:
    """Stage: mark junk regions."""
    doc.junk = junk_regions(doc.text)
    return doc
