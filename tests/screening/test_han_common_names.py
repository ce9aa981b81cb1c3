"""A person's name in Han is as common as its pinyin the way the lists write it (issue 10,
twentieth pass): the given name one word ('王君正' Wang Junzheng). Its readings in
syllables ('wang jun zheng', Wade-Giles 'wang chun cheng') are three common words for
almost any Chinese name, which capped every listed Chinese person queried in Han at the
common-name score, where the same name in Latin letters scored 1.0."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score


def _score(query: str, listed: str) -> tuple[float, set[str]]:
    result = score(Query(names=[query], schema="Person"), Query(names=[listed], schema="Person"))
    return result.score, {f.name for f in result.features}


@pytest.mark.parametrize(
    ("han", "pinyin", "listed"),
    [
        ("王君正", "Wang Junzheng", "WANG, Junzheng"),  # as OFAC lists Chinese officials
        ("吴伟华", "Wu Weihua", "WU, Weihua"),
        ("李友民", "Li Youmin", "LI, Youmin"),
        ("曹建明", "Cao Jianming", "CAO, Jianming"),
    ],
)
def test_a_han_name_scores_as_its_pinyin_does(han: str, pinyin: str, listed: str) -> None:
    assert _score(pinyin, listed)[0] == 1.0  # not a common name in Latin letters
    found, features = _score(han, listed)
    assert found >= THRESHOLD
    assert "common_name" not in features


@pytest.mark.parametrize(
    ("han", "listed"),
    [
        ("张建", "ZHANG, Jian"),  # a common surname and a common one-syllable given name
        ("张伟", "ZHANG Wei"),
        # Read in syllables, 'gao wei qiang' has all of 'GAO Qiang' and a word more: that
        # reading is common, so the match on it is capped as before.
        ("高偉強", "GAO Qiang"),
    ],
)
def test_a_common_chinese_name_stays_capped(han: str, listed: str) -> None:
    found, features = _score(han, listed)
    assert "common_name" in features
    assert found < THRESHOLD


def test_a_birth_date_still_confirms_a_common_han_name() -> None:
    query = Query(names=["张建"], schema="Person", birth_dates=["1961-03-02"])
    listed = Query(names=["ZHANG, Jian"], schema="Person", birth_dates=["1961-03-02"])
    assert score(query, listed).score >= THRESHOLD
