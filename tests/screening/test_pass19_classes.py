"""Kinds of variation the class bench's tuning half missed (issue 10, nineteenth pass).

A letter typed for one digit of a number ('RA-7l686' for the aircraft RA-76686, 'FU YUAN
YU 8l93' for the vessel FU YUAN YU 8693) made no other number, yet the number compared
as a different one (score 0 for the word). The index holds the OFAC SDN list (May 2024
edition) as shipped in ../shared/lists, read by the project's own readers, with its
Latin-script names only (as the class bench indexes them).
"""

from __future__ import annotations

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Index, Query
from sanctionwatch.screening.names import TYPO, token_similarity
from tests.conftest import LISTS
from tests.screening.helpers import both_ways, latin_only


@pytest.fixture(scope="module")
def index() -> Index:
    entities = read_list(LISTS / "ofac/2024-05/sdn.csv").entities()
    return Index.build(latin_only(e) for e in entities if e["schema"] != "Sanction")


@pytest.mark.parametrize(
    ("query", "schema", "wanted", "listed"),
    [
        ("RA-7l686", "Airplane", "ofac-43136", "RA-76686"),
        ("FU YUAN YU 8l93", "Vessel", "ofac-33838", "FU YUAN YU 8693"),
    ],
)
def test_a_letter_typed_for_a_digit_is_a_typo(
    index: Index, query: str, schema: str, wanted: str, listed: str
) -> None:
    assert listed in index.get(wanted).names  # type: ignore[union-attr]
    hits = {h.entity_id: h.score for h in index.match(Query(names=[query], schema=schema))}
    assert hits.get(wanted, 0.0) >= THRESHOLD


def test_another_digit_is_another_number() -> None:
    assert token_similarity("7l686", "76686") == TYPO
    assert token_similarity("76687", "76686") == 0.0  # another aircraft
    assert token_similarity("l7686", "7686") == 0.0  # a letter added: 'A320' is no '320'
    assert both_ways("RA-76687", "RA-76686", "Airplane") < THRESHOLD
    assert both_ways("FU YUAN YU 8694", "FU YUAN YU 8693", "Vessel") < THRESHOLD
