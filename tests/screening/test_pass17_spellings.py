"""Spellings of one name the scorer did not relate (issue 10, seventeenth pass): a
Wade-Giles given name whose syllables are also pinyin ('Su Lu-chi', listed beside 'Su
Luqi'), the West African and Somali forms of Abdallah ('MISKINE, Abdoulaye', alias
'Abdoullaye Miskine'; 'Abdullahi'), and Cyrillic names written with stress marks
('Национа́льная Ме́диа Гру́ппа', National Media Group). Names from `../shared/lists`."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, score
from sanctionwatch.screening.query import Query
from sanctionwatch.screening.script import WADE_GILES, WADE_GILES_JOINING, cyrillic_words
from sanctionwatch.screening.text import PERSON, name_form
from tests.screening.helpers import both_ways


def test_wade_giles_given_name_of_pinyin_syllables_meets_the_pinyin_word() -> None:
    # One listed person, two Latin names: 'chi' is pinyin too, so `WADE_GILES` leaves it
    # out ('Tan' is no 'Dan'); joined, 'lu chi' may be 'luqi', as the other name writes it.
    assert "chi" not in WADE_GILES
    assert {"ji", "qi"} <= WADE_GILES_JOINING["chi"]
    assert both_ways("Su Lu-chi", "Su Luqi") >= THRESHOLD
    assert both_ways("SU, Lu Chi", "Su Luqi") >= 0.6  # spaced: a short common name, capped


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Su Lu-chi", "Su Luming"),  # another given name
        ("Su Lu-chi", "Su Lucia"),  # no pinyin syllables
        ("Tan Ka-ming", "Dan Gaming"),  # the syllables join, but 'Tan' is still no 'Dan'
    ],
)
def test_wade_giles_joining_needs_the_other_names_word(left: str, right: str) -> None:
    assert both_ways(left, right) < THRESHOLD


def test_only_syllables_are_joined() -> None:
    form = name_form("Su Lu-chi", PERSON)
    assert form.tokens == ("su", "lu", "chi")
    assert all(len(s) <= 6 for s in WADE_GILES_JOINING)


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        ("Abdullah Miskine", "MISKINE, Abdoulaye"),
        ("Abdoullaye Miskine", "MISKINE, Abdoulaye"),  # the list's own alias
        ("ABDULLAHI OSMAN MOHAMED CADDOW", "Cabdullahi Cusman Maxamed Caddow"),  # UN, Somali
    ],
)
def test_abdoulaye_and_abdullahi_are_abdallah(query: str, listed: str) -> None:
    assert both_ways(query, listed) >= THRESHOLD


def test_abdoulaye_is_no_longer_abd_and_a_fragment() -> None:
    # It was split as the 'Abd' of a compound: 'abd' + 'oulaye', which no other name has.
    assert name_form("Abdoulaye", PERSON).tokens == name_form("Abdullah", PERSON).tokens
    assert both_ways("Abdoulaye MISKINE", "Moussa MISKINE") < THRESHOLD


def test_cyrillic_stress_marks_are_no_letters() -> None:
    assert cyrillic_words("Национа́льная Ме́диа Гру́ппа") == "Национальная Медиа Группа"
    # 'й' and 'ё' keep their marks: letters of their own
    assert cyrillic_words("Сергей Алёшин") == "Сергей Алёшин"
    stressed = Query(names=["Национа́льная Ме́диа Гру́ппа"], schema="Organization")
    plain = Query(names=["Национальная Медиа Группа"], schema="Organization")
    listed = Query(names=["National Media Group"], schema="Organization")
    assert score(stressed, listed).score == score(plain, listed).score
    assert score(stressed, listed).features[0].name == "name_match"


def test_joining_table_reads_pinyin_only() -> None:
    from sanctionwatch.screening.text import PINYIN

    assert len(WADE_GILES_JOINING) > len(WADE_GILES)
    for spelling, readings in WADE_GILES_JOINING.items():
        assert readings <= PINYIN | {spelling}, spelling
