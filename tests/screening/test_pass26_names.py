"""Issue 10, twenty-sixth pass. A Hong Kong or Macau organisation's name in Han (one of
those places in it, or written in traditional characters) is read once more with its
business words in English and the rest in Cantonese, as Hong Kong companies write their
English names ('永安' Wing On, where pinyin reads Yong'an); a mainland name in
simplified characters is not. The pinyin readings stay ('華信船務(香港)' HUAXIN
SHIPPING). Jewellery, department store, properties and bus are words of the table.
'Mg' in a person's name is Myanmar's abbreviation of 'Maung' ('AYE, Mg Mg'). A foreign
name in Han, its words parted by a middle dot, is read as Chinese transliterates it, a
character that writes a lone consonant as that consonant ('阿不都·哈克' Abdu Hak)."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.script import foreign_han
from sanctionwatch.screening.text import ORG, PERSON, han_cantonese, name_form


def _org(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Organization") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("han", "english"),
    [
        # OFAC's 'SHUEN WAI HOLDING LIMITED', its Han written here ('shun wei' in pinyin)
        ("順威控股有限公司", "SHUEN WAI HOLDING LIMITED"),
        ("順威控股(香港)有限公司", "SHUEN WAI HOLDING LIMITED"),
        ("恒生銀行有限公司", "Hang Seng Bank Limited"),
        ("永安百貨有限公司", "Wing On Department Stores Limited"),
        ("周大福珠寶集團有限公司", "Chow Tai Fook Jewellery Group Limited"),
        ("恒隆地產有限公司", "Hang Lung Properties Limited"),
    ],
)
def test_a_hong_kong_companys_han_is_read_in_cantonese(han: str, english: str) -> None:
    assert _org(han, english) >= 0.85


def test_a_hong_kong_company_in_pinyin_still_matches() -> None:
    # a real list pair: the Hong Kong company's English name is pinyin
    assert _org("華信船務(香港)有限公司", "HUAXIN SHIPPING HONGKONG LTD") == 1.0


def test_the_cantonese_reading_has_the_tables_words_in_english() -> None:
    assert han_cantonese("順威控股(香港)有限公司") == "shun wai holdings ( hong kong ) llc"
    assert han_cantonese("永安百貨有限公司") == "wing on department store llc"


@pytest.mark.parametrize(
    "name",
    [
        "长城汽车股份有限公司",  # simplified, no Hong Kong or Macau in it: a mainland name
        "深圳市大疆创新科技有限公司",
        "中國國際",  # every word in the tables: nothing to read in Cantonese
        "SHUEN WAI HOLDING LIMITED",
    ],
)
def test_other_names_have_no_cantonese_reading(name: str) -> None:
    assert han_cantonese(name) is None


def test_a_cantonese_reading_is_no_match_for_another_company() -> None:
    # 'Wing On' is not 'Wing Shing': the Cantonese reading counts its words as any name's
    assert _org("永安百貨有限公司", "WING SHING INTERNATIONAL HOLDINGS LIMITED") < THRESHOLD


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("AYE, Mg Mg", "AYE, Maung Maung"),  # OFAC gives him both ways
        ("Mg Mg Ohn", "Maung Maung Ohn"),  # Canada's list writes 'Mg Mg Ohn'
    ],
)
def test_mg_is_maung_in_a_burmese_persons_name(short: str, full: str) -> None:
    assert name_form(short, PERSON).tokens == name_form(full, PERSON).tokens
    a, b = (Query(names=[n], schema="Person") for n in (short, full))
    assert score(a, b).score >= THRESHOLD


def test_mg_stays_mg_in_an_organisations_name() -> None:
    assert name_form("MG INTERNATIONAL AG", ORG).tokens[0] == "mg"


def test_a_foreign_name_in_han_is_read_as_chinese_transliterates_it() -> None:
    # Australia's list gives 'ABDUL HAQ' his name in Han: 阿不都 Abdu, 哈克 Haq ('hake' in
    # pinyin, where 克 writes the lone 'k')
    assert foreign_han("阿不都·哈克") == "abdu hak"
    a, b = (Query(names=[n], schema="Person") for n in ("阿不都·哈克", "ABDUL HAQ"))
    assert score(a, b).score >= 0.9


@pytest.mark.parametrize("name", ["张伟", "華信船務(香港)有限公司", "Abdul Haq"])
def test_a_name_without_the_middle_dot_has_no_foreign_reading(name: str) -> None:
    assert foreign_han(name) is None


def test_a_chinese_name_keeps_its_pinyin_readings_only() -> None:
    forms = Query(names=["张建华"], schema="Person").forms
    assert all(f.tokens != ("zhangjianhua",) for f in forms)
    assert ("zhang", "jianhua") in {f.tokens for f in forms}
