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
from dataclasses import dataclass
from functools import cache

from sanctionwatch.extract.triggers import find_triggers
from sanctionwatch.extract.vocabulary import DATA, load_lines

WORD = re.compile(r"[^\W\d_](?:[\w’'.-]*\w)?")
STOPWORDS = frozenset(w for line in load_lines("function_words.txt") for w in line.split())
VERB_HINT = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|could|said|says|told|added|"
    r"announced|\w{3,}ed)\b",
    re.I,
)
SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*$")
TIME_OR_DATE = re.compile(
    r"\b\d{1,2}:\d{2}\b|\b\d{1,4}[-./]\d{1,2}[-./]\d{2,4}\b|"
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|"
    r"\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b",
    re.I,
)
SEPARATORS = re.compile(r"[|•»›·▸►→←↑↓↺+#]|\s/\s|\s-\s*$|^\s*-\s")
URL_LIKE = re.compile(r"https?://|www\.|\.(?:com|org|net|az|ua|kr)\b|@\w", re.I)
BULLET = re.compile(r"^[•\-*–—·▪◦]\s")
BYLINE = re.compile(r"^(?:by|from|written by|reporting by|par|por|von)\s+[A-Z]", re.I)
OPENING_QUOTE = re.compile(r"^[\"“‘']")
# a line naming a sanctions action stays, whatever it looks like
SANCTIONS = re.compile(
    r"sanction|designat|blacklist|embargo|asset freeze|restrictive measure|entity list|"
    r"price cap|delist|\bbann?(?:ed|s)?\b|\bfro(?:ze|zen)\b|\btariff|\bmeasures\b|"
    r"\brestrictions\b|export controls?",
    re.I,
)

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


@cache
def cues() -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in load_lines("furniture_cues.txt")), re.I)


def line_features(lines: list[str], i: int) -> list[float]:
    """The features of `lines[i]` (stripped, non-empty lines of one page), in FEATURES order."""
    line = lines[i]
    words = WORD.findall(line)
    n = len(words) or 1
    letters = [c for c in line if c.isalpha()]
    latin = sum(1 for c in letters if c < "ɏ")
    found = cues().findall(line)
    first_cue = cues().match(line)
    prev = lines[i - 1] if i > 0 else ""
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    prev_words = len(WORD.findall(prev))
    next_words = len(WORD.findall(nxt))
    first_letter = next((c for c in line if c.isalpha()), "")
    # a heading of related links, comments or tools just above: "Read next", "Most read"
    heading = any(
        len(WORD.findall(lines[j])) <= 5 and cues().search(lines[j])
        for j in range(max(0, i - 3), i)
    )
    return [
        min(len(words), 40) / 40,
        min(math.log1p(len(line)) / math.log1p(400), 1.0),
        float(len(words) <= 3),
        float(bool(SENTENCE_END.search(line))),
        sum(1 for w in words if w.lower() in STOPWORDS) / n,
        sum(1 for w in words if w[0].isupper()) / n,
        float(bool(letters) and not any(c.islower() for c in letters)),
        sum(1 for c in line if c.isdigit()) / len(line),
        float(bool(TIME_OR_DATE.search(line))),
        float(bool(SEPARATORS.search(line))),
        float(bool(URL_LIKE.search(line))),
        (1 - latin / len(letters)) if letters else 0.0,
        min(len(found), 3) / 3,
        float(first_cue is not None),
        float(bool(VERB_HINT.search(line))),
        float(line.endswith(":")),
        float(bool(BULLET.match(line))),
        float(bool(BYLINE.match(line)) and len(words) <= 8),
        float(bool(OPENING_QUOTE.match(line))),
        float(i == 0),
        i / max(len(lines) - 1, 1),
        float(i >= len(lines) - 3),
        float(prev_words <= 4 and next_words <= 4),
        float(first_letter.islower()),
        # wrapped prose: the line above stops mid-sentence ("... the Office of" / "vessels.")
        float(prev_words >= 4 and not SENTENCE_END.search(prev) and not prev.endswith(":")),
        float(
            not SENTENCE_END.search(line)
            and bool(prev)
            and bool(nxt)
            and not SENTENCE_END.search(prev)
            and not SENTENCE_END.search(nxt)
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


def continues_prose(lines: list[str], i: int) -> bool:
    """The line may finish a sentence the line above left open ("... companies as in" /
    "Brussels."): the line above stops mid-sentence and reads like prose."""
    if i == 0:
        return False
    prev = lines[i - 1]
    words = WORD.findall(prev)
    if len(words) < 4 or SENTENCE_END.search(prev) or prev.endswith(":"):
        return False
    return sum(1 for w in words if w.lower() in STOPWORDS) / len(words) >= 0.25


def furniture_lines(lines: list[str]) -> list[bool]:
    """For each stripped, non-empty line of a page: is it furniture?"""
    m = model()
    said = [m.probability(line_features(lines, i)) >= m.threshold for i in range(len(lines))]
    return [
        said[i]
        and not states_action(line)
        # text wrapped by the page: the rest of a prose sentence is prose
        and not (continues_prose(lines, i) and not said[i - 1])
        for i, line in enumerate(lines)
    ]
