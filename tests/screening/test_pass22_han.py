"""Chinese organisations' names in Han against English ones (issue 10, twenty-second
pass): a company's seat or a generic word in parentheses is no name of its own; the
words of institutions, trades and finance read in English (`data/chinese_words.txt`);
everyday words some English names translate read so in the table reading alone
(`data/chinese_meanings.txt`), the other keeping the pinyin and its own commonness; a
place is one word in the table reading; a pinyin syllable before another is no cut word."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.names import similarity
from sanctionwatch.screening.text import split_names, to_ascii


def _org(query: str, listed: str) -> tuple[float, set[str]]:
    result = score(
        Query(names=[query], schema="Organization"), Query(names=[listed], schema="Company")
    )
    return result.score, {f.name for f in result.features}


@pytest.mark.parametrize(
    ("written", "parts"),
    [
        # A listed company (UK list) and a Han name: the seat qualifies the name.
        (
            "JUHANG AVIATION TECHNOLOGY (SHENZHEN) CO., LIMITED",
            ["JUHANG AVIATION TECHNOLOGY", "CO., LIMITED"],
        ),
        ("腾讯科技(深圳)有限公司", ["腾讯科技", "有限公司"]),
        ("Xi'an Company (Xi'an)", ["Xi'an Company"]),
        # ... a name in parentheses still is one
        ("Poly Technologies (PTI)", ["Poly Technologies", "PTI"]),
    ],
)
def test_a_seat_in_parentheses_is_no_name(written: str, parts: list[str]) -> None:
    assert split_names(written) == parts


@pytest.mark.parametrize(
    ("query", "listed"),
    [
        # Tencent's registered name against a listed company of the same city: the city
        # alone matched, 1.0.
        ("腾讯科技(深圳)有限公司", "JUHANG AVIATION TECHNOLOGY (SHENZHEN) CO., LIMITED"),
        (
            "Tengxun Technology (Shenzhen) Co Ltd",
            "JUHANG AVIATION TECHNOLOGY (SHENZHEN) CO., LIMITED",
        ),
        # '(Group)' alone matched every other '(Group)' (capped at 0.65)
        (
            "Jiangnan Zaochuan (Group) Co. Ltd.",
            "Shanghai Micro Electronics Equipment (Group) Co. Ltd.",
        ),
    ],
)
def test_a_shared_seat_or_generic_word_is_no_match(query: str, listed: str) -> None:
    found, features = _org(query, listed)
    assert found < 0.5
    assert "name_match" not in features


@pytest.mark.parametrize(
    ("han", "english"),
    [
        ("中国农业银行股份有限公司", "Agricultural Bank of China Limited"),
        ("中国工商银行股份有限公司", "Industrial and Commercial Bank of China Limited"),
        ("中国人寿保险股份有限公司", "China Life Insurance Company Limited"),
        ("北京市公安局", "Beijing Municipal Public Security Bureau"),
        ("中国空气动力研究与发展中心", "China Aerodynamics Research and Development Center"),
        ("中国科学院", "Chinese Academy of Sciences"),
        # everyday words translated
        ("金龙精密铜管集团股份有限公司", "Golden Dragon Precise Copper Tube Group Inc."),
        ("光明乳业股份有限公司", "Bright Dairy & Food Co. Ltd."),
        # ... or in pinyin, not common for the translation ('oriental electronics')
        ("东方电子股份有限公司", "Dongfang Electronics Co. Ltd."),
    ],
)
def test_words_read_in_english(han: str, english: str) -> None:
    assert _org(han, english)[0] >= THRESHOLD


def test_a_translated_common_name_stays_common() -> None:
    found, features = _org("东方电子股份有限公司", "Oriental Electronics Co. Ltd.")
    assert "common_name" in features
    assert found < THRESHOLD


def test_a_pinyin_syllable_before_another_is_no_cut_word() -> None:
    # 'xin' of 'xinxing' counted 0.8 as a word cut short: another Hong Kong company
    # scored 0.88 against the listed 'Xin Quan Electronics (Hong Kong)' (Canada's list).
    found, _ = _org("香港新星电子有限公司", "Xin Quan Electronics (Hong Kong) Co., Limited")
    assert found < THRESHOLD
    assert similarity("xinxing", "xin") == 0.0
    assert similarity("mohammadreza", "mohammad") == 0.8  # a name cut short still is one


def test_a_place_is_one_word_in_the_table_reading() -> None:
    assert "wuhan" in to_ascii("武汉光明科技有限公司", org=True).split()
