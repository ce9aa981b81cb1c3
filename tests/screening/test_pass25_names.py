"""Issue 10, twenty-fifth pass. A person's name is read as Korean only where it has no
word of three syllables ('Santino Deng Wol' was read 'santino
teng wol', no longer the 'DENG, Santino' the lists give him too); a Korean name keeps its
reading. A Russian organisation's words that English names translate in more than one
way ('морской' Marine, Sea, Maritime) are read in each, as Han words are; and 'named
after' is no word of an organisation's Latin name, as 'имени' is none of its Russian one.
An organisation's own name alone, one word, keeps 0.75 however long the other name is;
more trade words of Chinese companies' names are read in English."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import ORG, PERSON, name_form


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


def _org(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Organization") for n in (left, right))
    return max(score(a, b).score, score(b, a).score)


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        # Real list pairs: a Russian organisation's name and its Latin one, whose words
        # translate the Russian otherwise than `russian_words.txt` does.
        ("Новороссийский морской торговый порт", "Novorossiysk Commercial Sea Port"),
        ("Климовский специализированный патронный завод", "Klimovsk Specialized Ammunition Plant"),
        ("Акционерное общество «Балтийский завод»", "Baltic Shipyard JSC"),
        ("Концерн радиостроения «Вега»", "Vega Radio Engineering Corporation JSC"),
    ],
)
def test_a_russian_word_in_its_other_rendering(russian: str, english: str) -> None:
    assert _org(russian, english) >= THRESHOLD


def test_other_renderings_are_forms_of_their_own() -> None:
    query = Query(names=["Новороссийский морской торговый порт"], schema="Organization")
    assert query.rendered == 2  # 'sea commercial', 'maritime trade'
    readings = {f.tokens for f in query.forms[-query.rendered :]}
    assert ("novorossiyskiy", "sea", "commercial", "port") in readings
    # A Latin name, and a Russian one without such words, have none.
    assert Query(names=["Novorossiysk Commercial Sea Port"], schema="Organization").rendered == 0
    assert Query(names=["Банк России"], schema="Organization").rendered == 0


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        (
            "Акционерное общество «Авиаавтоматика» имени В.В .Тарасова",
            "Aviaavtomatika Named After V. Tarasov JSC",
        ),
        ("Завод імені В. О. Малишева", "Malyshev Plant"),  # Ukrainian 'імені'
    ],
)
def test_named_after_is_no_word_of_the_name(russian: str, english: str) -> None:
    assert _org(russian, english) >= THRESHOLD


def test_named_after_is_dropped_from_a_latin_name() -> None:
    form = name_form("Minsk Electrotechnical Plant named after V.I. Kozlov", ORG)
    assert "named" not in form.tokens and "after" not in form.tokens
    assert "kozlov" in form.tokens


@pytest.mark.parametrize(
    ("han", "english"),
    [
        # Small inputs of our own: trades and wares in Han against their English words.
        ("上海华信五金配件有限公司", "Shanghai Huaxin Hardware Parts Co., Ltd."),
        ("中国化肥进出口有限公司", "China Fertilizer Import and Export Co., Ltd."),
        ("宁波港口码头仓储有限公司", "Ningbo Port Wharf Storage Co., Ltd."),  # other renderings
    ],
)
def test_chinese_trade_words_in_english(han: str, english: str) -> None:
    assert _org(han, english) >= THRESHOLD


def test_a_trade_word_does_not_cut_a_name_it_straddles() -> None:
    # '电网' (grid) is no table word: '华电网络' is Huadian Network, not 'hua grid luo'.
    assert "network" in name_form("北京华电网络科技有限公司", ORG).tokens


@pytest.mark.parametrize(
    ("brand", "listed"),
    [
        # Real list aliases: an organisation's own name, one word, and its full name.
        ("TAWU", "TAWU MECHANICAL ENGINEERING AND TRADING COMPANY"),
        ("JONHON", "AVIC JONHON OPTRONIC TECHNOLOGY CO., LTD."),
        ("SOMIC", "SOMIC ENGINEERING AND MANAGEMENT CO"),
    ],
)
def test_a_one_word_brand_alone_matches_its_full_name(brand: str, listed: str) -> None:
    assert _org(brand, listed) >= THRESHOLD


@pytest.mark.parametrize(
    ("name", "listed"),
    [
        # Two listed companies of one name, with legal forms (one rigour does not know).
        ("CYTROX AD", "CYTROX HOLDINGS ZARTKORUEN MUKODO RESZVENYTARSASAG"),
        ("MILUR SA", "MILUR ELECTRONICS LLC"),
    ],
)
def test_a_brand_with_a_legal_form_is_no_brand_alone(name: str, listed: str) -> None:
    assert _org(name, listed) < THRESHOLD
