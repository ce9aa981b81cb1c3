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
# keheh, alif maqsura, ta marbuta, the Urdu heh some Persian writers use ('المھاجرین').
_FOLD = str.maketrans("آأإٱیکىةھ", "اااايكيهه")
_EDGE = "\"'“”«»()[],.;:!?-"
_WORD = re.compile(r"[^\s/,;()]+")


def script_key(word: str) -> str:
    """The table's key of a word of another script: '' for a word with Latin letters or
    digits, which the table does not hold."""
    word = word.strip(_EDGE)
    if not word or not all("\u0600" <= c <= "\u06ff" for c in word):
        return ""
    return _MARKS.sub("", word).translate(_FOLD)


def _table_lines(name: str) -> list[str]:
    """The entries of a data file: its lines, less empty ones and # comments."""
    text = resources.files("sanctionwatch.screening").joinpath("data", name)
    return [line for line in text.read_text("utf-8").splitlines() if line and line[0] != "#"]


def _load() -> dict[str, str]:
    table = {}
    for line in _table_lines("script_words.txt"):
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


def _load_org_words() -> dict[str, str]:
    table = {}
    for line in _table_lines("arabic_words.txt"):
        word, _, english = line.partition(" ")
        table[script_key(word)] = english
    return table


ORG_WORDS = _load_org_words()


def _org_word(word: str) -> str | None:
    """The English of an organisation's word, with or without its article ('الاسلامي',
    'للصرافة') or a glued 'and' ('والجهاد')."""
    key = script_key(word)
    if not key:
        return None
    found = ORG_WORDS.get(key)
    if found is None and key[:2] in ("ال", "لل") and len(key) > 3:
        found = ORG_WORDS.get(key[2:])
    if found is None and key[:1] == "و" and len(key) > 3:
        rest = key[1:]
        found = ORG_WORDS.get(rest[2:] if rest[:2] == "ال" else rest)
        found = None if found is None else f"and {found}"
    return found


def _org_reading(match: re.Match[str]) -> str:
    found = _org_word(match[0])
    return match[0] if found is None else f" {found} "


def org_words(text: str) -> str:
    """An organisation's Arabic and Persian words in English as the lists translate
    them ('شبكة محمد جمال' -> 'network محمد جمال')."""
    if text.isascii():
        return text
    return _WORD.sub(_org_reading, text)


_READ_TWO_WAYS = frozenset("ضذظث")  # Arabic 'd', 'dh', 'z', 'th'; Persian 'z', 'z', 'z', 's'


def other_reading(text: str) -> bool:
    """Whether an Arabic-script name has a second reading (`text.to_ascii` with `table`
    off): a word the table reads, which the lists may spell otherwise than the table
    learned ('ايمن' is 'imen' there, 'Ayman' elsewhere); a letter Persian reads
    otherwise ('فيض' Faiz); an organisation's word the lists may translate."""
    if text.isascii():
        return False
    words = _WORD.findall(text)
    return any(
        script_key(w) in WORDS or _org_word(w) is not None for w in words
    ) or not _READ_TWO_WAYS.isdisjoint(text)
