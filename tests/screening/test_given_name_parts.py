"""Parts of a given name that make it another name (issue 10, the pair bench's tuning
half): a Korean given name's syllables in the other order; and 'Akhund', a title the
lists write after a name; each beside pairs the same rule must still accept. And 'Abd'
before a name, which the lists drop in aliases of one entry."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.names import (
    token_similarity,
)
from sanctionwatch.screening.pairs import cannot_relate
from tests.screening.helpers import both_ways


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # Aliases of one entry each (shared/lists: OFAC, UN, UK): the lists drop 'Abd'
        # before a name, glued or apart, so a word after 'Abd' still meets that word
        # alone (a rule that said otherwise lost 91 such alias pairs of 38 entries).
        ("SIAL, Abdul Samad", "SIAL, Samad"),
        ("Oman ABDURRAHMAN", "Oman RAHMAN"),
        ("Abdelhamid Khamis ABDULLAH", "Hamid KHAMIS"),
        ("Qasim Yahya Mahdi 'Abd al-Rimi", "Qasim Al-Rimi"),
        ("HAMIYA, Abdul Jamil", "HAMIYYAH, Jamil"),
        ("AL-MASLI, 'Abd-al-Hamid", "MASLI, Hamid"),
    ],
)
def test_a_name_after_abd_meets_that_name_alone(left: str, right: str) -> None:
    assert both_ways(left, right) >= THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("FIROUZABADI, Abdolhassan", "FIROUZABADI, Abdol Hassan"),
        ("Abdulrahman Yasin", "Abd al-Rahman Yasin"),
        # 'Abd' elsewhere in the other name: the names are compared as before.
        ("Abdul Rahman Yasin", "YASIN, Rahman Abdul"),
        ("ABD AL-HASSAN FIROUZABADI", "FIROUZABADI, Abdolhassan"),
        # 'Abd' mistyped or as its initial (OFAC: SABOUNI, Imad Abdul-Ghani).
        ("SABOUNI Imad Aedul-Ghani", "SABOUNI, Imad Abdul-Ghani"),
        ("SABOUNI Imad A. Ghani", "SABOUNI, Imad Abdul-Ghani"),
        # ... or glued onto a word misspelt in the list's Latin name (OFAC).
        ("عبدالکریم بنی طرفی", "Abbolkarim Bani Tarafi"),
    ],
)
def test_abd_written_on_both_sides_still_matches(left: str, right: str) -> None:
    assert both_ways(left, right) >= THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # One multiset of syllables, one key, two given names (1.0 before).
        ("Kim Il Song", "Kim Song Il"),
        ("KIM Il-Song", "Kim Song-Il"),
        ("Ri Yong Chol", "Ri Chol Yong"),
    ],
)
def test_a_korean_given_name_swapped_is_no_full_match(left: str, right: str) -> None:
    assert both_ways(left, right) < 1.0
    assert both_ways(left, right) < THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [
        # The surname moved, the syllables in their order: the same name.
        ("Kim Il Song", "Il Song Kim"),
        ("Kim Il Song", "KIM, Il Song"),
        ("Ri Yong Chol", "Yong-Chol Ri"),
    ],
)
def test_a_korean_name_with_its_surname_moved_is_a_full_match(left: str, right: str) -> None:
    assert both_ways(left, right) == 1.0


def test_akhund_after_a_name_is_a_title() -> None:
    # UN list: 'Ahmed Jan Akhund' is also 'Haji Ahmad Jan' (0.644 before).
    assert both_ways("Haji Ahmad Jan", "Ahmed Jan Akhund") >= THRESHOLD
    # ... and a title alone tells no two names apart.
    assert both_ways("Gul Agha Akhund", "Obaidullah Akhund") < THRESHOLD


@pytest.mark.parametrize(
    ("adjective", "place"),
    [("tulskiy", "tula"), ("tulskaya", "tula"), ("samarskoye", "samara"), ("tulskoe", "tula")],
)
def test_a_russian_place_adjective_is_its_place(adjective: str, place: str) -> None:
    # The lists write 'Tula, Tulskaya Obl.': the adjective of a place ending in a vowel.
    assert token_similarity(adjective, place) == 0.8
    assert token_similarity(place, adjective) == 0.8
    assert not cannot_relate(adjective, place)


@pytest.mark.parametrize(
    ("adjective", "place"), [("petrovskiy", "petra"), ("tulskiy", "tuma"), ("kazanskiy", "kazna")]
)
def test_an_adjective_of_another_stem_is_no_place(adjective: str, place: str) -> None:
    assert token_similarity(adjective, place) < 0.7


def test_a_cyrillic_plant_named_by_its_city_meets_the_latin_name() -> None:
    # 'Тульский' read 'Tulskiy' met 'Tula' at 0 (0.44 for the whole name before).
    assert (
        both_ways(
            "АО «Тульский патронный завод»",
            "JOINT STOCK COMPANY TULA CARTRIDGE PLANT",
            "Organization",
        )
        >= THRESHOLD
    )


@pytest.mark.parametrize(
    ("cyrillic", "latin"),
    [
        # Pairs of the lists (the pair bench's tuning half): 'ГНЦ' is the State Scientific
        # Centre, 'SSC' (0.57 before); a district court of Moscow (0.0 before).
        ("ГНЦ РФ Тринити", "SSC RF Trinity"),
        ("Хамовнический районный суд города Москвы", "Khamovnicheskiy District Court of Moscow"),
    ],
)
def test_russian_organisation_words_read_as_the_lists_translate_them(
    cyrillic: str, latin: str
) -> None:
    assert both_ways(cyrillic, latin, "Organization") >= THRESHOLD
    # The name itself stays: another court, another centre.
    other = latin.replace("Khamovnicheskiy", "Tverskoy").replace("Trinity", "Kurchatov")
    assert both_ways(cyrillic, other, "Organization") < THRESHOLD
