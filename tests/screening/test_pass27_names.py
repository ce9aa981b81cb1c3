"""Issue 10, twenty-seventh pass. An organisation's Latin name in transliterated Russian
words is read once more with those words in English, as `russian_words` reads them in
Cyrillic ('Finansovye Informatsionnye Sistemy', Financial Information Systems); the name
as written stays, so its Russian initials still read ('GUP RK', Gosudarstvennoe Unitarnoe
Predpryatie Respubliki Krym) and so does a brand ('TMKB Soyuz')."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import russian_latin


def _org(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Organization") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        # aliases of one entity on the lists (a pair draw of the tuning half)
        ("FINANSOVYE INFORMATSIONNYE SISTEMY", "FINANCIAL INFORMATION SYSTEMS"),
        ("DONETSKAYA NARODNAYA RESPUBLIKA", "DONETSK PEOPLE'S REPUBLIC"),
        (
            "OPEN JOINT-STOCK COMPANY RT-STROITELNYYE TEKHNOLOGII",
            "JOINT STOCK COMPANY RT-CONSTRUCTION TECHNOLOGIES",
        ),
        ("'FEDERATIVNOYE GOSUDARSTVO NOVOROSSIYA'", "SO-CALLED 'FEDERAL STATE OF NOVOROSSIYA'"),
        ("Mytishchinski Mashinostroitelny Zavod", "Mytishchinski Machine-Building Plant"),
        ("NII ELPA AO", "ELPA RESEARCH INSTITUTE AND PILOT LINE JOINT STOCK COMPANY"),
    ],
)
def test_a_latin_names_russian_words_read_in_english(russian: str, english: str) -> None:
    assert _org(russian, english) >= THRESHOLD


def test_the_reading_translates_only_the_tables_words() -> None:
    read = russian_latin("Finansovye Informatsionnye Sistemy") or ""
    assert read.split() == ["financial", "information", "systems"]
    assert (russian_latin("OOO Zavod Tula") or "").split() == ["ooo", "plant", "tula"]
    # no Russian word: no other reading (most names)
    assert russian_latin("GAZPROM NEFT") is None
    assert russian_latin("Sud Trading SARL") is None  # 'sud' is French too: not in the table
    assert russian_latin("Финансовые системы") is None  # Cyrillic: `russian_words` reads it


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # Russian initials of the words as written ('GUP', 'RK'; 'TMKB')
        (
            "Gosudarstvennoe Unitarnoe Predpryatie Respubliki Krym Universal-Avia",
            "Universal-Avia, Gup Rk",
        ),
        (
            'Акционерное Общество Тураевское Машиностроительное Конструкторское Бюро "Союз"',
            "Tactical Missiles Corporation, AO TMKB ‘Soyuz’",
        ),
    ],
)
def test_the_name_as_written_still_matches(left: str, right: str) -> None:
    assert _org(left, right) >= THRESHOLD


@pytest.mark.parametrize(
    ("short", "full"),
    [
        # aliases of one entity on the lists: two words written by their initials
        ("AMIN IB", "AMIN INVESTMENT BANK"),
        ("MARKET FA LLC", "LIMITED LIABILITY COMPANY MARKET FUND ADMINISTRATION"),
        (
            "LLC MA TVERNEFTEPRODUCT",
            "LIMITED LIABILITY COMPANY MARKETING ASSOCIATION TVERNEFTEPRODUCT",
        ),
        ("JSC PO FORT", "JOINT STOCK COMPANY PROIZVODSTVENNOE OBEDINENIE FORT"),
    ],
)
def test_two_words_by_their_initials_beside_the_name(short: str, full: str) -> None:
    assert _org(short, full) == 1.0


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("AMIN IB", "AMIN INTERNATIONAL TRADING"),  # other initials
        ("AMIN IB", "IB HOLDING"),  # the name is not there
        ("AL AMIN CO", "AMIN CAPITAL OFFICE"),  # 'al' an article, 'co' a legal form
    ],
)
def test_two_letters_are_no_initials_of_other_words(left: str, right: str) -> None:
    assert _org(left, right) < THRESHOLD
