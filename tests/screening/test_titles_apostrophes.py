"""Apostrophes inside words, honorific titles, and names the list writes otherwise
(issue 10), on names as the UN, OFAC and Canadian lists write them.

The index holds the UN consolidated list, the Canadian SEMA list and the OFAC SDN list
(May 2024) as shipped in ../shared/lists, read by the project's own readers, with their
Latin names only (as the screening bench indexes them): a query in Arabic script or Han
meets the list's transliteration, not the original script some entries also carry.
"""

from __future__ import annotations

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Index, Query, score
from sanctionwatch.screening.text import ANY, ORG, PERSON, name_form
from tests.conftest import LISTS
from tests.screening.helpers import latin_only

FILES = ["un/consolidated.xml", "canada/sema-lmes.xml", "ofac/2024-05/sdn.csv"]


@pytest.fixture(scope="module")
def index() -> Index:
    entities = [e for f in FILES for e in read_list(LISTS / f).entities()]
    return Index.build([latin_only(e) for e in entities if e["schema"] != "Sanction"])


def found(index: Index, name: str, schema: str, listed: str) -> float:
    """The score of the entity with a name `listed` (any case) among the first ten hits,
    else 0."""
    for hit in index.match(Query(names=[name], schema=schema), limit=10):
        entity = index.get(hit.entity_id)
        assert entity is not None
        if listed.casefold() in {n.casefold() for n in entity.names}:
            return hit.score
    return 0.0


# Aliases the UN list gives the one group: curly, straight and no apostrophe.
@pytest.mark.parametrize(
    "name", ["Hay’at Tahrir al-Sham", "HAY'AT TAHRIR AL-SHAM", "Hay’et Tahrir al-Sham"]
)
@pytest.mark.parametrize("kind", [ORG, ANY])
def test_an_apostrophe_inside_a_word_splits_off_no_legal_form(name: str, kind: str) -> None:
    form = name_form(name, kind)
    assert form.org_type is None
    assert form.tokens[1:] == name_form("Hayat Tahrir al-Sham", kind).tokens[1:]
    assert len(form.tokens) == 3


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Hay’at Tahrir al-Sham", "Hayat Tahrir al-Sham"),
        ("Jama'at al-Dawa", "Jamaat al-Dawa"),
        ("Jama’at-ud-Da’awah", "Jama'at-ud-Da'awah"),
    ],
)
def test_apostrophe_names_score_as_written_without_it(left: str, right: str) -> None:
    org = "Organization"
    assert score(Query(names=[left], schema=org), Query(names=[right], schema=org)).score >= 0.9


def test_apostrophe_names_keep_their_letters() -> None:
    assert name_form("O'Brien", PERSON).tokens == ("obrien",)
    assert name_form("Ansar al-Shari'a", ANY).tokens == ("ansar", "sharia")


@pytest.mark.parametrize(
    ("with_title", "without"),
    [
        ("سید محمود علوی", "ALAVI, Mahmoud"),  # OFAC SDN, IRAN-HR
        ("Sayed Mahmoud Alavi", "ALAVI, Mahmoud"),
        ("Haji Muhammad Ashraf", "Muhammad ASHRAF"),  # OFAC: 'ASHRAF, Haji Muhammad'
        ("Mullah Abdul Manan Agha", "AGHA, Abdul Manan"),  # OFAC: 'AGHA, Haji Abdul Manan'
        ("Maulvi Bashir Noorzai", "NOORZAI, Bashir"),  # OFAC: 'NOORZAI, Haji Bashir'
        ("Sheikh Azizullah Alizai", "ALIZAI, Azizullah"),  # OFAC: 'ALIZAI, Haji Azizullah'
    ],
)
def test_a_title_on_one_side_costs_little(with_title: str, without: str) -> None:
    one, other = Query(names=[with_title], schema="Person"), Query(names=[without], schema="Person")
    assert score(one, other).score >= 0.9
    assert score(other, one).score >= THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Haji Bashir", "Haji Azizullah"),
        ("Mullah Abdul Manan", "Mullah Azizullah"),
        ("Sheikh Mahmoud", "Sheikh Ashraf"),
        ("سید محمود", "Sayed Azizullah"),
    ],
)
def test_names_that_share_only_a_title_do_not_match(left: str, right: str) -> None:
    one, other = Query(names=[left], schema="Person"), Query(names=[right], schema="Person")
    assert max(score(one, other).score, score(other, one).score) < 0.5


def test_titles_are_spelt_one_way() -> None:
    for spellings in (
        ("Sheikh", "Shaykh", "Shaikh", "شیخ"),
        ("Haji", "Hajji", "حاجي"),
        ("Mullah", "Mulla", "ملا"),
        ("Maulvi", "Mawlawi", "Moulavi", "مولوي"),
        ("Hafiz", "Hafez"),
        ("Qari", "قاري"),
    ):
        assert len({name_form(s, PERSON).tokens for s in spellings}) == 1, spellings


@pytest.mark.parametrize(
    ("query", "schema", "listed"),
    [
        # Pinyin read from the Han, which the Latin name abbreviates to its initials.
        ("鈺龙海电子（香港）有限公司", "Organization", "YLH Electronics HK Co Limited"),
        # 'Maktab' misspelt 'Makhtab' in the list; the article glued to 'lkhdmt'.
        ("مكتب الخدمات", "Organization", "MAKHTAB AL-KHIDAMAT"),
        # GOST romanisation, its soft sign written with a backtick (OFAC: MALTSEV).
        ("Sergej Aleksandrovich Mal`cev", "Person", "MALTSEV, Sergey Aleksandrovich"),
        # Two words the list writes as one.
        ("ولی جان", "Person", "WALIJAN"),
        ("الاتحاد الاسلامي", "Organization", "AL-ITIHAAD AL-ISLAMIYA / AIAI"),
    ],
)
def test_names_the_list_writes_otherwise_are_retrieved(
    index: Index, query: str, schema: str, listed: str
) -> None:
    assert found(index, query, schema, listed) >= THRESHOLD
