"""'An' in a Korean name is the surname 안, not the Arabic article ('an-Nur').

The person is read from the UK OFSI consolidated list as shipped in ../shared/lists by
the project's own reader: 'AN, Jong Hyuk' (group 13590), whose surname was dropped as a
particle, so that 'Jong Hyuk' alone was his whole name and 'Jong Hyukan' was not.
"""

from __future__ import annotations

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import PERSON, name_form
from tests.conftest import LISTS

OFSI = LISTS / "uk/ofsi/2020-04/ConList.csv"


@pytest.fixture(scope="module")
def an_jong_hyuk() -> Query:
    for entity in read_list(OFSI).entities():
        if entity["id"] == "gb-hmt-13590":
            return Query.from_entity(entity)
    raise LookupError("gb-hmt-13590")


def test_the_korean_surname_an_is_kept(an_jong_hyuk: Query) -> None:
    assert any("an" in f.tokens and "jong" in f.tokens for f in an_jong_hyuk.forms)
    joined = score(Query(names=["Jong Hyukan"], schema="Person"), an_jong_hyuk)
    assert joined.score >= THRESHOLD
    # Without his surname the name is no longer the whole of his.
    bare = score(Query(names=["Jong Hyuk"], schema="Person"), an_jong_hyuk)
    assert bare.features[0].name != "name_match"


def test_the_arabic_article_an_is_still_dropped() -> None:
    assert name_form("Abd an-Nur", PERSON).tokens == ("abd", "nur")
    assert name_form("Nur an Nabi", PERSON).tokens == ("nur", "nabi")
