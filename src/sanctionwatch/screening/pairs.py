"""Cheap proofs that the scorer's costly steps would find nothing, for its fast exits.

`cannot_relate`: two tokens score 0, for `names.token_similarity`. (What `names._merged`
exits on, `text.word_keys` and `joined_keys`, are computed with each name form.)

Nearly all token pairs the scorer meets score 0; this test spares them the abjad, article,
truncation and one- or two-edit checks, each of which it shows cannot hold. It is called
once the pair's edit-distance similarity is known to be under 0.7, below which none of
the remaining checks that reads that similarity can fire. Any new check that scores a
pair above 0 must be reflected here: `tests/screening/test_pairs.py` compares the two.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from rapidfuzz import process
from rapidfuzz.distance import OSA

from sanctionwatch.screening.script import WADE_GILES, wade_giles_alike
from sanctionwatch.screening.text import (
    _KOREAN_SYLLABLE,
    NICKNAMES,
    VARIANTS,
    devowelled,
    has_vowel,
    phonetic,
    skeleton,
    sound,
    strip_article,
)

# Read once: compiled (mypyc), a Final is a static, where `OSA.distance` costs a lookup
# of the module's globals and of the attribute for every pair of tokens.
_osa_distance: Final = OSA.distance
# The endings of a surname in '-ov' or '-ev' in Belarusian ('Yepikhau', 'Shautsou') and
# in Russian.
BELARUSIAN_OV: Final = frozenset(("au", "ou"))
RUSSIAN_OV: Final = frozenset(("ov", "ev"))


def cannot_relate(a: str, b: str) -> bool:
    """True only when `token_similarity(a, b)` is 0 for two tokens, unequal, of two
    letters or more, neither a number, whose edit-distance similarity is under 0.7."""
    if not (plain(a) and plain(b)) or reads_alike(a, b):
        return False
    return plain_cannot_relate(a, b, sound(a), sound(b))


def plain(token: str) -> bool:
    """Not an abjad token (no vowel), which compares by consonants: a token whose pairs
    `plain_cannot_relate` may judge."""
    return has_vowel(token)


def reads_alike(a: str, b: str) -> bool:
    """Whether two tokens are one name by a romanisation's reading of one letter or
    syllable, which `names.token_similarity` scores 0.9 before anything else it tests,
    or as a name and its nickname (0.8, tested there as early)."""
    # One 'dh' read 'z' or 'd' (`interdental`: 'dhafer', 'zafer').
    if ("dh" in a or "dh" in b) and interdental(a, b):
        return True
    # ... or an Iraqi 'th' for the 'dh' of the other (`th_as_dh`: 'kathim', 'kadhim').
    if ("th" in a or "th" in b) and th_as_dh(a, b):
        return True
    # ... or an Arabic 'aw' written 'ou', 'o' or 'au' (`diphthong`: 'tawfiq', 'toufik').
    if ("w" in a or "w" in b or "au" in a or "au" in b) and diphthong(a, b):
        return True
    # ... or the 'ay' diphthong, a Persian 'gh' for ق, a Korean 'ch' for 'j', a glued
    # article (`marked_alike`).
    marks_a, marks_b = reading_marks(a), reading_marks(b)
    if (marks_a | marks_b) and marked_alike(a, b, marks_a, marks_b):
        return True
    # ... or a given name and its nickname (`nicknamed`: 'ignacio', 'nacho').
    if marks_a & marks_b & NICKNAMED and nicknamed(a, b):
        return True
    # ... or one Chinese syllable in Wade-Giles and pinyin (`script.wade_giles_alike`).
    return (a in WADE_GILES or b in WADE_GILES) and wade_giles_alike(a, b)


def letter_mask(text: str) -> int:
    """A bit for each letter `text` holds (the low five bits of its code point), for
    `edits_exceed`; kept per token by `names.token_similarity`."""
    mask = 0
    for ch in text:
        mask |= 1 << (ord(ch) & 31)
    return mask


def edits_exceed(x_mask: int, y_mask: int, edits: int) -> bool:
    """True only when two strings with these `letter_mask`s are more than `edits` edits
    apart (insertions, deletions, substitutions, adjacent swaps: OSA). A bit in one mask
    alone is a letter of one string alone, another for each bit; an edit changes the
    count of at most two letters, a swap none: more than twice `edits` such bits take
    more than `edits` edits. Bits, not the distance: a few native steps, where the
    distance is a Python call (about 2,500 instructions)."""
    diff = x_mask ^ y_mask
    count = 0
    while diff:
        diff &= diff - 1
        count += 1
        if count > 2 * edits:
            return True
    return False


def plain_cannot_relate(
    a: str,
    b: str,
    x: str,
    y: str,
    a_mask: int = -1,
    b_mask: int = -1,
    x_mask: int = -1,
    y_mask: int = -1,
) -> bool:
    """`cannot_relate` for two `plain` tokens whose `sound` spellings are `x` and `y`
    and which do not `reads_alike` (`names.token_similarity` knows both, whether each is
    plain, per token, and has tested the readings before it calls this). The masks, when
    given (not -1), are the four strings' `letter_mask`s: the distances they prove too
    large are not measured."""
    # One cut from the other ('mohamm', 'mohammad'), or one word with another ending
    # (`names.word_family`: 'finance', 'financial'), shares its first three letters.
    if a[:3] == b[:3] and min(len(a), len(b)) >= 3:  # the rare test first
        return False
    # One or two edits, two letters swapped, or an article written onto the noun
    # ('alakhras', 'akhras') are all two edits or fewer apart, and so no more than two
    # letters apart in length (tested first: a pair that is not needs no distance).
    if (
        abs(len(a) - len(b)) <= 2
        and not (a_mask >= 0 and edits_exceed(a_mask, b_mask, 2))
        and _osa_distance(a, b, score_cutoff=2) <= 2
    ):
        return False
    # ... or one edit apart as they sound (`names.one_sound_edit`: 'dzhuma', 'jumah').
    if (
        x[:1] == y[:1]
        and abs(len(x) - len(y)) <= 1
        and not (x_mask >= 0 and edits_exceed(x_mask, y_mask, 1))
        and _osa_distance(x, y, score_cutoff=1) <= 1
    ):
        return False
    # ... or one written without the other's vowels (`text.devowelled`: 'alksndr'),
    # or a Belarusian surname in '-au', '-ou' of the Russian in '-ov', '-ev', its vowels
    # Belarusian's own (`names._belarusian_ov`: 'shautsou', 'shevtsov'), both keeping
    # the first letter (tested here: most pairs are spared the calls).
    if a[0] == b[0] and (devowelled(a, b) or devowelled(b, a) or _belarusian_endings(a, b)):
        return False
    # ... or the same name with its vowels spelt otherwise (`vowels_respelt`), which
    # keeps the first letter too.
    if a[0] == b[0] and vowels_respelt(a, b):
        return False
    # ... or a canonical spelling's variant, of any length, cut to the other or one edit
    # from it (`names._truncates`, `names.one_edit`).
    # (Most tokens are no canonical spelling: the membership test spares the call.)
    return not ((a in VARIANTS and _variant_near(a, b)) or (b in VARIANTS and _variant_near(b, a)))


def _belarusian_endings(a: str, b: str) -> bool:
    """Whether one token ends as a Belarusian surname of '-ov' does, the other as the
    Russian."""
    x, y = a[-2:], b[-2:]
    return (x in BELARUSIAN_OV and y in RUSSIAN_OV) or (y in BELARUSIAN_OV and x in RUSSIAN_OV)


@lru_cache(maxsize=20_000)
def interdental(a: str, b: str) -> bool:
    """Whether `a` and `b` sound alike once their 'dh' is read 'z' or 'd': the lists write
    ظ and ذ 'dh' or 'z' ('Dhafer', 'Zafer'; 'Kadhim', 'Kazim'), ض 'dh' or 'd' ('Fadhil',
    'Fadil'; 'Ramadhan', 'Ramadan')."""
    return any(phonetic(a.replace("dh", x)) == phonetic(b.replace("dh", x)) for x in ("z", "d"))


@lru_cache(maxsize=20_000)
def th_as_dh(a: str, b: str) -> bool:
    """Whether `a` and `b` sound alike once one's 'th' is read as the other's 'dh': Iraqi
    names write ظ and ذ 'th' ('Kathim' for Kadhim, 'Nathir' for Nadhir). Not against a
    'z' in Latin letters: a Latin 'th' is as often ث or ت + ح ('Thabet', 'Fathi'; 'Kathy')
    as ظ; against an abjad's 'z' (كاظم 'kzm') `names.token_similarity` reads it so."""
    if not ("dh" in a or "dh" in b):
        return False
    x, y = a.replace("th", "dh"), b.replace("th", "dh")
    return (x != a or y != b) and phonetic(x) == phonetic(y)


# The Arabic diphthong 'aw' before a consonant or at the end of a word, and the
# spellings the lists give it: 'au', 'ow', and 'ou' or 'o' (already 'u' as `sound`
# spells them).
_DIPHTHONG = re.compile(r"(?:aw|ow|au)(?![aeiouwy])")


@lru_cache(maxsize=20_000)
def diphthong(a: str, b: str) -> bool:
    """Whether `a` and `b` sound alike once an Arabic 'aw' before a consonant is read as
    the 'ou' or 'o' other schemes write ('Tawfiq', 'Toufik', 'Tofik'; 'Nawfal', 'Nofal';
    'Shawkat', 'Shoukat'). Only a written 'w' or 'au' is read so: a Slavic 'v' is none
    ('Pavlov'). Read so, a short vowel may be spelt otherwise too, as Arabic leaves it
    unwritten (`vowels_respelt`: 'Nawful', 'Nofal')."""
    x, y = _DIPHTHONG.sub("u", a), _DIPHTHONG.sub("u", b)
    return (x != a or y != b) and (sound(x) == sound(y) or vowels_respelt(x, y))


# The Arabic diphthong 'ay' before a consonant, as the lists spell it: 'ay', 'ai', 'ei',
# 'ey'. Not at the end of a word, where English names end so ('Morey', 'Murray').
_AY_DIPHTHONG = re.compile(r"[ae][yi](?=[b-df-hj-np-tv-xz])")


@lru_cache(maxsize=20_000)
def ay_diphthong(a: str, b: str) -> bool:
    """Whether `a` and `b` sound alike once the Arabic 'ay' each writes ('ay', 'ai', 'ei',
    'ey') is read as one vowel ('Zayn', 'Zein'; 'Husayn', 'Hussein'; 'Haydar', 'Heidar';
    'Sulayman', 'Suleiman'). Both must write one: a diphthong against a plain vowel is
    another name as often ('Stein', 'Sten'; 'Zain', 'Zan')."""
    x, y = _AY_DIPHTHONG.sub("e", a), _AY_DIPHTHONG.sub("e", b)
    return x != a and y != b and sound(x) == sound(y)


@lru_cache(maxsize=20_000)
def gh_for_q(a: str, b: str) -> bool:
    """Whether `a` and `b` sound alike once one's 'gh' is read as the other's 'q': Persian
    says ق as it says غ, and its romanisations write both 'gh' ('Ghasem' for Qasem,
    'Ghods' for Qods, 'Sadegh' for Sadeq, 'Baghaei' for Baqaei)."""
    if "gh" in a and "q" in b:
        return sound(a.replace("gh", "q")) == sound(b)
    return "gh" in b and "q" in a and sound(b.replace("gh", "q")) == sound(a)


# What `reading_marks` tells of a token, as bits.
AY: Final = 1  # writes the diphthong 'ay' (`ay_diphthong`)
GH: Final = 2  # has a 'gh' (`gh_for_q`)
Q: Final = 4  # has a 'q'
ARTICLE: Final = 8  # may be an article written onto a noun (`text.strip_article`)
KOREAN_CH: Final = 16  # a Korean syllable with the initial 'ch' (`ch_for_j`)
KOREAN_J: Final = 32  # ... with the initial 'j'
NICKNAMED: Final = 64  # a given name or a nickname of `text.NICKNAMES` (`nicknamed`)


def reading_marks(token: str) -> int:
    """The readings of `marked_alike` a token may take part in, as bits: computed once
    per token (`names._facts`), so that most pairs of tokens, with none, skip them."""
    marks = AY if _AY_DIPHTHONG.search(token) else 0
    if "gh" in token:
        marks |= GH
    if "q" in token:
        marks |= Q
    if strip_article(token) is not None:
        marks |= ARTICLE
    if token.startswith(("ch", "j")) and _KOREAN_SYLLABLE.fullmatch(token):
        marks |= KOREAN_J if token[0] == "j" else KOREAN_CH
    if token in NICKNAMES:
        marks |= NICKNAMED
    return marks


def nicknamed(a: str, b: str) -> bool:
    """Whether one token is a nickname of the other ('nacho', 'ignacio'; `text.NICKNAMES`).
    Both `reading_marks` must have marked their token `NICKNAMED`."""
    return b in NICKNAMES[a]


def ch_for_j(a: str, b: str) -> bool:
    """Whether two Korean syllables are one, McCune-Reischauer's 'ch' for the ㅈ that
    North Korea's romanisation and Revised Romanization write 'j' ('Chi Sang-chun' and
    'Ji Sang Jun' are one man), as Wade-Giles writes pinyin's 'j' ('chi' for 'ji'). Both
    `reading_marks` must have marked their token a Korean syllable."""
    return a[2:] == b[1:] if a[0] == "c" else b[2:] == a[1:]


def marked_alike(a: str, b: str, marks_a: int, marks_b: int) -> bool:
    """Whether two tokens, of `reading_marks` `marks_a` and `marks_b`, are one name by the
    diphthong 'ay' spelt otherwise ('zayn', 'zein'), a Persian 'gh' for ق ('ghasem',
    'qasem'), a Korean 'ch' for 'j' ('chi', 'ji') or an article written onto a noun spelt
    otherwise ('alhussein', 'husayn')."""
    if marks_a & marks_b & AY and ay_diphthong(a, b):
        return True
    if ((marks_a & GH and marks_b & Q) or (marks_a & Q and marks_b & GH)) and gh_for_q(a, b):
        return True
    if (
        (marks_a & KOREAN_CH and marks_b & KOREAN_J) or (marks_a & KOREAN_J and marks_b & KOREAN_CH)
    ) and ch_for_j(a, b):
        return True
    return bool((marks_a | marks_b) & ARTICLE) and glued_alike(a, b)


@lru_cache(maxsize=20_000)
def glued_alike(a: str, b: str) -> bool:
    """Whether one token is the other with the Arabic article written onto it, the noun
    spelt otherwise ('ALHUSSEIN', 'AL-HUSAYN' read 'husayn'): the noun sounds as the
    other does or reads alike (`reads_alike`). The noun as the other writes it is
    `names.token_similarity`'s own test ('alakhras', 'akhras')."""
    for x, y in ((a, b), (b, a)):
        noun = strip_article(x)
        if noun is not None and noun != y and (sound(noun) == sound(y) or reads_alike(noun, y)):
            return True
    return False


_VOWEL_GROUP = re.compile("[aeiou]+")
_VOWEL_END = re.compile("[aeiou]h?$")


@lru_cache(maxsize=20_000)
def vowels_respelt(a: str, b: str) -> bool:
    """Whether two tokens of five letters or more are one name whose vowels two
    romanisations spell otherwise. As `sound` spells them: the same first letter, first
    vowel in the same place ('Garcia' is not 'Grace'), number of syllables (two or more:
    one-syllable Chinese and Korean names differ by their vowels, 'Cheng', 'Cheung'), and
    ending (a vowel, or 'h' after one; or a consonant: 'Petra' is not 'Peter', 'Linda' not
    'Leonid'); and the same `skeleton` of three consonants or more ('Talous', 'Talas';
    'Jalhami', 'Jalamah'; 'Bashir', "Ba'aysir"). A first 'a' read 'u' is another name,
    the diminutive ('Hasan', 'Husayn'; 'Salim', 'Sulaym')."""
    if a[0] != b[0] or min(len(a), len(b)) < 5:
        return False
    x, y = sound(a), sound(b)
    vowels_x, vowels_y = _VOWEL_GROUP.findall(x), _VOWEL_GROUP.findall(y)
    if len(vowels_x) < 2 or len(vowels_x) != len(vowels_y):
        return False
    first_x, first_y = _VOWEL_GROUP.search(x), _VOWEL_GROUP.search(y)
    assert first_x is not None and first_y is not None
    if first_x.start() != first_y.start() or x[first_x.start()] != y[first_y.start()]:
        return False
    if (_VOWEL_END.search(x) is None) != (_VOWEL_END.search(y) is None):
        return False
    key = skeleton(a)
    return len(key) >= 3 and key == skeleton(b)


def _variant_near(canonical: str, other: str) -> bool:
    """Whether a variant of `canonical` (none if it is no canonical spelling) starts with
    `other` or is one edit from it, as `names.one_edit` measures: the variants of three
    letters or more, and of four or more for a token of three."""
    near = _NEAR.get(canonical)
    if near is None:
        return False
    prefixes, three, four = near
    if other in prefixes:
        return True
    if len(other) < 3:
        return False
    choices = four if len(other) == 3 else three
    return process.extractOne(other, choices, scorer=OSA.distance, score_cutoff=1) is not None


# Per canonical spelling, what `_variant_near` tests a token against, once rather than
# variant by variant for every pair: every prefix of its variants (the empty one too,
# as `str.startswith` has it), its variants of three letters or more, of four or more.
_NEAR = {
    canonical: (
        frozenset(v[:n] for v in variants for n in range(len(v) + 1)),
        tuple(v for v in variants if len(v) >= 3),
        tuple(v for v in variants if len(v) >= 4),
    )
    for canonical, variants in VARIANTS.items()
}
