"""Name normalisation for screening: script, spelling variants, particles, legal forms.

Every name becomes a `NameForm`: canonical ASCII tokens plus consonant skeletons.
Both the index and the scorer read only these forms, so they agree by construction.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import lru_cache
from itertools import pairwise
from typing import Any, Final

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from rigour.names import remove_obj_prefixes, remove_person_prefixes, replace_org_types_compare

from sanctionwatch.countries import is_country
from sanctionwatch.names import ORG_TYPES  # the legal-form table shared with extraction
from sanctionwatch.screening.script import (
    HAN,
    PERSIAN_LETTERS,
    PLACES_PINYIN,
    cantonese,
    construct_state,
    cyrillic_words,
    data_lines,
    glottal_words,
    han_words,
    hangul_syllable,
    hebrew_letters,
    org_words,
    romanise_known,
    simplified,
    without_place_suffix,
)
from sanctionwatch.screening.script import PLACES as HAN_PLACES

PERSON = "person"
ORG = "org"
OBJECT = "object"  # vessels and aircraft
ANY = "any"

_SPLIT = re.compile(r"[^a-z0-9]+")
# Spellings of one sound across transliteration habits (Russian 'dzh', 'kh'; French 'ou';
# English 'ee'), rewritten one way so that edit distance and skeletons see one spelling.
_PHONETIC = [
    ("tsch", "ch"), ("dzh", "j"), ("dj", "j"), ("tch", "ch"), ("sch", "sh"), ("kh", "h"),
    ("gh", "g"),
    ("ph", "f"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("w", "v"), ("ou", "u"), ("oo", "u"),
    ("ee", "i"), ("y", "i"), ("ch", "\0"), ("ce", "se"), ("ci", "si"), ("c", "k"), ("\0", "ch"),
]  # fmt: skip
# 'j' after a vowel and before a consonant or the end is the Cyrillic 'й' of ISO 9, GOST and
# German ('Sergej', 'Mihajlov'), which other schemes write 'y' or 'i'.
_J_GLIDE = re.compile(r"(?<=[aeiou])j(?![aeiou])")
# Deletion tables: compiled or not, `str.translate` drops letters for a fraction of what
# a regex's `sub` costs (these run on each query's new tokens).
_VOWELS_H_OFF = str.maketrans("", "", "aeiouh")
_VOWEL_LETTERS: Final = frozenset("aeiou")


def has_vowel(token: str) -> bool:
    """Whether `token` has a vowel letter (a, e, i, o, u): a set's `isdisjoint` over the
    letters costs no more than a regex's `search`, and half or less once a vowel comes
    early (timed, compiled), on each query's new tokens (`skeleton`, `abjad_keys`,
    `glued_article`)."""
    return not _VOWEL_LETTERS.isdisjoint(token)


_NAME_SEPARATORS = re.compile(
    # ... a slash between two Arabic-script words too ('حسن الورديان/حسن محمد'), not
    # between Latin ones ('A/S', 'M/V' are parts of names).
    r"\s*/\s+|\s+/\s*|(?<=[\u0600-\u06ff])/(?=[\u0600-\u06ff])|;|"
    r"\s+or\s+|\b(?:also known as|formerly known as|a\.?k\.?a\.?|f\.?k\.?a\.?)\b|"
    r"\(|\)|\b(?:arabic|russian|chinese|korean):",
    re.I,
)


def _load_equivalents(*names: str) -> dict[str, str]:
    """Spelling -> canonical spelling; the first group that names a spelling wins."""
    table: dict[str, str] = {}
    for name in names:
        for line in data_lines(name):
            words = [_SPLIT.sub("", w.casefold()) for w in line.split()]
            for word in words:
                table.setdefault(word, words[0])
                table.setdefault(phonetic(word), words[0])
    return table


def glued_article(token: str) -> bool:
    """An abjad word that may start with the article: 'ldyn' (الدين)."""
    return len(token) >= 3 and token[0] == "l" and not has_vowel(token)


def strip_article(token: str) -> str | None:
    """'alakhras' -> 'akhras': an Arabic article written together with its noun."""
    if token[:2] in ("al", "el") and len(token) >= 6:
        return token[2:]
    return None


def single_letters(text: str) -> str:
    r"""Each run of one character written once but newlines, as `re.sub(r"(.)\1+",
    r"\1", text)` would: 'muhammad' -> 'muhamad'. A loop over the letters, compiled
    (setup.py), costs a few hundred instructions where the regex's `sub` costs
    thousands (a match object and a call per run), on each query's new tokens
    (`phonetic`, `skeleton`, `consonants`)."""
    for i in range(1, len(text)):
        if text[i] == text[i - 1] and text[i] != "\n":
            break
    else:
        return text
    out = [text[:i]]
    last = text[i - 1]
    for ch in text[i:]:
        if ch != last or ch == "\n":
            out.append(ch)
            last = ch
    return "".join(out)


@lru_cache(maxsize=200_000)
def phonetic(token: str) -> str:
    """One spelling per sound: 'dzhumakh' -> 'jumah', 'alexander' -> 'aleksander'."""
    if "j" in token:  # the regex's `sub` costs more than the test, without a 'j'
        token = _J_GLIDE.sub("i", token)
    for old, new in _PHONETIC:
        token = token.replace(old, new)
    return single_letters(token)


_VOWEL_CLASSES = str.maketrans("eo", "iu")


@lru_cache(maxsize=200_000)
def sound(token: str) -> str:
    """`phonetic`, with 'e' read 'i' and 'o' read 'u': one Arabic vowel, two spellings
    ('laden', 'ladin'; 'sahiron', 'sajirun')."""
    return phonetic(token).translate(_VOWEL_CLASSES)


_VOWELS_OFF = str.maketrans("", "", "aeiou")


def devowelled(short: str, long: str) -> bool:
    """`short` is `long` written without the vowels after its first letter, two or more
    of them ('alksndrvn' 'aleksandrovna', 'arctc' 'arctica'), as abbreviations write."""
    return (
        len(short) >= 4
        and len(long) >= len(short) + 2
        and short[0] == long[0]
        and long[0] + long[1:].translate(_VOWELS_OFF) == short
    )


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """Consonants that survive vowel spelling and abjad scripts: 'muhammad', 'mhmd' -> 'mmd'.

    Vowels and 'h' go everywhere but in first place, where any vowel is written 'a' ('ahmad'
    'amd' is not 'hamid' 'hmd'); abjad transliterations drop it, so compare `skeleton(t)
    .lstrip("a")` with those ('ishaq' 'ask', 'shq' 'sk').
    """
    if token.isdigit() or not token:
        return token
    sound = phonetic(token)
    head = "a" if sound[0] in "aeiou" else sound[0]
    if token[0] == "y" and len(token) > 1 and (token[1] in "aeiou" or not has_vowel(token)):
        head = "y"  # a consonant before a vowel, and in an abjad: 'yahya', 'yhy' (يحيى)
    body = sound[1:].translate(_VOWELS_H_OFF)
    if not has_vowel(token):
        body = body.replace("v", "")  # abjad: 'w' and 'y' write long vowels ('hbwsh' habbush)
    return single_letters(head + body) or sound[:1]


_FRENCH_W = re.compile(r"^ou|(?<=[aeiou])ou|ou(?=[aeiou])")


@lru_cache(maxsize=200_000)
def latin_skeletons(token: str) -> tuple[str, ...]:
    """What an abjad skeleton is compared with (`abjad_keys`): the token's skeleton
    without a leading vowel, and where a 'j' after a vowel would be read as the Cyrillic
    glide ('Sergej'), with it read as the consonant of 'Basij', 'Siraj' (بسيج 'bsj')."""
    readings = _latin_skeletons(token)
    if "ou" in token and (french := _FRENCH_W.sub("w", token)) != token:
        # The French 'ou' of a Maghrebi name is the consonant 'w' at a word's start or
        # beside a vowel ('Ouni' العوني 'lwny', 'Aoun' عون, 'Ouahabi'): read so too.
        consonant = skeleton(french).lstrip("a")
        if consonant not in readings:
            return (*readings, consonant)
    return readings


def _latin_skeletons(token: str) -> tuple[str, ...]:
    plain = skeleton(token).lstrip("a")
    if len(token) >= 4 and token[0] in "aeiou" and token[1] == "h" and has_vowel(token[2:]):
        # An 'h' after the first vowel, which the skeleton drops and the abjad writes
        # ('ahrar', احرار 'hrr'): the skeleton from it too.
        aspirate = skeleton(token[1:]).lstrip("a")
        if aspirate != plain:
            return (plain, aspirate)
    if "j" not in token or not _J_GLIDE.search(token):
        return (plain,)
    consonant = skeleton(token.replace("j", "dj")).lstrip("a")
    return (plain,) if consonant == plain else (plain, consonant)


# Lists, as `_PHONETIC`: compiled (mypyc), a module's tuple of tuples is built anew and
# iterated as objects at each call, a list's pairs are read in place.
_CLASS_FOLDS = [("sh", "s"), ("ch", "s"), ("th", "s"), ("dh", "z"), ("j", "g")]
_NOT_CONSONANT_OFF = str.maketrans("", "", "aeiouhv")


@lru_cache(maxsize=200_000)
def consonants(token: str) -> str:
    """Consonant classes, as an abjad writes them and transliterations disagree on them:
    'shwmn' (شومان) and 'chouman' -> 'smn'; 'khld' and 'khaled' -> 'ld'."""
    if token.isdigit():
        return token
    sound = phonetic(token)
    for old, new in _CLASS_FOLDS:
        sound = sound.replace(old, new)
    return single_letters(sound.translate(_NOT_CONSONANT_OFF))


@lru_cache(maxsize=200_000)
def abjad_keys(token: str) -> tuple[str, ...]:
    """Skeletons an abjad token may stand for: as written, and without a glued article
    ('ltkryty' al-tikriti). Empty for tokens with vowels."""
    if has_vowel(token) or token.isdigit():
        return ()
    return _abjad_keys(token, skeleton)


@lru_cache(maxsize=200_000)
def abjad_readings(token: str) -> tuple[str, ...]:
    """What the scorer compares an abjad token by: its `abjad_keys`, and with its 'w' the
    consonant, not a long vowel ('khwlh' Khawla, 'lzwy' al-Azzawi), as a Latin skeleton
    keeps it ('hvl', 'zv'). Not retrieval keys: 'jwdy' (Djouadi) would rank every Javad."""
    keys = abjad_keys(token)
    if keys and "w" in token[1:]:
        keys += tuple(k for k in _abjad_keys(token, _consonantal) if k not in keys)
    return keys


def _consonantal(token: str) -> str:
    """An abjad token's skeleton with its 'w' a consonant, as a Latin word's keeps it."""
    sound = phonetic(token)
    head = "y" if token[0] == "y" and len(token) > 1 else sound[0]
    return single_letters(head + sound[1:].translate(_VOWELS_H_OFF)) or sound[:1]


def _abjad_keys(token: str, skel_of: Callable[[str], str]) -> tuple[str, ...]:
    skel = skel_of(token).lstrip("a")
    if skel.startswith("l") and (len(skel) >= 3 or len(token) >= 4):
        # ... also before a noun of one consonant class: 'lzyz' (العزيز al-Aziz, whose
        # 'ayn the transliteration drops) is 'z'.
        # The article's 'l' off, the noun's first letter kept: 'lhsry' -> 'hsr' (al-Hasri).
        bare = skel_of(token[1:]).lstrip("a")
        # ... its first 'y' the vowel 'i' as below ('lyshy' العياشي al-Ayashi, 's').
        return (skel, bare, bare[1:]) if bare[:1] == "y" and len(bare) >= 2 else (skel, bare)
    if skel.startswith("y") and len(skel) >= 2:
        # A first 'y' after an alif or 'ayn that the transliteration drops is the vowel
        # 'i': 'yd' (اياد) is Iyad, 'ysy' (عيسى) Isa, whose Latin skeletons lack it.
        return (skel, skel[1:])
    return (skel,)


_NAME_EDGES = " ,.-\"'“”«»"


def _may_separate(name: str) -> bool:
    """False where `_NAME_SEPARATORS` cannot match, tested faster than its search (most
    names have no separator): an ASCII name with none of its punctuation, no word 'or',
    no 'known as' and no 'ka' or 'k.a' (as 'aka', 'f.k.a.' hold). Any other name is
    searched (`re` folds some non-ASCII letters to ASCII ones under re.I)."""
    if not name.isascii() or any(c in name for c in "/;():"):
        return True
    low = name.lower()
    return "ka" in low or "k.a" in low or "known as" in low or "or" in low.split()


def split_names(name: str) -> list[str]:
    """Names written as one ('A / B', 'A or B', 'A (B)', 'A also known as B') as several."""
    if not _may_separate(name):
        return [name.strip(_NAME_EDGES)]
    parts = [p.strip(_NAME_EDGES) for p in _NAME_SEPARATORS.split(name)]
    if len(parts) < 2:
        return parts
    # '(USA)' in 'Running Brook, LLC (USA)' qualifies the name; it is no name of its own,
    # nor is a Chinese company's seat ('Juhang Aviation Technology (Shenzhen)', '(深圳)'):
    # as a name it would equal every other company of that city that writes it so.
    return [p for p in parts if p and not is_country(p) and not _chinese_place(p)]


def _chinese_place(part: str) -> bool:
    """Whether `part` is a Chinese place of `chinese_places.txt`, in Han or in pinyin."""
    if not part.isascii():
        return without_place_suffix(simplified(part)).strip() in HAN_PLACES
    return _JOINED.sub("", part.casefold()) in _PLACES_IN_PINYIN


_JOINED = re.compile("[ '’-]")
_PLACES_IN_PINYIN = frozenset(PLACES_PINYIN.values())


KOREAN = _load_equivalents("korean.txt")
ARABIC = _load_equivalents("arabic.txt")
SLAVIC = _load_equivalents("slavic.txt")
PLACES = _load_equivalents("places.txt")
BURMESE = _load_equivalents("burmese.txt")
EQUIVALENTS = {**PLACES, **SLAVIC, **ARABIC, **KOREAN, **BURMESE}
# A Korean spelling that is no pinyin syllable ('kim', 'jong', 'chol') marks a Korean name;
# without one, 'Li Chen' is Chinese and keeps its spelling ('li' is not Korean 'ri' there).
PINYIN = frozenset(data_lines("pinyin.txt"))
# One romanised Korean syllable (Revised Romanization or McCune-Reischauer without marks).
_KOREAN_SYLLABLE = re.compile(
    r"(?:g|k|kk|n|d|t|tt|r|l|m|b|p|pp|s|ss|sh|j|ch|jj|h)?"
    r"(?:a|ae|ya|yae|eo|e|yeo|ye|o|wa|wae|oe|yo|u|wo|we|wi|yu|eu|ui|i|oo|ee|oi|ai)"
    r"(?:k|g|n|l|m|p|b|ng|t)?"
)
# Revised Romanization to the McCune-Reischauer forms the Korean table makes canonical,
# for syllables the table lacks: 'geum' -> 'kum', 'beom' -> 'pom', 'jo' -> 'cho' (ㅈ, which
# North Korea's own romanisation writes 'j' too: the lists give one man 'Jo' and 'Cho').
_RR_VOWELS = [("eo", "o"), ("eu", "u")]  # a list: see `_CLASS_FOLDS`
_RR_INITIALS = {"g": "k", "b": "p", "d": "t"}


# Korean surnames of one letter ('O', 'U'), and the North Korean 'Ri' that is pinyin but
# no Chinese surname: at either end of a three-syllable name they mark it Korean.
_KOREAN_LETTER_SURNAMES = frozenset(("o", "u"))
_KOREAN_ONLY_SURNAMES = frozenset(("ri", "o", "u"))


# Words of Arabic names that Korean syllables look like ('Nur al-Din', 'Badr al Din').
_ARABIC_WORDS: Final = frozenset(data_lines("arabic_name_words.txt"))
_ARABIC_WORD = re.compile(r"(?<![a-z])(?:al|el|bin|ibn|abu|abd)(?![a-z])", re.I)


# The German particle 'von' is the phonetic key of the Korean 'won' (`_load_equivalents`),
# but no listed name writes 'von' at all: alone it made 'Hans von Bergen' Korean
# ('hans won pergen'), no longer the 'Hans Bergen' written without it.
_GERMAN_VON = frozenset(("von",))


def _looks_korean(raws: list[str], kind: str = ANY) -> bool:
    """A name in Korean romanisation: a Korean spelling that is no pinyin ('kim', 'jong',
    'chol'), a Korean-only surname first or last of three syllables ('Ri Su Yong'), or
    mostly Korean syllables, one of them no pinyin ('Mun Gil Gang'); never an Arabic
    name ('Saif al Din' would read 'Din' 'Tin'). Nor is a person's name with a word of
    three syllables (`_three_syllables`): 'Santino Deng Wol' is a Dinka name with a word
    that looks Korean ('teng' was read for 'Deng'), 'Evgeniy Rodionovich Kim' a Russian
    one. (A shorter word is no sign either way: the lists write Korean names in many
    schemes, 'Tcheul Hy Kim'.)"""
    if not _ARABIC_WORDS.isdisjoint(raws):
        return False
    if kind == PERSON and any(_three_syllables(r) for r in raws):
        return False
    # A letter alone is no syllable to count: initials and legal forms ('E.U.', 'S.P.R.
    # de R.I.', 'C.I.') are letters 'Ri' and 'U' are written with, and made 'Bolsak E.U.'
    # Korean ('polsak') where 'Bolsak S.A.' is not; one-letter surnames count below.
    if any(len(r) > 1 and r in KOREAN and r not in PINYIN and r not in _GERMAN_VON for r in raws):
        return True
    if len(raws) == 3 and {raws[0], raws[-1]} & _KOREAN_ONLY_SURNAMES:
        return all(_KOREAN_SYLLABLE.fullmatch(r) for r in raws)
    possible = [r for r in raws if len(r) > 1 and _KOREAN_SYLLABLE.fullmatch(r)]
    return (
        len(possible) >= 2
        and len(possible) * 2 >= len(raws)
        and any(r not in PINYIN for r in possible)
    )


_VOWELS = re.compile("[aeiouy]+")


def _three_syllables(raw: str) -> bool:
    """A word of three syllables or more, which no Korean word is: a Korean given name
    is two syllables, written as one or not ('Jongun', 'Thaechol')."""
    return len(_VOWELS.findall(raw)) >= 3


def _korean_fold(token: str) -> str:
    for old, new in _RR_VOWELS:
        token = token.replace(old, new)
    if token[0] == "j" and _KOREAN_SYLLABLE.fullmatch(token):
        return "ch" + token[1:]  # one syllable: 'james' is no Korean word
    return _RR_INITIALS.get(token[0], token[0]) + token[1:]


VARIANTS: dict[str, list[str]] = {}  # canonical spelling -> every spelling that maps to it
for _spelling, _canon in EQUIVALENTS.items():
    VARIANTS.setdefault(_canon, []).append(_spelling)
PARTICLES = frozenset(data_lines("particles.txt"))
SPLIT_PREFIXES = tuple(sorted(data_lines("split_prefixes.txt"), key=len, reverse=True))
_GENERIC_LINES = data_lines("org_generic.txt")
GENERIC = frozenset(w for w in _GENERIC_LINES if not w.startswith("!"))
# Words near a generic one that are none ('!complexes', a product as 'systems' is).
_NOT_GENERIC = frozenset(w[1:] for w in _GENERIC_LINES if w.startswith("!"))
# Everyday words that many unrelated companies take for a name ('Phoenix', 'Ocean').
ORG_COMMON = frozenset(w for line in data_lines("org_common.txt") for w in line.split())
_PATRONYMIC_END = re.compile(r"(?:ovich|evich|ovych|evych|ich|ovna|evna|ivna|ogly|qizi|kyzy)$")
_COMMON_WORDS = frozenset(
    phonetic(form)
    for line in data_lines("common_names.txt")
    for word in line.split()
    for form in (word, EQUIVALENTS.get(word, word))
)
# ... and the nicknames of common given names ('Sasha Petrov' is as common as 'Aleksandr
# Petrov', which it matches).
COMMON = _COMMON_WORDS | frozenset(
    phonetic(nick)
    for words in map(str.split, data_lines("nicknames.txt"))
    if phonetic(EQUIVALENTS.get(words[0], words[0])) in _COMMON_WORDS
    for nick in words[1:]
)


def _is_cjk_syllabic(char: str) -> bool:
    # Hangul syllables and CJK ideographs: one character is one syllable, and anyascii would
    # glue them into one token ('김정은' -> 'GimJeongEun').
    code = ord(char)
    return 0xAC00 <= code <= 0xD7A3 or 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF


def _homoglyph_table() -> dict[int, str]:
    table = {}
    for line in data_lines("homoglyphs.txt"):
        latin, *lookalikes = line.split()
        for char in lookalikes:
            table[ord(char)] = latin
    return table


_HOMOGLYPHS = _homoglyph_table()
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_WORD = re.compile(r"\S+")
# Russian written in ISO 9 (diacritics) or GOST 7.79 B (backticks, 'shh'): their 'c' is
# 'ts' and their 'x' is 'kh', which no other scheme reads so.
_ISO9 = str.maketrans(
    {"č": "ch", "Č": "Ch", "š": "sh", "Š": "Sh", "ž": "zh", "Ž": "Zh", "ŝ": "shch", "Ŝ": "Shch",
     "û": "yu", "Û": "Yu", "â": "ya", "Â": "Ya", "ʹ": "", "ʺ": "", "è": "e", "È": "E"}
)  # fmt: skip
_ISO9_MARKS = frozenset("čšžŝûâʹʺČŠŽŜÛÂ")
_GOST_MARK = re.compile(r"`|shh", re.I)
_SCHEME_C = re.compile(r"c(?!h)", re.I)


# ... except before the suffixes that Latin spellings join to the name ('حسن‌زاده'
# Hassanzadeh, 'علی‌پور' Alipour, 'نیک‌نژاد' Niknejad, 'رضایی‌نیا' Rezaeinia).
_ZWNJ_ARABIC = re.compile(
    "(?<=[\u0600-\u06ff])\u200c(?!(?:زاده|پور|نژاد|نیا|فر|وند)(?![\u0600-\u06ff]))(?=[\u0600-\u06ff])"
)
# Words of one name written apart: 'عبد الرحمن' is 'عبدالرحمن' (Abdulrahman), 'زارع پور'
# is 'زارع‌پور' (Zarepour), 'خوشنام وند' Khoshnamvand, as the Latin forms write them.
_ABD_APART = re.compile("(?<![\u0600-\u06ff])عبد\\s+(?=[\u0600-\u06ff])")
_SUFFIX_APART = re.compile("(?<=[\u0600-\u06ff])\\s+(زاده|پور|نژاد|وند)(?![\u0600-\u06ff])")
# A name with letters only Persian writes (`PERSIAN_LETTERS`, and its own yeh and keheh)
# reads Arabic's interdental and emphatic letters as Persian does, 'z' and 's' ('ضرغامی'
# Zarghami, 'مرتضوی' Mortazavi), where the Arabic-first transliteration writes 'd', 'dh', 'th'.
_PERSIAN_READINGS = str.maketrans({"ض": "ز", "ذ": "ز", "ظ": "ز", "ث": "س"})
# ... and in the other reading of such a name, 'ق' as Persian says it, 'gh' ('صادق'
# Sadegh, 'قاسم' Ghasem), where the first reads it 'q' (Sadeq, Qasem) as Arabic does.
_PERSIAN_QAF = str.maketrans({"ق": "gh"})


def _unhomoglyph(text: str) -> str:
    """'RAΖAVI' (a Greek Zeta among Latin letters) -> 'RAZAVI'; whole words in one script
    stay as they are, unless the name is otherwise Latin."""
    # ASCII text has none: the table's letters are all beyond ASCII (Greek, Cyrillic).
    if (
        text.isascii()
        or not any(ord(c) in _HOMOGLYPHS for c in text)
        or not _LATIN_LETTER.search(text)
    ):
        return text
    letters = [c for c in text if c.isalpha()]
    latin = sum(c.isascii() for c in letters)
    if latin * 2 >= len(letters):  # a Latin name with stray look-alikes
        return text.translate(_HOMOGLYPHS)
    return _WORD.sub(
        lambda m: m[0].translate(_HOMOGLYPHS) if _LATIN_LETTER.search(m[0]) else m[0], text
    )


# Russian written as German does ('Sergejewitsch', 'Gorbatschow', 'Chruschtschow'): its
# 'w' is 'v', 'ch' is 'kh', 'z' is 'ts', 'tsch' is 'ch', 'sch' is 'sh', a single 's'
# between vowels is 'z' and 'ss' is 's'. A patronymic marks it, or a surname in -ow or
# -ew and another habit ('Deutsche Gesellschaft' is German, and stays as written).
_GERMAN_PATRONYMIC = re.compile(r"(?:itsch|[ej]wna|owna)\b", re.I)
_GERMAN_SURNAME = re.compile(r"[oe]wa?\b", re.I)
_GERMAN_HABITS = (
    re.compile(r"tsch", re.I),
    re.compile(r"[bdfgklmnprstwz]j[aeou]", re.I),
    re.compile(r"[aeiou]ss[aeiou]|\bss", re.I),
    re.compile(r"(?<!t)sch", re.I),
)
_GERMAN_READINGS = (
    (re.compile("schtsch"), "\x01"),
    (re.compile("tsch"), "\x02"),
    (re.compile("dsch"), "\x05"),
    (re.compile("sch"), "\x03"),
    (re.compile("ch"), "kh"),
    (re.compile("z"), "ts"),
    (re.compile("w"), "v"),
    (re.compile("ss"), "\x04"),
    (re.compile("(?<=[aeiouy])s(?=[aeiouy])"), "z"),
    (re.compile("(?<=[bdfgklmnprstvz\x01-\x05])je"), "e"),
    (re.compile("j"), "y"),
    (re.compile("\x01"), "shch"),
    (re.compile("\x02"), "ch"),
    (re.compile("\x03"), "sh"),
    (re.compile("\x04"), "s"),
    (re.compile("\x05"), "dzh"),
)


def _german_scheme(text: str) -> str:
    """'Ssjergjei Fjedorowitsch Chomjakow' -> 'syergei fedorovich khomyakov'."""
    if not _GERMAN_PATRONYMIC.search(text) and not (
        _GERMAN_SURNAME.search(text) and any(habit.search(text) for habit in _GERMAN_HABITS)
    ):
        return text
    text = text.casefold()
    for pattern, reading in _GERMAN_READINGS:
        text = pattern.sub(reading, text)
    return text


# A Russian name in Latin letters: a patronymic, or a surname in -ov/-ev/-in(a). In ASCII
# the GOST marks ('Mal`cev', 'Shherbakov') are read only in such a name: elsewhere a
# backtick is the 'ayn of an Arabic name ('Sa`id').
_RUSSIAN_LATIN = re.compile(r"(?:ovich|evich|ovna|evna|[oe]va?|ina?)\b", re.I)


def _russian_scheme(text: str) -> str:
    if text.isascii() and not (
        _GOST_MARK.search(text) and _RUSSIAN_LATIN.search(text) and not _ARABIC_WORD.search(text)
    ):  # 'shh' in an Arabic name is no GOST 'щ' ('Saif-al-Din Al-Mashhadani')
        return _german_scheme(text)
    if _ISO9_MARKS.intersection(text):
        text = _SCHEME_C.sub(lambda m: "ts" if m[0] == "c" else "Ts", text)
        return text.translate(_ISO9)
    if _GOST_MARK.search(text):
        text = _SCHEME_C.sub(lambda m: "ts" if m[0] == "c" else "Ts", text)
        text = re.sub(r"shh", "shch", text, flags=re.I)
        text = re.sub(r"x", "kh", text.replace("X", "Kh"))
        return text.replace("`", "")
    return text


# A list: see `_CLASS_FOLDS`.
_GIVEN_FOLDS = [("ch", "j"), ("k", "g"), ("p", "b"), ("t", "d"), ("eo", "o"), ("eu", "u")]


@lru_cache(maxsize=200_000)  # called for every token pair the scorer merges
def given_key(joined: str) -> str:
    """A two-syllable given name whatever the romanisation: 'minchun', 'minjun' -> 'minjun'."""
    joined = phonetic(joined)
    for old, new in _GIVEN_FOLDS:
        joined = joined.replace(old, new)
    return joined


def _korean_given_keys(word: str) -> set[str]:
    """A common Korean given name written as one word, split into its two syllables
    spelt the way `name_form` spells them ('youngho' -> 'yong' 'ho'), joined: what a
    name written 'Yong-Ho' compares as."""

    def spelt(syllable: str) -> str | None:
        if syllable in KOREAN:
            return KOREAN[syllable]
        return _korean_fold(syllable) if _KOREAN_SYLLABLE.fullmatch(syllable) else None

    keys = set()
    for cut in range(2, len(word) - 1):
        first, second = spelt(word[:cut]), spelt(word[cut:])
        if first and second:
            keys.add(given_key(first + second))
    return keys


COMMON_GIVEN = frozenset(given_key(w) for w in COMMON) | frozenset(
    key
    for line in data_lines("common_names.txt")
    for word in line.split()
    for key in _korean_given_keys(word)
)


# Legal forms among them ('有限公司' co ltd) read as rigour reads them here, so that the
# pinyin of the name itself never meets rigour's table ('yu', 'sa', 'zao' are legal forms
# there; '鈺龙海' Yu Long Hai would lose its 'Yu').
CHINESE_WORDS = {
    han: replace_org_types_compare(english, generic=True)
    for han, english in (line.split(" ", 1) for line in data_lines("chinese_words.txt"))
}
_CHINESE_WORDS = re.compile("|".join(sorted(CHINESE_WORDS, key=len, reverse=True)))
# ... and Korean ones, in Hangul ('조선광선은행' Korea Kwangson Bank).
KOREAN_WORDS = {
    hangul: replace_org_types_compare(english, generic=True)
    for hangul, english in (line.split(" ", 1) for line in data_lines("korean_words.txt"))
}
_KOREAN_WORDS = re.compile("|".join(sorted(KOREAN_WORDS, key=len, reverse=True)))
_HANGUL_RUN = re.compile("[\uac00-\ud7a3]+")


def _korean_word(run: str) -> str:
    """A word of an organisation's name in Hangul as the lists write it, its syllables
    joined in McCune-Reischauer's way: the first with its initial unvoiced and North
    Korea's initial 'r' ('련봉' Ryonbong, '광선' Kwangson, '단군' Tangun), the others voiced
    as Revised Romanization writes them, their vowels without its 'eo', 'eu'."""
    first, *rest = (hangul_syllable(c) for c in run)
    first = _korean_fold(first)
    if first[0] == "l":
        first = "r" + first[1:]
    for old, new in _RR_VOWELS:
        rest = [syllable.replace(old, new) for syllable in rest]
    return first + "".join(rest)


# Companies' own words the lists write as a brand or an acronym ('保利' Poly, '中国海洋
# 石油' CNOOC): in the table reading of an organisation's name; the other keeps pinyin.
CHINESE_BRANDS = dict(line.split(" ", 1) for line in data_lines("chinese_brands.txt"))
_CHINESE_BRANDS = re.compile("|".join(sorted(CHINESE_BRANDS, key=len, reverse=True)))
# ... and everyday words some English names translate ('长城' Great Wall): in the same
# reading, after the business words ('太阳能' solar energy before '太阳' sun).
CHINESE_MEANINGS = dict(line.split(" ", 1) for line in data_lines("chinese_meanings.txt"))
_CHINESE_MEANINGS = re.compile("|".join(sorted(CHINESE_MEANINGS, key=len, reverse=True)))


def _renderings_table(name: str) -> dict[str, list[str]]:
    """A table of words English names render in more than one way, a line each: the
    word, a space, its renderings parted by '|'."""
    table = {}
    for line in data_lines(name):
        word, _, others = line.partition(" ")
        table[word] = [r.strip() for r in others.split("|")]
    return table


def _each_rendering(pieces: list[str | list[str]]) -> list[str]:
    """One reading for each rank of rendering: every word that has renderings (a list)
    in its nth, its last where it has fewer, set apart by spaces; the rest as it is.
    None where no word has any."""
    most = max((len(p) for p in pieces if isinstance(p, list)), default=0)
    return [
        "".join(p if isinstance(p, str) else f" {p[min(nth, len(p) - 1)]} " for p in pieces)
        for nth in range(most)
    ]


# Words English names render in more than one way ('汽车' Automobile, Motor; '研究院'
# Research Institute, Academy): each other rendering is one more reading of an
# organisation's name (`han_renderings`). Found among the other tables' words, longest
# first, so that a longer word keeps its own reading ('航空公司', not '航空' + '公司').
CHINESE_RENDERINGS = _renderings_table("chinese_renderings.txt")
# ... and one-character words some English names translate ('金太阳' Golden Sun), read
# so only there, and only in a run of such characters (`han_renderings`).
CHINESE_CHARACTERS = dict(line.split(" ", 1) for line in data_lines("chinese_characters.txt"))
_RENDERED_WORDS = sorted(
    {*CHINESE_RENDERINGS, *CHINESE_WORDS, *CHINESE_BRANDS, *CHINESE_MEANINGS, *HAN_PLACES},
    key=len,
    reverse=True,
)
_RENDERED = re.compile(f"({'|'.join(_RENDERED_WORDS)})")


def han_renderings(name: str) -> list[str]:
    """An organisation's name in Han once for each other rendering of its words that
    English names write in more than one way, those words written so and the rest left
    in Han for `to_ascii` ('长城汽车' -> '长城 motor ', '长城 auto '); and once more with
    each run of characters between the tables' words (or places) that are all
    one-character words in English ('金太阳' -> 'golden 太阳'), which may as well be a
    name in pinyin ('江南造船' Jiangnan Shipyard); none for most names."""
    if name.isascii() or not _HAN_RUN.search(name):
        return []
    # The tables' words at odd places, what lies between them at even ones.
    parts = _RENDERED.split(simplified(name))
    pieces: list[str | list[str]] = [
        (CHINESE_RENDERINGS.get(part) or part) if i % 2 else part for i, part in enumerate(parts)
    ]
    out = _each_rendering(pieces)
    read = _RENDERED.split(out[0]) if out else parts  # the first other renderings, if any
    between = [_HAN_RUN.sub(_characters, part) for part in read[::2]]
    if between != read[::2]:
        read[::2] = between
        out.append("".join(read))
    return out


# Marks of a Hong Kong or Macau company, whose English name may read its Han in
# Cantonese ('永安' Wing On, where pinyin reads Yong'an); so may a name in traditional
# characters, as those two write them.
_HONG_KONG = ("香港", "澳门", "九龙", "新界")


def han_cantonese(name: str) -> str | None:
    """An organisation's name in Han from Hong Kong or Macau (one of those places in it,
    or traditional characters) with its business words and places in English, as the
    table reading has them, and the rest read in Cantonese in the Hong Kong Government's
    spelling ('順威控股有限公司' -> 'shun wai holding co ltd', 'SHUEN WAI HOLDING
    LIMITED', where pinyin reads 'shun wei'); None for other names and for a name
    whose every word the tables know."""
    if name.isascii() or not _HAN_RUN.search(name):
        return None
    simple = simplified(name)
    if simple == name and not any(place in simple for place in _HONG_KONG):
        return None
    text = _CHINESE_WORDS.sub(lambda m: f" {CHINESE_WORDS[m[0]]} ", without_place_suffix(simple))
    text = _HAN_PLACE.sub(lambda m: f" {PLACES_PINYIN[m[0]]} ", text)
    if not _HAN_RUN.search(text):
        return None
    return cantonese(text)


def _characters(run: re.Match[str]) -> str:
    """A run of Han characters in English if each is a one-character word, else as is."""
    words = [CHINESE_CHARACTERS.get(c) for c in run[0]]
    if None in words:
        return run[0]
    return f" {' '.join(w for w in words if w)} "


def _stem_table(name: str, ending: str, whole: str) -> tuple[dict[str, str], str, tuple[str, ...]]:
    """A data file of Russian word stems and their English, `stem english` a line, a stem
    ending in '$' a whole word: stems -> English, the alternation that finds them (a stem
    with `ending`, a whole word with `whole`; longest first) and the stems longest first
    (`_stem_of`)."""
    words = {}
    alternatives = []
    for line in data_lines(name):
        stem, _, english = line.partition(" ")
        words[stem.rstrip("$")] = english
        alternatives.append(re.escape(stem.rstrip("$")) + (whole if stem.endswith("$") else ending))
    alternatives.sort(key=len, reverse=True)
    return words, "|".join(alternatives), tuple(sorted(words, key=len, reverse=True))


def _stem_of(stems: tuple[str, ...], word: str) -> str:
    """The stem (of a `_stem_table`, longest first) a word its pattern found starts with."""
    return next(s for s in stems if word.startswith(s))


# A stem takes any ending; a whole word ('и', 'им', 'бюро') none, nor a dot: an initial
# ('е.и. забабахина') is no word.
_RUSSIAN_WORDS, _alternatives, _RUSSIAN_STEMS = _stem_table(
    "russian_words.txt", "[а-яё]*", "(?!\\.)"
)
_RUSSIAN_WORD = re.compile(f"(?<![а-яё])({_alternatives})(?![а-яё])", re.I)
_CYRILLIC = re.compile("[а-яё]", re.I)


def _russian_stem(word: str) -> str:
    """The stem of `russian_words.txt` a word the table's pattern found starts with."""
    return _stem_of(_RUSSIAN_STEMS, word)


def _russian_reading(match: re.Match[str]) -> str:
    return f" {_RUSSIAN_WORDS[_russian_stem(match[0].casefold())]} "


RUSSIAN_RENDERINGS = _renderings_table("russian_renderings.txt")

# `russian_latin.txt`: the Latin spellings of Russian words in organisations' names
_LATIN_RUSSIAN, _alternatives, _LATIN_RUSSIAN_STEMS = _stem_table("russian_latin.txt", "[a-z]*", "")
_LATIN_RUSSIAN_WORD = re.compile(f"(?<![a-z])(?:{_alternatives})(?![a-z])")


def _russian_latin_reading(match: re.Match[str]) -> str:
    return f" {_LATIN_RUSSIAN[_stem_of(_LATIN_RUSSIAN_STEMS, match[0])]} "


def russian_latin(name: str) -> str | None:
    """An organisation's Latin name with its Russian words in English, as `russian_words`
    reads them in Cyrillic ('Finansovye Informatsionnye Sistemy' -> 'financial
    information systems'; `russian_latin.txt`); None for a name with none, most names.
    Another reading of the name, not the name: its Russian initials ('GUP', Gosudarstvennoe
    Unitarnoe Predpriyatie) and a brand in Russian words stay readable as written."""
    if not name.isascii():
        return None
    text = name.casefold()
    read = _LATIN_RUSSIAN_WORD.sub(_russian_latin_reading, text)
    return None if read == text else read


# `arabic_latin.txt`: the Latin spellings of Arabic and Persian words in organisations' names
_LATIN_ARABIC, _alternatives, _ = _stem_table("arabic_latin.txt", "", "")
# ... with the Persian or Urdu ezafe a hyphenated name writes after it ('Jaish-i-Mohammed').
_LATIN_ARABIC_WORD = re.compile(f"(?<![a-z])({_alternatives})(?:-[ei](?=-))?(?![a-z])")


def _arabic_latin_reading(match: re.Match[str]) -> str:
    return f" {_LATIN_ARABIC[match[1]]} "


def arabic_latin(name: str) -> str | None:
    """An organisation's Latin name with its Arabic and Persian words in English, as
    `arabic_words.txt` reads them in Arabic script ('Jund al-Aqsa' -> 'soldiers al-aqsa',
    Soldiers of Aqsa; `arabic_latin.txt`); None for a name with none, most names. Another
    reading of the name, not the name: the lists write both ('Jaish-i-Mohammed', 'Army of
    Mohammed')."""
    if not name.isascii():
        return None
    text = name.casefold()
    read = _LATIN_ARABIC_WORD.sub(_arabic_latin_reading, text)
    return None if read == text else read


def russian_renderings(name: str) -> list[str]:
    """An organisation's Russian name once for each other rendering of its words that
    English names write in more than one way (`russian_renderings.txt`), those words
    written so and the rest left in Cyrillic for `to_ascii` ('морской торговый порт' ->
    ' sea  commercial  порт', ' maritime  trade  порт'); none for most names."""
    if name.isascii() or not _CYRILLIC.search(name):
        return []
    text = name.casefold()
    pieces: list[str | list[str]] = []
    last = 0
    for match in _RUSSIAN_WORD.finditer(text):
        others = RUSSIAN_RENDERINGS.get(_russian_stem(match[0]))
        if others:
            pieces += [text[last : match.start()], others]
            last = match.end()
    pieces.append(text[last:])
    return _each_rendering(pieces)


# A person an organisation is named after ('завод имени а.а. кулакова', 'им. академика
# в.п. макеева', 'фонд имени алексея талая'): the name is in the genitive, which the lists
# write in the nominative ('Plant named after A.A. Kulakov', 'Kulakov Plant'). Casefolded
# (`name_form` folds an organisation's name first): the initials, else a given name,
# tell where the name ends.
_NAMED_AFTER = re.compile(
    r"(?<![а-яёі])(?:имени|им\.|імя|імені)\s*((?:академика|академ\.)\s*)?"
    r"(?:((?:[а-яё]\.\s*){1,3})([а-яё]+)|([а-яё]{3,})\s+([а-яё]{3,}))"
)
# Genitive endings of Russian names -> the nominative, longest first ('дзержинского'
# Dzerzhinsky, 'горького' Gorky, 'ильюшина' Ilyushin, 'доллежаля' Dollezhal, 'алексея'
# Alexei); an indeclinable name ('ландау', 'иоффе') has none of them.
_GENITIVES = (
    ("ского", "ский"),
    ("цкого", "цкий"),
    ("ького", "ький"),
    ("овой", "ова"),
    ("евой", "ева"),
    ("иной", "ина"),
    ("ова", "ов"),
    ("ева", "ев"),
    ("ёва", "ёв"),
    ("ина", "ин"),
    ("ына", "ын"),
    ("ая", "ай"),
    ("ея", "ей"),
    ("ия", "ий"),
    ("ля", "ль"),
)
_CONSONANT_A = re.compile("(?<=[бвгджзклмнпрстфхцчшщ])а$")


def _nominative(word: str) -> str:
    for ending, nominative in _GENITIVES:
        if word.endswith(ending) and len(word) > len(ending) + 1:
            return word[: -len(ending)] + nominative
    return _CONSONANT_A.sub("", word)  # 'кулакова' done above; 'нудельмана', 'минца'


def _named_after(match: re.Match[str]) -> str:
    title = "academician " if match[1] else ""
    if match[3]:
        return f" {title}{match[2]}{_nominative(match[3])}"
    return f" {title}{_nominative(match[4])} {_nominative(match[5])}"


def russian_words(text: str) -> str:
    """An organisation's Russian words in English, as the lists translate them
    ('Завод Тула' -> 'plant Тула', Tula Plant): the name itself stays, a person it is
    named after in the nominative ('имени а.а. кулакова' -> 'а.а. кулаков')."""
    if not _CYRILLIC.search(text):
        return text
    if "им" in text or "ім" in text:
        text = _NAMED_AFTER.sub(_named_after, text)
    return _RUSSIAN_WORD.sub(_russian_reading, text)


def _hangul(char: str) -> bool:
    return 0xAC00 <= ord(char) <= 0xD7A3


def visible(text: str) -> str:
    """`text` in NFC without the characters that show nothing."""
    text = unicodedata.normalize("NFC", text)
    if text.isascii():
        return text
    # A zero-width non-joiner inside Arabic script parts two words of one name
    # ('زارعی‌کوشا' Zarei Kousha); elsewhere it and the other zero-width spaces and joiners,
    # soft hyphens, byte-order marks are invisible, and no part of the name.
    if "\u200c" in text:
        text = _ZWNJ_ARABIC.sub(" ", text)
    return "".join(c for c in text if unicodedata.category(c) != "Cf")


def to_ascii(text: str, table: bool = True, org: bool = False) -> str:
    """Transliterate to lower-case ASCII words, splitting Hangul and Chinese per syllable.

    table: Arabic-script words the lists romanise read as they spell them most often
    (`script.romanise_known`); without it, the other reading: letter by letter, 'ض ذ
    ظ ث' as Persian reads them, an organisation's words in English (`script.org_words`);
    Han syllables joined into words (`script.han_words`).
    org: an organisation's name, whose Russian words are read in English
    (`russian_words`). Hebrew is read as an abjad, as Arabic is (`script.hebrew_letters`)."""
    text = visible(text)
    if not text.isascii():
        text = _ABD_APART.sub("عبد", _SUFFIX_APART.sub(r"\1", text))
    if not table and org:
        text = org_words(text)  # as written: before ض is read 'z' below
    persian = not text.isascii() and (not table or bool(PERSIAN_LETTERS.intersection(text)))
    # Words of other scripts the lists romanise (a learned table) read as the lists spell
    # them; before the Persian letters below, which would hide 'اعظم' (Azam) from it.
    text = _unhomoglyph(cyrillic_words(text))
    if table:
        text = romanise_known(text)
    if persian:
        # ... and in the other reading of any name (`script.other_reading`).
        text = text.translate(_PERSIAN_READINGS)
        if not table and PERSIAN_LETTERS.intersection(text):
            text = text.translate(_PERSIAN_QAF)
    if org and table:  # after the look-alikes: its English words would make 'Тула' read 'Tyla'
        text = russian_words(text)  # (the other reading keeps them as written: 'Zavod')
    text = _russian_scheme(text).replace("ё", "yo").replace("Ё", "Yo")
    # Alif maqsura is a long vowel written with 'y' (مصطفى Mustafa, mstfy), ta marbuta an 'h'
    # the Latin forms mostly drop: both keep a word an abjad.
    # Alif with madda is a long 'a' like plain alif, which the abjad reading drops too
    # ('آخوند' Akhund reads 'khwnd', as 'اخوند' does).
    # Hamza on waw or yeh is a glottal stop that the Latin forms write as a vowel or
    # not at all, as anyascii writes hamza alone or on alif: 'مؤمن' Moamen is 'mmn',
    # 'وائل' Wael 'wl', an abjad like the rest (anyascii's 'u', 'i' would end that).
    if org and "\u0629" in text:
        text = construct_state(text)  # 'هيئة تحرير' Hayat Tahrir
    text = text.replace("\u0649", "y").replace("\u0629", "h").replace("\u0622", "\u0627")
    text = text.replace("\u0624", "").replace("\u0626", "")
    if not text.isascii():
        text = glottal_words(text)
        text = hebrew_letters(text)
    if org and not text.isascii() and any(_hangul(c) for c in text):
        text = _KOREAN_WORDS.sub(lambda m: f" {KOREAN_WORDS[m[0]]} ", text)
        text = _HANGUL_RUN.sub(lambda m: f" {_korean_word(m[0])} ", text)
    if not text.isascii() and any(_is_cjk_syllabic(c) for c in text):
        # Traditional characters as simplified: pypinyin's phrase table is simplified.
        text = without_place_suffix(simplified(text))
        if table and org:
            text = _CHINESE_BRANDS.sub(lambda m: f" {CHINESE_BRANDS[m[0]]} ", text)
        text = _CHINESE_WORDS.sub(lambda m: f" {CHINESE_WORDS[m[0]]} ", text)
        if table and org:
            text = _CHINESE_MEANINGS.sub(lambda m: f" {CHINESE_MEANINGS[m[0]]} ", text)
            # a place one word, as Latin names write it ('武汉' Wuhan, not 'wu han')
            text = _HAN_PLACE.sub(lambda m: f" {PLACES_PINYIN[m[0]]} ", text)
        if table:
            text = _HAN_RUN.sub(lambda m: f" {_pinyin(m[0])} ", text)
        else:  # the other reading: syllables joined into words, as Latin forms write them
            # A foreign name in Han parts its words with a middle dot ('阿不都·哈克' Abdul
            # Haq): each is one word, read as an organisation's name is.
            whole = org or "·" in text
            text = _HAN_RUN.sub(lambda m: f" {han_words(m[0], whole)} ", text)
        text = "".join(f" {_syllable(c)} " if _is_cjk_syllabic(c) else c for c in text)
    return anyascii(text).casefold().replace("'", "").replace("`", "").replace("ʼ", "")


_HAN_RUN = re.compile(HAN + "+")
_HAN_PLACE = re.compile("|".join(sorted(HAN_PLACES, key=len, reverse=True)))


@lru_cache(maxsize=20_000)
def _pinyin(run: str) -> str:
    """Han characters in pinyin, one syllable a word, read as a run: pypinyin's phrase
    table knows the readings a character takes in a word ('佛山' Foshan, not 'Fushan';
    '重庆' Chongqing, not 'Zhongqing')."""
    from pypinyin import lazy_pinyin  # its dictionaries take seconds to load: only for Han

    return " ".join(lazy_pinyin(run, errors=_unknown_han))


def _unknown_han(chars: str) -> Any:  # pypinyin takes a list here; its hints say str
    """Characters pypinyin has no reading for: each in ASCII, as its own syllable."""
    return [anyascii(c) for c in chars]


def warm() -> None:
    """Load pypinyin's dictionaries now (a third of a CPU-second), for a long-lived
    process: otherwise the first query with a Han character pays for them."""
    from pypinyin import lazy_pinyin

    lazy_pinyin("\u4e2d")


@lru_cache(maxsize=20_000)
def _syllable(char: str) -> str:
    """One Hangul or Han character in Latin letters: Revised Romanization for Hangul (the
    Korean table then knows its McCune-Reischauer forms), pinyin for Han."""
    if _hangul(char):
        return hangul_syllable(char)
    from pypinyin import lazy_pinyin  # its dictionaries take seconds to load: only for Han

    read = lazy_pinyin(char, errors="ignore")
    return read[0] if read else anyascii(char)


def _split_prefix(token: str) -> list[str]:
    # 'bdlghfr' (عبدالغفار) -> 'abd' + 'lghfr': the article's 'l' stays on the noun,
    # where `abjad_keys` reads the word with and without it, for a writer may give the
    # assimilated article and the noun's own 'l' one letter ('عبدالطیف' Abdul Latif,
    # 'bdltyf', is 'ltyf' and not 'tyf').
    abjad = token.startswith("bdl") and len(token) >= 6 and not has_vowel(token)
    if abjad and token[3:] not in ("lh", "llh"):
        return [EQUIVALENTS.get("abd", "abd"), token[2:]]
    # ... and 'bwlyzyd' (أبواليزيد Abu al-Yazid, Abou El Yazid) 'abu' + 'lyzyd', as a
    # Latin 'Abualfazl' is 'abu' + 'fazl'.
    if token.startswith("bwl") and len(token) >= 6 and not has_vowel(token):
        return [EQUIVALENTS.get("abu", "abu"), token[2:]]
    for prefix in SPLIT_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 4:
            rest = token[len(prefix) :]
            if prefix in ("abol", "abul") and rest[0] in "aeiou":
                continue  # the article's 'l' before a consonant: not 'Abuladze', 'abu' + 'ladze'
            if prefix in ("abdur", "abdor") and rest[0] in "aeiou":
                # the article's 'r' is the noun's: 'Abdurahman', 'Abdurashid' ('abd' +
                # 'rashid', not 'ashid' nor, read as an article, 'hid'), 'Abdorahim'
                rest = "r" + rest
            elif rest[:2] in ("al", "el", "ul", "ar", "ur", "ad", "as") and len(rest) > 4:
                rest = rest[2:]  # 'abdulrahman' -> 'abd' + 'rahman'
            elif prefix == "abd" and _JOINING_VOWEL.match(rest):
                # 'Abdu-' or 'Abde-' before a consonant, as Central Asian and Maghrebi
                # names join it ('Abdukarim', 'Abdefattah'; the article's letter doubled,
                # 'Abdussalam', 'Abderrahmane'): 'karim', 'fattah', 'salam', 'rahmane'
                rest = single_letters(rest[1:3]) + rest[3:]
            return [EQUIVALENTS.get(prefix, prefix), EQUIVALENTS.get(rest, rest)]
    # '... al-Din' glued with its article ('Khaireddin', 'Bashiruddin', 'Noureldin'), as
    # the lists also write it apart ('Kheir Eddin', 'Khayr al-Din'): stem + 'din'.
    for suffix, shortest in _DIN_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= shortest:
            stem = token[: -len(suffix)]
            return [EQUIVALENTS.get(stem, stem), _DIN]
    return [token]


# The 'u' or 'e' that joins 'Abd' to a name starting with a consonant ('Abdukarim',
# 'Abdennour'), leaving four letters or more.
_JOINING_VOWEL = re.compile(r"[ue][b-df-hj-np-tv-z][a-z]{3}")


# The article-bearing spellings of 'al-Din' (arabic.txt), in order, each with the
# shortest stem it leaves a name ('Claudine' is none); bare 'dine' and 'deen' end other
# names ('Jardine').
_DIN_SUFFIXES: Final = tuple(
    (suffix, int(shortest)) for suffix, shortest in map(str.split, data_lines("din_suffixes.txt"))
)


_DIN = EQUIVALENTS.get("din", "din")


def _bind_din(tokens: list[str], parts: list[str]) -> list[str]:
    """`parts` ending in 'din', joined to the word before it (in `parts` or the last of
    `tokens`, which it takes off): a 'din' apart would match any other compound's ('Din
    Mohammad' and 'Noureddine Mohamad'; 'SHAMSUDDIN' and 'Shams-u-Rahman')."""
    if len(parts) > 1:
        return [*parts[:-2], parts[-2] + _DIN]
    # (not after 'bin': 'Mohamad Rafi Bin Udin' is the son of Udin)
    last = tokens[-1] if tokens else ""
    if len(last) > 1 and last not in _KIN and last[-3:] != _DIN:
        # in Arabic script as its letters ('حسام الدین' 'hsmdyn'), which the abjad
        # comparison reads against 'Hesamuddin'
        return [tokens.pop() + (_DIN if has_vowel(last) else "dyn")]
    return parts


_BARE_DIN: Final = frozenset(data_lines("din_bare.txt"))
# the words of kinship a name's 'Eddin' or 'Udin' may follow, which are no stem of it
_KIN: Final = frozenset(EQUIVALENTS.get(w, w) for w in data_lines("din_kin.txt"))


@dataclass(frozen=True, slots=True)
class NameForm:
    """One name, ready to compare: canonical tokens in order, their skeletons and weights."""

    original: str
    tokens: tuple[str, ...]
    skeletons: tuple[str, ...]
    weights: tuple[float, ...]
    joined: str
    org_type: str | None
    key: tuple[str, ...]  # tokens sorted: equal keys are the same name in another order
    total_weight: float
    given: int | None  # position of a person's given name in `tokens`, when the name shows it
    korean: bool  # read as a Korean name
    # Skeletons (without a leading vowel) and 3-letter prefixes: two names sharing none
    # of these cannot align, which spares most comparisons. A tuple: a set per name would
    # be most of the index's memory.
    hooks: tuple[str, ...]
    # What `names._merged` compares, computed once per form (for a listed name, when the
    # index is built: the index file keeps them), never per pair: `word_keys` and
    # `joined_keys` of the tokens. Functions of `tokens`, so left out of == and hash.
    word_keys: tuple[str, ...] = field(compare=False)
    joined_keys: tuple[str, ...] = field(compare=False)

    # Written out, not generated: compiled (mypyc), native, where the generated __init__
    # is interpreted (see `features.FeatureResult`); one per name of every query, and
    # per name the scorer merges or reweighs. The fields in their order.
    def __init__(
        self,
        original: str,
        tokens: tuple[str, ...],
        skeletons: tuple[str, ...],
        weights: tuple[float, ...],
        joined: str,
        org_type: str | None,
        key: tuple[str, ...],
        total_weight: float,
        given: int | None,
        korean: bool,
        hooks: tuple[str, ...],
        word_keys: tuple[str, ...],
        joined_keys: tuple[str, ...],
    ) -> None:
        object.__setattr__(self, "original", original)
        object.__setattr__(self, "tokens", tokens)
        object.__setattr__(self, "skeletons", skeletons)
        object.__setattr__(self, "weights", weights)
        object.__setattr__(self, "joined", joined)
        object.__setattr__(self, "org_type", org_type)
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "total_weight", total_weight)
        object.__setattr__(self, "given", given)
        object.__setattr__(self, "korean", korean)
        object.__setattr__(self, "hooks", hooks)
        object.__setattr__(self, "word_keys", word_keys)
        object.__setattr__(self, "joined_keys", joined_keys)

    def __reduce__(self) -> tuple[Any, ...]:
        # By its fields: compiled by mypyc, a frozen dataclass has no unpickling of its own.
        return type(self), tuple(getattr(self, f.name) for f in fields(self))


def word_keys(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """What `names._merged` compares `joined_keys` of the other name with: the given-name
    keys of its words of four letters or more ('g' first), the consonants ('c' first) of
    those of five or more and of abjad words of four. Distinct, interned: the same few
    strings recur across the index."""
    keys = ["g" + given_key(t) for t in tokens if len(t) >= 4]
    keys += [
        "c" + consonants(t) for t in tokens if len(t) >= 5 or (len(t) == 4 and not has_vowel(t))
    ]
    return tuple(map(sys.intern, dict.fromkeys(keys)))


def joined_keys(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """What `names._merged` compares of two adjacent tokens written as one: their
    given-name key ('g' first) and their consonant classes ('c' first), also without the
    article of an abjad second word ('nwr ldyn' Nureddin)."""
    joined = [a + b for a, b in pairwise(tokens)]
    bare = [a + b[1:] for a, b in pairwise(tokens) if glued_article(b)]
    keys = ["g" + given_key(j) for j in joined] + ["c" + consonants(j) for j in joined + bare]
    return tuple(map(sys.intern, dict.fromkeys(keys)))


# A word one letter longer than a generic word of three letters is another word ('ford',
# 'dell', 'sand' are no 'for', 'del', 'and'): misspellings are read of longer ones only.
_GENERIC_SPELT = tuple(sorted(w for w in GENERIC if len(w) >= 4))
# By a token's length, the words `fuzz.ratio` could score 85 or more with it: the ratio
# is at most 100 * (1 - |a - b| / (a + b)) for lengths a and b, so a word whose length
# is too far off never reaches the cutoff (kept here from 84, a margin over rounding).
# `extractOne` (some 40,000 instructions a call, callgrind, on each query's new words)
# then scores about half of the words, or fewer.
_GENERIC_BY_LENGTH = {
    n: tuple(w for w in _GENERIC_SPELT if abs(n - len(w)) * 100 <= 16 * (n + len(w)))
    for n in range(4, 64)
}


@lru_cache(maxsize=100_000)
def is_generic(token: str) -> bool:
    """A generic organisation word, or a misspelling of one ('comppany')."""
    if token in GENERIC:
        return True
    if len(token) < 4 or token in _NOT_GENERIC:
        return False
    near = _GENERIC_BY_LENGTH.get(len(token), _GENERIC_SPELT)
    return process.extractOne(token, near, scorer=fuzz.ratio, score_cutoff=85) is not None


# The Latin skeletons of the common names (`latin_skeletons`), which an abjad word is
# compared by: 'hsn' (حسن) is Hasan or Husayn, 'lhmd' (الأحمد) al-Ahmad.
_COMMON_SKELETONS = frozenset(
    key
    for line in data_lines("common_names.txt")
    for word in line.split()
    for form in (word, EQUIVALENTS.get(word, word))
    for key in latin_skeletons(form)
)


def _common_abjad(token: str) -> bool:
    """An abjad word with its article ('lhmd', الأحمد al-Ahmad) whose noun, of three
    consonants or more, reads as a common name: the table of known words reads the common
    names without an article ('احمد' ahmad), not with one. Shorter nouns ('lsdy', 'sd')
    and words without the article ('shwmn' Chouman, not 'Usman') are too many names."""
    if not glued_article(token) or len(token) < 4:
        return False
    keys = abjad_keys(token)
    return len(keys) > 1 and len(keys[1]) >= 3 and keys[1] in _COMMON_SKELETONS


def _common_word(token: str) -> bool:
    """A common given name or surname, or a patronymic of a common given name
    ('petrovich', 'ivanovna')."""
    if phonetic(token) in COMMON:
        return True
    stem = _PATRONYMIC_END.sub("", token)
    return stem != token and len(stem) >= 3 and phonetic(stem) in COMMON


def person_words(form: NameForm) -> list[str]:
    """The words of a person's name that say who, as `is_common` counts them: no initials,
    and no title before the name beside two names or more ('Haji Muhammad Ali' is
    'Muhammad Ali'; beside one, 'Mullah Omar', the title is what tells him apart)."""
    real = [t for t in form.tokens if len(t) > 1]
    while len(real) > 2 and real[0] in TITLES:
        real = real[1:]
    return real


def is_common(form: NameForm, kind: str) -> bool:
    """A person's name of at most three common given names and surnames ('Mohammed Ali',
    'Kim Min-jun'), or an organisation's made only of generic and everyday words
    ('Global Trading', 'Phoenix Marine'). A title before the name is no name: 'Haji
    Muhammad Ali' is as common as 'Muhammad Ali' (beside one name, 'Mullah Omar', it is
    what tells him apart; inside a name, 'Tariq Anwar El Sayed Ahmed', it may be a name)."""
    if kind == ORG:
        words = [t for t in form.tokens if len(t) > 1]
        return bool(words) and all(is_generic(t) or t in ORG_COMMON for t in words)
    real = person_words(form)
    if not real:
        return False
    if kind not in (PERSON, ANY) or len(real) > 3:
        return False
    # Three one-syllable Korean tokens ('Ri Yong Ho') are a surname and a two-syllable
    # given name: common only when that given name is.
    # A patronymic counts beside a given name and a surname ('Andrey Petrovich Kovalenko'),
    # not in their place ('Ruslan Mikhailovich' lacks the surname that tells him apart).
    if form.korean:
        # 'O Yong Ho': a one-letter Korean surname is no initial.
        real = [t for t in form.tokens if len(t) > 1 or t in _KOREAN_LETTER_SURNAMES]
    # Read letter by letter, an Arabic-script word with its article ('lhmd'), as its
    # Latin spelling is: only in a name written in that script ('Ptrv' is a Latin name
    # written without its vowels, common or not as 'Petrov' is).
    abjad = not form.original.isascii()
    # A Belarusian surname in '-au' is as common as its Russian form in '-ov' ('Novikau').
    common = all(
        phonetic(t) in COMMON
        or (t[-2:] in ("au", "ou") and phonetic(t[:-2] + "ov") in COMMON)
        or (abjad and _common_abjad(t))
        or (len(real) == 3 and _common_word(t))
        for t in real
    )
    if common and (len(real) < 3 or not form.korean):
        return True
    if len(real) != 3:
        return False
    # A Korean given name is two syllables, written apart or not: 'Kim Min Jun'.
    first, *middle, last = real
    if phonetic(first) in COMMON and given_key(middle[0] + last) in COMMON_GIVEN:
        return True
    return phonetic(last) in COMMON and given_key(first + middle[0]) in COMMON_GIVEN


# Honorific and religious titles ('Sayed', 'Haji', 'Mullah'), canonical spellings.
TITLES = frozenset(data_lines("titles.txt"))
_TITLE_WEIGHT = 1.0  # below 2: like a generic word, no token that tells two names apart


def token_weight(token: str) -> float:
    """How much `token` says of a name: longer tokens more, a title little."""
    if token in TITLES:
        return _TITLE_WEIGHT
    return float(min(max(len(token), 2), 8))


def _token_weight(token: str, kind: str) -> float:
    # Longer tokens say more; initials, titles and generic company words say little.
    if kind != PERSON and is_generic(token):
        return 0.2 * min(len(token), 8)
    return token_weight(token)


# `ordinals.txt`: ordinal words and the numbers they write, in names other than persons'.
ORDINALS: Final = dict(line.split() for line in data_lines("ordinals.txt"))
_ORDINAL_WORDS: Final = {number: word for word, number in ORDINALS.items()}
_ORDINAL_DIGITS: Final = re.compile(r"([0-9]+)(?:st|nd|rd|th)")


def _ordinal(raw: str) -> str | None:
    """A number written with its ordinal ending ('1st', '66th') as its word where the
    word is common ('first'), else as the number ('66'); None for any other word."""
    if raw[:1].isdigit() and (match := _ORDINAL_DIGITS.fullmatch(raw)):
        number = match.group(1)
        return _ORDINAL_WORDS.get(number, number)
    return None


# Little words an organisation's initials may leave out (as `names._initials_run` reads).
_INITIALS_SKIPS: Final = frozenset(data_lines("acronym_skips.txt"))


def _spells_initials(acronym: str, words: list[str]) -> bool:
    """Whether `acronym` is the first letters of every one of `words` in order, a little
    word (`_INITIALS_SKIPS`) giving its letter or left out."""
    if not words:
        return not acronym
    word, rest = words[0], words[1:]
    if acronym and word[0] == acronym[0] and _spells_initials(acronym[1:], rest):
        return True
    return word in _INITIALS_SKIPS and _spells_initials(acronym, rest)


def own_acronym(tokens: list[str]) -> int | None:
    """Where an organisation's name gives its own initials beside its words, first or
    last ('SHS - Secours Humanitaires Suisse', 'Higher Institute for Applied Sciences and
    Technology (HISAT)'): the position of that word, else None. The initials restate the
    words, so the lists write the name with them and without them for one party."""
    if len(tokens) < 4:
        return None
    for at in (len(tokens) - 1, 0):
        word = tokens[at]
        others = tokens[:at] + tokens[at + 1 :]
        if (
            3 <= len(word) <= 7
            and word.isalpha()
            and word not in others
            and all(len(t) > 1 for t in others)
            and _spells_initials(word, others)
        ):
            return at
    return None


def _canonical(raw: str, tables: tuple[dict[str, str], ...]) -> str | None:
    # An abjad word ('hydr', حيدر Haidar) is looked up as written only: read as it sounds
    # ('hidr'), its 'y' a vowel, it would be another name ('khidr' Khadr).
    sounds = has_vowel(raw)
    for table in tables:
        canon = table.get(raw) or (table.get(phonetic(raw)) if sounds else None)
        if canon is not None:
            return canon
    return None


def _slavic_j(raw: str) -> str | None:
    """A Slavic given name written with the 'j' of й, я, ю, as Czech, Serbo-Croatian,
    Polish and Scandinavian schemes write it ('Julija' Yulia, 'Sergej'): its spelling in
    `SLAVIC`. For a word with a 'j' inside it (`name_form` asks only then): an initial 'J'
    alone is as often an English 'dzh' ('Jamal'), and 'Julia' is a name of its own."""
    as_y = raw.replace("j", "y")
    return SLAVIC.get(as_y) or SLAVIC.get(phonetic(as_y))


# Russian, Ukrainian and Belarusian patronymics: the father's name and an ending that
# the languages and schemes write several ways ('-ovich', '-evich', '-ovych', '-ivna';
# Belarusian '-avich', '-auna', '-euna', '-awna'; Swedish '-ovitj', Dutch '-ovitsj',
# German '-owitsch'). The father's name of three letters or more, or two consonants
# where it lost its vowel ('Lev': 'Lvovich', Swedish 'Lvovitj', 'Lvovna').
_PATRONYMIC_FORM = re.compile(
    r"^([^aeiouy]{2}(?=o)|.{3,}?)"
    r"(?:[oea]v[iy]ch|[oe]vitj|[oe]vitsj|[oe]witsch|[oe]vna|ivna|[ae][uw]na)$"
)


def patronymic_key(token: str) -> str | None:
    """A patronymic spelt one way: the father's name as `SLAVIC` spells it and '-ovich'
    or '-ovna' ('volodymyrovych', 'vladimirovich' -> 'vladimirovich'); None for
    another word. A key to compare by, not a token: a token keeps its letters, which
    typos and truncations are measured against."""
    # Eight letters or more, or fewer after a father's name of two consonants ('lvovna').
    long_enough = len(token) >= 8 or (len(token) >= 6 and token[1] not in "aeiouy")
    found = _PATRONYMIC_FORM.match(token) if long_enough else None
    if found is None:
        return None
    return _father(found[1]) + ("ovna" if token.endswith("na") else "ovich")


def _father(stem: str) -> str:
    """The father's name of a patronymic's stem, one spelling for its forms: the ending
    may keep the name's last letters or drop them ('sergeevna' 'serge', 'sergeyevna'
    'sergey', Belarusian 'siarhieeuna' 'siarhie', all Sergey), and a 'j' is the 'y' of
    the schemes that write й, я, ю so ('jurievitj' 'yurievich', 'geljevitj')."""
    base = stem.replace("j", "y").rstrip("iey")
    for name in (stem, stem + "i", stem + "y", base + "ei", base + "ey", base + "i", base):
        father = SLAVIC.get(name) or SLAVIC.get(phonetic(name))
        if father is not None:
            return father
    return phonetic(base)


_UPPER_WORD = re.compile(r"^[^a-z]*[A-Z][^a-z]*$")
# 'son of', 'daughter of': a chain of forebears that shows the given name first
_PATRONYMIC: Final = frozenset(data_lines("nasab_words.txt"))


def _given_position(name: str, tokens: list[str]) -> int | None:
    """Where the given name stands in a person's tokens, when the way the name is written
    shows it: after the comma of 'SURNAME, Given', or the first word not in capitals in
    'SURNAME Given'. None when the name is in one case throughout ('Usama bin Laden')."""
    if name.count(",") == 1:
        after = name.split(",")[1].split()
        first = after[0] if after else ""
    else:
        words = name.split()
        upper = [bool(_UPPER_WORD.match(w)) for w in words]
        if not upper:
            return None
        if all(upper) or not any(upper):
            # One case throughout: given name first only where an Arabic chain shows the
            # order ('HAMZA USAMA MUHAMMAD BIN LADEN'); 'KIM JONG UN' puts it last.
            if not _PATRONYMIC.intersection(w.casefold() for w in words[1:-1]):
                return None
            first = words[0]
        elif not upper[0]:
            first = words[0]  # 'Hamza Usama Muhammad BIN LADEN'
        else:
            first = words[upper.index(False)]  # 'BIN LADEN Hamza Usama Muhammad'
    forms = [t for t in _SPLIT.split(to_ascii(first)) if t]
    if forms and forms[0] in tokens:
        return tokens.index(forms[0])
    canon = _canonical(forms[0], (KOREAN, ARABIC)) if forms else None
    return tokens.index(canon) if canon in tokens else None


LEGAL_WORDS = frozenset(w for line in data_lines("legal_words.txt") for w in line.split())
_LONG_LEGAL = tuple(sorted(w for w in LEGAL_WORDS if len(w) >= 7))
_LEGAL_WORD = re.compile(r"[a-z]{4,}")


def _legal_word(match: re.Match[str]) -> str:
    return _legal_spelling(match[0])


_SHORT_LEGAL = tuple(sorted(w for w in LEGAL_WORDS if 5 <= len(w) <= 6))
_WORDS_AND_GAPS = re.compile(r"([a-z]+)")


# `org_word_forms.txt`: a word of an organisation's name rigour's org-type table reads in
# another form only ('charitable' -> 'charity', read 'ngo').
_ORG_WORD_FORMS: Final = dict(line.split() for line in data_lines("org_word_forms.txt"))
_ORG_WORD_FORM = re.compile(
    r"(?<![\w-])("
    + "|".join(map(re.escape, sorted(_ORG_WORD_FORMS, key=len, reverse=True)))
    + r")(?![\w-])"
)


def org_word_forms(text: str) -> str:
    """`text` (case-folded, its legal forms read by rigour) with the words of
    `org_word_forms.txt` rigour left as they were written in the form it reads, and read
    again: 'aqsa charitable foundation' -> 'aqsa ngo foundation'. Most names have none."""
    if _ORG_WORD_FORM.search(text) is None:
        return text
    text = _ORG_WORD_FORM.sub(lambda m: _ORG_WORD_FORMS[m[1]], text)
    return replace_org_types_compare(text, generic=True)


def _legal_cuts() -> dict[str, tuple[str, bool]]:
    """`data/legal_cut.txt`: each form less its first or last word -> (the form, whether
    the first word is the one missing)."""
    cuts: dict[str, tuple[str, bool]] = {}
    for form in data_lines("legal_cut.txt"):
        words = form.split()
        for cut, first in ((" ".join(words[1:]), True), (" ".join(words[:-1]), False)):
            # (Not one that rigour reads whole: 'joint stock company'.)
            if cut.count(" ") and " " in replace_org_types_compare(cut, generic=True):
                cuts.setdefault(cut, (form, first))
    return cuts


_LEGAL_CUTS = _legal_cuts()
_CUT = "|".join(
    re.escape(c).replace(r"\ ", r"\s+") for c in sorted(_LEGAL_CUTS, key=len, reverse=True)
)
# A cut form first or last, with more of the name beside it.
_CUT_FIRST = re.compile(rf"^(\s*)({_CUT})(?=[\s,]+\w)")
_CUT_LAST = re.compile(rf"^(.*?\w[\s,.]+)({_CUT})([\s.,]*)$")
_LEGAL_STEMS = frozenset(w[:4] for w in LEGAL_WORDS if len(w) >= 7)


def _legal_like(word: str) -> bool:
    """A word of a legal form, or one misspelt ('otvetstvennostiu', 'otvennostyu')."""
    word = word.strip(",.")
    return word in LEGAL_WORDS or word[:4] in _LEGAL_STEMS


def _whole_form(match: re.Match[str]) -> str:
    form, first = _LEGAL_CUTS[" ".join(match[2].split())]
    text = match.string
    if form in " ".join(text.split()):
        return match[0]  # the form is whole: 'limited liability' of 'limited liability company'
    at_start = match.re is _CUT_FIRST
    # Where the missing word would stand, another legal word says the form is another
    # one, whole ('limited liability corporation', '... partnership'), or misspelt.
    beside = text[match.end() :].split()[:1] if at_start else match[1].split()[-1:]
    if first != at_start and beside and _legal_like(beside[0]):
        return match[0]
    tail = "" if at_start else match[3]
    return match[1] + form + tail


def uncut_legal(text: str) -> str:
    """`text` (case-folded) with a legal form cut short at its start or end written whole
    (`data/legal_cut.txt`): 'liability company fivel' -> 'limited liability company
    fivel', read 'llc fivel' as the listed name is, where 'liability' and 'company' were
    words of the name."""
    return _CUT_FIRST.sub(_whole_form, _CUT_LAST.sub(_whole_form, text, count=1), count=1)


def _mend_legal(text: str) -> str:
    """`text` (case-folded) with legal-form typos mended: a word of six letters or more
    one typo from a long legal word ('limtied'), and a word of four to six one typo
    from a short one between two legal words, or of five or six before two after the
    name's first word ('open joit stock', 'joint tock company', 'IVK koint stock
    company'): elsewhere it may be the name ('Stok Public Company', 'Publix')."""
    text = _LEGAL_WORD.sub(_legal_word, text)
    parts = _WORDS_AND_GAPS.split(text)  # words at odd positions
    words = parts[1::2]
    changed = False
    for i, word in enumerate(words):
        if not 4 <= len(word) <= 6 or word in LEGAL_WORDS:
            continue
        between = 0 < i < len(words) - 1 and {words[i - 1], words[i + 1]} <= LEGAL_WORDS
        before = (
            0 < i < len(words) - 2
            and len(word) >= 5
            and {words[i + 1], words[i + 2]} <= LEGAL_WORDS
        )
        if not (between or before):
            continue
        found = process.extractOne(word, _SHORT_LEGAL, scorer=OSA.distance, score_cutoff=1)
        if found is not None:
            words[i] = found[0]
            changed = True
    if not changed:
        return text
    parts[1::2] = words
    return "".join(parts)


def _devowelled_legal() -> dict[str, str]:
    """Each legal word written without its vowels after the first letter, as `devowelled`
    reads a name ('lmtd' limited, 'cmpny' company, 'lblty' liability): of two words so
    written alike, the shorter ('limited', not 'limitada')."""
    table: dict[str, str] = {}
    for word in sorted(LEGAL_WORDS, key=lambda w: (-len(w), w)):
        short = word[0] + word[1:].translate(_VOWELS_OFF)
        if devowelled(short, word):
            table[short] = word
    return table


_DEVOWELLED_LEGAL = _devowelled_legal()


@lru_cache(maxsize=100_000)
def _legal_spelling(word: str) -> str:
    """The legal-form word `word` is one typo from, else `word` ('limtied' -> 'limited')."""
    if word in LEGAL_WORDS:
        return word
    single = single_letters(word)  # 'gmmbh', 'saarl'
    if single in LEGAL_WORDS:
        return single
    if (full := _DEVOWELLED_LEGAL.get(word)) is not None:
        return full  # written without its vowels: 'lmtd', 'cmpny'
    for i in range(len(word) - 1):  # a short form with one letter doubled: 'pjjsc', 'lllc'
        if word[i] == word[i + 1] and (shorter := word[:i] + word[i + 1 :]) in ORG_TYPES:
            return shorter
    if len(word) < 6:
        return word
    # Against legal words of seven letters or more: 'publix' stays a name, not 'public'.
    found = process.extractOne(word, _LONG_LEGAL, scorer=OSA.distance, score_cutoff=1)
    if found is None and single != word and len(single) >= 6:
        # ... a letter doubled and another changed: 'linitted' ('linited'), 'commpamy'.
        found = process.extractOne(single, _LONG_LEGAL, scorer=OSA.distance, score_cutoff=1)
    return found[0] if found else word


# Letters with dots between them and none after the last, as a legal form is written in
# haste ('D.O.O', 'B.V', 'S.A'): rigour reads the form only with its last dot.
_DOTTED_FORM = re.compile(r"(?<![\w.])((?:[a-z]\.)+[a-z])(?![\w.])")
# 'Named after' before the person an organisation is named after, in its Latin name
# ('Minsk Electrotechnical Plant named after V.I. Kozlov', 'Aviaavtomatika Named After
# V. Tarasov JSC', transliterated 'imeni'): no word of its name, as 'имени' is none of its
# Russian one (`russian_words`), and other aliases leave it out ('Kozlov Minsk
# Electrotechnical Plant').
_NAMED_AFTER_LATIN = re.compile(r"(?<![a-z])(?:named after|imeni)(?![a-z])")


# `dotted_words.txt`: an abbreviation with its dot before a word ('St. Petersburg') -> the
# word it abbreviates ('saint Petersburg').
_DOTTED_WORDS: Final = dict(line.split() for line in data_lines("dotted_words.txt"))
_DOTTED_WORD = re.compile(
    r"(?<![\w.])(" + "|".join(sorted(_DOTTED_WORDS)) + r")\.(?=\s*[^\W\d_])", re.IGNORECASE
)


def _dotted_word(match: re.Match[str]) -> str:
    return _DOTTED_WORDS[match[1].casefold()] + " "


# Not the backtick: `to_ascii` reads it as GOST's soft sign ('Mal`cev') or an 'ayn.
_INWORD_APOSTROPHE = re.compile(r"(?<=\w)['\u2019\u2018\u02bc\u02bb\u02be\u02bf\u00b4](?=\w)")
# The Persian ezafe, 'of', hyphenated to the word before it ('Sepah-e Pasdaran',
# 'Sanaye-ye Defa'): the script does not write it, and alone it would read as an initial.
_EZAFE = re.compile(r"(?<=[^\W\d_]{4})-y?e\b(?!-)", re.I)


# What a vessel's name may start with that says what it is, not which ('LNG Azalea' is
# the 'Azalea').
_VESSEL_PREFIXES: Final = frozenset(data_lines("vessel_prefixes.txt"))


def _without_articles(tokens: list[str]) -> str:
    return "".join(t[1:] if n and glued_article(t) else t for n, t in enumerate(tokens))


# 'Hojjat-al-Eslam', 'Hujjat al-Islam': a Shia cleric's rank written in parts, one word
# ('hojatoleslam', a title of `titles.txt`) as the lists also write it.
_HOJATOLESLAM = re.compile(r"\bh[ou]j+at[\s'’-]*(?:[aou]l[\s'’-]*)?[ei]slam\b", re.I)


@lru_cache(maxsize=200_000)
def name_form(name: str, kind: str = ANY, table: bool = True) -> NameForm:
    """Normalise one name of a party of `kind` (person, org, object or any).

    table: read Arabic-script words from the learned table (see `to_ascii`)."""
    # Invisible characters go first: one inside 'L\u200cIMITED' would part the legal form.
    text = visible(name)
    # An apostrophe inside a word is a glottal stop or an elision ('Hay’at', "Jama'at",
    # "O'Brien"), no word boundary: split there, 'at' would be read as a legal form.
    text = _INWORD_APOSTROPHE.sub("", text)
    if "." in text:
        text = _DOTTED_WORD.sub(_dotted_word, text)
    # the Persian ezafe ('Tehrik-e'): organisations' names have it, people's do not; a
    # name of unknown kind (any) or an object's is read like an organisation's
    if "-" in text and kind != PERSON:
        text = _EZAFE.sub("", text)
    if kind in (PERSON, ANY):
        if "slam" in text or "SLAM" in text:
            text = _HOJATOLESLAM.sub("hojatoleslam", text)
        text = remove_person_prefixes(text)
    if kind in (OBJECT, ANY):
        text = remove_obj_prefixes(text)
    org_type = None
    # The words before legal forms are read, for a legal form inside a name of unknown
    # kind (below): transliterated only for such a name, which few are.
    unread = text
    plain: list[str] | None = None
    if kind in (ORG, ANY):  # before and after transliteration: rigour knows 'ООО' and 'OOO'
        # Legal-form typos mended first: rigour would read 'limited' in 'limited liability
        # commpany' alone, and leave 'llc liability company' behind.
        text = text.casefold()
        if kind == ORG:  # of a party of any kind, 'A.G Smith' may be initials
            text = _DOTTED_FORM.sub(r"\1.", text)
        text = _mend_legal(text)
        if kind == ORG:
            text = uncut_legal(text)
            if "named" in text or "imeni" in text:
                text = _NAMED_AFTER_LATIN.sub(" ", text)
        text = org_word_forms(replace_org_types_compare(text, generic=True))
    # Han is read in pinyin syllables, some of which are legal forms or particles
    # elsewhere ('an' of '長安', 'yu'): its legal forms were read with the Han words.
    han = _HAN_RUN.search(text) is not None
    text = to_ascii(text, table, kind == ORG)
    if kind in (ORG, ANY) and not han:
        text = replace_org_types_compare(_mend_legal(text), generic=True)
    raws = [t for t in _SPLIT.split(text) if t]
    hangul = not name.isascii() and any(_hangul(c) for c in name)
    korean = hangul or _looks_korean(raws, kind)
    tables: tuple[dict[str, str], ...] = (ARABIC, SLAVIC, PLACES)
    if korean:
        tables = (KOREAN, *tables)
    if kind != ORG:  # 'Mg' is Maung in a person's name, not in 'MG Motor'
        tables += (BURMESE,)
    # An organisation's name in Hangul is read in English words and whole Korean words
    # (`_korean_word`), not syllables to respell ('bank' is no 'pank').
    hangul_org = kind == ORG and hangul
    tokens: list[str] = []
    article = False  # the raw word before was an article ('al', 'ud')
    for pos, raw in enumerate(raws):
        if kind in (ORG, ANY) and raw in ORG_TYPES and not (han and raw in PINYIN):
            inside = None
            if kind == ANY and 0 < pos < len(raws) - 1:
                if plain is None:
                    plain = [t for t in _SPLIT.split(to_ascii(unread)) if t]
                if len(raws) == len(plain):
                    inside = plain[pos]
            if inside is not None:
                # Legal forms stand first or last; inside a name of unknown kind the
                # "form" is a syllable ('Jong In-chol', whose 'In' rigour reads as one).
                raw = inside
            else:
                org_type = org_type or raw
                continue
        # An 'an' after a pinyin syllable is Chinese ('長安' Chang An, 'Xi An'), unless
        # after 'bin', which is Arabic's 'son of' first ('bin an-Nasr').
        if (
            raw in PARTICLES
            and not han
            and not (korean and raw == "an")
            and not (raw == "an" and pos and raws[pos - 1] in PINYIN and raws[pos - 1] != "bin")
        ):
            article = True
            continue
        if len(raw) == 1 and korean:
            # An initial of a Korean syllable, folded as the syllable's first letter is
            # (`_korean_fold`): 'B.' for 'Bom', read 'pom'; 'J.' for 'Jae', read 'chae'.
            tokens.append("c" if raw == "j" else _RR_INITIALS.get(raw, raw))
            continue
        if len(raw) == 1 or hangul_org:
            tokens.append(raw)  # an initial: 'Y.' is no spelling of 'Yi'
            continue
        if kind != PERSON and (number := _ordinal(raw)):
            # '1st' and 'First', '66th' and '66': one number, as the lists write it both
            # ways; the word kept as written, so that a typo in it is still one edit
            tokens.append(number)
            article = False
            continue
        if raw == "abed" and raws[pos + 1 : pos + 2] == ["allah"]:
            # The Levantine 'Abed' of عبد, before 'Allah' the compound 'Abdallah' written
            # apart ('Sameera Abed Allah', 'Samira Abdullah'), which `names._merged` joins
            # as it joins 'Abd Allah'. Alone, 'Abed' is also the name عابد.
            raw = "abd"
        canon = _canonical(raw, tables)
        if canon is None and "j" in raw[1:]:
            canon = _slavic_j(raw)
        if canon is None and korean and len(raw) > 1:
            canon = _korean_fold(raw)
        parts = _split_prefix(raw) if canon is None else [canon]
        if parts[-1] == _DIN and (article or raw not in _BARE_DIN):
            # 'al-Din' glued or with its article written: one token with the word before
            # ('Khaireddin', 'Kheir Eddin', 'Khayr al-Din': 'khairdin'); a bare 'Din' is a
            # name of its own ('Din Mohammad', 'HANIF Din Mohammad')
            parts = _bind_din(tokens, parts)
        article = False
        tokens.extend(parts)
    if kind == OBJECT and len(tokens) > 1 and tokens[0] in _VESSEL_PREFIXES:
        tokens = tokens[1:]  # 'M/V' splits into 'm', 'v' before this; see below
    if kind == OBJECT and tokens[:2] in (["m", "v"], ["m", "t"]):
        tokens = tokens[2:]
    if not tokens and org_type:
        tokens = [org_type]  # a name that is only a legal form keeps it
    given = _given_position(name, tokens) if kind == PERSON else None
    interned = tuple(map(sys.intern, tokens))
    weights = tuple(_token_weight(t, kind) for t in tokens)
    if kind == ORG and (at := own_acronym(tokens)) is not None:
        # Its own initials say nothing its words do not: weighed as a generic word.
        weights = (*weights[:at], 0.2 * len(tokens[at]), *weights[at + 1 :])
    return NameForm(
        original=name,
        tokens=interned,
        skeletons=tuple(skeleton(t) for t in tokens),
        weights=weights,
        joined="".join(tokens),
        org_type=org_type,
        key=tuple(sorted(tokens)),
        total_weight=sum(weights),  # the same floats summed in the same order
        given=given,
        korean=korean,
        # Interned: the same few strings recur across the index. Sorted: a set's order
        # follows the process's string hashes, and a prepared entity read back from an
        # index file must equal one prepared afresh (the scorer reads hooks as a set).
        hooks=tuple(
            map(
                sys.intern,
                sorted(
                    {k for t in tokens for k in latin_skeletons(t)}
                    # ... and of an abjad token without its glued article ('lkhdmt' al-Khidamat).
                    | {k for t in tokens for k in abjad_readings(t)[1:]}
                    | {"^" + t[:3] for t in tokens}
                    | {"$" + t[-3:] for t in tokens if len(t) >= 4}  # a typo in the first letters
                    # ... and in the middle of a short word ('Buan' for 'Buran').
                    | {"%" + t[:2] + t[-2:] for t in tokens if 4 <= len(t) <= 6}
                    # ... and two letters swapped in a word of three to five ('MCST' for
                    # 'CMST'), which changes each of those keys and `token_similarity` counts.
                    | {"@" + "".join(sorted(t)) for t in tokens if 3 <= len(t) <= 5}
                    | {"=" + skeleton("".join(tokens))}
                    # ... and without the articles of abjad words after the first, which
                    # the Latin writes assimilated ('shms ldyn' Shamsuddin).
                    | {"=" + skeleton(_without_articles(tokens))}
                ),
            )
        ),
        word_keys=word_keys(interned),
        joined_keys=joined_keys(interned),
    )


def _load_nicknames() -> dict[str, frozenset[str]]:
    """Token -> the tokens it is a nickname or the full name of (`nicknames.txt`), both
    as `name_form` spells them, so that each meets a name's tokens as they are."""
    partners: dict[str, set[str]] = {}
    for line in data_lines("nicknames.txt"):
        full, *short = [name_form(w, PERSON).tokens[0] for w in line.split()]
        for nick in short:
            partners.setdefault(full, set()).add(nick)
            partners.setdefault(nick, set()).add(full)
    return {token: frozenset(names) for token, names in partners.items()}


NICKNAMES: Final = _load_nicknames()
