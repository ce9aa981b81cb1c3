"""Learn `screening/data/script_words.txt`: how the lists romanise Arabic-script words.

    .venv/bin/python bench/screening/learn_script.py

Many listed entities carry a name in its original script (Arabic, Persian) beside the
Latin one ('صدام حسين التكريتي', 'SADDAM HUSSEIN AL-TIKRITI'). Each
original-script word is aligned with the Latin word of the same entity that it sounds
most like, and the Latin spelling the lists give a word most often becomes its reading.

Honest measurement: only the tuning half's entities (position 0 modulo 2, as
`make_bench.py` and `make_pairs.py` split them) are learned from, and of those none that
shares a Latin or an original-script name with an entity of the held-out half (one
person listed by two lists). The held-out bench's original-script queries come from the
other half, so they measure words the table learned from other people's names.

`--exclude CASES --out FILE` learns a table without the entities of a case file's
original-script queries (and any entity sharing a name with them): run the tuning bench
with it (`script_tune.py`) to see how a change does on words the table has not met, as
the held-out half meets them, instead of on words it learned from the same names.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter, defaultdict
from itertools import pairwise
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from corpus import is_latin, load_entities

from sanctionwatch.screening.names import one_to_one, token_similarity
from sanctionwatch.screening.script import WORDS, script_key
from sanctionwatch.screening.text import PARTICLES, phonetic, to_ascii

OUT = Path(__file__).parents[2] / "src/sanctionwatch/screening/data/script_words.txt"
Entity = dict[str, Any]
_MIN_SIMILARITY = 0.8  # a token_similarity this high: one word read two ways
_ARTICLES = ("al", "el", "ul", "ad", "ar", "as", "ash", "az", "at", "an")
# Words that join their neighbour into one name ('عبد الله' Abdullah, 'نجيب الله'
# Najibullah): read alone they align with the wrong Latin word; the scorer joins them.
_JOINING = frozenset(("llh", "allh", "lh", "bd", "abd", "bn", "ibn", "bw", "abw", "abu"))
# First consonants that transliterations write differently ('ج' j/dj/g, 'ق' q/k/g).
_HEAD_CLASSES = str.maketrans("gqcdθ", "kkstt")


def _head(word: str) -> str:
    """The first consonant, vowels before it dropped (an 'ayn the script writes and the
    Latin omits, or the reverse): 'omar' and 'mr' -> 'm'; 'mohammad' 'm', 'hmd' 'h'."""
    sound = phonetic(word.replace("-", "")).lstrip("aeiouy")
    return sound[:1].translate(_HEAD_CLASSES)


def _names(entity: Entity) -> list[str]:
    props = entity.get("properties", {})
    return [n for n in props.get("name", []) + props.get("alias", []) if 3 <= len(n) <= 80]


def _latin_words(names: list[str]) -> list[str]:
    """Latin words of the names, lower-case, and an article joined to its noun
    ('al tikriti' also as 'al-tikriti'), as the script glues it."""
    words: set[str] = set()
    for name in names:
        tokens = [t for t in to_ascii(name).replace("-", " ").split() if t.isalpha()]
        words.update(tokens)
        for a, b in pairwise(tokens):
            if a in _ARTICLES:
                words.add(f"{a}-{b}")
    return sorted(words)


def _key(name: str) -> str:
    return " ".join(sorted(to_ascii(name).split()))


def _align(script_name: str, latin: list[str]) -> list[tuple[str, str]]:
    """(script word, Latin word) pairs, each Latin word used once, best pairs first."""
    pairs = []
    for word in script_name.split():
        key = script_key(word)
        if not key:
            continue
        read = to_ascii(word).replace(" ", "")
        if not read.isalpha() or read in _JOINING or len(read) < 2:
            continue
        for spelt in latin:
            if len(spelt) < 3 or spelt in PARTICLES or _head(read) != _head(spelt):
                continue
            sim = token_similarity(read, spelt.replace("-", ""))
            if sim >= _MIN_SIMILARITY:
                pairs.append((sim, key, spelt))
    pairs.sort(key=lambda p: (-p[0], p[1], p[2]))
    return [(key, spelt) for _, key, spelt in one_to_one(pairs)]


def learn(entities: list[Entity], exclude: frozenset[str] = frozenset()) -> dict[str, Counter[str]]:
    """Votes for each word's spelling; `exclude`: ids whose names are learned from by
    no entity either."""
    held = [e for i, e in enumerate(entities) if i % 2 == 1 or e["id"] in exclude]
    held_names = {_key(n) for e in held for n in _names(e)}
    votes: dict[str, Counter[str]] = defaultdict(Counter)
    for e in (e for i, e in enumerate(entities) if i % 2 == 0):
        names = _names(e)
        if any(_key(n) in held_names for n in names):
            continue  # the same party is in the held-out half, under another list's id
        latin = _latin_words([n for n in names if is_latin(n)])
        if not latin:
            continue
        for name in names:
            if is_latin(name):
                continue
            for key, spelt in _align(name, latin):
                votes[key][spelt] += 1
    return votes


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument(
        "--exclude", type=Path, help="leave out the entities of this case file's script_* queries"
    )
    args = parser.parse_args(argv)
    exclude: frozenset[str] = frozenset()
    if args.exclude:
        with args.exclude.open(encoding="utf-8", newline="") as fh:
            exclude = frozenset(
                c["candidate_id"] for c in csv.DictReader(fh) if c["class"].startswith("script_")
            )
    entities = [e for e in load_entities() if e["schema"] != "Sanction"]
    WORDS.clear()  # learn from plain transliterations, not from the table being replaced
    votes = learn(entities, exclude)
    lines = [
        "# Arabic-script word -> the Latin spelling the lists give it most often, learned by",
        "# bench/screening/learn_script.py from the tuning half of the shipped lists' entities",
        "# that carry both (regenerate, do not edit). Tab-separated: word, spelling, entities.",
    ]
    for key in sorted(votes):
        spelt, n = min(votes[key].items(), key=lambda kv: (-kv[1], kv[0]))
        lines.append(f"{key}\t{spelt}\t{n}")
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(votes)} words -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
