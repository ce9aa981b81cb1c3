"""Retrieval of near-exact names the candidates never reached (issue 10, seventeenth
pass): no key of the query met a key of the listed name, so no score could find it.

The index holds the OFAC SDN list (May 2024 edition) and the UN consolidated list as
shipped in ../shared/lists, read by the project's own readers, with their Latin-script
names only (as the class bench indexes them): each query meets its real neighbours.
"""

from __future__ import annotations

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import Index, Query
from sanctionwatch.screening.text import name_form
from tests.conftest import LISTS
from tests.screening.helpers import latin_only

FILES = ["ofac/2024-05/sdn.csv", "un/consolidated.xml"]


@pytest.fixture(scope="module")
def index() -> Index:
    entities = [e for f in FILES for e in read_list(LISTS / f).entities()]
    return Index.build(latin_only(e) for e in entities if e["schema"] != "Sanction")


def retrieved(index: Index, name: str, schema: str, wanted: str) -> bool:
    query = Query(names=[name], schema=schema)
    slots = index.candidates(query)
    return wanted in {index._entities[s].id for s in slots}  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("query", "wanted", "listed"),
    [
        # A word cut short below the index's five-letter prefixes ('^shayk'): 'shay' had
        # no key in common with 'shaykh' (the near keys reach one letter, not two).
        ("AL-SHAY Muhammad", "ofac-22061", "AL-SHAYKH, Muhammad"),
        ("AL-SHAYK Muhammad", "ofac-22061", "AL-SHAYKH, Muhammad"),
    ],
)
def test_a_word_cut_to_four_or_five_letters_finds_its_prefix_key(
    index: Index, query: str, wanted: str, listed: str
) -> None:
    assert listed in index.get(wanted).names  # type: ignore[union-attr]
    assert retrieved(index, query, "Person", wanted)


def test_a_vowelless_word_of_three_letters_finds_its_romanisation(index: Index) -> None:
    # 'فيض' is 'fyz' (ض read 'z'), skeleton 'fz': too short a key, and the index keys a
    # word's '2:' skeleton from four letters on ('Faiz' '2:fz'), not the query's three.
    assert "FAIZ" in index.get("un-TAi.036").names  # type: ignore[union-attr]
    assert retrieved(index, "فيض", "Person", "un-TAi.036")


def test_a_prefix_key_is_looked_up_only_for_a_word_the_index_lacks(index: Index) -> None:
    # 'Faiz' is a listed word: its own keys rank it, no prefix keys ('^faiza') are added.
    known = index.knows("faiz")  # (a compiled method has no __name__ for pytest to show)
    assert known
    assert index._prefix_keys([name_form("Faiz Muhammad", "person")]) == (set(), set())
    prefixes, whole = index._prefix_keys([name_form("AL-SHAY Muhammad", "person")])
    assert "^shayk" in prefixes
    assert whole == {"#muhammad shaykh"}
