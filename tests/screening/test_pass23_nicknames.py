"""A given name and its nickname (issue 10, twenty-third pass): the lists give a person's
everyday name as an alias ('NACHO CORONEL' for 'CORONEL VILLAREAL, Ignacio'; 'Катя
Фридман' for 'Ekaterina FRIDMAN'), which shares no letters a spelling rule could find
(`text.NICKNAMES`, from `data/nicknames.txt`).

Each pair is two names the shipped lists in ../shared/lists give one entity, read by the
project's own readers; every one scored below the threshold before this pass.
"""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.names import NICKNAME, similarity
from sanctionwatch.screening.pairs import cannot_relate
from sanctionwatch.screening.query import Query
from sanctionwatch.screening.scorer import score
from sanctionwatch.screening.text import NICKNAMES
from tests.screening.helpers import CANADA, OFAC, both_ways, list_names


@pytest.mark.parametrize(
    ("rel", "entity_id", "left", "right"),
    [
        (OFAC, "ofac-9335", "NACHO CORONEL", "CORONEL VILLAREAL, Ignacio"),
        (OFAC, "ofac-9567", "NACHO BEDOYA", "BEDOYA VELEZ, Jose Ignacio"),
        (OFAC, "ofac-23124", "NACHO GONZALEZ", "GONZALEZ PENUELAS, Ignacio"),
        (OFAC, "ofac-8800", "CHUY LABRA", "LABRA AVILES, Jesus Abraham"),
        # A Russian diminutive in Cyrillic against the Latin full name.
        (CANADA, "ca-00874e320e19ed24", "Катя Фридман", "Ekaterina FRIDMAN"),
    ],
)
def test_a_nickname_alias_matches_the_full_name(
    rel: str, entity_id: str, left: str, right: str
) -> None:
    assert {left, right} <= set(list_names(rel)[entity_id])
    assert both_ways(left, right) >= THRESHOLD


def test_a_nickname_relates_only_its_own_names() -> None:
    # As the tokens of a name are spelt: 'Yekaterina' is read 'ekaterina' first.
    assert "katya" in NICKNAMES["ekaterina"] and "ekaterina" in NICKNAMES["katya"]
    assert similarity("nacho", "ignacio") == similarity("ignacio", "nacho") == NICKNAME
    # The fast exit's proof knows the pair, or it would be cut before the table is read.
    assert not cannot_relate("nacho", "ignacio")
    # A nickname is no other name's: 'Nacho' is not 'Ivan', 'Sasha' not 'Mikhail'.
    assert similarity("nacho", "ivan") == 0.0
    assert similarity("sasha", "mikhail") == 0.0


def test_a_nickname_of_a_common_name_is_as_common() -> None:
    # 'Sasha Petrov' matches 'Aleksandr Petrov' as well as 'Aleksandr Petrov' itself does,
    # and no better: a common name, which nothing here confirms.
    nick = score(Query(names=["Sasha Petrov"]), Query(names=["Aleksandr Petrov"]))
    full = score(Query(names=["Aleksandr Petrov"]), Query(names=["Aleksandr Petrov"]))
    assert nick.score == full.score < THRESHOLD
    assert "common_name" in {f.name for f in nick.features}
