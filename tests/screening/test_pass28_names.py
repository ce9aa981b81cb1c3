"""Issue 10, twenty-eighth pass. Persian given names that write 'Abu al-' or 'Abd al-'
as one word with the article's 'ol' or its assimilated 'or' ('Abolfazl', 'Abulfazl',
'Abdorreza') are split as the lists' other spellings are ('Abualfazl', 'Abdul-Reza')."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.script import foreign_han
from sanctionwatch.screening.text import name_form


def _person(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Person") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("joined", "tokens"),
    [
        ("Abolfazl", ("abu", "fazl")),
        ("Abulfazl", ("abu", "fazl")),  # before: 'abu' + 'lfazl'
        ("Abualfazl", ("abu", "fazl")),  # as it was
        ("Abolghasem", ("abu", "ghasem")),
        ("Abdorreza", ("abd", "reza")),
        ("Abdorahim", ("abd", "rahim")),  # the article's 'r' is the noun's, as in 'Abdurahim'
        ("Abuladze", ("abu", "ladze")),  # a Georgian surname splits too, alike on both sides
    ],
)
def test_a_joined_persian_abu_al_or_abd_al_is_split(joined: str, tokens: tuple[str, ...]) -> None:
    assert name_form(joined, "Person").tokens == tokens


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # aliases of one entity on the lists (a pair draw of the tuning half)
        ("Abualfazl NAZERI", "Abolfazl NAZARI"),
        ("Abdorreza SHAHLAI", "Abdul-Reza SHAHLAEE"),
        # written here
        ("Abulfazl Hosseinzadeh", "Abu al-Fazl Husseinzadeh"),
        ("Abolghasem Mozaffari-Shams", "Abu al-Qasim Muzaffari Shams"),
    ],
)
def test_persian_joined_spellings_meet_the_lists_other_spellings(left: str, right: str) -> None:
    assert _person(left, right) >= THRESHOLD


def test_the_split_keeps_other_names_apart() -> None:
    # 'Abu al-Fazl' is not 'Abu al-Hasan', nor 'Abd al-Reza' 'Abd al-Rahim'
    assert _person("Abolfazl NAZARI", "Abolhassan NAZARI") < THRESHOLD
    assert _person("Abdorreza SHAHLAI", "Abdul Rahim SHAHLAI") < THRESHOLD


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        ("崔辉", "CHOE HWI"),  # a listed Korean of two syllables (han_foreign.csv, tune half)
        ("金哲", "KIM CHOL"),  # written here
        ("朴哲", "PAK, Chol"),
    ],
)
def test_a_korean_name_of_two_han_characters_is_read_in_sino_korean(han: str, latin: str) -> None:
    assert _person(han, latin) >= THRESHOLD


@pytest.mark.parametrize(
    ("han", "latin"),
    [
        # a reading has every syllable of the name: one more or fewer is another name
        ("钟明", "Jon Myong Guk"),  # 0.925 if read as a Korean name of a given name cut short
        ("李明", "RI MYONG SU"),
        ("金正", "Kim Jong Un"),
        ("金正恩", "Kim Jong"),
        ("徐勇刚", "SO YONG"),
    ],
)
def test_a_korean_reading_from_han_is_no_name_of_other_syllables(han: str, latin: str) -> None:
    assert _person(han, latin) < THRESHOLD


def test_latin_korean_names_keep_a_dropped_syllable() -> None:
    # the cap is the Han reading's: a Latin name may drop a syllable, as the lists'
    # aliases do, and scores as it did before this pass
    assert _person("Jong Myong", "Jon Myong Guk") == pytest.approx(0.925)
    assert _person("金正恩", "KIM, Jong Un") == 1.0


def test_lei_in_a_foreign_name_writes_the_russian_ry() -> None:
    # Xinhua writes 'ры' 雷: 'Нарышкин' 纳雷什金, read 'naleshkin' before
    assert foreign_han("谢尔盖 纳雷什金") == "sergei naryshkin"
    assert _person("谢尔盖 纳雷什金", "NARYSHKIN, Sergey Yevgenyevich") >= 0.85
    # a Chinese name with the surname 雷 is read in pinyin, no foreign reading
    assert foreign_han("雷建平") is None
    assert _person("雷建平", "LEI Jianping") == 1.0
