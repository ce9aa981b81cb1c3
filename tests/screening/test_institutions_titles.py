"""Words for a kind of institution weigh as generic company words; a title before a
common name leaves it common.

Names come from the UN consolidated list as shipped in ../shared/lists, read by the
project's own reader.
"""

from __future__ import annotations

from functools import cache

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Query, score
from sanctionwatch.screening.text import ORG, PERSON, is_common, is_generic, name_form
from tests.conftest import LISTS

UN = LISTS / "un/consolidated.xml"


@cache
def _entity(entity_id: str) -> dict:
    for entity in read_list(UN).entities():
        if entity["id"] == entity_id:
            return entity
    raise LookupError(entity_id)


def _names(entity_id: str) -> list[str]:
    props = _entity(entity_id)["properties"]
    return [*props.get("name", []), *props.get("alias", [])]


def test_an_institution_word_tells_no_two_parties_apart() -> None:
    # QDe.129: one party, named once with 'Organization' and once without; the UK list
    # names it 'AL-QAIDA IN THE SOUTH ARABIAN PENINSULA' besides.
    names = _names("un-QDe.129")
    assert "Al-Qaida Organization in the Arabian Peninsula (AQAP)" in names
    for word in ("organization", "organisation", "department", "bureau", "ministry"):
        assert is_generic(word), word
    one = Query(names=["Al-Qaida Organization in the Arabian Peninsula"], schema="Organization")
    other = Query(names=["AL-QAIDA IN THE SOUTH ARABIAN PENINSULA"], schema="Organization")
    assert max(score(one, other).score, score(other, one).score) >= THRESHOLD


def test_two_parties_sharing_institution_words_stay_apart() -> None:
    # KPe.028 and KPe.012 of the UN list: a department and a committee of one state.
    assert "MUNITIONS INDUSTRY DEPARTMENT" in _names("un-KPe.028")
    assert "KOREAN COMMITTEE FOR SPACE TECHNOLOGY" in _names("un-KPe.012")
    one = Query(names=["MUNITIONS INDUSTRY DEPARTMENT"], schema="Organization")
    other = Query(names=["KOREAN COMMITTEE FOR SPACE TECHNOLOGY"], schema="Organization")
    assert max(score(one, other).score, score(other, one).score) < 0.5
    # ... and a name made of institution and everyday words only is a common one.
    assert is_common(name_form("National Security Council", ORG), ORG)


@pytest.mark.parametrize(
    ("entity_id", "name", "year"),
    [
        ("un-TAi.085", "Haji Ahmad Jan", "1955"),
        ("un-SOi.014", "Sheikh Ahmed Umar", "1972"),
    ],
)
def test_a_title_before_a_common_name_needs_confirming(
    entity_id: str, name: str, year: str
) -> None:
    assert name in _names(entity_id)
    listed = Query.from_entity(_entity(entity_id))
    bare = score(Query(names=[name], schema="Person"), listed)
    assert bare.score < THRESHOLD
    assert "common_name" in {f.name for f in bare.features}
    confirmed = score(Query(names=[name], schema="Person", birth_dates=[year]), listed)
    assert confirmed.score >= THRESHOLD


def test_a_title_is_kept_beside_one_name_or_inside_a_name() -> None:
    # 'Mullah Omar' is one man's byname; 'Hajji' inside 'MUSTAFA HAJJI MUHAMMAD KHAN'
    # (UN QDi.306) may be his father's name.
    assert "MUSTAFA HAJJI MUHAMMAD KHAN" in _names("un-QDi.306")
    assert not is_common(name_form("Mullah Omar", PERSON), PERSON)
    assert not is_common(name_form("MUSTAFA HAJJI MUHAMMAD KHAN", PERSON), PERSON)
    assert is_common(name_form("Haji Muhammad Ali", PERSON), PERSON)
