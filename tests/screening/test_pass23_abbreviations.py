"""Words of organisations' names and their abbreviations (issue 10, twenty-third pass):
'CO' for 'COMPANY' inside a name, where it is no legal form read off ('SOMIC ENGINEERING
AND MANAGEMENT CO' / 'SOMIC COMPANY'), and 'St.' for 'Saint' ('Bank St. Petersburg' /
'Bank Sankt-Petersburg'), read as the word with the word's weight
(`text.ABBREVIATIONS`, from `data/abbreviations.txt`).

Each pair is two names the shipped lists in ../shared/lists give one entity, read by the
project's own readers; every one scored below the threshold before this pass.
"""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.text import ANY, ORG, PERSON, name_form
from tests.screening.helpers import AUSTRALIA, OFAC, UK, UN, both_ways, list_names


@pytest.mark.parametrize(
    ("rel", "entity_id", "left", "right"),
    [
        (OFAC, "ofac-30396", "SOMIC COMPANY", "SOMIC ENGINEERING AND MANAGEMENT CO"),
        (UK, "gb-hmt-12068", "EL-TEL CO.", "EL-TEL MIDDLE EAST COMPANY"),
        (UN, "un-KPe.011", "Hunjin TRADING Co.", "KOREA HEUNGJIN TRADING COMPANY"),
        (AUSTRALIA, "au-dfat-7539", "Bank St. Petersburg", "Bank Sankt-Petersburg"),
    ],
)
def test_an_abbreviated_word_matches_the_word(
    rel: str, entity_id: str, left: str, right: str
) -> None:
    assert {left, right} <= set(list_names(rel)[entity_id])
    assert both_ways(left, right, "Organization") >= THRESHOLD


def test_abbreviations_are_read_in_organisations_names_only() -> None:
    assert name_form("SOMIC ENGINEERING AND MANAGEMENT CO", ORG).tokens[-1] == "company"
    assert name_form("Bank St. Petersburg", ANY).tokens == ("bank", "saint", "petersburg")
    # ... with the word's weight, as the word written out has.
    co, company = name_form("El-Tel Co.", ORG), name_form("El-Tel Company", ORG)
    assert co.tokens == company.tokens and co.weights == company.weights
    # A person's name is read as written.
    assert name_form("Co Van Minh", PERSON).tokens[0] == "co"
