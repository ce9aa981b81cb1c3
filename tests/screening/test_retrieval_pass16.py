"""Retrieval of names the scorer matches but the candidates missed (issue 10, sixteenth
pass): each listed name is hidden among more look-alikes than are scored (`DEPTH`), which
outranked it before."""

from __future__ import annotations

from typing import Any

from sanctionwatch.screening import Index, Query
from sanctionwatch.screening.index import DEPTH

GIVEN = "Ahmad Bashir Farid Hamid Jamal Karim Latif Nabil Omar Rashid Salim Tariq Walid Yusuf"
FILLER = [*GIVEN.split(), "Zaki", "Fadil", "Majid", "Nasir"]
assert len(FILLER) > DEPTH


def entity(id: str, schema: str, name: str) -> dict[str, Any]:
    return {"id": id, "schema": schema, "properties": {"name": [name]}}


# Rarity is measured against the whole index: many unrelated names make the look-alikes'
# keys as rare as they are among the lists' 32,879 entities.
BACKGROUND = [
    entity(f"bg{n}", "Person", f"{a}{b}ova {b}{a}enko")
    for n, (a, b) in enumerate((a, b) for a in "bdfgklmnprstvz" for b in "aeiou" * 20)
]


def found(entities: list[dict[str, Any]], name: str, schema: str, wanted: str) -> bool:
    index = Index.build([*BACKGROUND, *entities])
    return any(h.entity_id == wanted for h in index.match(Query(names=[name], schema=schema)))


def test_a_whole_name_in_another_order_outranks_longer_names_in_the_query_order() -> None:
    # 'MUAMMAR, QADHAFI' is every token of 'QADHAFI, Muammar'; the ordered pair keys of
    # the family's longer names ('Hannibal Muammar QADHAFI') outranked the whole name.
    family = [entity(f"q{n}", "Person", f"{g} Muammar QADHAFI") for n, g in enumerate(FILLER)]
    target = entity("target", "Person", "QADHAFI, Muammar")
    assert found([*family, target], "MUAMMAR, QADHAFI", "Person", "target")


def test_a_korean_given_name_written_as_one_word_is_cut_into_korean_syllables() -> None:
    # 'Mangon' is 'Man Gon', spelt 'man kon' in a Korean name; listed words one typo
    # from 'mangon' ('Mangok') outranked it.
    others = [entity(f"m{n}", "Person", f"{g} MANGOK") for n, g in enumerate(FILLER)]
    target = entity("target", "Person", "RI MAN GON")
    assert found([*others, target], "Ri Mangon", "Person", "target")
    assert found([*others, target], "Rhee Mangon", "Person", "target")


def test_a_rare_whole_name_skeleton_outranks_a_near_word() -> None:
    # 'ARCTC 1' is 'ARCTICA 1' without its vowels: the whole name's skeleton is shared
    # with it alone, while 'arctc' is one letter from the many names with 'ARCTIC'.
    others = [entity(f"a{n}", "Company", f"ARCTIC {g} LLC") for n, g in enumerate(FILLER)]
    target = entity("target", "Vessel", "ARCTICA 1")
    assert found([*others, target], "ARCTC 1", "Vessel", "target")
