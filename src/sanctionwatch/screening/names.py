"""Comparing two normalised names: token alignment and joined-string similarity."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any, Final

from rapidfuzz.distance import OSA, Levenshtein

from sanctionwatch.names import ORG_TYPES
from sanctionwatch.screening.pairs import (
    BELARUSIAN_OV,
    NICKNAMED,
    RUSSIAN_OV,
    diphthong,
    edits_exceed,
    interdental,
    letter_mask,
    marked_alike,
    nicknamed,
    plain,
    plain_cannot_relate,
    reading_marks,
    th_as_dh,
    vowels_respelt,
)
from sanctionwatch.screening.script import (
    WADE_GILES,
    WADE_GILES_JOINING,
    data_lines,
    has_han,
    wade_giles_alike,
)
from sanctionwatch.screening.text import (
    _KOREAN_SYLLABLE,
    ARABIC,
    OBJECT,
    ORDINALS,
    ORG,
    PERSON,
    PINYIN,
    PLACES,
    VARIANTS,
    NameForm,
    abjad_readings,
    consonants,
    devowelled,
    given_key,
    glued_article,
    has_vowel,
    is_generic,
    joined_keys,
    latin_skeletons,
    own_acronym,
    patronymic_key,
    phonetic,
    single_letters,
    skeleton,
    sound,
    strip_article,
    token_weight,
    word_keys,
)

# Read once: compiled (mypyc), a Final is a static, where `OSA.normalized_similarity`
# costs a lookup of the module's globals and of the attribute for every pair of tokens.
_osa_similarity: Final = OSA.normalized_similarity
_NO_VOWEL = re.compile(r"[^aeiou0-9]+").fullmatch
_PATRONYMIC_TAILS = frozenset(("ch", "na", "tj", "sj"))
_JOINED_MIN = 0.9  # joined similarity below this says nothing a token alignment misses
# A romanised Korean word of one to three syllables: what a changed letter may make of
# another ('Song' of 'Pong'), where 'Cnol' or 'Kynm' can only be a typo.
_KOREAN_WORD = re.compile(f"(?:{_KOREAN_SYLLABLE.pattern}){{1,3}}").fullmatch


class _PairCache:
    """Values of a function of two tokens, kept for the pairs seen lately: a dict per
    first token, looked up without building and hashing a key tuple per call, as an
    `lru_cache` of two arguments does (compiled, native dict lookups: the scorer asks
    about 160 pairs per query). Bounded, a server runs for weeks: two generations of at
    most `limit` pairs each; a full one becomes the older, whose pairs found again move
    to the newer. It keeps nearly what an `lru_cache` of twice `limit` would."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.size = 0  # pairs in `recent`
        self.recent: dict[str, dict[str, float]] = {}
        self.older: dict[str, dict[str, float]] = {}

    def clear(self) -> None:
        self.size = 0
        self.recent = {}
        self.older = {}


# At most 200,000 pairs (its two generations), in about half the memory of the 100,000
# the `lru_cache` before it held (a key tuple and a link each): 11 MB and 19 MB.
_SIMILARITIES: Final = _PairCache(100_000)


def token_similarity(a: str, b: str) -> float:
    """1 for equal tokens, high for same skeleton or an initial, else edit-distance based
    (`similarity`, its pairs kept in `_SIMILARITIES`)."""
    cache = _SIMILARITIES
    row = cache.recent.get(a)
    if row is None:
        row = cache.recent[a] = {}
    else:
        found = row.get(b)
        if found is not None:
            return found
    older = cache.older.get(a)
    kept = older.get(b) if older is not None else None
    value = kept if kept is not None else similarity(a, b)
    row[b] = value
    cache.size += 1
    if cache.size >= cache.limit:
        cache.older = cache.recent
        cache.recent = {}
        cache.size = 0
    return value


def similarity(a: str, b: str) -> float:
    """`token_similarity`, uncached."""
    if a == b:
        return 1.0
    if len(a) == 1 or len(b) == 1:
        # An initial stands for its name, weakly, as any of its spellings writes it: 'O.'
        # for 'Oleksandr', which the tables spell 'aleksandr'.
        initial, word = (a, b) if len(a) == 1 else (b, a)
        if initial[0] == word[0] or any(v[0] == initial for v in VARIANTS.get(word, ())):
            return 0.8
        return 0.0
    if a.isdigit() or b.isdigit():
        # '2' and '3' are different vessels, companies, units; a letter typed for one
        # digit of a number ('7l686' for '76686', 'RA-76686') makes no other number.
        return TYPO if _letter_for_digit(a, b) or _letter_for_digit(b, a) else 0.0
    pa, sa, letters_a, needed_a, plain_a, marks_a, mask_a, mask_pa, mask_sa = _facts(a)
    pb, sb, letters_b, needed_b, plain_b, marks_b, mask_b, mask_pb, mask_sb = _facts(b)
    if pa == pb:
        return 0.95  # one sound, spelt two ways ('yuri', 'iouri')
    if sa == sb:
        return 0.9  # e for i, o for u: one Arabic vowel, two spellings ('laden', 'ladin')
    if a[-2:] in _PATRONYMIC_TAILS and b[-2:] in _PATRONYMIC_TAILS:
        # The Russian and Ukrainian forms of one patronymic ('vladimirovich',
        # 'volodymyrovych'), which share too few letters to be found alike otherwise.
        key = patronymic_key(a)
        if key is not None and key == patronymic_key(b):
            return 0.95
    if a[-2:] in BELARUSIAN_OV and b[-2:] in RUSSIAN_OV and _belarusian_ov(a, b):
        return 0.9  # a Belarusian surname's '-au' for the Russian '-ov' ('yepikhau', 'yepikhov')
    if b[-2:] in BELARUSIAN_OV and a[-2:] in RUSSIAN_OV and _belarusian_ov(b, a):
        return 0.9
    if ("dh" in a or "dh" in b) and interdental(a, b):
        return 0.9  # one Arabic letter, two romanisations ('dhafer', 'zafer'; 'fadhil', 'fadil')
    if ("th" in a or "th" in b) and th_as_dh(a, b):
        return 0.9  # an Iraqi 'th' for ظ or ذ ('kathim', 'kadhim')
    if ("w" in a or "w" in b or "au" in a or "au" in b) and diphthong(a, b):
        return 0.9  # one Arabic diphthong, two romanisations ('tawfiq', 'toufik')
    if (marks_a | marks_b) and marked_alike(a, b, marks_a, marks_b):
        # The other diphthong ('zayn', 'zein'), a Persian 'gh' for ق ('ghasem', 'qasem'),
        # a Korean 'ch' for 'j' ('chi', 'ji'), an article written onto a noun spelt
        # otherwise ('alhussein', 'husayn').
        return 0.9
    if (a in WADE_GILES or b in WADE_GILES) and wade_giles_alike(a, b):
        return 0.9  # one Chinese syllable in Wade-Giles and pinyin ('hsu', 'xu'; 'tsai', 'cai')
    if marks_a & marks_b & NICKNAMED and nicknamed(a, b):
        # A given name and its everyday form ('ignacio', 'nacho'; 'ekaterina', 'katya'):
        # one person as often as an initial is, which scores so.
        return NICKNAME
    # A short word: letters as written, a swap counts one edit. 'hamas' and 'khamis'
    # are two edits and two words, though they sound alike.
    as_written = min(len(a), len(b)) <= 5
    measured_a, measured_b = (a, b) if as_written else (pa, pb)
    schemes = bool(letters_a & needed_b or letters_b & needed_a)  # else `_scheme_similarity` is 0
    # An edit distance is no less than the difference in length: a pair this far apart
    # in length is under 0.7 (by more than a float's rounding) without its distance.
    longer, shorter = max(len(measured_a), len(measured_b)), min(len(measured_a), len(measured_b))
    far = not schemes and 10 * (longer - shorter) > 3 * longer
    if (
        far
        and plain_a
        and plain_b
        and plain_cannot_relate(a, b, sa, sb, mask_a, mask_b, mask_sa, mask_sb)
    ):
        return 0.0  # the exit below, taken before the distance is measured
    # ... and so where the letters alone prove the distance over 3/10 of the longer
    # (`pairs.edits_exceed`: more than `least - 1` edits), the similarity under 0.7.
    exit_tested = False
    if not far and not schemes and plain_a and plain_b:
        least = 3 * longer // 10 + 1  # the fewest edits with 10 * edits > 3 * longer
        mask_ma, mask_mb = (mask_a, mask_b) if as_written else (mask_pa, mask_pb)
        if edits_exceed(mask_ma, mask_mb, least - 1):
            if plain_cannot_relate(a, b, sa, sb, mask_a, mask_b, mask_sa, mask_sb):
                return 0.0
            exit_tested = True  # it would say the same below
    sim = _osa_similarity(measured_a, measured_b)
    if schemes:
        sim = max(sim, _scheme_similarity(a, b))
    if (
        not far
        and not exit_tested
        and sim < 0.7
        and plain_a
        and plain_b
        and plain_cannot_relate(a, b, sa, sb, mask_a, mask_b, mask_sa, mask_sb)
    ):
        return 0.0  # most pairs: the rest of this function would find nothing either
    keys_a, keys_b = abjad_readings(a), abjad_readings(b)
    if keys_a or keys_b:  # an abjad transliteration: consonants are all there is to compare
        skel_a = set(keys_a) if keys_a else set(latin_skeletons(a))
        skel_b = set(keys_b) if keys_b else set(latin_skeletons(b))
        shared = skel_a & skel_b
        if not shared and not (keys_a and keys_b) and "th" in (b if keys_a else a):
            # an Iraqi 'th' for ظ or ذ, which the abjad reads 'z' ('kzm' Kathim)
            abjad, latin = (a, b) if keys_a else (b, a)
            read = latin.replace("th", "z")
            readings = set(abjad_readings(abjad))
            if not readings.isdisjoint(latin_skeletons(read)) and _aspirates_agree(abjad, read):
                return 0.9
        if not shared and not (keys_a and keys_b) and "kh" in (a if keys_a else b):
            # a German or Yiddish 'ch' for the 'kh' of ח, כ or خ ('Zicherman' זיכרמן
            # 'zykhrmn'), which English spelling reads 'tsh'
            abjad, latin = (a, b) if keys_a else (b, a)
            read = latin.replace("ch", "kh")
            if (
                read != latin
                and not set(abjad_readings(abjad)).isdisjoint(latin_skeletons(read))
                and _aspirates_agree(abjad, read)
            ):
                return 0.9
        # The skeleton drops every 'h' ('mhdy' Mahdi and 'ahmad' are 'md', 'lyly' Layla
        # and 'lakhal' 'l'): one where the other has none makes another name, compared
        # letter by letter below.
        if shared and _aspirates_agree(a, b):
            return 0.9
        # Consonants that transliterations write differently ('sh'/'ch', 'd'/'z' of
        # Persian): close consonant classes, with none of the vowels to check.
        # An abjad token's glued article off ('ldhwhry' al-Zawahiri, 'zr').
        close = max(
            (
                OSA.normalized_similarity(x, y)
                for x in _abjad_consonants(a)
                for y in _abjad_consonants(b)
                if min(len(x), len(y)) >= 2
            ),
            default=0.0,
        )
        if close >= 0.75 and _aspirates_agree(a, b):
            return 0.8 + 0.1 * (close - 0.75) / 0.25
    elif skeleton(a) == skeleton(b) and min(len(a), len(b)) > 5 and sim >= 0.7:
        # Same consonants, vowels spelt otherwise ('husayn', 'hussein'), unless syllables
        # came or went ('putin', 'potanin' share 'ptn').
        return 0.9
    if (
        sim < 0.7
        and not (plain_a and plain_b)
        and plain_cannot_relate(a, b, sa, sb, mask_a, mask_b, mask_sa, mask_sb)
    ):
        # An abjad token past its consonant checks: what is left below is what the fast
        # exit above proves cannot hold (article, truncation, devowelling, place
        # adjective, swap, one or two edits, a variant's), as for plain tokens.
        return 0.0
    if strip_article(a) == b or strip_article(b) == a:
        return 0.9
    if plain_a and plain_b and vowels_respelt(a, b):
        sim = max(sim, 0.85)  # vowels spelt otherwise: 'talous', 'talas'
    if min(len(a), len(b)) >= 3 and (_truncates(a, b) or _truncates(b, a)):
        sim = max(sim, 0.8)  # truncated: 'Mohammad' for 'Mohammadreza'
    if word_family(a, b):
        sim = max(sim, 0.85)  # one word, two endings: 'financial', 'finance'
    if devowelled(a, b) or devowelled(b, a):
        sim = max(sim, 0.85)  # written without its vowels: 'Alksndrvn' for 'Aleksandrovna'
    if _place_adjective(a, b) or _place_adjective(b, a):
        sim = max(sim, 0.8)  # a Russian place adjective: 'Tulskiy' (Тульский) of 'Tula'
    if len(a) == len(b) and sorted(a) == sorted(b) and OSA.distance(a, b) == 1:
        return 0.8  # two letters swapped: a typo even in a short word ('fram', 'farm')
    # One letter in four is a different syllable, not a typo: 'Pong' is not 'Song'.
    floor = 0.8 if min(len(a), len(b)) <= 4 else 0.75
    if sim >= floor:
        return sim
    if one_edit(a, b):
        return TYPO
    return TYPO2 if two_edits(a, b) else 0.0


# Belarusian 'ў' after a vowel, before a consonant: the 'v' of the Russian spelling.
_BELARUSIAN_U = re.compile(r"(?<=[aeiou])u(?=[b-df-hj-np-tv-xz])")
_VOWEL_RUN = re.compile("[aeiouy]+")


def _belarusian_ov(belarusian: str, russian: str) -> bool:
    """Whether a surname ending in '-au' or '-ou' is the Belarusian form of one in '-ov'
    or '-ev' ('Yepikhau', 'Yepikhov'; 'Ziankou', 'Zenkov' not: the stem differs too),
    the stems of five letters or more sounding alike; or, with a 'ў' inside the stem
    too, the Russian's letters once the 'ў' is read 'v', each vowel any vowel (Belarusian
    writes an unstressed 'e' or 'o' 'a': 'Shautsou', 'Shevtsov'; not 'Shvetsov')."""
    stem = belarusian[:-2]
    if len(stem) < 5:
        return False
    if sound(stem + russian[-2:]) == sound(russian):
        return True
    read = _BELARUSIAN_U.sub("v", stem)
    return read != stem and _any_vowel(read + russian[-2:]) == _any_vowel(russian)


def _any_vowel(token: str) -> str:
    return _VOWEL_RUN.sub("a", phonetic(token))


# A Russian adjective's '-sk-' and ending, as the schemes write them ('-skiy', '-skaya',
# '-skoye', '-skogo', Belarusian '-skae').
_PLACE_ADJECTIVE = re.compile(r"sk(?:iy|ii|yy|ij|y|i|aya|aia|aja|aa|a|oye|oe|oy|oj|o|ogo|ae)")


def _place_adjective(adjective: str, place: str) -> bool:
    """An adjective made of a place whose name ends in a vowel ('tulskiy' of 'Tula',
    'samarskaya' of 'Samara'): the place less that vowel, then '-sk-' and an ending.
    (A place ending in a consonant, 'Kursk', 'Gomel', is cut from its adjective: a
    truncation.) The two share their first three letters: `pairs.cannot_relate` holds."""
    if len(place) < 4 or len(adjective) < 6 or place[-1] not in "aoy" or "sk" not in adjective:
        return False
    stem = place[:-1]
    return adjective.startswith(stem) and (
        _PLACE_ADJECTIVE.fullmatch(adjective, len(stem)) is not None
    )


# What `_aspirated` leaves out: vowels and the letters an abjad writes long vowels with
# ('w', 'y', Persian 'v').
_NOT_ASPIRATED = re.compile(r"[aeiouwyv]")
# One abjad letter that romanisations write otherwise: 'ch' 'sh' (French 'Chouman'), 'dh'
# 'd' ('Romdhane', رمضان 'rmdn'), 'j' 'g' (Egyptian 'Gamal'). Not 'th', which in an abjad
# is as often 't' and 'h' ('thryk' تحریک Tehrik).
_ASPIRATE_FOLDS = (("ch", "sh"), ("dh", "d"), ("j", "g"))


@lru_cache(maxsize=100_000)
def _aspirated(token: str) -> str:
    """Where a token's 'h's stand among its consonants: the consonant before each ('^'
    first), which an abjad and a romanisation of one name share ('mhmd', 'muhammad' ->
    'm'; 'mhdy' Mahdi 'm', 'ahmad' '^'; 'lyly' Layla '', 'lakhal' 'l'). A last 'h' not of
    'sh' or 'gh' is left out: ta marbuta, '-ah', Persian '-eh' ('fatimah', 'fatima')."""
    # 'kh' read 'k': one letter either way ('خ'), and a Latin 'kh' for 'ك' is common
    # ('mktb' Makhtab), where phonetic's 'h' would stand apart.
    sound = phonetic(token.replace("kh", "k"))
    for old, new in _ASPIRATE_FOLDS:
        sound = sound.replace(old, new)
    letters = single_letters(_NOT_ASPIRATED.sub("", sound))
    if len(letters) > 1 and letters[-1] == "h" and letters[-2] not in "sg":
        letters = letters[:-1]
    return "".join(letters[i - 1] if i else "^" for i, c in enumerate(letters) if c == "h")


_DIGRAPHS = re.compile(r"[kgscztdp]h|dz|ts")


def _consonant_count(token: str) -> int:
    """Consonant letters as written, doubled ones twice, a digraph ('sh', 'kh', Pashto
    'dz') once, less a last 'h': what an abjad writes once at most."""
    letters = _NOT_ASPIRATED.sub("", _DIGRAPHS.sub("c", token))
    return len(letters[:-1] if len(letters) > 1 and letters[-1] == "h" else letters)


def _aspirated_readings(token: str) -> set[str]:
    """`_aspirated` of `token`, and of it without a glued article. A module function,
    not one nested in `_aspirates_agree`: compiled (mypyc), a nested function and its
    environment refer to each other, a reference cycle made at every call, which only
    the cyclic collector frees (scoring processes forked at start-up run without it)."""
    if glued_article(token):
        return {_aspirated(token), _aspirated(token[1:])}
    return {_aspirated(token)}


def _aspirates_agree(a: str, b: str) -> bool:
    """An abjad token (`abjad_readings`) and another with their 'h's in the same places
    among the consonants (`_aspirated`), either also without a glued article; and, the
    other romanised, an abjad of no more consonants than it writes ('lyl' Leila is two,
    'ali' one) with its final 'y' an 'i' or 'a' there ('hsyny' Hosseini is no 'hasan')."""
    if _aspirated_readings(a).isdisjoint(_aspirated_readings(b)):
        return False
    abjad, latin = (a, b) if not has_vowel(a) else (b, a)
    if not has_vowel(latin):
        return True  # two abjad tokens
    if abjad[-1] == "y" and latin[-1] not in "aeiy":
        # A last 'y' writes 'i' (ya) or 'a' (alif maqsura, 'mwsy' Musa): 'ly' is Ali,
        # not 'Il' or 'Lao'.
        return False
    # The article off, unless the noun would open with a long vowel ('lyl' Leila).
    glued = glued_article(abjad) and (len(abjad) >= 4 or abjad[1] not in "wy")
    bare = abjad[1:] if glued else abjad
    # An abjad writes no letter twice in a row; a Latin name without its vowels may
    # ('Nssr' for 'Nasser', which the tables spell 'nasir').
    return _consonant_count(single_letters(bare)) <= _consonant_count(latin) and (
        _long_vowels_written(bare, latin)
    )


_LATIN_VOWELS = re.compile("[aeiouy]+")


def _long_vowels_written(abjad: str, latin: str) -> bool:
    """Each 'y' or 'w' inside an abjad token, a long vowel or a consonant the romanisation
    writes, has its like there: for 'y' an 'i' or 'y' or a long 'e' ('ee', 'ei'), not one
    'e' ('slymn' Sulayman, Suleiman, not Salman or Selman; 'jmyl' Jamil, not Jamal), for
    'w' an 'o', 'u' or 'w', or Persian 'v' ('jwd' Javad)."""
    inner = abjad[1:-1]
    ys, ws = inner.count("y"), inner.count("w")
    if not ys and not ws:
        return True
    groups = _LATIN_VOWELS.findall(latin)
    long_i = sum("i" in g or "y" in g or ("e" in g and len(g) > 1) for g in groups)
    long_u = sum("o" in g or "u" in g for g in groups) + latin.count("w") + latin.count("v")
    return long_i >= ys and long_u >= ws


def _abjad_consonants(token: str) -> tuple[str, ...]:
    """Consonant classes of a token, and for an abjad token that may carry a glued
    article ('lzvhry'), of the noun without it."""
    if len(token) >= 4 and glued_article(token):
        return (consonants(token), consonants(token[1:]))
    return (consonants(token),)


# A given name and its nickname (`text.NICKNAMES`): as an initial stands for a name.
NICKNAME = 0.8
# A token one edit from the other's, where nothing else relates them: a typo the rest of
# the name must confirm. Below an initial's 0.8, so alone it never makes a name.
TYPO = 0.78
# Two edits in a long token ('Coudeero' for 'Cordero', 'Kirvest' for 'Krivets'): two
# other tokens of the name must match for it to count.
TYPO2 = 0.7


def _letter_for_digit(number: str, typed: str) -> bool:
    """`typed` is the number `number`, of three digits or more, with one digit typed as
    a letter ('k33' for '633')."""
    if not number.isdigit() or len(number) != len(typed) or len(number) < 3:
        return False
    changed = [y for x, y in zip(number, typed, strict=True) if x != y]
    return len(changed) == 1 and changed[0].isalpha()


def two_edits(a: str, b: str) -> bool:
    """Two letters changed, added, dropped or swapped, in tokens of seven letters or more
    (in six, two letters make another name: 'Kamnev', 'Kanaev')."""
    return min(len(a), len(b)) >= 7 and OSA.distance(a, b, score_cutoff=2) <= 2


def one_edit(a: str, b: str) -> bool:
    """One letter changed, added, dropped or two swapped, in tokens of four letters or
    more or a letter dropped from four ('mir' for 'amir'), also against the other spellings of a
    canonical token ('isael' is one edit from 'ismael', canonical 'ismail')."""
    for x, y in ((a, b), (b, a)):
        for spelling in (y, *VARIANTS.get(y, ())):
            if (
                min(len(x), len(spelling)) >= 3
                and max(len(x), len(spelling)) >= 4
                and OSA.distance(x, spelling, score_cutoff=1) <= 1
            ):
                return True
    return one_sound_edit(a, b)


def one_sound_edit(a: str, b: str) -> bool:
    """One letter apart once spelling habits are read one way (`sound`): 'dibe' and
    'deeb' ('dibi', 'dib'), 'baset' and 'bassed', 'sajirun' and 'sahiron'. In four
    letters a letter added or dropped, not changed: 'amit' is not 'aamir' ('amir'); the
    first sound kept: 'yichen' ('ichen') is not 'chen'; and no vowel for another."""
    x, y = sound(a), sound(b)
    return (
        x != y
        and x[0] == y[0]
        and min(len(x), len(y)) >= 3
        and (min(len(x), len(y)) >= 5 or len(x) != len(y))
        and max(len(x), len(y)) >= 4
        and OSA.distance(x, y, score_cutoff=1) <= 1
        and not _vowel_for_vowel(x, y)
    )


def _vowel_for_vowel(x: str, y: str) -> bool:
    """One vowel written for another that `sound` keeps apart: 'hamas', 'khamis' ('hamis')
    are two words, though they sound alike."""
    if len(x) != len(y):
        return False
    changed = [(p, q) for p, q in zip(x, y, strict=True) if p != q]
    return len(changed) == 1 and changed[0][0] in "aeiou" and changed[0][1] in "aeiou"


# (letter, its reading, what the other token must have for the reading to bring the two
# closer, as `phonetic` writes it: 'kh' is 'h')
_READINGS = (("x", "kh", "h"), ("h", "g", "g"), ("c", "ts", "ts"), ("j", "zh", "zh"))

# Each `_READINGS` letter where another scheme may read it: not inside a digraph, whose
# letters write one sound ('chang' has no Ukrainian 'h' to read 'g': 'cgang' ~ 'kwang').
_ALONE = tuple(
    re.compile({"h": r"(?<![cskzgtpd])h", "c": r"c(?!h)"}.get(letter, letter))
    for letter, _, _ in _READINGS
)

# `_READINGS` as bits: a token's letters that another scheme reads otherwise, and the
# spellings it has that such a reading may bring the other token closer to.
_READING_BITS = tuple((letter, needed, 1 << n) for n, (letter, _, needed) in enumerate(_READINGS))


Facts = tuple[str, str, int, int, bool, int, int, int, int]
# `_facts` of tokens: bounded, a server runs for weeks; emptied when full. A dict, not an
# `lru_cache`: compiled, a native lookup, where the cache is a Python call (two per pair
# of tokens `token_similarity` has not seen).
_FACTS: Final[dict[str, Facts]] = {}
_FACTS_MAX: Final = 200_000


def _facts(token: str) -> Facts:
    """`_read_facts`, kept in `_FACTS`."""
    found = _FACTS.get(token)
    if found is None:
        if len(_FACTS) >= _FACTS_MAX:
            _FACTS.clear()
        found = _FACTS[token] = _read_facts(token)
    return found


def _read_facts(token: str) -> Facts:
    """What `token_similarity` reads of a token before comparing it with another, once per
    token rather than per pair: its `phonetic` and `sound` spellings, `_READINGS` bits
    (letters it has, spellings it has) which spare `_scheme_similarity` for most pairs,
    whether `pairs.cannot_relate` may judge it (`pairs.plain`), its
    `pairs.reading_marks`, and the `pairs.letter_mask` of the token, of its `phonetic`
    and of its `sound` spelling (edit distances they prove too large are not measured)."""
    letters = needed = 0
    for letter, spelling, bit in _READING_BITS:
        if letter in token:
            letters |= bit
        if spelling in token:
            needed |= bit
    spelt, said = phonetic(token), sound(token)
    return (
        spelt,
        said,
        letters,
        needed,
        plain(token),
        reading_marks(token),
        letter_mask(token),
        letter_mask(spelt),
        letter_mask(said),
    )


def _scheme_similarity(a: str, b: str) -> float:
    """Similarity under another scheme's reading of a letter one token has and the other
    lacks: GOST 'x' for 'kh' ('mixajlov'), Ukrainian 'h' for Russian 'g' ('oleh', 'ihor'),
    GOST and ISO 9 'c' for 'ts' ('kuznec'), French 'j' for 'zh' ('joukov')."""
    best = 0.0
    plain = -1
    for (letter, reading, needed), alone in zip(_READINGS, _ALONE, strict=True):
        if not ((letter in a and needed in b) or (letter in b and needed in a)):
            continue
        found_a, found_b = alone.findall(a), alone.findall(b)
        if len(found_a) != len(found_b):
            x, y = phonetic(alone.sub(reading, a)), phonetic(alone.sub(reading, b))
            edits = OSA.distance(x, y)
            if plain < 0:
                plain = OSA.distance(phonetic(a), phonetic(b))
            # Only a reading that explains a difference: longer words alone would
            # raise the similarity of any pair ('sajirun', 'sahiron' read 'sazhirun').
            if edits < plain:
                best = max(best, 1 - edits / max(len(x), len(y)))
    return min(best, 0.95)


# What a patronymic adds to the father's name: 'Konstantin' is no cut 'Konstantinovich'.
_PATRONYMIC_SUFFIXES: Final = frozenset(data_lines("patronymic_suffixes.txt"))


def _syllables(word: str) -> bool:
    """Whether `word` is one or two pinyin syllables ('xing', 'guoqiang')."""
    return word in PINYIN or any(
        word[:i] in PINYIN and word[i:] in PINYIN for i in range(1, len(word))
    )


def _truncates(short: str, long: str) -> bool:
    """'mohamm' cut from 'muhammad' (as spelt 'mohammad'), 'branisl' from 'branislav';
    not a father's name from his child's patronymic ('konstantin', 'konstantinovich')."""
    if long.startswith(short):
        rest = long[len(short) :]
        # A pinyin syllable before another is no cut: 'xin' of 'xinxing' (Xin Quan is not
        # Xinxing), 'wei' of 'weiguo'.
        if short in PINYIN and _syllables(rest):
            return False
        return rest not in _PATRONYMIC_SUFFIXES
    variants = VARIANTS.get(long)
    return variants is not None and any(v.startswith(short) for v in variants)


# Endings of English words of one family ('Finance', 'Financial'; `word_endings.txt`),
# and the empty ending: one word may be the stem itself.
_WORD_ENDINGS: Final = ("", *data_lines("word_endings.txt"))
_WORD_STEM = 6  # letters a stem keeps at least: 'financ', 'engine'; 'cons' makes no family


def _stems(token: str) -> set[str]:
    return {
        token[: len(token) - len(end)]
        for end in _WORD_ENDINGS
        if token.endswith(end) and len(token) - len(end) >= _WORD_STEM
    }


def word_family(a: str, b: str) -> bool:
    """Whether two words are one English word with two endings (`_WORD_ENDINGS`) on a
    stem of six letters or more: 'financial', 'finance'; 'engineers', 'engineering'.
    (`token_similarity` keeps the answer; most pairs differ in their first letters.)"""
    return a[:_WORD_STEM] == b[:_WORD_STEM] and not _stems(a).isdisjoint(_stems(b))


def one_to_one(pairs: list[tuple[float, Any, Any]]) -> list[tuple[float, Any, Any]]:
    """Greedy one-to-one matching: (score, left, right) in the order given (best first),
    each kept unless its left or its right is taken already."""
    used_left: set[Any] = set()
    used_right: set[Any] = set()
    chosen = []
    for pair in pairs:
        _, left, right = pair
        if left in used_left or right in used_right:
            continue
        used_left.add(left)
        used_right.add(right)
        chosen.append(pair)
    return chosen


def scored_pairs(
    q: NameForm, c: NameForm, initials: bool = True, spare: bool = True
) -> list[tuple[float, int, int]]:
    """(similarity, query position, candidate position) of the token pairs that score
    above 0, for `_aligned`. `initials`: whether a letter may stand for a name (persons:
    'V. Putin'; not in 'A A Trading').

    spare: leave out the pairs the matching would drop. A token on both sides, once on
    its own side, is taken by its 1.0 pair before any other (no unequal pair scores
    1.0), and `one_to_one` then drops its other pairs: those are not compared. Most
    pairs of a hit are such. The matching is the same either way (`test_names`)."""
    pairs: list[tuple[float, int, int]] = []
    q_tokens, c_tokens = q.tokens, c.tokens
    # `pairs.append` called as a method: compiled (mypyc), a list's append is a native
    # call, where a bound method kept in a local is a Python call per pair.
    if not spare or set(q_tokens).isdisjoint(c_tokens):
        # Most pairs of names: no token on both sides, so none to spare, and the loop
        # below without its membership tests (a tuple's or a set's, a call each). A
        # token's row of `_SIMILARITIES` is looked up once for all its pairs: a pair seen
        # lately costs one lookup there, no call (`token_similarity` on the others).
        for i, qt in enumerate(q_tokens):
            q_initial = len(qt) == 1
            row = _SIMILARITIES.recent.get(qt)
            for j, ct in enumerate(c_tokens):
                if qt == ct:
                    pairs.append((1.0, i, j))
                elif initials or q_initial == (len(ct) == 1):
                    found = row.get(ct) if row is not None else None
                    sim = found if found is not None else token_similarity(qt, ct)
                    if sim > 0.0:
                        pairs.append((sim, i, j))
        return pairs
    sure_q = {i for i, t in enumerate(q_tokens) if t in c_tokens and q_tokens.count(t) == 1}
    sure_c = {j for j, t in enumerate(c_tokens) if t in q_tokens and c_tokens.count(t) == 1}
    for i, qt in enumerate(q_tokens):
        if i in sure_q:  # its one pair is its equal
            for j, ct in enumerate(c_tokens):
                if qt == ct:
                    pairs.append((1.0, i, j))
            continue
        q_initial = len(qt) == 1
        for j, ct in enumerate(c_tokens):
            if qt == ct:  # equal tokens: equal lengths, whatever `initials` says
                pairs.append((1.0, i, j))
            elif j in sure_c:
                continue
            elif initials or q_initial == (len(ct) == 1):
                sim = token_similarity(qt, ct)
                if sim > 0.0:
                    pairs.append((sim, i, j))
    return pairs


def _aligned(
    q: NameForm, c: NameForm, pairs: list[tuple[float, int, int]]
) -> tuple[float, float, set[int], set[int]]:
    """Greedy best alignment of the token pairs `scored_pairs` found (sorted in place):
    (query coverage, candidate coverage, the query's and the candidate's matched token
    positions).

    Coverage is the weight of aligned tokens times their similarity over the weight of
    all tokens on that side."""
    c_tokens = c.tokens
    if not pairs:
        return 0.0, 0.0, set(), set()
    pairs.sort(reverse=True)
    chosen = one_to_one(pairs) if len(pairs) > 1 else pairs
    if any(p[0] in (TYPO, TYPO2) for p in chosen):
        confirmed = _typo_confirmed(q, c, chosen)
        korean = q.korean or c.korean
        strong = sum(p[0] >= 0.95 for p in chosen)
        # In a Korean name a letter changed makes another syllable ('Pong', 'Song'); one
        # dropped, added or swapped is still a typo ('Yog' for 'Yong'), and so is a
        # letter changed into no syllable at all ('Cnol' for 'Chol').
        chosen = [
            (sim, i, j)
            for sim, i, j in chosen
            if (
                sim != TYPO
                or (confirmed and not (korean and _other_syllable(q.tokens[i], c.tokens[j])))
            )
            and (sim != TYPO2 or (strong >= 2 and not korean))
        ]
    used_q: set[int] = set()
    used_c: set[int] = set()
    q_weights, c_weights, q_tokens = q.weights, c.weights, q.tokens
    q_got = c_got = 0.0
    for sim, i, j in chosen:
        used_q.add(i)
        used_c.add(j)
        q_weight, c_weight = q_weights[i], c_weights[j]
        if len(q_tokens[i]) > 1 and len(c_tokens[j]) > 1:
            q_got += sim * q_weight
            c_got += sim * c_weight
            continue
        # An initial's weight is that of the name it abbreviates on the other side.
        weight = min(q_weight, c_weight) if sim >= 0.8 else q_weight
        q_got += sim * (q_weight if len(q_tokens[i]) > 1 else weight)
        c_got += sim * (c_weight if len(c_tokens[j]) > 1 else weight)
    return q_got / q.total_weight, c_got / c.total_weight, used_q, used_c


def _other_syllable(a: str, b: str) -> bool:
    """A letter changed that makes another Korean word of `b`, not a misspelt one: of `a`
    as written or as the Korean table spells it ('jong', 'chong', for 'chang'), where no
    letter dropped, added or swapped relates the two."""
    if _KOREAN_WORD(a) is None or _KOREAN_WORD(b) is None:
        return False
    if len(a) == len(b):
        return sorted(a) != sorted(b)
    return not any(
        abs(len(x) - len(y)) == 1 and OSA.distance(x, y, score_cutoff=1) <= 1
        for x in (a, *VARIANTS.get(a, ()))
        for y in (b, *VARIANTS.get(b, ()))
    )


def _typo_confirmed(q: NameForm, c: NameForm, chosen: list[tuple[float, int, int]]) -> bool:
    """Whether one-edit tokens may count: another token matched well ('Mortazavi mir'
    for 'Mortazavi Amir'), two others matched as spellings of one name ('Adel Anouar
    EL-OULABI', 'Adil Anwar AL-OLABI'), or both names are one long word ('Satek',
    'Patek')."""
    if chosen[0][0] >= 0.95:
        return True
    if len(chosen) >= 3 and chosen[1][0] >= 0.9:
        return True
    return len(q.tokens) == len(c.tokens) == 1 and min(len(q.joined), len(c.joined)) >= 4


# Read once: compiled (mypyc), a Final is a static, where the dict's keys view costs a
# lookup of the module's globals and a method call for every pair of names.
_WADE_GILES_SYLLABLES: Final = frozenset(WADE_GILES_JOINING)


def _merged(form: NameForm, other: NameForm, acronyms: bool = False) -> NameForm:
    """`form` with adjacent tokens joined where `other` writes them as one word ('kyong
    hyok' for 'kyonghyok', 'abdul rahman' for 'abdulrahman'), or, for `acronyms`
    (companies), by their first letters; `form` itself if none."""
    if len(form.tokens) < 2:
        return form
    if any(t in _WADE_GILES_SYLLABLES for t in form.tokens):  # a Wade-Giles syllable
        form = _wade_giles_joined(form, other)
    # Both names' keys were computed with their forms (`text.word_keys`, `joined_keys`).
    # No abbreviation in `other` (most names): `_acronyms` would join nothing.
    acronyms = acronyms and bool(_abbreviations(other.tokens))
    if not acronyms and not may_merge(form.joined_keys, other.word_keys):
        return form  # most pairs of names: no two adjacent words make one of the other's
    tokens = list(form.tokens)
    changed = acronyms and _acronyms(tokens, other)
    if acronyms and (
        len(tokens) < 2
        or not may_merge(
            joined_keys(tuple(tokens)) if changed else form.joined_keys, other.word_keys
        )
    ):
        # ... nor, for companies, once runs of words are read as their first letters
        return _reweighed(form, tokens) if changed else form
    wanted = {given_key(t): t for t in other.tokens if len(t) >= 4 and t not in tokens}
    if not wanted:
        return _reweighed(form, tokens) if changed else form
    for t in list(wanted.values()):
        for key in _compound_keys(t):
            wanted.setdefault(key, t)
    # A reading of a name in Han spells its syllables as they are: two of them are the
    # other's word written so, not one a key finds alike ('gui ying' 桂英 is no 'Cuiying').
    exact = read_from_han(form) or read_from_han(other)
    # An abjad compound ('hmd llh' for 'Hamdullah') by its consonants; and the other way,
    # two romanised words one abjad word of four letters ('Abbas Ali' for 'bsly' عباسعلی).
    by_consonants = {consonants(t): t for t in wanted.values() if len(t) >= 5 or not has_vowel(t)}
    i = 0
    while i < len(tokens) - 1:
        # Compared as romanisations of one given name: 'man gon' is 'mangon' and 'mankon'.
        pair = tokens[i] + tokens[i + 1]
        spelt = wanted.get(given_key(pair))
        if exact:
            spelt = pair if spelt == pair else None
        elif spelt is None:
            abjad = by_consonants.get(consonants(pair))
            second = tokens[i + 1]
            if abjad is None and glued_article(second):
                # The article of the second word assimilated in the Latin form: 'nwr
                # ldyn' (نور الدين) is 'Nureddin', 'shms ldyn' 'Shamsuddin'.
                abjad = by_consonants.get(consonants(tokens[i] + second[1:]))
            # Both words must bring consonants: 'yhyy' (يحيى Yahya) writes only long
            # vowels to these classes, and glued to 'bd' would pass for 'Ubaidi'.
            whole = consonants(tokens[i]) and consonants(second)
            # ... and one of the three be an abjad word ('noor' is the table's reading).
            vowels = has_vowel(tokens[i]) and has_vowel(second)
            if abjad and whole and not (vowels and has_vowel(abjad)):
                spelt = abjad
        if spelt is not None:
            tokens[i : i + 2] = [spelt]  # as the other name spells it
            changed = True
        i += 1
    return _reweighed(form, tokens) if changed else form


def _compound_keys(token: str) -> list[str]:
    """The keys of a Persian or Arabic compound given name written as one word, split
    after a first name the Arabic table spells ('mohammadali', 'mohammadhossein'), both
    halves as the table spells them apart: the tokens of 'Mohammad Ali' and 'Mohammad
    Hossein' are 'muhammad ali', 'muhammad husayn', which the word as written is not.
    A name of four letters or more first: 'Benali' is a surname, no 'bin Ali'."""
    keys = []
    for cut in range(4, len(token) - 2):
        first = ARABIC.get(token[:cut])
        if first is not None:
            rest = token[cut:]
            keys.append(given_key(first + ARABIC.get(rest, rest)))
    return keys


def read_from_han(form: NameForm) -> bool:
    """Whether `form` is a reading of a name in Han (pinyin, Wade-Giles, Cantonese), whose
    original is the Han."""
    return not form.original.isascii() and has_han(form.original)


def _wade_giles_joined(form: NameForm, other: NameForm) -> NameForm:
    """`form` with two adjacent Chinese syllables, one of them in Wade-Giles, joined where
    `other` writes them as one word in pinyin ('chih hsiung' for 'zhixiong', 'lu chi' for
    'luqi', as Wade-Giles hyphenates a given name that pinyin writes as one)."""
    wanted = {t for t in other.tokens if len(t) >= 4}  # two syllables
    if not wanted:
        return form
    tokens = list(form.tokens)
    changed = False
    i = 0
    while i < len(tokens) - 1:
        a, b = tokens[i], tokens[i + 1]
        if a in WADE_GILES_JOINING or b in WADE_GILES_JOINING:
            joined = {
                x + y
                for x in WADE_GILES_JOINING.get(a, (a,))
                for y in WADE_GILES_JOINING.get(b, (b,))
            }
            spelt = joined & wanted
            if spelt:
                tokens[i : i + 2] = [min(spelt)]  # as the other name spells it
                changed = True
        i += 1
    return _reweighed(form, tokens) if changed else form


def may_merge(joined: tuple[str, ...], words: tuple[str, ...]) -> bool:
    """Whether some adjacent pair of one name (its `joined_keys`) may be a word of the
    other (its `word_keys`): a key in common, which any merge needs. A few keys a side:
    looked for one by one, without a set built for each pair of names; by `==` in a
    loop, not `key in words`: compiled (mypyc), a native string comparison, where a
    tuple's `in` compares through Python's rich comparison (about 850 instructions a
    test, 2.6 % of a distinct query's under callgrind)."""
    for key in joined:
        for word in words:
            if key == word:
                return True
    return False


def _acronyms(tokens: list[str], other: NameForm) -> bool:
    """Runs of words written by their first letters in `other` ('yu long hai' for 'YLH',
    'hong kong' for 'HK', as Chinese companies' Latin names abbreviate their pinyin;
    'islamic revolutionary guard corps' for 'IRGC', 'drug trafficking organization' for
    'DTO') joined in `tokens` into that abbreviation; whether any was. Little words inside
    a run may be left out ('popular front for the liberation of palestine', 'PFLP'). For
    those two, not a run whose first word `other` writes out too: 'Institute of Applied
    Physics IAP' has both."""
    changed = False
    own = own_acronym(list(other.tokens))
    for acronym in _abbreviations(other.tokens):
        # A run needs a word a letter, and most names are too short for most of them.
        if len(acronym) > len(tokens) or acronym in tokens:
            continue
        if own is not None and other.tokens[own] == acronym:
            continue  # `other` writes out the words its initials stand for: compared so
        for i in range(len(tokens) - len(acronym) + 1):
            if not tokens[i].startswith(acronym[0]):
                continue
            end = _initials_run(tokens, i, acronym)
            contiguous = end == i + len(acronym) and _NO_VOWEL(acronym) is not None
            if end and len(acronym) == 2 and _NO_VOWEL(acronym) is None:
                # Two letters with a vowel only where they make the names one ('amin
                # investment bank', 'AMIN IB'): else as often a word's start ('IT' of
                # 'ITSEC', no 'ITSEC Team' read 'it')
                end = (
                    end
                    if sorted([*tokens[:i], acronym, *tokens[end:]]) == sorted(other.tokens)
                    else 0
                )
            if end and (contiguous or tokens[i] not in other.tokens):
                tokens[i:end] = [acronym]
                changed = True
                break
    return changed


def _initials_run(tokens: list[str], at: int, acronym: str, letter: int = 0) -> int:
    """Where the run of `tokens` from `at` whose first letters spell `acronym` from its
    `letter` on ends, or 0 if there is none. A little word inside the run gives its letter
    if it can, else is skipped ('islamic state in iraq and the levant', 'ISIL')."""
    if letter == len(acronym):
        return at
    if at == len(tokens):
        return 0
    token = tokens[at]
    if len(token) >= 2 and token[0] == acronym[letter]:
        end = _initials_run(tokens, at + 1, acronym, letter + 1)
        if end:
            return end
    if letter > 0 and token in _ACRONYM_SKIPS:
        return _initials_run(tokens, at + 1, acronym, letter)
    return 0


def _syllables_joined(form: NameForm, other: NameForm) -> NameForm:
    """`form` with a run of words joined into a word of `other` made of their starts
    (`_syllables_run`: 'additive solutions' for 'ADDSOL', 'satellite communications' for
    'SATCOM', 'agropecuaria el nilo' for 'AGRONILO'), as companies abbreviate their names
    by syllables; `form` itself if none. Scored as `_acronyms`' runs are: the word."""
    if len(form.tokens) < 2:
        return form
    for word in other.tokens:
        if _syllable_word(word, form):
            break
    else:
        return form  # most pairs of names
    tokens = list(form.tokens)
    weights = list(form.weights)
    changed = False
    for word, weight in zip(other.tokens, other.weights, strict=True):
        if not _syllable_word(word, form) or word in tokens:  # (or joined already)
            continue
        for i, token in enumerate(tokens):
            if token[:2] != word[:2]:  # most tokens: no run starts here
                continue
            end = _syllables_run(tokens, i, word)
            if end:
                # The word weighs as the other name weighs it; the rest as they were.
                tokens[i:end], weights[i:end] = [word], [weight]
                changed = True
                break
    if not changed:
        return form
    return _with_tokens(form, tuple(tokens), tuple(weights), None)


def _syllable_word(word: str, form: NameForm) -> bool:
    """Whether `word` may be `form`'s words abbreviated by syllables: five letters or
    more, its first two written in `form`, and none of `form`'s words itself."""
    return len(word) >= 5 and word[:2] in form.joined and word not in form.tokens and word.isalpha()


def _syllables_run(tokens: list[str], at: int, word: str, parts: int = 0) -> int:
    """Where the run of `tokens` from `at` whose starts (three letters or more, or a
    whole word of two: 'IT') spell `word` ends, two words or more; 0 if there is none.
    Not two letters cut from a word: 'registrar company' is no 'Recom'."""
    if not word:
        return at if parts >= 2 else 0
    if at == len(tokens):
        return 0
    token = tokens[at]
    shortest = 2 if len(token) == 2 else 3
    for cut in range(min(len(token), len(word)), shortest - 1, -1):
        if word.startswith(token[:cut]):
            end = _syllables_run(tokens, at + 1, word[cut:], parts + 1)
            if end:
                return end
    if parts and token in _ACRONYM_SKIPS:
        return _syllables_run(tokens, at + 1, word, parts)
    return 0


@lru_cache(maxsize=100_000)  # names: bounded, a server runs for weeks
def _abbreviations(tokens: tuple[str, ...]) -> tuple[str, ...]:
    """What `_acronyms` may read runs of words as, once per name rather than per pair:
    its words of two to four letters without a vowel, and in a name of two words or more
    (the rest of the name must match too) those of three to five letters with one that
    are no generic word ('irgc', 'dto', 'arp'); distinct, sorted. A whole name that is
    one word with a vowel is `acronym`'s: 'Acme Technologies Corporation' is no 'ATC'."""
    found = {t for t in tokens if 2 <= len(t) <= 4 and _NO_VOWEL(t)}
    if len(tokens) >= 2:
        found.update(t for t in tokens if 3 <= len(t) <= 5 and t.isalpha() and not is_generic(t))
        # ... and two letters with a vowel beside a word of its own ('AMIN IB', Amin
        # Investment Bank; 'MARKET FA', Market Fund Administration), no little word
        found.update(
            t
            for t in tokens
            if len(t) == 2 and t.isalpha() and t not in _ACRONYM_SKIPS and not is_generic(t)
        )
    return tuple(sorted(found))


# Legal forms of three or four letters, as the shared table writes them ('inc', 'pjsc').
_FORMS = tuple(sorted(t for t in ORG_TYPES if 3 <= len(t) <= 4))


@lru_cache(maxsize=10_000)
def _debris(token: str) -> bool:
    """One or two letters, or three one letter from a short legal form ('ioc' inc),
    not a number: what a mistyped legal form leaves ('s..a', 'c.vv.')."""
    if token.isdigit():
        return False
    if len(token) <= 2:
        return True
    return len(token) == 3 and any(OSA.distance(token, f, score_cutoff=1) <= 1 for f in _FORMS)


def _without_debris(form: NameForm, other: NameForm) -> NameForm:
    """An organisation's name whose last words are short letters left of a mistyped
    legal form ('Cacho S..A de C.V.', 'Le Claude S.A. de C.VV.', 'IAC International
    Ioc.'), those words weighed as generic words, where `other` has a legal form: they
    are what the legal-form reading missed, not words that tell two parties apart."""
    if other.org_type is None:
        return form
    tokens = form.tokens
    end = len(tokens)
    while end > 1 and _debris(tokens[end - 1]):
        end -= 1
    if end == len(tokens) or max(len(t) for t in tokens[:end]) < 4:
        return form
    weights = form.weights[:end] + tuple(0.2 * len(t) for t in tokens[end:])
    return _with_tokens(form, tokens, weights, form.given)


def _reweighed(form: NameForm, tokens: list[str]) -> NameForm:
    merged = tuple(tokens)
    return _with_tokens(form, merged, tuple(token_weight(t) for t in tokens), None)


def _with_tokens(
    form: NameForm, tokens: tuple[str, ...], weights: tuple[float, ...], given: int | None
) -> NameForm:
    """`form` with these tokens, weights and given name, and what follows from them.
    Made here, not by `dataclasses.replace`: compiled (mypyc), that is interpreted code
    reading every field, for pairs of names the scorer merges or reweighs."""
    if tokens is form.tokens:
        skeletons, key = form.skeletons, form.key
        keys, joined = form.word_keys, form.joined_keys
    else:
        skeletons, key = tuple(skeleton(t) for t in tokens), tuple(sorted(tokens))
        keys, joined = word_keys(tokens), joined_keys(tokens)
    return NameForm(
        original=form.original,
        tokens=tokens,
        skeletons=skeletons,
        weights=weights,
        joined=form.joined,
        org_type=form.org_type,
        key=key,
        total_weight=sum(weights),
        given=given,
        korean=form.korean,
        hooks=form.hooks,
        word_keys=keys,
        joined_keys=joined,
    )


def _lone(
    q_weights: tuple[float, ...],
    used_q: set[int],
    c_weights: tuple[float, ...],
    used_c: set[int],
    kind: str,
) -> int:
    """The shorter name's tokens not in `used_q` or `used_c` (unaligned), but generic words
    and titles (weight below 2); of two names of one length, the more of either's. Only
    the side that counts is counted. A person's length counts no title the other name
    lacks: 'Haji Abdul Basir' is the shorter of it and 'Abdul Basir Noorzai', whose
    surname it lacks ('Sayid' aligned with a name is one: 'Hafiz Mohammad Sayid')."""
    if kind == PERSON:
        q_len = _counted(q_weights, used_q)
        c_len = _counted(c_weights, used_c)
    else:
        q_len, c_len = len(q_weights), len(c_weights)
    if q_len <= c_len:
        lone_q = _unused(q_weights, used_q)
        if q_len < c_len:
            return lone_q
    lone_c = _unused(c_weights, used_c)
    return lone_c if q_len > c_len else max(lone_q, lone_c)


# `_lone`'s counts as loops, not lists built to be measured: compiled (mypyc), native
# counters, where each list is allocated and filled (`bound` and `finish_compare` count
# for every pair of names they see).
def _counted(weights: tuple[float, ...], used: set[int]) -> int:
    """Tokens of weight 2 or more, or in `used`."""
    count = 0
    for i, weight in enumerate(weights):
        if weight >= 2 or i in used:
            count += 1
    return count


def _unused(weights: tuple[float, ...], used: set[int]) -> int:
    """Tokens of weight 2 or more not in `used`."""
    count = 0
    for i, weight in enumerate(weights):
        if weight >= 2 and i not in used:
            count += 1
    return count


def _lone_at_least(
    q_weights: tuple[float, ...],
    paired_q: set[int],
    c_weights: tuple[float, ...],
    paired_c: set[int],
    kind: str,
) -> int:
    """No more than `_lone` of any alignment within the pairs `paired_q`, `paired_c` (for
    `bound`): `_lone` of those, but for a person with a title, whose length depends on
    what the alignment keeps; then the fewer of either side's."""
    titled = min(q_weights, default=2.0) < 2 or min(c_weights, default=2.0) < 2
    if kind != PERSON or not titled:
        return _lone(q_weights, paired_q, c_weights, paired_c, kind)
    return min(_unused(q_weights, paired_q), _unused(c_weights, paired_c))


# Arabic name words as the tables spell them ('ahmad', 'abdallah'): what marks a chain of
# names as an Arabic one.
_ARABIC_NAMES: Final = frozenset(ARABIC.values())
# 'Abd' begins a name of two ('Abd al-Rahman'): a link of a chain with the word after it.
_SERVANT_OF: Final = "abd"
# 'Son of', 'daughter of' between the links ('Mehdi ben Mohamed ben Mohamed'), and 'Abu',
# 'father of' (a kunya, 'Abu al-Yazid', is no father's name): no chain of a man's forebears.
_NO_CHAIN: Final = frozenset(data_lines("no_chain.txt"))
# The article of a nisba or a tribe's name ('Al-Tikriti', 'al-Majid', 'El Ahmar').
_ARTICLE = re.compile(r"\b[ae]l(?:-|\s)", re.IGNORECASE)


def _links(tokens: tuple[str, ...]) -> list[tuple[str, ...]]:
    """A name's words as the names of a chain: 'Abd al-Rahman' one ('abd', 'rahman' ->
    ('abd', 'rahman'))."""
    out: list[tuple[str, ...]] = []
    i = 0
    while i < len(tokens):
        if tokens[i] == _SERVANT_OF and i + 1 < len(tokens):
            out.append((tokens[i], tokens[i + 1]))
            i += 2
        else:
            out.append((tokens[i],))
            i += 1
    return out


def _nasab_shared(q: NameForm, c: NameForm) -> bool:
    """Two Arabic names of four names or more whose first three are one another's, in
    order: a man, his father and grandfather ('Ahmed Ali Abdullah', 'Abd al-Rahman
    Muhammad Mustafa': 'Abd al-Rahman' one name), and after it, in one of the two at
    least, a name with the article, of a tribe, clan or place ('Al-Ahmar', 'Al-Tikriti',
    'Al-Qaduli'), which the lists give one man several of, beside his family name or in
    its place: the words after the chain cost through the coverage alone, not as words of
    the shorter name contradicting. ('Mehdi ben Mohamed ben Mohamed Kaddour' and '...
    Kammoun' are two families.)"""
    if len(q.tokens) < 4 or len(c.tokens) < 4:
        return False
    a, b = _links(q.tokens), _links(c.tokens)
    if len(a) < 4 or len(b) < 4:
        return False
    if sum(len(x) == 2 or x[0] in _ARABIC_NAMES for x in a[:3]) < 2:
        return False
    if any(x[0] in _NO_CHAIN for x in (*a[:3], *b[:3])):
        return False
    for x, y in zip(a[:3], b[:3], strict=True):
        if len(x) != len(y):
            return False
        if token_similarity(x[-1], y[-1]) < 0.9:
            return False
    return _ARTICLE.search(q.original) is not None or _ARTICLE.search(c.original) is not None


def _real(weights: tuple[float, ...]) -> int:
    return len([w for w in weights if w >= 2])


# Little words an organisation's initials may leave out ('Movement for Islamic Reform in
# Arabia', MIRA).
_ACRONYM_SKIPS: Final = frozenset(data_lines("acronym_skips.txt"))
# An organisation's name written as its initials: 'IRGC', 'LAPA S.A.S.' (Linea Aerea Pueblos
# Amazonicos). Three letters are as often another party's initials ('Acme Technologies
# Corporation' is no 'ATC'): related, never a match alone.
ACRONYM = 0.85
ACRONYM_SHORT = 0.6


def may_abbreviate(a: NameForm, b: NameForm) -> bool:
    """Whether one of two names is one word that may be the other's initials (three to
    seven letters against as many words or more): the cheap test before `acronym`."""
    if len(a.tokens) == 1:
        word, other = a.tokens[0], b.tokens
    elif len(b.tokens) == 1:
        word, other = b.tokens[0], a.tokens
    else:
        return False
    return 3 <= len(word) <= 7 and len(other) >= len(word)


def acronym(a: NameForm, b: NameForm) -> float:
    """`ACRONYM` (`ACRONYM_SHORT` for three letters) when one name is a single word
    made of the first letters of the other's words, all of them or all but the little
    ones ('SSRC', 'Scientific Studies and Research Center'); else 0. Organisations: the
    lists give hundreds of them their initials as an alias."""
    if not may_abbreviate(a, b):
        return 0.0
    (word,), words = (a.tokens, b.tokens) if len(a.tokens) == 1 else (b.tokens, a.tokens)
    if not word.isalpha():
        return 0.0
    initials = "".join(t[0] for t in words)
    if word != initials:
        initials = "".join(t[0] for t in words if t not in _ACRONYM_SKIPS)
        if word != initials or len(initials) < 3:
            return 0.0
    return ACRONYM if len(word) > 3 else ACRONYM_SHORT


def compare_names(
    q: NameForm, c: NameForm, kind: str, hooked: bool | None = None
) -> tuple[str, float]:
    """(feature name, score in [0, 1]) for one pair of names of parties of `kind`.
    `hooked`: whether the two share a hook, when the caller knows (`start_compare`)."""
    started = start_compare(q, c, kind, hooked)
    return finish_compare(started) if isinstance(started, Pending) else started


class Pending:
    """A pair of names compared up to their tokens' similarities (`start_compare`): the
    forms as `compare_names` aligns them, and the token pairs that score above 0.

    A plain class, not a NamedTuple: compiled (mypyc), it is a native one, made and read
    without Python calls, where a NamedTuple is made by its Python `__new__` (one for
    nearly every pair of names compared)."""

    def __init__(
        self, q: NameForm, c: NameForm, kind: str, pairs: list[tuple[float, int, int]]
    ) -> None:
        self.q = q
        self.c = c
        self.kind = kind
        self.pairs = pairs
        # `bound`, once found (-1 before): a pair kept in the memo unfinished is bounded
        # again for each candidate that carries the same name (one person on several lists).
        self.top = -1.0


def start_compare(
    q: NameForm, c: NameForm, kind: str, hooked: bool | None = None
) -> tuple[str, float] | Pending:
    """`compare_names` up to the token alignment: its result when found before (the
    same name, initials, nothing in common), else what `finish_compare` completes and
    `bound` bounds. `hooked`: whether the two share a hook, when the caller knows."""
    if q.key == c.key and not korean_swap(q, c):
        return "name_match", 1.0
    if kind == ORG and (initials := acronym(q, c)):
        return "name_acronym", initials
    if hooked is None:
        hooked = not set(q.hooks).isdisjoint(c.hooks)
    if not hooked:
        return "name_token_overlap", 0.0
    q, c = _merged(q, c, kind == ORG), _merged(c, q, kind == ORG)
    if q.key == c.key and not korean_swap(q, c):
        return "name_match", 1.0
    if kind == ORG:
        q, c = _without_debris(q, c), _without_debris(c, q)
        q, c = _syllables_joined(q, c), _syllables_joined(c, q)
    pairs = scored_pairs(q, c, initials=kind not in (ORG, OBJECT))
    if kind == ORG:
        pairs = [p for p in pairs if not _syllable_cut(q.tokens[p[1]], c.tokens[p[2]])]
    # A word after 'Abd' still meets that word alone: the lists write one man both ways
    # ('SIAL, Abdul Samad' / 'Samad SIAL'), though two listed men differ so too.
    return Pending(q, c, kind, pairs)


def _syllable_cut(a: str, b: str) -> bool:
    """Three letters, the start of the other's five ('Som', 'Somas'): in an
    organisation's name another word, not a word abbreviated ('Air' Airlines, 'Int'
    International) nor one letter added ('VTBD', a typo)."""
    if len(a) + len(b) != 8:  # most pairs
        return False
    short, long = sorted((a, b), key=len)
    return len(short) == 3 and long.startswith(short)


# Above the rounding of a few sums of products of numbers below 100, far below the 1e-4
# the scorer rounds to: the bound stays above the score whatever order sums run in.
_BOUND_SLACK = 1e-9


def bound(pending: Pending) -> float:
    """An upper bound on what `finish_compare` gives `pending`, without aligning
    (`_bound`), kept in `pending`."""
    if pending.top < 0.0:
        pending.top = _bound(pending)
    return pending.top


def _bound(pending: Pending) -> float:
    """`bound`, found afresh.

    Each token's best pair counts as if the one-to-one matching kept it (it keeps at
    most that, and drops unconfirmed typos), which bounds each side's coverage; the
    overlap mixes the two coverages, rising with each, so it is at most the mix of their
    bounds. Of its costs, only those the pairs already prove are kept: a token of the
    shorter name in no pair contradicts; at most one token in pairs on a side matches
    at most one. The joined similarity counts where it may be returned."""
    q, c, pairs, kind = pending.q, pending.c, pending.pairs, pending.kind
    best = 0.0
    if pairs:
        q_best = [0.0] * len(q.tokens)
        c_best = [0.0] * len(c.tokens)
        q_weights, c_weights, q_tokens, c_tokens = q.weights, c.weights, q.tokens, c.tokens
        paired_q: set[int] = set()
        paired_c: set[int] = set()
        for sim, i, j in pairs:
            paired_q.add(i)
            paired_c.add(j)
            # What `_aligned` adds for the pair, on either side.
            q_weight, c_weight = q_weights[i], c_weights[j]
            if len(q_tokens[i]) > 1 and len(c_tokens[j]) > 1:
                q_got, c_got = sim * q_weight, sim * c_weight
            else:
                weight = min(q_weight, c_weight) if sim >= 0.8 else q_weight
                q_got = sim * (q_weight if len(q_tokens[i]) > 1 else weight)
                c_got = sim * (c_weight if len(c_tokens[j]) > 1 else weight)
            if q_got > q_best[i]:
                q_best[i] = q_got
            if c_got > c_best[j]:
                c_best[j] = c_got
        q_cov, c_cov = _total(q_best) / q.total_weight, _total(c_best) / c.total_weight
        if _numbers_differ(q_tokens, c_tokens):
            return min(q_cov, c_cov, 0.5) + _BOUND_SLACK  # returned as it is there
        low, high = min(q_cov, c_cov), max(q_cov, c_cov)
        mix = 0.4 if kind == ORG else 0.3
        # Either of `finish_compare`'s mixes (which one depends on the real coverages).
        overlap = max(mix * low + (1 - mix) * high, q_cov * 0.8 + c_cov * 0.2)
        # `_lone` of the aligned tokens counts at least those of weight 2 or more in no pair.
        if kind != PERSON or not _nasab_shared(q, c):
            overlap -= 0.15 * _lone_at_least(q_weights, paired_q, c_weights, paired_c, kind)
        thin = min(len(paired_q), len(paired_c)) <= 1
        if thin and (_real(q_weights) > 1 or _real(c_weights) > 1):
            # The larger of the factors there; a surname alone's only for a whole query.
            if kind != PERSON:
                if not _brand_alone(q, c):
                    overlap *= 0.95
                elif _one_word(q):
                    overlap = max(overlap, _BRAND_ALONE)
            else:
                overlap *= _SURNAME_ALONE if q_cov >= 0.95 else 0.85
        best = max(overlap, 0.0)
    if len(q.tokens) != len(c.tokens):
        joined = Levenshtein.normalized_similarity(q.joined, c.joined)
        if joined >= _JOINED_MIN:
            best = max(best, joined)
    return best + _BOUND_SLACK


def _total(values: list[float]) -> float:
    """`sum(values)`, added in the same order: compiled (mypyc), a native loop, where the
    builtin is looked up and called through Python (`bound` sums two lists a pair)."""
    total = 0.0
    for value in values:
        total += value
    return total


def korean_swap(q: NameForm, c: NameForm) -> bool:
    """Two Korean names of three words, the same words (one key), with the given name's
    syllables in the other order ('Kim Il Song', 'Kim Song Il'): another given name. The
    surname may stand first or last ('Il Song Kim'), which turns the words round as a
    ring; a swap inside the given name does not."""
    if not (q.korean and c.korean) or len(q.tokens) != 3 or q.tokens == c.tokens:
        return False
    a, b = q.tokens, c.tokens
    return b not in ((a[1], a[2], a[0]), (a[2], a[0], a[1])) and len(set(a)) == 3


def _in_korean_order(pairs: list[tuple[float, int, int]]) -> list[tuple[float, int, int]]:
    """`pairs` less the weaker of two that match a Korean given name's two syllables in
    the other order ('Yon Chun', 'Chun Yong'): a given name keeps its syllables' order
    wherever the surname stands ('Jong Un Kim'), and read backwards is another name. For
    names of three words or more: of two, one is the surname ('Ming Chung', 'Chung Ming').
    (Names of the very same syllables share a key, matched before this in any order.)"""
    chosen = one_to_one(sorted(pairs, reverse=True))
    to = {i: (sim, j) for sim, i, j in chosen}
    for sim, i, j in chosen:
        after = to.get(i + 1)
        if after is not None and after[1] == j - 1:
            weaker = min((sim, i, j), (after[0], i + 1, j - 1))
            return [p for p in pairs if p != weaker]
    return pairs


def _numbers_differ(q_tokens: tuple[str, ...], c_tokens: tuple[str, ...]) -> bool:
    """Both names have numbers, not the same ones ('Ocean Star 2' is not '3')."""
    # Generators, not `map(str.isdigit, ...)`: compiled (mypyc), `any` over a generator
    # is a loop, where the method called through `map` is a Python call per token.
    # An ordinal word is its number ('First Armored Division' is not the '2nd').
    if not (
        any(t.isdigit() or t in ORDINALS for t in q_tokens)
        and any(t.isdigit() or t in ORDINALS for t in c_tokens)
    ):
        return False  # most names: no number
    return {ORDINALS.get(t, t) for t in q_tokens if t.isdigit() or t in ORDINALS} != {
        ORDINALS.get(t, t) for t in c_tokens if t.isdigit() or t in ORDINALS
    }


def _patronymic_left(q: NameForm, used_q: set[int], c: NameForm, used_c: set[int]) -> bool:
    """Every word of the candidate's name matched, and of the query's all but its
    patronymic: a name with the patronymic the other leaves out ('Andrey Nikolaevich
    Rodkin', 'Andrey Rodkin'), which costs as a missing middle name does, not as a word
    of the query nowhere in the candidate."""
    if len(used_c) != len(c.tokens) or len(used_q) != len(q.tokens) - 1:
        return False
    left = next(t for i, t in enumerate(q.tokens) if i not in used_q)
    # (Not any middle word: 'Yusuf Ibrahim al-Hashimi' is too often not 'Yusuf Hashim'.)
    return patronymic_key(left) is not None  # a Russian, Ukrainian or Belarusian one


# A Korean reading of a name in Hanja against a Korean name of more or fewer syllables.
_HAN_KOREAN_OTHER = 0.5
# What one shared token keeps of the overlap when it is all the query has and the
# candidate's surname (`finish_compare`).
_SURNAME_ALONE = 0.9
# What an organisation's own name alone, written as one word, keeps at least
# (`_brand_alone`, `_one_word`): 'TAWU' of 'TAWU Mechanical Engineering and Trading
# Company' kept only the share of the longer name's words it covers (0.67), below a
# person's surname alone (0.73).
_BRAND_ALONE = 0.75


def _one_word(form: NameForm) -> bool:
    """The name was written as one word ('JONHON'): not one left of several, a legal
    form rigour does not know ('CYTROX AD', another company than 'CYTROX HOLDINGS
    ZRT'), nor words joined as another name's syllables ('Instrumentation Factories
    Plant' read 'ifp')."""
    return len(form.original.split()) == 1


def _surname_alone(c: NameForm, used_c: set[int]) -> bool:
    """The one token matched of the candidate's is not its given name: where the way the
    name is written shows none (`NameForm.given`), not its first word."""
    return len(used_c) == 1 and next(iter(used_c)) != (0 if c.given is None else c.given)


def _brand_alone(q: NameForm, c: NameForm) -> bool:
    """The query's name is one word, no legal form, found as written in the other's
    name: an organisation's own name, which the lists give alone for an alias
    ('Sputnik', 'Sputnik Information Agency and Radio'; 'SEPANIR'). Not with a legal
    form ('MILUR SA', another company than 'MILUR ELECTRONICS LLC'), nor a country's
    name, which names no one organisation ('Burma Ar', read 'myanmar')."""
    return (
        len(q.tokens) == 1
        and q.org_type is None
        and q.tokens[0] in c.tokens
        and q.tokens[0] not in PLACES
    )


# What an organisation's name keeps against the same name numbered ('Kismet Telecom
# Infrastructure 2', 'Cybersteel Project 2'): another company of one group, or another
# unit, held below the threshold as related.
_NUMBER_ALONE = 0.65


def _number_alone(q_tokens: tuple[str, ...], c_tokens: tuple[str, ...]) -> bool:
    """One name has a number and the other none."""
    return any(t.isdigit() for t in q_tokens) != any(t.isdigit() for t in c_tokens)


def finish_compare(pending: Pending) -> tuple[str, float]:
    """`compare_names` of a pair `start_compare` left pending."""
    feature, value = _finish_compare(pending)
    if (
        value > _NUMBER_ALONE
        and pending.kind == ORG
        and _number_alone(pending.q.tokens, pending.c.tokens)
    ):
        return feature, _NUMBER_ALONE
    return feature, value


def _finish_compare(pending: Pending) -> tuple[str, float]:
    q, c, kind = pending.q, pending.c, pending.kind
    pairs = pending.pairs
    korean = q.korean and c.korean and kind not in (ORG, OBJECT)
    if korean and min(len(q.tokens), len(c.tokens)) >= 3:
        pairs = _in_korean_order(pairs)
    if (
        kind == PERSON
        and not (q.original.isascii() and c.original.isascii())  # most pairs: no Han
        and (read_from_han(q) or read_from_han(c))
    ):
        # A reading of a person's name in Han is exact: a syllable the other spells with
        # a letter changed or cut short is another character ('建华' Jianhua is no
        # 'Jian', '吕' Lv no 'Liu'); other spellings of one syllable score 0.85 or more
        # ('lv' 'lyu'; Wade-Giles 'hsu' 'xu'), and each reading is a form of its own.
        pairs = [p for p in pairs if p[0] >= 0.85]
    q_cov, c_cov, used_q, used_c = _aligned(q, c, pairs)
    matched = len(used_q)
    if _numbers_differ(q.tokens, c.tokens):
        return "name_token_overlap", min(q_cov, c_cov, 0.5)  # 'Ocean Star 2' is not '3'
    # A missing middle name costs little; a query token nowhere in the candidate costs much.
    # Organisations' extra words distinguish parties more than persons' middle names do.
    low, high = min(q_cov, c_cov), max(q_cov, c_cov)
    mix = 0.4 if kind == ORG else 0.3
    if q_cov >= c_cov or (kind == PERSON and _patronymic_left(q, used_q, c, used_c)):
        overlap = mix * low + (1 - mix) * high
    else:
        overlap = q_cov * 0.8 + c_cov * 0.2
    # Tokens of the shorter name with no counterpart contradict ('Kim Jong Un', 'Kim Jong Il');
    # the longer name's extra tokens may be middle names and cost only through coverage.
    # A generic word ('Hara Company', 'Hara Institute') contradicts nothing.
    if kind != PERSON or not _nasab_shared(q, c):
        overlap -= 0.15 * _lone(q.weights, used_q, c.weights, used_c, kind)
    if (
        kind == PERSON
        and len(q.tokens) > len(c.tokens)
        and (q.korean or c.korean or read_from_han(q))
    ):
        # A Korean or Chinese syllable of the query that the candidate lacks is another
        # given name, not a middle name: 'Joo Chul-soo' is not 'Jo Chol', '张建华' Zhang
        # Jian Hua no 'ZHANG Jian'.
        overlap -= 0.1 * (len(q.tokens) - len(c.tokens))
    if (
        korean
        and len(q.tokens) != len(c.tokens)
        and not (q.original.isascii() and c.original.isascii())
        and (read_from_han(q) or read_from_han(c))
    ):
        # A Korean name read from its Hanja has every syllable the name has: one more or
        # one fewer on the other side is another given name ('钟明' Jong Myong is not
        # 'Jon Myong Guk', '金正' not 'Kim Jong Un'), whichever name is the query.
        overlap = min(overlap, _HAN_KOREAN_OTHER)
    if c.given is not None and c.given not in used_c and len(q.tokens) > 1 and kind != ORG:
        # The candidate's given name is nowhere in the query, which matched its other
        # names: a relative's name ('Hamza Usama ... bin Laden' for 'Usama bin Laden').
        overlap -= 0.08
    # Generic words (weight below 2) do not count as tokens here.
    if matched <= 1 and (_real(q.weights) > 1 or _real(c.weights) > 1):
        # One shared token is thin evidence, less so when it is all the query has, and
        # least when that is the candidate's surname ('Kony', 'Joseph Rao Kony'), as the
        # lists give a person's surname alone for an alias; a given name alone ('Yoro',
        # 'Yoro Ould DAHA') is worn by more.
        whole = q_cov >= 0.95
        if kind != PERSON:
            # An organisation's own name alone loses nothing (`_brand_alone`); written
            # as one word, whatever the other's name has beside it.
            if whole and _brand_alone(q, c):
                if _one_word(q):
                    overlap = max(overlap, _BRAND_ALONE)
            else:
                overlap *= 0.95 if whole else 0.85
        elif whole and _surname_alone(c, used_c):
            overlap *= _SURNAME_ALONE
        else:
            overlap *= 0.85 if whole else 0.8
    # Joined, the names compare across spacing ('Kim Jongun'); with the same number of
    # words, the word by word comparison has said all, and a changed word is not spacing.
    if len(q.tokens) == len(c.tokens):
        return "name_token_overlap", max(overlap, 0.0)
    joined = Levenshtein.normalized_similarity(q.joined, c.joined)
    if joined >= _JOINED_MIN and joined > overlap:
        return "name_joined_similarity", joined
    return "name_token_overlap", max(overlap, 0.0)
