"""An organisation's name abbreviated by syllables (issue 10, twenty-third pass): the
starts of its words written as one word ('ADDSOL' for 'ADDITIVE SOLUTIONS', 'CHINA
SATCOM' for 'CHINA SATELLITE COMMUNICATIONS CO., LTD.'), which neither initials nor a
joined spelling find (`names._syllables_joined`).

Each pair is two names the shipped lists in ../shared/lists give one entity, read by the
project's own readers; every one scored below the threshold before this pass.
"""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.names import compare_names
from sanctionwatch.screening.text import ORG, name_form
from tests.screening.helpers import OFAC, OFAC_2024, both_ways, list_names

OFAC_CONSOLIDATED = "ofac/consolidated/2025-12/cons_prim.csv"


@pytest.mark.parametrize(
    ("rel", "entity_id", "left", "right"),
    [
        (OFAC_2024, "ofac-41074", "ADDSOL", "ADDITIVE SOLUTIONS"),
        (OFAC, "ofac-8890", "AGRONILO S.A.", "AGROPECUARIA EL NILO S.A."),
        (
            OFAC_CONSOLIDATED,
            "ofac-32069",
            "CHINA SATCOM",
            "CHINA SATELLITE COMMUNICATIONS CO., LTD.",
        ),
        (OFAC, "ofac-22950", "ITSEC TEAM", "IT SECURITY & PENETRATION TESTING TEAM"),
    ],
)
def test_a_name_abbreviated_by_syllables(rel: str, entity_id: str, left: str, right: str) -> None:
    assert {left, right} <= set(list_names(rel)[entity_id])
    assert both_ways(left, right, "Organization") >= THRESHOLD


def _compared(left: str, right: str) -> float:
    return compare_names(name_form(left, ORG), name_form(right, ORG), ORG)[1]


def test_syllables_are_three_letters_or_a_whole_short_word() -> None:
    assert _compared("SATCOM", "SATELLITE COMMUNICATIONS") == 1.0
    # Two letters cut from each word make no syllables: 'registrar company' is no 'Recom'.
    assert _compared("RECOM", "REGISTRAR COMPANY") < THRESHOLD
    # One word's start alone is a truncation, no abbreviation of a run.
    assert _compared("SATEL", "SATELLITE COMMUNICATIONS") < THRESHOLD
