"""Other renderings of one name that the name-pair comparison reads as one: the Korean
ㅈ written 'j' or 'ch'; an organisation's initials with its little words left out, or
with a vowel among them; one word's vowels transliterated their own way, where the rest
of the name confirms it; and look-alikes that must stay apart. Pairs are names and
aliases one shipped list gives one party (drawn from the tuning half's entities), or
names of two listed parties.
"""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.names import VOWELS, _merged, token_similarity
from sanctionwatch.screening.pairs import cannot_relate
from sanctionwatch.screening.text import ORG, name_form
from tests.screening.test_scorer_cases import C, P, q

ORGN = "Organization"


def best(a: Query, b: Query) -> float:
    """The score `compare` gives a pair: the higher of the two directions."""
    return max(score(a, b).score, score(b, a).score)


CASES = [
    # ㅈ: 'Jo' in Revised Romanization and North Korean spelling, 'Cho' in
    # McCune-Reischauer (OFAC and the UK write one person both ways).
    (q("JO YONG CHOL", schema=P), q("Cho Yong Chol", schema=P), True),
    (q("CHO CHUN RYONG", schema=P), q("Jo Chun Ryong", schema=P), True),
    (q("KU JA HYONG", schema=P), q("Ku Cha-hyo'ng", schema=P), True),
    # ... and 'Jo' beside a given name written as one word is still Korean.
    (q("Jo Yongchol", schema=P), q("JO, Yong Chol", schema=P), True),
    # Initials of a run of words, little words inside it left out ('for the', 'of').
    (
        q("PFLP - GENERAL COMMAND", schema=ORGN),
        q("POPULAR FRONT FOR THE LIBERATION OF PALESTINE - GENERAL COMMAND", schema=ORGN),
        True,
    ),
    # ... or with a vowel among them.
    (
        q("MARKET FA LLC", schema=C),
        q("LIMITED LIABILITY COMPANY MARKET FUND ADMINISTRATION", schema=C),
        True,
    ),
    (q("AMIN IB", schema=C), q("AMIN INVESTMENT BANK", schema=C), True),
    # ... after the word that names the party ('Joumaa MLO').
    (
        q("JOUMAA MLO/DTO", schema=ORGN),
        q("JOUMAA MONEY LAUNDERING ORGANIZATION", schema=ORGN),
        True,
    ),
    # One word's vowels, syllable for syllable, transliterated otherwise.
    (
        q("Abou Obeida Youssef Al-Annabi", schema=P),
        q("Abu Ubaydah Yusuf Al-Anabi", schema=P),
        True,
    ),
    (q("Najm-eddin KHRAIT", schema=P), q("Najm-addeen KHRAIT", schema=P), True),
    (q("Kifah MOULHEM", schema=P), q("Kifah MILHIM", schema=P), True),
    # ... but alone, or with nothing else matched well, it is another name.
    (q("Andreas Jansen", schema=P), q("Andre Johnson", schema=P), False),
    # ... and an 'h' inside the word is a consonant: 'Masri' is no 'Mashhur'.
    (q("Hussein Al-Masri", schema=P), q("AL-HUSAYN, Mashhur", schema=P), False),
    (q("Hasin Amar", schema=P), q("Hasan Omar", schema=P), False),
    # Two persons of one list with one surname and other given names stay apart.
    (q("JAFARI, Mohammad Javad", schema=P), q("JAFARI, Mohammad Ali", schema=P), False),
]


@pytest.mark.parametrize(("left", "right", "expected"), CASES)
def test_case(left: Query, right: Query, expected: bool) -> None:
    assert (best(left, right) >= THRESHOLD) is expected, (best(left, right), left, right)


def test_a_leading_word_with_a_vowel_is_no_initials() -> None:
    # 'La' of 'La Florida' is a word, not 'Lotus Atlantic'; 'FA' after 'Market' is initials.
    other = name_form("LA FLORIDA", ORG)
    assert _merged(name_form("Lotus Atlantic Florida", ORG), other, acronyms=True).tokens == (
        "lotus",
        "atlantic",
        "florida",
    )
    other = name_form("MARKET FA LLC", ORG)
    merged = _merged(name_form("MARKET FUND ADMINISTRATION", ORG), other, acronyms=True)
    assert merged.tokens == ("market", "fa")


def test_vowels_spelt_otherwise_are_one_word() -> None:
    assert token_similarity("obeida", "ubaydah") == VOWELS
    assert token_similarity("eddin", "addeen") == VOWELS
    assert not cannot_relate("obeida", "ubaydah")  # the fast exit lets them through
    assert token_similarity("masri", "mashhur") != VOWELS  # skeletons alike, 'msr'
    # A syllable that comes or goes is another word ('hasri' has one vowel fewer).
    assert token_similarity("husari", "hasri") < VOWELS
    # Spellings the tables know are compared by the tables: 'hasan' is no 'husayn'.
    assert token_similarity("hasan", "husayn") == 0.0
    # Under five letters a vowel changes the name: 'amar' is no 'amir'.
    assert token_similarity("amar", "amir") != VOWELS
