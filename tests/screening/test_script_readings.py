"""Script readings against real listed entities: Hangul as the UN list romanises Korean
names, and innocent Arabic-script names that must not meet a listed Latin name.

The UN list gives no Hangul for its DPRK entries: the Hangul here is how those names are
written (checked syllable by syllable against the list's McCune-Reischauer form); the
entities and their Latin names are the list's own, read by the project's reader.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import THRESHOLD, Index, Query, score
from sanctionwatch.screening.names import token_similarity
from sanctionwatch.screening.script import hangul_syllable
from sanctionwatch.screening.text import name_form

UN = Path(__file__).resolve().parents[2] / ".." / "shared" / "lists" / "un" / "consolidated.xml"


def _latin(name: str) -> bool:
    return all(ord(c) < 0x0250 for c in name)


@pytest.fixture(scope="module")
def un() -> dict[str, dict]:
    return {e["id"]: e for e in read_list(UN).entities()}


@pytest.fixture(scope="module")
def un_latin(un: dict[str, dict]) -> Index:
    """The UN list with Latin names only, as a romanised entry is met."""
    entities = []
    for entity in un.values():
        props = dict(entity.get("properties", {}))
        for key in ("name", "alias"):
            props[key] = [n for n in props.get(key, []) if _latin(n)]
        entities.append({**entity, "properties": props})
    return Index.build(entities)


def _found(index: Index, query: str, entity_id: str) -> float:
    hits = index.match(Query(names=[query], schema="Person"), limit=10)
    return max((h.score for h in hits if h.entity_id == entity_id), default=0.0)


def test_hangul_final_consonant_read_as_a_name_ends() -> None:
    # Revised Romanization, not the academic letter-by-letter 'bag', 'seob', 'os'.
    assert [hangul_syllable(c) for c in "박섭옷김정"] == ["bak", "seop", "ot", "gim", "jeong"]
    assert name_form("박정천", "person").tokens == name_form("Pak Jong-Chon", "person").tokens


@pytest.mark.parametrize(
    ("hangul", "entity_id"),
    [
        ("황석화", "un-KPi.003"),  # HWANG SOK-HWA: 'seok' is 'sok'
        ("리홍섭", "un-KPi.004"),  # RI HONG-SOP
        ("최춘식", "un-KPi.013"),  # CHOE CHUN-SIK
        ("박춘일", "un-KPi.029"),  # PAK CHUN IL
        ("손정혁", "un-KPi.031"),  # SON JONG HYOK
        ("김석철", "un-KPi.036"),  # KIM SOK CHOL
        ("김경옥", "un-KPi.045"),  # KIM KYONG OK
        ("박영식", "un-KPi.063"),  # PAK YONG SIK
        ("박봉남", "un-KPi.073"),  # PAK BONG NAM
        ("리성혁", "un-KPi.077"),  # RI SONG HYOK
        ("춘식 최", "un-KPi.013"),  # given name first
    ],
)
def test_hangul_name_meets_the_un_romanisation(
    un: dict[str, dict], un_latin: Index, hangul: str, entity_id: str
) -> None:
    assert entity_id in un
    assert _found(un_latin, hangul, entity_id) >= THRESHOLD


def _listed(un: dict[str, dict], entity_id: str) -> Query:
    props = un[entity_id]["properties"]
    names = [n for n in props.get("name", []) + props.get("alias", []) if _latin(n)]
    return Query(names=names, schema="Person")


@pytest.mark.parametrize(
    ("innocent", "entity_id"),
    [
        # 'lyly' (Layla) and 'lakhal' share the skeleton 'l' once every 'h' is dropped.
        ("ليلى محمود", "un-QDi.062"),  # MOHAMED LAKHAL
        # 'lmsry' (al-Masri) and 'mashhur' share 'msr'.
        ("حسين المصري", "un-QDi.282"),  # QASIM MOHAMED MAHDI AL-RIMI: 'mhdy' is no 'hmd'
    ],
)
def test_innocent_arabic_script_name_is_no_listed_name(
    un: dict[str, dict], innocent: str, entity_id: str
) -> None:
    got = score(Query(names=[innocent], schema="Person"), _listed(un, entity_id))
    assert got.score < THRESHOLD, got.features


def test_abjad_h_where_the_romanisation_has_none_is_another_name() -> None:
    assert token_similarity("mhdy", "ahmad") < 0.75  # Mahdi is not Ahmad
    assert token_similarity("lyly", "lakhal") < 0.75
    assert token_similarity("lmsry", "mashhur") < 0.75
    # ... while the spellings of one name keep agreeing.
    for abjad, latin in [
        ("mhmwd", "mahmoud"),
        ("hsyn", "hussein"),
        ("ftmh", "fatima"),
        ("hsnzdh", "hassanzadeh"),
        ("shwmn", "chouman"),
        ("rmdn", "romdhane"),
        ("th", "taha"),
        ("lmsry", "masri"),
    ]:
        assert token_similarity(abjad, latin) >= 0.9, (abjad, latin)


def test_un_arabic_originals_still_meet_their_latin_names(un: dict[str, dict]) -> None:
    # The list's own original-script names of the entities above.
    for entity_id in ("un-QDi.062", "un-QDi.282"):
        props = un[entity_id]["properties"]
        names = props.get("name", []) + props.get("alias", [])
        original = [n for n in names if any("\u0600" <= c <= "\u06ff" for c in n)]
        assert original, entity_id
        got = score(Query(names=original[:1], schema="Person"), _listed(un, entity_id))
        assert got.score >= THRESHOLD, (entity_id, original[0], got.features)
