"""An organisation's initials against its name, and two letters swapped in a short word.

Names come from the UN consolidated list as shipped in ../shared/lists, read by the
project's own reader: organisations that the list itself gives their initials as an
alias ('KCST' for the Korean Committee for Space Technology). Both behaviours scored 0
before: the pair shared no key the scorer's fast exit (`NameForm.hooks`) looks for.
"""

from __future__ import annotations

from functools import cache

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.names import ACRONYM, ACRONYM_SHORT
from tests.conftest import LISTS

UN = LISTS / "un/consolidated.xml"
ORG = "Organization"


@cache
def _names(entity_id: str) -> list[str]:
    for entity in read_list(UN).entities():
        if entity["id"] == entity_id:
            props = entity["properties"]
            return [*props.get("name", []), *props.get("alias", [])]
    raise LookupError(entity_id)


def _org(name: str, schema: str = ORG) -> Query:
    return Query(names=[name], schema=schema)


@pytest.mark.parametrize(
    ("entity_id", "initials", "full"),
    [
        ("un-KPe.012", "KCST", "KOREAN COMMITTEE FOR SPACE TECHNOLOGY"),  # 'for' left out
        ("un-KPe.027", "MAEI", "MINISTRY OF ATOMIC ENERGY INDUSTRY"),
        ("un-QDe.011", "LIFG", "LIBYAN ISLAMIC FIGHTING GROUP"),
        ("un-QDe.070", "RIHS", "REVIVAL OF ISLAMIC HERITAGE SOCIETY"),
        ("un-KPe.018", "SANSRI", "SECOND ACADEMY OF NATURAL SCIENCES RESEARCH INSTITUTE"),
    ],
)
def test_an_organisations_listed_initials_match_its_name(
    entity_id: str, initials: str, full: str
) -> None:
    names = _names(entity_id)
    assert initials in names and full in names  # the list gives both
    for query, listed in ((initials, full), (full, initials)):
        result = score(_org(query), _org(listed))
        assert result.score == ACRONYM >= THRESHOLD
        assert result.features[0].name == "name_acronym"


def test_three_initials_relate_but_do_not_match() -> None:
    # 'IMU' is the Islamic Movement of Uzbekistan; three letters are as often another
    # party's initials ('Acme Technologies Corporation' is no 'ATC').
    names = _names("un-QDe.010")
    assert "IMU" in names and "ISLAMIC MOVEMENT OF UZBEKISTAN" in names
    result = score(_org("IMU"), _org("ISLAMIC MOVEMENT OF UZBEKISTAN"))
    assert result.score == ACRONYM_SHORT < THRESHOLD
    assert score(_org("Acme Technologies Corporation"), _org("ATC")).score < THRESHOLD


def test_initials_are_an_organisations_only() -> None:
    # Neither a person's name nor other letters: 'KCST' is no 'Korean Space Technology
    # Committee', and a person named by four words is no four-letter word.
    assert score(_org("KCST"), _org("KOREAN SPACE TECHNOLOGY COMMITTEE")).score < THRESHOLD
    person = score(_org("Kcst", "Person"), _org("Kim Chol Song Tae", "Person"))
    assert person.score < THRESHOLD


@pytest.mark.parametrize(
    ("entity_id", "listed", "swapped"),
    [
        ("un-KPe.012", "KCST", "KSCT"),  # the middle two
        ("un-CDe.005", "FDLR", "FDRL"),  # the last two
        ("un-QDe.014", "AQIM", "QAIM"),  # the first two
    ],
)
def test_two_letters_swapped_in_a_short_name_are_a_typo(
    entity_id: str, listed: str, swapped: str
) -> None:
    assert listed in _names(entity_id)
    result = score(_org(swapped), _org(listed))
    assert result.score >= THRESHOLD  # `token_similarity` counts a swap as one typo
    # ... and a word that only shares its letters, in another order, is none.
    assert score(_org(listed[::-1]), _org(listed)).score == 0.0
