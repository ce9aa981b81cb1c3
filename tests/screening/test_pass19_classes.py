"""Kinds of variation the class bench's tuning half missed (issue 10, nineteenth pass).

A letter typed for one digit of a number ('RA-7l686' for the aircraft RA-76686, 'FU YUAN
YU 8l93' for the vessel FU YUAN YU 8693) made no other number, yet the number compared
as a different one (score 0 for the word). A legal form less its first or last word
('LIABILITY COMPANY FIVEL', 'BANK ZENIT PUBLIC JOINT STOCK') left its words in the name,
where they counted against it. The index holds the OFAC SDN list (May 2024
edition) as shipped in ../shared/lists, read by the project's own readers, with its
Latin-script names only (as the class bench indexes them).
"""

from __future__ import annotations

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Index, Query
from sanctionwatch.screening.names import TYPO, token_similarity
from sanctionwatch.screening.text import ORG, name_form
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


@pytest.mark.parametrize(
    ("query", "wanted", "listed"),
    [
        ("LIABILITY COMPANY FIVEL", "ofac-44164", "LIMITED LIABILITY COMPANY FIVEL"),
        ("RPP LIMITED LIABILITY", "ofac-37441", "RPP LIMITED LIABILITY COMPANY"),
        ("BANK ZENIT PUBLIC JOINT STOCK", "ofac-40801", "BANK ZENIT PUBLIC JOINT STOCK COMPANY"),
        (
            "S OGRANICHENNOI OTVETSTVENNOSTYU NEOBIT",
            "ofac-31414",
            "OBSHCHESTVO S OGRANICHENNOI OTVETSTVENNOSTYU NEOBIT",
        ),
    ],
)
def test_a_legal_form_cut_short_is_the_form(
    index: Index, query: str, wanted: str, listed: str
) -> None:
    assert listed in index.get(wanted).names  # type: ignore[union-attr]
    hits = {h.entity_id: h.score for h in index.match(Query(names=[query], schema="Company"))}
    assert hits.get(wanted, 0.0) >= 0.95


def test_only_a_cut_beside_the_name_is_read_as_a_form() -> None:
    cut = name_form("Liability Company Fivel", ORG)
    assert (cut.tokens, cut.org_type) == (("fivel",), "llc")
    assert name_form("Limited Liability Company Fivel", ORG).tokens == ("fivel",)
    # Alone, a cut is the name; inside a name, its words are the name's.
    assert name_form("Joint Stock", ORG).tokens == ("joint", "stock")
    assert "stock" in name_form("Fivel Stock Company Trading", ORG).tokens
    # Where the missing word would stand, another legal word makes another form whole.
    assert name_form("LIMITED LIABILITY PARTNERSHIP ELEM GROUP", ORG).org_type == "llp"
    assert name_form("LIMITED LIABILITY CORPORATION GELIOS", ORG).tokens == ("gelios",)
