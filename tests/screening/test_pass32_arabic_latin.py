"""Issue 10, thirty-second pass. The lists write an armed group's or a foundation's name
both transliterated ('Jaish-i-Mohammed', 'Jund al-Aqsa', 'Jaysh Khalid Ibn al Waleed')
and translated (Army of Mohammed, Soldiers of Aqsa, Khalid ibn al-Walid Army): an
organisation's Latin name is also read with its Arabic and Persian words in English
(`data/arabic_latin.txt`, the Latin counterpart of `arabic_words.txt`). Made-up names."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import arabic_latin


def _score(left: str, right: str, schema: str = "Organization") -> float:
    a, b = (Query(names=[n], schema=schema) for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Jund al-Furqan", "Soldiers of al-Furqan"),  # before: 0.24
        ("Jaish-e-Nasr", "Army of Nasr"),  # before: 0.26
        ("Jaysh Tariq ibn Ziyad", "Tariq ibn Ziyad Army"),  # before: 0.61
        ("Harakat Nour al-Din", "Nour al-Din Movement"),
        ("Jamiat al-Hidaya", "Moassesa al-Hidaya"),  # a society and a foundation: generic words
    ],
)
def test_transliterated_words_meet_their_english(left: str, right: str) -> None:
    assert _score(left, right) >= THRESHOLD + 0.05


def test_the_reading_is_for_organisations_and_whole_words() -> None:
    assert arabic_latin("Jaish-i-Nasr") == " army -nasr"
    assert arabic_latin("Jundallah Trading") is None  # 'jund' inside a word
    assert arabic_latin("Nasr Trading") is None
    assert arabic_latin("جيش النصر") is None  # Arabic script: `arabic_words.txt` reads it
    # persons keep their names: 'Jund' is no 'soldiers' in a person's name
    assert _score("Jund Mahmood", "Soldiers Mahmood", "Person") < THRESHOLD - 0.1


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Jund al-Furqan", "Jund al-Sham"),  # another group with the same word
        ("Jaish al-Nasr", "Army of Islam"),
        ("Harakat al-Huda in Sirte", "Harakat al-Huda in Tunis"),
    ],
)
def test_the_shared_word_alone_does_not_make_one_group(left: str, right: str) -> None:
    assert _score(left, right) < THRESHOLD
