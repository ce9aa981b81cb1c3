"""Chinese organisations' names in Han against English ones (issue 10, twenty-third pass):
words English names render in more than one way (`data/chinese_renderings.txt`: '汽车'
Automobile and Motor, '南方' South and Southern, '研究院' Research Institute and Academy)
make one more reading of the name each, which retrieves candidates of its own; a run of
one-character words (`data/chinese_characters.txt`: '金太阳' Golden Sun) reads in English
in one more reading, the pinyin staying in the others ('江南' Jiangnan)."""

from __future__ import annotations

import marshal

import pytest

from sanctionwatch.indexfile import encode_query
from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Index, Query, score
from sanctionwatch.screening.query import prepare
from sanctionwatch.screening.text import han_renderings
from tests.conftest import LISTS
from tests.screening.helpers import CANADA, latin_only


def _org(query: str, listed: str) -> float:
    found = score(
        Query(names=[query], schema="Organization"), Query(names=[listed], schema="Company")
    )
    return found.score


@pytest.mark.parametrize(
    ("han", "english"),
    [
        ("长城汽车股份有限公司", "Great Wall Motor Company Limited"),
        ("东风汽车集团有限公司", "Dongfeng Motor Group Co. Ltd."),
        ("中国南方航空股份有限公司", "China Southern Airlines Company Limited"),
        ("中国东方航空股份有限公司", "China Eastern Airlines Corporation Limited"),
        ("中国国际航空股份有限公司", "Air China Limited"),
        ("中国工程物理研究院", "China Academy of Engineering Physics"),
        ("北京理工大学", "Beijing Institute of Technology"),
        ("哈尔滨工业大学", "Harbin Institute of Technology"),
        ("江南造船(集团)有限责任公司", "Jiangnan Shipyard (Group) Co. Ltd."),
        # run of one-character words (Australian list: 'DALIAN SUN MOON STAR ...')
        (
            "大连日月星国际物流贸易有限公司",
            "DALIAN SUN MOON STAR INTERNATIONAL LOGISTICS TRADING CO., LTD",
        ),
        ("大连金太阳进出口有限公司", "DALIAN GOLDEN SUN IMPORT AND EXPORT CO., LTD."),
    ],
)
def test_other_renderings_find_the_english_name(han: str, english: str) -> None:
    assert _org(han, english) >= THRESHOLD


@pytest.mark.parametrize(
    ("han", "readings"),
    [
        # (session 30: '股份有限公司' is read Co., Ltd. first, Joint Stock Company here)
        (
            "长城汽车股份有限公司",
            ["长城 motor  joint stock company ", "长城 auto  joint stock company "],
        ),
        # the longer word keeps its reading: '航空公司' is not '航空' + '公司'
        ("东方航空公司", [" eastern  airline ", " eastern  air "]),
        # a place is no run of one-character words ('海南' is not 'sea south')
        ("海南金龙", []),
        # ... nor a run with a character that is none ('全')
        ("新全電子(香港)有限公司", []),
        # the pinyin stays in the reading of other renderings
        (
            "江南造船(集团)有限责任公司",
            ["江南 shipyard (集团)有限责任公司", " river south  shipyard (集团)有限责任公司"],
        ),
        ("张伟", []),
        ("Great Wall Motor", []),
    ],
)
def test_han_renderings(han: str, readings: list[str]) -> None:
    assert han_renderings(han) == readings


def test_readings_are_organisations_only() -> None:
    person = Query(names=["东方汽车"], schema="Person")
    assert person.rendered == 0
    company = Query(names=["东方汽车"], schema="Company")
    assert company.rendered == 2
    assert [f.tokens for f in company.forms[-2:]] == [("eastern", "motor"), ("eastern", "auto")]


@pytest.fixture(scope="module")
def canada() -> Index:
    entities = read_list(LISTS / CANADA).entities()
    return Index.build(latin_only(e) for e in entities if e["schema"] != "Sanction")


def test_other_renderings_do_not_crowd_out_the_name(canada: Index) -> None:
    # '科技' read 'science and technology' and 'tech' besides 'technology': summed with the
    # name's keys, those common words ranked other companies above the listed one.
    listed = "ca-02ad6a5c22a1e672"
    assert "Poly Technologies, Inc." in canada.get(listed).names  # type: ignore[union-attr]
    hits = canada.match(Query(names=["保利科技有限公司"], schema="Organization"), limit=3)
    assert hits[0].entity_id == listed
    assert hits[0].score >= THRESHOLD


def test_a_listed_han_name_keeps_to_plain_values() -> None:
    # An index file marshals each listed entity's prepared attributes: name forms only as
    # field tuples, nothing else that holds them.
    listed = prepare(Query(names=["长城汽车股份有限公司"], schema="Company"))
    assert listed.rendered == 2
    assert marshal.loads(marshal.dumps(encode_query(listed)))
