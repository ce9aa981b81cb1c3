"""Enumerations: the other members of a list that holds a target.

"Designated vessels include SEA BIRD, AVON, AL DIAB II and KEEL", "Pak Chun-san,
So Tong-myong, Kim Il-su and Kang Song-sam have worked for ...": when one member
of a plain list of names is hit, the list is what the action hits, so its other
members are too. A list here is names in the same case style joined by commas,
semicolons, "and" or "&", nothing else between them; it ends at the first gap
that is anything else (", a diplomat", ", and four entities", " said").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sanctionwatch.extract.vocabulary import load_lines, rule, vocabulary

# one list member: capitalised words (digits and a few particles inside)
ITEM = rule("enumerations.item")
SEPARATOR = rule("enumerations.separator")
# a separator reached from the right end of a member, read backwards
SEPARATOR_BEFORE = rule("enumerations.separator_before")
ITEM_BEFORE = rule("enumerations.item_before")
# a vessel's number or former name after a member ("SEA BIRD (IMO 9123456), AVON"):
# part of the member, no end of the list
NUMBER_AFTER = rule("enumerations.number_after")
NUMBER_BEFORE = rule("enumerations.number_before")  # the same, ending the text before
MAX_MEMBERS = 40
COMMA_AND = rule("enumerations.comma_and")
FUNCTION_WORDS = frozenset(w for line in load_lines("function_words.txt") for w in line.split())
KEEP_DOT = frozenset(vocabulary().names["abbreviations_in_names"])


def _clean(item: str) -> str:
    """ "Kim Il-su and Kang Song-sam" is two members: the part before "and"; a full
    stop ends the sentence unless it belongs to "Inc." or "Co."."""
    item = re.split(r"\s+(?:and|&)\s+", item, maxsplit=1)[0]
    if item.endswith(".") and item.rsplit(None, 1)[-1] not in KEEP_DOT:
        item = item[:-1]
    return item


@dataclass(frozen=True, slots=True)
class Member:
    start: int  # offsets into the text given
    end: int
    text: str


def style(text: str) -> str:
    """ "upper" for SEA BIRD, "mixed" for Hao Fan 6: a list keeps one style."""
    letters = [c for c in text if c.isalpha()]
    return "upper" if letters and all(c.isupper() for c in letters) else "mixed"


def plausible(text: str) -> bool:
    """A member that can name a party: not a place, title, weekday or bare number."""
    vocab = vocabulary()
    words = text.split()
    if not any(c.isalpha() for c in text) or ".." in text or vocab.place_re.fullmatch(text):
        return False
    lower = [w.lower().strip(".,") for w in words]
    if all(w in vocab.titles or w.title() in vocab.stopwords for w in lower):
        return False
    if len(text) <= 2 or any(w in WEEKDAYS or w in MONTHS for w in lower):
        return False
    # "In 2023", "Deputy Minister of Defence": a phrase or a title, not a name
    if lower[0] in FUNCTION_WORDS:
        return False
    return style(text) == "upper" or lower[0] not in vocab.titles


def possessor(text: str, end: int, value: str) -> bool:
    """The member ends in a possessive before a lower-case word ("Canada's foreign
    ministry"): it owns the noun phrase after it, which is what the text goes on about."""
    after = text[end : end + 2]
    return value.endswith(("'s", "’s")) and after[:1].isspace() and after[1:].islower()


WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
MONTHS = frozenset(
    (
        "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december",
    )
)  # fmt: skip


def siblings(text: str, start: int, end: int) -> list[Member]:
    """The other members of the plain list that text[start:end] stands in, if any."""
    seed = text[start:end]
    want = style(seed)
    found: list[Member] = []
    # to the right
    pos = end
    while len(found) < MAX_MEMBERS:
        if number := NUMBER_AFTER.match(text, pos):
            pos = number.end()
        sep = SEPARATOR.match(text, pos)
        if sep is None or sep.end() == pos:
            break
        item = ITEM.match(text, sep.end())
        if item is None:
            break
        value = _clean(item.group())
        if style(value) != want or not plausible(value):
            break
        if possessor(text, item.start() + len(value), value):
            break  # "X and Y, Canada's foreign ministry said": whose office, no member
        found.append(Member(item.start(), item.start() + len(value), value))
        pos = item.start() + len(value)
    # to the left
    pos = start
    while len(found) < MAX_MEMBERS:
        head = text[max(0, pos - 120) : pos]
        sep = SEPARATOR_BEFORE.search(head)
        if sep is None:
            break
        before = head[: sep.start()]
        if number := NUMBER_BEFORE.search(before):
            before = before[: number.start()]
        item = ITEM_BEFORE.search(before)
        if item is None:
            break
        value = re.split(r"\s+(?:and|&)\s+", item.group())[-1]
        if style(value) != want or not plausible(value):
            break
        item_start = pos - len(head) + len(before) - len(value)
        found.append(Member(item_start, item_start + len(value), value))
        pos = item_start
    found.sort(key=lambda m: m.start)
    if len(found) == 1:
        a, b = (found[0].end, start) if found[0].start < start else (end, found[0].start)
        if COMMA_AND.fullmatch(text[a:b]):
            return []  # "X, which manages the tanker Y, and Z": a clause ends, no list
    return found
