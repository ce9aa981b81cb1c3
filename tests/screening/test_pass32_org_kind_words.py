"""Issue 10, thirty-second pass. 'Complex' names a kind of place as 'Plant' and 'Works'
do: the lists write one party's name with it and without it ('X Industrial Complex',
'X Industrial Company'), so it weighs as a generic word (`data/org_generic.txt`). The
plural 'complexes' is a product, as 'systems' is ('Laser Systems and Complexes'), and
keeps its weight. Made-up names."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import is_generic


def _org(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Organization") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Kavir Industrial Complex", "Kavir Industrial Company"),  # before: 0.51
        ("Sahand Aviation Industries Complex", "Sahand Aviation Industries Group"),  # 0.59
    ],
)
def test_a_kind_word_more_or_less_is_one_party(left: str, right: str) -> None:
    assert _org(left, right) >= THRESHOLD + 0.05


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Kavir Steel Complex", "Bonab Steel Complex"),
        ("Toos Tire Complex", "Sahand Tire Complex"),
        ("Orion Laser Systems", "Vega National Centre of Laser Systems and Complexes"),
    ],
)
def test_a_shared_kind_word_does_not_make_one_party(left: str, right: str) -> None:
    assert _org(left, right) < THRESHOLD - 0.1


def test_the_plural_is_no_misspelling_of_complex() -> None:
    assert is_generic("complex")
    assert not is_generic("complexes")
    assert is_generic("comples")  # a misspelling still is
