"""A Latin 'an' after a pinyin syllable is the Chinese syllable ('長安' Chang An, '泰安' Tai
An), not the Arabic article it is elsewhere ('Abd an-Nasir'), and stays in the name. The
names are made up for these tests."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.text import name_form
from tests.screening.helpers import both_ways


@pytest.mark.parametrize(
    ("name", "kind", "tokens"),
    [
        ("TAI AN HAITONG TRADE CO., LTD.", "org", ("tai", "an", "haitong", "trade")),
        ("Wang An", "person", ("wang", "an")),
        # The article: after an Arabic word, and after 'bin', Arabic's 'son of' first.
        ("Abd an-Nasir Hamid", "person", ("abd", "nasir", "hamid")),
        ("Salim bin an-Nasr", "person", ("salim", "bin", "nasr")),
    ],
)
def test_an_after_a_pinyin_syllable_is_chinese(name: str, kind: str, tokens: tuple) -> None:
    assert name_form(name, kind).tokens == tokens


def test_han_name_meets_its_latin_form_with_an() -> None:
    assert (
        both_ways("泰安海通贸易有限公司", "TAI AN HAITONG TRADE CO., LTD.", "Organization") > 0.95
    )
    # Two Chinese given names, 'An' and 'Li', are two names, not one surname alone.
    assert both_ways("Wang An", "Wang Li") < THRESHOLD - 0.2
