"""Issue 10, twenty-fifth pass. A person's name is read as Korean only where each of its
words could be a Korean word: one Korean-looking syllable ('Wol') in a Dinka name made
'Santino Deng Wol' Korean, read 'santino teng wol', no longer the 'DENG, Santino' the
lists give him too; a Korean name keeps its reading."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import PERSON, name_form


def _score(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Person") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        ("Santino Deng Wol", ("santino", "deng", "wol")),
        ("Evgeniy Rodionovich KIM", ("evgeny", "rodionovich", "kim")),
    ],
)
def test_one_korean_looking_word_makes_no_korean_name(name: str, tokens: tuple[str, ...]) -> None:
    form = name_form(name, PERSON)
    assert not form.korean
    assert form.tokens == tokens


@pytest.mark.parametrize(
    "name", ["Kim Jong Un", "RI Chun Hwan", "Kim Jongun", "Jang Myong-Jin", "Thaechol Lee"]
)
def test_a_korean_name_is_still_read_as_korean(name: str) -> None:
    assert name_form(name, PERSON).korean


def test_a_dinka_name_meets_its_alias() -> None:
    # Real list aliases of one man (UN, South Sudan).
    assert _score("Santino Deng Wol", "DENG, Santino") >= THRESHOLD
    assert _score("Santino Deng KUOL", "Santino Deng WOL") > 0.6
