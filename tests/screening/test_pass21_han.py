"""A person's name in Han is read exactly (issue 10, twenty-first pass): its pinyin,
Wade-Giles and Cantonese readings spell each character's syllable as it is, so a
syllable the Latin name spells with a letter changed or cut short is another character,
not a typo, and a syllable the Latin name lacks is another given name. Innocent Chinese
names in Han matched listed persons through those allowances ('吕桂英' Lv Guiying as
'LIU, Cuiying' 0.98, '张建华' Zhang Jianhua as 'ZHANG, Jian' 0.89). And an organisation's
word in the plural is no other name ('Poly Technology' is 'Poly Technologies', as a Han
name's '科技' reads in English)."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.query import prepare
from sanctionwatch.screening.scorer import score_prepared


def _score(query: str, listed: str, schema: str = "Person") -> tuple[float, set[str]]:
    result = score(Query(names=[query], schema=schema), Query(names=[listed], schema=schema))
    return result.score, {f.name for f in result.features}


@pytest.mark.parametrize(
    ("han", "listed"),
    [
        ("吕桂英", "LIU, Cuiying"),  # 吕 Lv is no 刘 Liu, 桂 gui no 翠 cui
        ("张建华", "ZHANG, Jian"),  # a character more: another given name
        ("陈志明", "Chen Zhi"),
        ("徐强", "KYUNG-WHA, Tsui"),  # Cantonese 'tsui keung' is no Korean Kyung-wha
        ("钟杰", "Chon Chi Bu"),  # Wade-Giles 'chung chieh'
        ("鍾詠詩", "JONG, Yong Su"),  # Cantonese 'chung wing sze', pinyin 'zhong yongshi'
    ],
)
def test_a_han_name_matches_no_name_a_syllable_away(han: str, listed: str) -> None:
    assert _score(han, listed)[0] < THRESHOLD


@pytest.mark.parametrize(
    ("han", "listed"),
    [
        ("张建华", "ZHANG Jianhua"),
        ("吕桂英", "LYU Guiying"),  # 'lv' as pypinyin writes ü, 'lyu' as passports do
        ("陳美香", "CHEN, Mei Hsiang"),  # Wade-Giles, as Taiwan writes it
        ("譚耀宗", "TAM Yiu-chung"),  # Cantonese, as Hong Kong writes it
        ("王君正", "WANG, Junzheng"),
    ],
)
def test_a_han_name_still_matches_its_readings(han: str, listed: str) -> None:
    assert _score(han, listed)[0] >= 0.9


@pytest.mark.parametrize("query", ["保利科技有限公司", "Poly Technology Co Ltd"])
def test_an_organisation_word_in_the_plural_is_no_other_name(query: str) -> None:
    # 'technology' is a word of other listed names, as the index knows it.
    q, c = (prepare(Query(names=[n], schema="Company")) for n in (query, "Poly Technologies, Inc."))
    result = score_prepared(q, c, {}, known=lambda token: token == "technology")
    assert "other_listed_name" not in {f.name for f in result.features}
    assert result.score >= 0.85
