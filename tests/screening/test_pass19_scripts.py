"""Original scripts to the Latin names the lists give them (issue 10, nineteenth pass):
a Chinese company's words translated ('科技' Technology, '航空发动机' Aero Engine), its
brand or acronym ('保利' Poly, '海康威视' Hikvision); a Hong Kong person's name in
Cantonese ('譚耀宗' TAM Yiu-chung); a Russian enterprise named after a person ('имени
академика М. Ф. Решетнёва', Academician M.F. Reshetnev).

The index holds Canada's consolidated list and OFAC's consolidated (non-SDN) list as
shipped in ../shared/lists, read by the project's own readers, with their Latin-script
names only (as the class bench indexes them). The Han names of the OFAC companies are
their own Chinese names, written here; Poly Technologies carries its Han name on the
Canadian list.
"""

from __future__ import annotations

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Index, Query
from sanctionwatch.screening.script import cantonese
from sanctionwatch.screening.text import name_form, russian_words
from tests.conftest import LISTS
from tests.screening.helpers import both_ways, latin_only

FILES = ["canada/sema-lmes.xml", "ofac/consolidated/2025-12/cons_prim.csv"]


@pytest.fixture(scope="module")
def entities() -> list[dict]:
    found = [e for f in FILES for e in read_list(LISTS / f).entities()]
    return [e for e in found if e["schema"] != "Sanction"]


@pytest.fixture(scope="module")
def index(entities: list[dict]) -> Index:
    return Index.build(latin_only(e) for e in entities)


def score_of(index: Index, name: str, wanted: str) -> float:
    hits = index.match(Query(names=[name], schema="Organization"), limit=10)
    return max((h.score for h in hits if h.entity_id == wanted), default=0.0)


def test_a_listed_han_name_finds_its_brand(index: Index, entities: list[dict]) -> None:
    # Canada lists '保利科技有限公司' beside 'Poly Technologies, Inc.': 'Poly' is the
    # company's brand for 保利 (Baoli), 'Technologies' the plural of the table's word.
    (poly,) = [e["id"] for e in entities if "保利科技有限公司" in e["properties"].get("alias", [])]
    assert score_of(index, "保利科技有限公司", poly) >= THRESHOLD


@pytest.mark.parametrize(
    ("han", "wanted", "listed"),
    [
        ("杭州海康威视数字技术股份有限公司", "ofac-30946", "HANGZHOU HIKVISION DIGITAL TECHNOLOGY"),
        ("中国联合网络通信集团有限公司", "ofac-30942", "CHINA UNITED NETWORK COMMUNICATIONS GROUP"),
        ("中国航空发动机集团有限公司", "ofac-30902", "AERO ENGINE CORPORATION OF CHINA"),
        ("中国南方工业集团公司", "ofac-30933", "CHINA SOUTH INDUSTRIES GROUP CORPORATION"),
    ],
)
def test_a_state_group_in_han_finds_its_english_name(
    index: Index, han: str, wanted: str, listed: str
) -> None:
    assert score_of(index, han, wanted) >= THRESHOLD, listed


def test_a_brand_is_one_reading_the_pinyin_the_other() -> None:
    # A company that writes 保利 in pinyin ('Baoli') is still found by the other reading,
    # and a person's name is never read as a brand.
    assert name_form("保利科技有限公司", "org").tokens == ("poly", "technology")
    assert name_form("保利科技有限公司", "org", table=False).tokens == ("baoli", "technology")
    assert name_form("王保利", "person").tokens == ("wang", "bao", "li")


def test_a_word_in_the_other_number_reaches_the_listed_name(
    index: Index, entities: list[dict]
) -> None:
    # 'Technology' and 'Technologies' share no key but their prefix, which hundreds of
    # names share: the pair 'poly|technologies' is what reaches the listed name.
    (poly,) = [e["id"] for e in entities if "Poly Technologies, Inc." in e["properties"]["name"]]
    slots = index.candidates(Query(names=["Poly Technology"], schema="Organization"))
    assert poly in {index._entities[s].id for s in slots}  # type: ignore[union-attr]


def test_a_hong_kong_name_is_read_in_cantonese() -> None:
    assert cantonese("譚耀宗") == "tam yiu chung"
    assert cantonese("张学友") == cantonese("張學友") == "cheung hok yau"  # simplified too
    assert cantonese("Smith") is None
    # TAM Yiu-chung (OFAC SDN): pinyin reads 'Tan Yaozong', Taiwan's Wade-Giles 'T'an
    # Yao-tsung'; another given name stays apart.
    assert both_ways("譚耀宗", "TAM, Yiu-chung") >= THRESHOLD
    assert both_ways("譚耀宗", "TAM, Yiu-wing") < THRESHOLD - 0.2


@pytest.mark.parametrize(
    ("cyrillic", "listed"),
    [
        ("Воздушно-космические силы Российской Федерации", "Aerospace Forces of the Ministry ..."),
        ("Группа компаний «Беспилотные системы»", "Unmanned Systems Group"),
        ("Африканский Корпус", "Africa Corps"),
    ],
)
def test_a_russian_organisation_finds_its_english_name(
    index: Index, entities: list[dict], cyrillic: str, listed: str
) -> None:
    # Canada lists each beside the English name: armed forces', the sea's and other
    # words the lists translate ('силы' forces, 'беспилотные' unmanned, 'африканский').
    (wanted,) = [e["id"] for e in entities if cyrillic in e["properties"].get("alias", [])]
    assert score_of(index, cyrillic, wanted) >= THRESHOLD, listed


@pytest.mark.parametrize(
    "cyrillic",
    [
        "Акционерное общество «Информационные спутниковые системы» имени академика"
        " М. Ф. Решетнёва»",
        "Акционерное общество «Радиотехнический институт имени академика А.Л. Минца»",
        'Акционерное общество "Конструкторское бюро точного машиностроения им. А.Э. Нудельмана"',
        "Федеральное государственное бюджетное учреждение науки Институт физики полупроводников"
        " им. А.В. Ржанова Сибирского отделения Российской академии наук",
    ],
)
def test_an_enterprise_named_after_a_person_finds_its_english_name(
    index: Index, entities: list[dict], cyrillic: str
) -> None:
    # Canada lists each beside its English name ('Academician M.F. Reshetnev Information
    # Satellite Systems JSC', 'Rzhanov Institute of Semiconductor Physics Siberian Branch
    # of Russian Academy of Sciences'): the person in the nominative, 'академик' an
    # academician, the Academy's words in English.
    (wanted,) = [e["id"] for e in entities if cyrillic in e["properties"].get("alias", [])]
    assert score_of(index, cyrillic, wanted) >= THRESHOLD


def test_the_person_an_enterprise_is_named_after_is_read_in_the_nominative() -> None:
    assert "кулаков " in russian_words("ао завод имени а.а. кулакова ")
    assert russian_words("фонд имени алексея талая").split()[-2:] == ["алексей", "талай"]
    assert "дзержинский" in russian_words("корпорация имени ф.э. дзержинского")
    # An initial is no word: 'и.' stays an initial, not 'and'.
    assert "and" not in russian_words("им. академ. е.и. забабахина")
    assert russian_words("институт им. л.д. ландау").split()[-1] == "ландау"  # indeclinable


def test_a_legal_form_in_brackets_is_no_name_of_its_own(index: Index, entities: list[dict]) -> None:
    # 'Акционерное общество (АО) «ТЕРРА ТЕХ»' (Canada) was split into 'АО' too, which read
    # 'jsc' equalled every listed name with a legal form apart ('Gazprombank (Joint Stock
    # Company)'): ten of those at 1.0 hid Terra Tech itself.
    name = "Акционерное общество (АО) «ТЕРРА ТЕХ»"
    (terra,) = [e["id"] for e in entities if name in e["properties"].get("alias", [])]
    assert score_of(index, name, terra) >= THRESHOLD
    hits = index.match(Query(names=["Acme Widgets (LLC)"], schema="Organization"), limit=10)
    assert all(h.score < THRESHOLD for h in hits)


@pytest.mark.parametrize(
    ("hangul", "listed", "tokens"),
    [
        # North Korean companies (OFAC SDN) in their own Korean names: the words the
        # lists translate in English, the name's own word joined as McCune-Reischauer
        # joins it ('광선' Kwangson, '련봉' Ryonbong), not syllable by syllable.
        ("조선광선은행", "KOREA KWANGSON BANKING CORP", ("korea", "kwangson", "bank")),
        (
            "조선련봉총회사",
            "KOREA RYONBONG GENERAL CORPORATION",
            ("korea", "ryonbong", "general", "corporation"),
        ),
        ("고려항공", "AIR KORYO", ("koryo", "air")),
        ("정찰총국", "RECONNAISSANCE GENERAL BUREAU", ("reconnaissance", "general", "bureau")),
    ],
)
def test_a_korean_organisation_in_hangul_meets_its_listed_name(
    hangul: str, listed: str, tokens: tuple[str, ...]
) -> None:
    assert name_form(hangul, "org").tokens == tokens
    assert both_ways(hangul, listed, "Organization") >= THRESHOLD


def test_a_korean_person_in_hangul_is_still_read_by_syllables() -> None:
    # Only an organisation's words are joined: a person's given name keeps its syllables.
    assert name_form("김정은", "person").tokens == ("kim", "jong", "un")
    assert both_ways("리영길", "RI, Yong Gil") >= THRESHOLD


def test_a_word_before_al_din_is_read_as_it_sounds_not_translated() -> None:
    # The UN lists 'انصار الدين' beside ANSAR EDDINE. Read 'supporters' (the other reading
    # of an organisation's words), it ranked with every 'Supporters of ...' and the
    # listed name was never scored; 'انصار الله' keeps it: the lists write Ansarallah
    # 'Supporters of God' too.
    files = ["un/consolidated.xml", "ofac/2024-05/sdn.csv"]
    entities = [e for f in files for e in read_list(LISTS / f).entities()]
    listed = [e for e in entities if e["schema"] != "Sanction"]
    wanted = [e["id"] for e in listed if "ANSAR EDDINE" in e["properties"]["name"]]
    index = Index.build(latin_only(e) for e in listed)
    assert max(score_of(index, "انصار الدين", w) for w in wanted) >= THRESHOLD
    assert name_form("انصار الله", "org", table=False).tokens == ("supporters", "llh")
