"""Patterns compiled with a first-character lookahead: the same matches, found faster.

Python's `re` tries every branch of an alternation at every position of the text,
and with IGNORECASE it cannot skip ahead to a position where a match may start.
Most of the extractor's patterns are long alternations of words, so `guarded()`
puts `(?=[...])` before a pattern: the characters any match must start with
(and `\\b` when every branch starts at a word boundary), read from the parsed
pattern. Positions that cannot start a match then fail on one character test.

The lookahead alone still has re try the pattern at every position, where each
try costs the setup of a match before the one character test. So the program also
notes, in the block re reads before searching, the set of characters a match may
start with (`scan_set`): re then steps over the others in a tight loop and tries the
pattern only where one stands, as it does by itself for a pattern that opens with a
character class. The set holds every character the lookahead's class matches, so it
skips only positions where the lookahead would fail.

The lookahead only states a condition every match already meets, so matches,
groups and spans are unchanged. Where the first characters cannot be read (a
pattern that may match the empty string, starts with `.`, a negated class or a
back-reference, or switches case-insensitivity on inside) the pattern is
compiled as written.
"""

from __future__ import annotations

import re
import string
import sys
from collections.abc import Callable
from functools import cache
from re import _compiler as compiler  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as parser  # type: ignore[attr-defined]
from typing import Any, cast

from sanctionwatch.extract import patterncache

CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}
# re's program builder; where a later Python lacks it, patterns are compiled as text
_code = getattr(compiler, "_code", None)
# and the parts of it that write a class (`scanning`); without them, no fast scan
_class_parts = (getattr(compiler, "_mk_bitmap", None), getattr(compiler, "_compile_charset", None))
REPEATS = tuple(
    op for op in (sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", None)) if op
)


class Unreadable(Exception):
    """A construct whose first characters are not read here."""


def first(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The class items a match of `items` may start with, and whether it may be empty."""
    out: set[str] = set()
    for op, av in items:
        chars, empty = first_of(op, av)
        out |= chars
        if not empty:
            return out, False
    return out, True


def first_of(op: Any, av: Any) -> tuple[set[str], bool]:
    if op is sre.LITERAL:
        return {re.escape(chr(av))}, False
    if op is sre.IN:
        out = set()
        for item, arg in av:
            if item is sre.LITERAL:
                out.add(re.escape(chr(arg)))
            elif item is sre.RANGE:
                out.add(f"{re.escape(chr(arg[0]))}-{re.escape(chr(arg[1]))}")
            elif item is sre.CATEGORY and arg in CATEGORIES:
                out.add(CATEGORIES[arg])
            else:  # a negated class, a Unicode category
                raise Unreadable
        return out, False
    if op is sre.SUBPATTERN:
        _, add_flags, _, body = av
        if add_flags:  # "(?i:...)": the lookahead would not share its flags
            raise Unreadable
        return first(list(body))
    if op is sre.BRANCH:
        out, empty = set(), False
        for branch in av[1]:
            chars, may_be_empty = first(list(branch))
            out |= chars
            empty = empty or may_be_empty
        return out, empty
    if op in REPEATS:
        low, _, body = av
        chars, empty = first(list(body))
        return chars, empty or low == 0
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return set(), True  # zero-width: the next item starts the match
    raise Unreadable  # ".", a negated literal, a back-reference, a conditional


def at_boundary(items: list[tuple[Any, Any]]) -> bool:
    """Every match starts at a word boundary (each branch opens with `\\b`, or with a
    lookbehind that ends in a non-word character before a word character:
    "(?<=\\bto )designate")."""
    if not items:
        return False
    op, av = items[0]
    if op is sre.AT:
        return av is sre.AT_BOUNDARY
    if op is sre.ASSERT and av[0] == -1:
        return after_non_word(list(av[1])) and starts_with_word_character(items[1:])
    if op is sre.ASSERT_NOT and av[0] == -1:
        # "(?<![\w$.,-])two": no word character before, one after
        return not_after_word(list(av[1])) and starts_with_word_character(items[1:])
    if op is sre.ASSERT:  # a lookahead does not move: what follows it starts there
        return at_boundary(items[1:])
    if op is sre.SUBPATTERN:
        return not av[1] and at_boundary(list(av[3]))
    if op is sre.BRANCH:
        return all(at_boundary(list(branch)) for branch in av[1])
    return False


def after_non_word(behind: list[tuple[Any, Any]]) -> bool:
    """A lookbehind's last item is one non-word character (a space, a comma)."""
    if not behind:
        return False
    op, av = behind[-1]
    return op is sre.LITERAL and not word_character(chr(av))


def not_after_word(behind: list[tuple[Any, Any]]) -> bool:
    """A negative lookbehind of one class that holds every word character ("[\\w-]"):
    what it allows before a match is the start of the text or a non-word character."""
    if len(behind) != 1 or behind[0][0] is not sre.IN:
        return False
    return any(item is sre.CATEGORY and arg is sre.CATEGORY_WORD for item, arg in behind[0][1])


def word_character(c: str) -> bool:
    return c.isalnum() or c == "_"  # re's \\w on str patterns


def starts_with_word_character(items: list[tuple[Any, Any]]) -> bool:
    """Every match of `items` starts with a word character (letters and digits fold,
    under IGNORECASE, only to letters and digits)."""
    try:
        chars, empty = first(items)
    except Unreadable:
        return False
    if empty or not chars:
        return False
    for item in chars:
        if item in (r"\w", r"\d"):
            continue
        if item in CATEGORIES.values():
            return False  # \s, \W, ...
        bare = item.replace("\\", "")
        if len(bare) == 1 and word_character(bare):
            continue
        low, dash, high = bare.partition("-")
        if dash and any(low >= a and high <= b for a, b in WORD_RANGES):
            continue
        return False
    return True


WORD_RANGES = (("a", "z"), ("A", "Z"), ("0", "9"))


def lookahead(pattern: str, flags: int = 0) -> str | None:
    """The `(?=...)` every match of `pattern` meets at its start, or None."""
    try:
        return lookahead_of(parser.parse(pattern, flags))
    except re.error:
        return None


def lookahead_of(parsed: Any) -> str | None:
    """The `(?=...)` of a parsed pattern, or None."""
    items = list(parsed)
    try:
        chars, empty = first(items)
    except Unreadable:
        return None
    if empty or not chars:
        return None
    boundary = r"\b" if at_boundary(items) else ""
    return f"(?={boundary}[{''.join(sorted(chars))}])"


def guarded(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the first-character lookahead when one is read.

    The pattern is parsed once: the lookahead is read from the parse, and the parse,
    with the lookahead's items put in front, is what is compiled. This is the same
    program `re.compile(f"{ahead}(?:{pattern})")` builds (a group that captures
    nothing compiles to nothing), without parsing the long pattern a second time,
    which made start-up slower. The program is kept between runs (`patterncache`).
    """
    flags = int(flags)
    found = patterncache.compiled(
        ("guarded", pattern, flags, SCAN), lambda: program(pattern, flags)
    )
    return found if found is not None else re.compile(pattern, flags)  # raises re's error


def kept(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)` as written (no lookahead), its program kept between
    runs like `guarded`'s: for long patterns that are compiled in every process."""
    flags = int(flags)

    def build() -> patterncache.Program | None:
        try:
            return None if _code is None else built(pattern, flags, parser.parse(pattern, flags))
        except re.error:
            return None

    found = patterncache.compiled(("kept", pattern, flags, SCAN), build)
    return found if found is not None else re.compile(pattern, flags)


def program(pattern: str, flags: int) -> patterncache.Program | None:
    """The program `guarded` compiles, or None where re must compile it as written (an
    invalid pattern, or a Python without re's program builder)."""
    if _code is None:
        return None
    try:
        parsed = parser.parse(pattern, flags)
    except re.error:
        return None
    ahead = lookahead_of(parsed)
    if ahead is None:
        return built(pattern, flags, parsed)
    text = f"{ahead}(?:{pattern})"
    if parsed.state.flags != plain_flags(flags):
        # global inline flags ("(?x)" ...) must open a pattern: as written it is
        try:
            return scanning(built(text, flags, parser.parse(text, flags)), ahead)
        except re.error:
            return built(pattern, flags, parsed)
    joined = parser.SubPattern(parsed.state, list(parser.parse(ahead, flags)) + list(parsed))
    return scanning(built(text, flags, joined), ahead)


# Which programs `guarded`, `dispatched` and `kept` build, in their `patterncache` keys:
# a program kept before the scan set (`scanning`) or the letter groups (`letter_groups`)
# were added is not asked for again.
SCAN = "scan-bitmap-letters"


def scan_set(ahead: str, flags: int) -> list[tuple[Any, Any]]:
    """The class items of re's fast scan for a lookahead "(?=[...])" or "(?=\\b[...])": a
    bitmap of the characters below 256 that its class matches (with the pattern's flags,
    so IGNORECASE's other cases are in), and every character from 256 up. A bitmap
    first is re's cheapest test for the characters most text is made of; above it the
    set may hold more than the class matches (those positions are tried, and fail on
    the lookahead), never fewer."""
    matches = re.compile(ahead[ahead.index("[") : -1], flags).fullmatch
    bits = bytearray(1 if matches(chr(code)) else 0 for code in range(256))
    return [(sre.CHARSET, compiler._mk_bitmap(bits)), (sre.RANGE, (256, sys.maxunicode))]


def scanning(found: patterncache.Program, ahead: str) -> patterncache.Program:
    """`found` (a program that opens with the lookahead `ahead`) with the characters a
    match may start with noted in its info block, as re notes them for a pattern that
    opens with a class: re's search then skips the positions where none stands
    (re reads them only for a pattern at least one character long, as here)."""
    text, flags, code, *rest = found
    if None in _class_parts or not (code[0] == sre.INFO and code[2] == 0 and code[3] > 0):
        return found  # a scan of re's own, or a pattern that may match ""
    info = [sre.INFO, 0, sre.SRE_INFO_CHARSET, code[3], code[4]]
    compiler._compile_charset(scan_set(ahead, flags), flags, info)
    info[1] = len(info) - 1  # re's skip over the block: its length after this word
    body = code[1 + code[1] :]
    return (text, flags, [int(op) for op in info] + body, *rest)  # type: ignore[return-value]


def built(text: str, flags: int, parsed: Any) -> patterncache.Program:
    """`_sre.compile`'s arguments for a parse, as `re.compile` passes them, with the
    case-insensitive word alternations grouped by first letter (`letter_groups`)."""
    state = parsed.state
    parsed = letter_groups(parsed, bool((flags | state.flags) & re.IGNORECASE))
    indexgroup: list[str | None] = [None] * state.groups
    for name, index in state.groupdict.items():
        indexgroup[index] = name
    return (
        text,
        int(flags | state.flags),
        # opcodes are int subclasses; `built` is only called where `_code` is not None
        [int(op) for op in cast("Callable[[Any, int], list[int]]", _code)(parsed, flags)],
        state.groups - 1,
        dict(state.groupdict),
        tuple(indexgroup),
    )


def letter_groups(parsed: Any, caseless: bool) -> Any:
    """The parse with each run of alternatives that open with an ASCII letter, where
    case is ignored, grouped by that letter: "\\b(?:not|never|no longer|nor)" as
    "\\b(?:(?-i:[Nn])(?:ot|ever|o longer|or))". re tries an alternation's branches
    one by one, and under IGNORECASE it checks no branch's first letter before trying
    it (every word costs a try at every position); a group opens with the class of the
    characters re matches to its letter (`same_letter`), which it does check. Two
    alternatives under different letters cannot both match at one position, a group
    keeps its alternatives' order, and a run ends at any alternative that does not open
    with a letter, so the same alternative matches wherever one did, with the same
    groups (none is added or moved)."""
    return parser.SubPattern(parsed.state, [grouped_item(op, av, caseless) for op, av in parsed])


def grouped_item(op: Any, av: Any, caseless: bool) -> tuple[Any, Any]:
    if op is sre.BRANCH:
        alternatives = [letter_groups(a, caseless) for a in av[1]]
        return op, (av[0], grouped_alternatives(alternatives) if caseless else alternatives)
    if op is sre.SUBPATTERN:
        group, add, remove, body = av
        inner = (caseless or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
        return op, (group, add, remove, letter_groups(body, inner))
    if op in REPEATS:
        return op, (av[0], av[1], letter_groups(av[2], caseless))
    if op in (sre.ASSERT, sre.ASSERT_NOT):
        return op, (av[0], letter_groups(av[1], caseless))
    return op, av  # literals, classes, anchors; conditionals and atomic groups as written


def opening_letter(alternative: Any) -> str | None:
    """The ASCII letter an alternative opens with, lower-cased, or None."""
    if not alternative.data or alternative.data[0][0] is not sre.LITERAL:
        return None
    c = chr(alternative.data[0][1])
    return c.lower() if c.isascii() and c.isalpha() else None


def grouped_alternatives(alternatives: list[Any]) -> list[Any]:
    out: list[Any] = []
    run: dict[str, list[Any]] = {}

    def flush() -> None:
        for letter, members in run.items():
            state = members[0].state
            cased = [(sre.LITERAL, ord(c)) for c in letters(letter)]
            cases = parser.SubPattern(state, [(sre.IN, cased)])
            opening = (sre.SUBPATTERN, (None, 0, int(re.IGNORECASE), cases))
            rests = [parser.SubPattern(state, m.data[1:]) for m in members]
            if len(rests) == 1:
                out.append(parser.SubPattern(state, [opening, *rests[0].data]))
            else:
                out.append(parser.SubPattern(state, [opening, (sre.BRANCH, (None, rests))]))
        run.clear()

    for alternative in alternatives:
        letter = opening_letter(alternative)
        if letter is None:
            flush()
            out.append(alternative)
        else:
            run.setdefault(letter, []).append(alternative)
    flush()
    return out


@cache
def letters(letter: str) -> str:
    """The characters re's IGNORECASE matches to an ASCII letter (`same_letter`'s class)."""
    return same_letter(letter)[len("(?-i:[") : -len("])")]


@cache
def plain_flags(flags: int) -> int:
    """The flags a pattern without inline global flags is parsed with."""
    return int(parser.parse("", flags).state.flags)


def top_level_branches(pattern: str) -> list[str]:
    """The alternatives of `pattern` at its outermost level, as written."""
    parts: list[str] = []
    current: list[str] = []
    depth, in_class, escaped = 0, False, False
    for ch in pattern:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


# The characters beyond ASCII that re's IGNORECASE matches to an ASCII letter ("ſ" to
# "s", "K" (Kelvin) to "k", "İ" and "ı" to "i"); tests/extract/test_lookahead.py checks
# this against re over every code point.
FOLDS_TO_ASCII = "\u0130\u0131\u017f\u212a"


@cache
def same_letter(letter: str) -> str:
    """The class of the characters re's IGNORECASE matches to `letter`, with case-
    insensitivity off inside: "(?-i:[Ssſ])". re tests a class that opens a branch
    before it tries the branch, but not a case-insensitive letter."""
    chars = [
        c for c in string.ascii_letters + FOLDS_TO_ASCII if re.fullmatch(letter, c, re.IGNORECASE)
    ]
    return f"(?-i:[{''.join(sorted(chars))}])"


def found_anywhere(pattern: str, flags: int = 0) -> str:
    """A pattern that matches somewhere in a text exactly when `pattern` does (compiled
    with `flags`), for patterns only asked whether they match (keyword prefilters): the
    alternatives that open with a letter or digit, or with `\\b` and one, are grouped by
    it ("s(?:anction|ubject|(?<=\\bs)et\\b)|i(?:mpos|..."), so re tries a few groups at
    each position instead of every word in turn. re checks the first letter of each group
    before it tries the group, but not a letter under IGNORECASE: there the group opens
    with the class of the letter's cases (`same_letter`), which it checks. Which
    alternative matches, and where, may differ; whether one does cannot. A pattern
    with capturing groups is returned as written (moving them would renumber them)."""
    if kept(pattern).groups:
        return pattern
    caseless = bool(flags & re.IGNORECASE)
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for branch in top_level_branches(pattern):
        boundary = branch.startswith("\\b")
        head, tail = (branch[2:3], branch[3:]) if boundary else (branch[:1], branch[1:])
        if head.isascii() and head.isalnum() and tail[:1] not in ("*", "+", "?", "{"):
            key = head.lower() if caseless else head
            # r"\bset": "s" then r"(?<=\bs)et", the boundary checked behind the letter
            groups.setdefault(key, []).append(f"(?<=\\b{head}){tail}" if boundary else tail)
        else:
            others.append(branch)
    grouped = [
        f"{same_letter(head) if caseless and head.isalpha() else head}(?:{'|'.join(tails)})"
        for head, tails in groups.items()
    ]
    return "|".join(grouped + others)


# a branch that may start with more characters than this is not grouped: it stands
# once, between the groups of the branches before it and of those after it. A branch
# that stands alone is tried at every position the pattern reaches, so up to this many
# it is copied into each group: "\b(?:adopt|approv|unveil|...)" starts 8 groups rather
# than splitting the letters into runs (the impose triggers of a clause: 0.38 -> 0.28 s
# per 8,256 clauses; the patterns are longer, and kept by `patterncache`)
WIDE = 8


def dispatched(branches: list[str], flags: int = 0) -> re.Pattern[str]:
    """`guarded` of the alternation of `branches`, with the branches grouped by the
    first character a match of each may start with: "(?=[i])(?:B0|B5)|(?=[s])(?:B1|B5)".

    re tries every branch of an alternation in turn at each position it reaches; grouped,
    it tries one lookahead per group and then only the branches that may start with the
    character there, in their written order. A branch that may start with a few
    characters stands in each of their groups; letters whose groups would hold the same
    branches share one. At any position only one group's lookahead holds (the
    characters a letter matches, IGNORECASE or not, are those of no other letter), so
    the first branch that matches there is the one the plain alternation takes, and so
    are all matches. A branch that may start with many characters (`WIDE`: "[a-z]+ed")
    is not copied into every group: it stands alone, after the groups of the branches
    written before it and before those of the branches after it, which keeps the
    order. Where the first characters cannot be read as ASCII letters and digits, or a
    branch captures (repeating it would renumber the groups), the plain alternation is
    compiled.
    """
    flags = int(flags)
    text = None

    def build() -> patterncache.Program | None:
        nonlocal text
        text = alternation(branches, flags)
        return program(text, flags)

    # WIDE in the key: a program kept from another grouping is not this one
    found = patterncache.compiled(("dispatched", WIDE, tuple(branches), flags, SCAN), build)
    return found if found is not None else guarded(text or alternation(branches, flags), flags)


def alternation(branches: list[str], flags: int) -> str:
    """The pattern `dispatched` compiles with `guarded`: grouped where it can be."""
    plain = "|".join(f"(?:{b})" for b in branches)
    keys: list[set[str]] = []
    try:
        for branch in branches:
            parsed = parser.parse(branch, flags)
            if parsed.state.groups > 1:
                return plain
            chars, empty = first(list(parsed))
            if empty or not chars:
                return plain
            keys.append(first_keys(chars, flags))
    except (Unreadable, re.error):
        return plain
    alternatives: list[str] = []
    run: list[int] = []
    for index in [*range(len(branches)), None]:
        if index is not None and len(keys[index]) <= WIDE:
            run.append(index)
            continue
        alternatives.extend(grouped(branches, keys, run))
        run = []
        if index is not None:
            alternatives.append(f"(?:{branches[index]})")
    return "|".join(alternatives)


def grouped(branches: list[str], keys: list[set[str]], run: list[int]) -> list[str]:
    """The groups of the branches `run`: per set of first characters that start the
    same branches, "(?=[chars])(?:branch|branch)"."""
    members: dict[str, list[int]] = {}
    for index in run:
        for key in keys[index]:
            members.setdefault(key, []).append(index)
    by_members: dict[tuple[int, ...], list[str]] = {}
    for key, indices in sorted(members.items()):
        by_members.setdefault(tuple(indices), []).append(key)
    return [
        f"(?=[{''.join(chars)}])(?:{'|'.join(f'(?:{branches[i]})' for i in indices)})"
        for indices, chars in by_members.items()
    ]


def first_keys(chars: set[str], flags: int) -> set[str]:
    """The single ASCII letters a set of class items (from `first`) stands for,
    lower-cased under IGNORECASE, and `\\d` for any digit; Unreadable for anything else."""
    out: set[str] = set()
    for item in chars:
        if item == r"\d":
            out.add(item)
            continue
        if item in CATEGORIES.values():
            raise Unreadable  # \w, \s: too many characters to group by
        bare = item.replace("\\", "")
        low, dash, high = bare.partition("-")
        if len(bare) == 1:
            low = high = bare
        elif not (dash and len(low) == 1 and len(high) == 1):
            raise Unreadable
        if not any(a <= low and high <= b for a, b in WORD_RANGES):
            raise Unreadable  # a category, a symbol, a letter beyond ASCII
        for code in range(ord(low), ord(high) + 1):
            c = chr(code)
            # every digit stands in the group of \d, which matches what a digit does
            out.add(r"\d" if c.isdigit() else c.lower() if flags & re.IGNORECASE else c)
    return out


# what re's program notes up front for a fast scan: a literal prefix or a set of first characters
_SCANS = sre.SRE_INFO_PREFIX | sre.SRE_INFO_CHARSET


def skips_ahead(pattern: str, flags: int = 0) -> bool:
    """re finds the positions where a match of `pattern` may start by itself (a literal
    prefix, a set of first characters): a lookahead in front would only hide that."""
    if _code is None:
        return False
    try:
        code = _code(parser.parse(pattern, flags), flags)
    except re.error:
        return False
    return code[0] == sre.INFO and bool(code[2] & _SCANS)
