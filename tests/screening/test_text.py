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
