"""Name normalisation: what a name becomes before it is compared."""

from __future__ import annotations

import pytest

from sanctionwatch.screening.query import Query
from sanctionwatch.screening.text import name_form


def _tokens(name: str, schema: str | None = None) -> list[tuple[str, ...]]:
    return [f.tokens for f in Query(names=[name], schema=schema).forms]


@pytest.mark.parametrize(
    ("name", "schema", "kept", "dropped"),
    [
        # Legal forms go, first or last, whatever the kind of party is known to be.
        ("Acme Trading LLC", None, "trading", "llc"),
        ("OOO Romashka", "Company", "romashka", "ooo"),
        # A syllable that a legal-form table also knows stays inside a name of unknown kind.
        ("Jong In-chol", None, "chol", None),
    ],
)
def test_legal_forms_only_at_the_edges(
    name: str, schema: str | None, kept: str, dropped: str | None
) -> None:
    [tokens] = _tokens(name, schema)
    assert kept in tokens
    if dropped is not None:
        assert dropped not in tokens
    if name == "Jong In-chol":
        assert len(tokens) == 3  # three syllables, none lost


@pytest.mark.parametrize(
    ("name", "tokens"),
    [
        # 'Sergej' is spelt as the given-name table spells Sergey (data/slavic.txt).
        ("Sergej Aleksandrovich Mal`cev", ("sergey", "aleksandrovich", "maltsev")),
        ("Shherbakov Ivan", ("shcherbakov", "ivan")),
        # A backtick in an Arabic name is its 'ayn, no GOST mark.
        ("Sa`id Ahmad", ("said", "ahmad")),
    ],
)
def test_gost_marks_in_ascii(name: str, tokens: tuple[str, ...]) -> None:
    assert name_form(name, "person").tokens == tokens


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        # Each separator, in any case: the quick test that lets most names skip the
        # separators' search (`text._may_separate`) must let these through.
        ("Ahmad Hasan aka Abu Ali", ["Ahmad Hasan", "Abu Ali"]),
        ("Ahmad Hasan A.K.A. Abu Ali", ["Ahmad Hasan", "Abu Ali"]),
        ("Ahmad Hasan f.k.a Abu Ali", ["Ahmad Hasan", "Abu Ali"]),
        ("Ahmad Hasan Also Known As Abu Ali", ["Ahmad Hasan", "Abu Ali"]),
        ("Ahmad Hasan\tOR\tAbu Ali", ["Ahmad Hasan", "Abu Ali"]),
        ("Ahmad Hasan; Abu Ali", ["Ahmad Hasan", "Abu Ali"]),
        ("Ahmad Hasan / Abu Ali", ["Ahmad Hasan", "Abu Ali"]),
        ("Ahmad Hasan (Abu Ali)", ["Ahmad Hasan", "Abu Ali"]),
        ("Korean: Kim Il", ["Kim Il"]),  # a label, which goes
        ("Ahmad Hasan a\u212aa Abu Ali", ["Ahmad Hasan", "Abu Ali"]),  # the Kelvin sign is 'k'
        # None: the name as it is, its edges trimmed; 'or' inside a word is no separator.
        ("Ahmad Hasan", ["Ahmad Hasan"]),
        ('"Orient Corporation", ', ["Orient Corporation"]),
        ("Polskie Linie Oceaniczne", ["Polskie Linie Oceaniczne"]),
    ],
)
def test_names_written_as_one_are_split_whatever_the_case(name: str, parts: list[str]) -> None:
    from sanctionwatch.screening.text import split_names

    assert split_names(name) == parts


def test_codes_written_in_a_name_are_read_in_any_case_and_script() -> None:
    # The IMO number, MMSI and call sign in a vessel's name; 'İ' (dotted capital I), which
    # re reads as 'i' under re.I, still finds the IMO number (`query._may_hold`).
    for written in ("Ocean Star imo 9123456", "Ocean Star \u0130MO 9123456"):
        query = Query(names=[written], schema="Vessel")
        assert query.imo_set == {"9123456"}, written
        assert [f.tokens for f in query.forms] == [("ocean", "star")]
    signed = Query(names=["Ocean Star (Call Sign 9HA1234) mmsi 215123456"], schema="Vessel")
    assert signed.identifier_set == {"9HA1234", "215123456"}
    assert [f.tokens for f in signed.forms] == [("ocean", "star")]
    # A bare seven-digit number is an IMO number only for a vessel, and only with its
    # check digit (9*7 + 1*6 + 2*5 + 3*4 + 4*3 + 5*2 = 113: 3).
    bare = Query(names=["Ocean Star 9123453"], schema="Vessel")
    assert bare.imo_set == {"9123453"} and [f.tokens for f in bare.forms] == [("ocean", "star")]
    assert Query(names=["Ocean Star 9123456"], schema="Vessel").imo_set == frozenset()
    assert Query(names=["Ocean Star 9123453"], schema="Person").imo_set == frozenset()
