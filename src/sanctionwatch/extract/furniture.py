"""Page furniture: is a line of a scraped page menu, byline, consent, sharing,
credit or link-list text rather than article prose?

A small logistic model over what any site's furniture looks like, not over one
site's wording: the line's length, its closing punctuation, the share of function
words, of capitalised words and of digits, symbols and scripts, words of furniture
on any site (`data/furniture_cues.txt`), where it stands on the page and whether
its neighbours are short too. `make train` fits it (`furniture_train`), and the
weights ship in `data/furniture.json` with a record of what they were fitted on.

A line that names sanctions or holds a phrase the extractor reads as an action
(its triggers), or finishes a sentence the line above left open, is never
furniture here: losing an action costs the reader more than keeping a stray
menu line.
"""

from __future__ import annotations

import json
import math
import re
import string
from dataclasses import dataclass
from functools import cache

from sanctionwatch.extract.triggers import find_triggers
from sanctionwatch.extract.vocabulary import DATA, gated_rule, load_lines, rule

LETTER = re.compile(r"[^\W\d_]")  # mechanics: letters, words and scripts of a line
NON_LATIN = re.compile(r"[^\W\d_\x00-\u024e]")  # mechanics: letters past Latin Ext-B
WORD = re.compile(r"[^\W\d_](?:[\w’'.-]*\w)?")  # mechanics: a word
STOPWORDS = frozenset(w for line in load_lines("function_words.txt") for w in line.split())
VERB_HINT = rule("furniture.verb")
SENTENCE_END = rule("furniture.sentence_end")
TIME_OR_DATE = rule("furniture.time_or_date")
SEPARATORS = rule("furniture.separators")
URL_LIKE = rule("furniture.url")
BULLET = rule("furniture.bullet")
BYLINE = rule("furniture.byline")
OPENING_QUOTE = rule("furniture.opening_quote")
# a line naming sanctions stays, whatever it looks like
SANCTIONS = gated_rule("furniture.sanctions")

FEATURES = (
    "words",
    "chars",
    "short",
    "sentence_end",
    "stopword_share",
    "capital_share",
    "no_lower_case",
    "digit_share",
    "time_or_date",
    "separators",
    "url",
    "non_latin",
    "cues",
    "cue_first",
    "verb",
    "colon_end",
    "bullet",
    "byline",
    "quote",
    "first_line",
    "position",
    "last_lines",
    "short_neighbours",
    "starts_lower",
    "continues_line",
    "title_run",
    "after_cue_heading",
)


@dataclass(frozen=True, slots=True)
class Cues:
    """Furniture words and phrases (`data/furniture_cues.txt`), looked up by word."""

    words: frozenset[str]  # one-word cues
    phrases: frozenset[str]  # two or three lower-case words joined by a space
    openers: frozenset[str]  # the first words of those phrases
    prefixes: tuple[str, ...]  # "subscri" for "subscri*"

    def count(self, low: list[str]) -> tuple[int, bool]:
        """How many cues a line's lower-cased words hold, and whether one opens the line."""
        found = 0
        first = False
        for i, word in enumerate(low):
            hit = word in self.words or word.startswith(self.prefixes)
            if not hit and word in self.openers:
                hit = " ".join(low[i : i + 2]) in self.phrases or (
                    " ".join(low[i : i + 3]) in self.phrases
                )
            if hit:
                found += 1
                first = first or i == 0
        return found, first


@cache
def cues() -> Cues:
    entries = load_lines("furniture_cues.txt")
    phrases = frozenset(e for e in entries if " " in e)
    return Cues(
        words=frozenset(e for e in entries if " " not in e and not e.endswith("*")),
        phrases=phrases,
        openers=frozenset(p.split()[0] for p in phrases),
        prefixes=tuple(e[:-1] for e in entries if e.endswith("*")),
    )


# Character counts of an ASCII line by deleting bytes: for ASCII, str.isalpha,
# isdigit and islower hold for exactly these bytes, so the counts are the same.
ASCII_LETTERS = string.ascii_letters.encode("ascii")
ASCII_DIGITS = string.digits.encode("ascii")
ASCII_LOWER = string.ascii_lowercase.encode("ascii")


def char_counts(head: str) -> tuple[int, int, bool]:
    """Letters and digits in `head` (str.isalpha, str.isdigit), and whether one is lower case."""
    if head.isascii():
        raw = head.encode("ascii")
        size = len(raw)
        return (
            size - len(raw.translate(None, ASCII_LETTERS)),
            size - len(raw.translate(None, ASCII_DIGITS)),
            len(raw.translate(None, ASCII_LOWER)) < size,
        )
    return (
        sum(map(str.isalpha, head)),
        sum(map(str.isdigit, head)),
        any(map(str.islower, head)),
    )


# Furniture lines are short: the features of a line read its first HEAD characters
# (and its end), so a long paragraph costs no more than a short one.
HEAD = 200


@dataclass(slots=True)
class LineStats:
    """What the features of a line and of its neighbours read of it, computed once."""

    head: str
    words: list[str]
    function_words: int
    cues: int
    cue_first: bool
    ends_sentence: bool


def stats(line: str) -> LineStats:
    head = line[:HEAD]
    words = WORD.findall(head)
    low = [w.lower() for w in words]
    found, first = cues().count(low)
    return LineStats(
        head=head,
        words=words,
        function_words=sum(1 for w in low if w in STOPWORDS),
        cues=found + head.count("©"),
        cue_first=first,
        ends_sentence=bool(SENTENCE_END.search(line[-6:])),
    )


def page_features(lines: list[str]) -> list[list[float]]:
    """The features of every line of a page (stripped, non-empty lines), in FEATURES order."""
    every = [stats(line) for line in lines]
    last = len(lines) - 1
    return [line_features(lines, every, i, last) for i in range(len(lines))]


def line_features(lines: list[str], every: list[LineStats], i: int, last: int) -> list[float]:
    return features_of(lines, every, i, last, True)  # type: ignore[return-value]


# the features `features_of` leaves out (None) when asked for the cheap ones only: each
# is 0 or 1, so its weight, where positive, bounds what it can add
REGEX_FEATURES = (
    "time_or_date",
    "separators",
    "url",
    "verb",
    "bullet",
    "byline",
    "quote",
    "starts_lower",
)


def features_of(
    lines: list[str], every: list[LineStats], i: int, last: int, regex: bool
) -> list[float | None]:
    """The features of line `i`; without `regex`, those of `REGEX_FEATURES` are None."""
    line, own = lines[i], every[i]
    head, words = own.head, own.words
    n = len(words) or 1
    letters, digits, has_lower = char_counts(head)
    prev = every[i - 1] if i > 0 else None
    nxt = every[i + 1] if i < last else None
    prev_words = len(prev.words) if prev else 0
    next_words = len(nxt.words) if nxt else 0
    first_letter = LETTER.search(head) if regex else None
    # a heading of related links, comments or tools just above: "Read next", "Most read"
    heading = any(len(every[j].words) <= 5 and every[j].cues for j in range(max(0, i - 3), i))
    return [
        min(len(words), 30) / 30,
        min(math.log1p(len(line)) / math.log1p(400), 1.0),
        float(len(words) <= 3),
        float(own.ends_sentence),
        own.function_words / n,
        sum(1 for w in words if w[0].isupper()) / n,
        float(bool(letters) and not has_lower),
        digits / len(head),
        # every time or date holds a digit (checked by a test of the pattern)
        float(bool(digits and TIME_OR_DATE.search(head))) if regex else None,
        float(bool(SEPARATORS.search(head))) if regex else None,
        float(bool(URL_LIKE.search(head))) if regex else None,
        len(NON_LATIN.findall(head)) / letters if letters else 0.0,
        min(own.cues, 3) / 3,
        float(own.cue_first),
        float(bool(VERB_HINT.search(head))) if regex else None,
        float(line.endswith(":")),
        float(bool(BULLET.match(head))) if regex else None,
        float(bool(BYLINE.match(head)) and len(words) <= 8) if regex else None,
        float(bool(OPENING_QUOTE.match(head))) if regex else None,
        float(i == 0),
        i / max(last, 1),
        float(i >= last - 2),
        float(prev_words <= 4 and next_words <= 4),
        float(first_letter is not None and first_letter.group().islower()) if regex else None,
        # wrapped prose: the line above stops mid-sentence ("... the Office of" / "vessels.")
        float(
            prev is not None
            and prev_words >= 4
            and not prev.ends_sentence
            and not lines[i - 1].endswith(":")
        ),
        float(
            not own.ends_sentence
            and prev is not None
            and nxt is not None
            and not prev.ends_sentence
            and not nxt.ends_sentence
        ),
        float(heading),
    ]


@dataclass(frozen=True, slots=True)
class FurnitureModel:
    weights: tuple[float, ...]
    bias: float
    threshold: float

    def probability(self, features: list[float]) -> float:
        z = self.bias + sum(w * x for w, x in zip(self.weights, features, strict=True))
        return 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))

    def surely_below(self, features: list[float | None]) -> bool:
        """The probability is below the threshold whatever the features left out (None,
        each 0 or 1) are: a prose line is judged without its pattern searches."""
        z = self.bias
        for w, x in zip(self.weights, features, strict=True):
            z += max(w, 0.0) if x is None else w * x
        # a margin far above rounding: near the threshold the full features decide
        if not 0.0 < self.threshold < 1.0:
            return False
        return z < math.log(self.threshold / (1 - self.threshold)) - 1e-6


@cache
def model() -> FurnitureModel:
    data = json.loads((DATA / "furniture.json").read_text(encoding="utf-8"))
    if tuple(data["features"]) != FEATURES:
        raise ValueError("furniture.json: features differ from the code; run `make train`")
    return FurnitureModel(
        weights=tuple(data["weights"]), bias=data["bias"], threshold=data["threshold"]
    )


def states_action(line: str) -> bool:
    """Sanctions words, or a phrase the extractor reads as an action ("US targets ...")."""
    return bool(SANCTIONS.search(line) or find_triggers(line, 0, len(line)))


# "The companies include:", "The individuals are:": a list's opening, its items below
LIST_OPENING = rule("furniture.list_opening")


def opens_list(lines: list[str], i: int) -> bool:
    """The line opens the bullet list below it ("The companies include:" / "• X")."""
    return (
        i + 1 < len(lines)
        and LIST_OPENING.search(lines[i]) is not None
        and BULLET.match(lines[i + 1]) is not None
    )


# a prose line this long, ending in a colon, that tells an act opens the cells below it
OPENING_WORDS = 5
CELL_WORDS = 6  # a line this short or shorter may be one cell of a table flattened a line each


def table_cells(lines: list[str], every: list[LineStats], said: list[bool]) -> set[int]:
    """The lines of a table or list flattened one cell to a line under a prose line that
    tells an act and ends in a colon ("The ships named were listed in a table:" / "Vessel"
    / "IMO" / "ARNICA" / "9187643" / "Comoros" / ...): each short line up to the next
    longer one is a cell of what the line above announced, not a menu's item, however
    much a run of short lines looks like one. A colon after a page's label ("Read more:",
    "Share this:") is no such opening: too short, and no act."""
    out: set[int] = set()
    opened = False
    for i, line in enumerate(lines):
        if opened and len(every[i].words) <= CELL_WORDS:
            out.add(i)
            continue
        opened = (
            line.endswith(":")
            and not said[i]
            and len(every[i].words) >= OPENING_WORDS
            and states_action(line)
        )
    return out


def continues_prose(lines: list[str], every: list[LineStats], i: int) -> bool:
    """The line may finish a sentence the line above left open ("... companies as in" /
    "Brussels."): the line above stops mid-sentence and reads like prose."""
    if i == 0:
        return False
    prev = every[i - 1]
    if len(prev.words) < 4 or prev.ends_sentence or lines[i - 1].endswith(":"):
        return False
    return prev.function_words / len(prev.words) >= 0.25


def furniture_lines(lines: list[str]) -> list[bool]:
    """For each stripped, non-empty line of a page: is it furniture?"""
    m = model()
    every = [stats(line) for line in lines]
    last = len(lines) - 1
    said = [
        not m.surely_below(features_of(lines, every, i, last, False))
        and m.probability(line_features(lines, every, i, last)) >= m.threshold
        for i in range(len(lines))
    ]
    cells = table_cells(lines, every, said)
    return [
        said[i]
        and not states_action(line)
        and not opens_list(lines, i)
        and i not in cells
        # text wrapped by the page: the rest of a prose sentence is prose
        and not (continues_prose(lines, every, i) and not said[i - 1])
        for i, line in enumerate(lines)
    ]
