"""Function words in organisations' names ('for', 'in', French 'les', 'de', 'pour',
German 'und', 'der') count for little, as 'the', 'and', 'of' did: one name translated
or written with and without them is one name, and two names do not grow alike by
sharing them. The names are made up for these tests."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD
from sanctionwatch.screening.text import GENERIC, is_generic, name_form
from tests.screening.helpers import both_ways


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Les Sentinelles", "The Sentinels"),
        ("Brigade for Liberation", "Liberation Brigade"),
        ("Comite pour la Resistance Populaire", "Comite de Resistance Populaire"),
        ("Verband der Kaspischen Reeder", "Kaspischen Reeder Verband"),
    ],
)
def test_one_name_with_and_without_function_words(left: str, right: str) -> None:
    assert both_ways(left, right, "Organization") >= THRESHOLD


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("Institute for Peace Studies", "Institute for War Studies"),
        ("Centre de Recherche Nucleaire", "Centre de Recherche Agricole"),
        ("Fondation pour les Enfants du Sahel", "Fondation pour les Femmes du Rif"),
        ("Union der Vereinigten Gießereien", "Union der Freien Bauern"),
    ],
)
def test_shared_function_words_do_not_make_names_alike(left: str, right: str) -> None:
    assert both_ways(left, right, "Organization") < THRESHOLD


def test_function_words_weigh_little_in_organisations_only() -> None:
    assert {"for", "in", "les", "de", "pour", "und"} <= GENERIC
    org = name_form("Comite pour la Resistance", "org")
    assert org.weights[org.tokens.index("pour")] < 2 <= org.weights[org.tokens.index("comite")]
    # A person's 'de' or 'la' is a particle of the surname, weighed as the person's
    # other words are ('Maria de la Cruz').
    person = name_form("Maria del Carmen Ruiz", "person")
    assert "del" not in person.tokens or person.weights[person.tokens.index("del")] >= 2


def test_a_word_one_letter_off_a_short_function_word_is_another_word() -> None:
    # A misspelling is read of a generic word of four letters or more ('comppany'); a
    # word one letter longer than 'for', 'del', 'and' is a name ('Ford', 'Dell', 'Sand').
    assert is_generic("comppany") and is_generic("holdin")
    assert not any(is_generic(t) for t in ("ford", "dell", "sand", "lost", "desk"))
    ford = name_form("Ford Motor Trading", "org")
    assert ford.weights[ford.tokens.index("ford")] >= 2
