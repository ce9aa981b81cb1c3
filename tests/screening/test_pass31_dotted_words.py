"""Issue 10, thirty-first pass. The lists abbreviate 'Saint' with a dot in one name of a
party and write it out in another ('Bank St. Petersburg', 'Bank Saint-Petersburg'):
'St.' before a word is read 'saint' (`data/dotted_words.txt`). A bare 'ST' is left as
written, as often initials. The names here are made up."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import ORG, PERSON, name_form


def _score(left: str, right: str, schema: str = "Organization") -> float:
    a, b = (Query(names=[n], schema=schema) for n in (left, right))
    return score(a, b).score


@pytest.mark.parametrize(
    ("left", "right", "schema"),
    [
        ("Neva Bank St. Petersburg", "Neva Bank Saint-Petersburg", "Organization"),  # 0.66
        ("St.Vincent Marine Trading", "Saint Vincent Marine Trading", "Organization"),  # 0.67
        ("Pierre St. Clair Dubois", "Pierre Saint Clair Dubois", "Person"),  # before: 0.71
    ],
)
def test_st_with_its_dot_meets_saint(left: str, right: str, schema: str) -> None:
    assert _score(left, right, schema) >= 0.95


def test_bare_st_and_other_saints_stay_apart() -> None:
    assert name_form("ST Engineering", ORG).tokens == ("st", "engineering")
    assert name_form("Ahmad St", PERSON).tokens == ("ahmad", "st")
    assert _score("ST Engineering", "Saint Engineering") < THRESHOLD - 0.1
    assert _score("St. Vincent Marine Trading", "St. Lucia Marine Trading") < THRESHOLD - 0.1
