"""Arabic-script words as the lists romanise them, from a table learned from the lists.

`data/script_words.txt` (written by `bench/screening/learn_script.py`) holds, for each
Arabic or Persian word that a listed entity writes beside its Latin name, the Latin
spelling the lists give it most often: 'حسين' -> 'hossein'. An abjad drops the short
vowels a romanisation needs, so a known word read from the table compares better than a
letter-by-letter transliteration ('hsyn'). Cyrillic is left to the transliteration,
which already spells it as the lists do.
"""

from __future__ import annotations

import re
from importlib import resources

# Arabic short vowels, shadda, sukun, dagger alif, tatweel: marks most writers omit.
_MARKS = re.compile("[\u064b-\u065f\u0670\u0640]")
# Letters written several ways for one sound: alif with hamza or madda, Persian yeh and
# keheh, alif maqsura, ta marbuta.
_FOLD = str.maketrans("آأإٱیکىة", "اااايكيه")
_EDGE = "\"'“”«»()[],.;:!?-"
_WORD = re.compile(r"[^\s/,;()]+")


def script_key(word: str) -> str:
    """The table's key of a word of another script: '' for a word with Latin letters or
    digits, which the table does not hold."""
    word = word.strip(_EDGE)
    if not word or not all("\u0600" <= c <= "\u06ff" for c in word):
        return ""
    return _MARKS.sub("", word).translate(_FOLD)


def _load() -> dict[str, str]:
    text = resources.files("sanctionwatch.screening").joinpath("data", "script_words.txt")
    table = {}
    for line in text.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            word, spelt, _ = line.split("\t")
            table[word] = spelt
    return table


WORDS = _load()


def _reading(match: re.Match[str]) -> str:
    spelt = WORDS.get(script_key(match[0]))
    return match[0] if spelt is None else f" {spelt} "


def romanise_known(text: str) -> str:
    """`text` with the words the table knows in their listed Latin spelling."""
    if text.isascii():
        return text
    return _WORD.sub(_reading, text)
