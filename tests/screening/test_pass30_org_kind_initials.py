"""Issue 10, thirtieth pass. Russian organisations' names carry the initials of their kind
before or after the name as a legal form ('FGUP', 'GUP', 'MUP', 'FKP', 'NPK', 'TsNII',
'SKB', in Latin letters or Cyrillic), and translated names write the English words or
their initials ('FSUE', 'FSE', 'FSBI'); 'Торговый дом' is Trading House. Each is read as
the words, so the forms meet. The names here are made up."""

from __future__ import annotations

import pytest

from sanctionwatch.screening import THRESHOLD, Query, score


def _org(left: str, right: str) -> float:
    a, b = (Query(names=[n], schema="Organization") for n in (left, right))
    return score(a, b).score


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("FGUP Almaz", "Almaz FSUE"),  # before: 0.35
        ("Almaz FSUE", "Federal State Unitary Enterprise Almaz"),  # before: 0.36
        ("GUP Krymenergo", "State Unitary Enterprise Krymenergo"),  # before: 0.49
        ("MUP Vodokanal", "Municipal Unitary Enterprise Vodokanal"),  # before: 0.39
        ("FKP Almaz", "Federal State Enterprise Almaz"),  # before: 0.37
        ("Plant Almaz FSE", "Plant Almaz Federal State Enterprise"),  # before: 0.48
        ("Almaz FSBI", "Federal State Budgetary Institution Almaz"),  # before: 0.36
        ("NPK Almaz", "Almaz Scientific Production Corporation"),  # before: 0.37
        ("TsNII Almaz", "Almaz Central Research Institute"),  # before: 0.24
        ("SKB Almaz", "Almaz Special Design Bureau"),  # before: 0.28
        ("Torgovyi Dom Almaz", "Almaz Trading House"),  # before: 0.48
        ("Торговый дом Алмаз", "Almaz Trading House"),  # before: 0.48
        ("ЦНИИ Алмаз", "Almaz Central Research Institute"),  # before: 0.24
        ("СКБ Алмаз", "Almaz Special Design Bureau"),  # before: 0.28
        ("НПК Алмаз", "Almaz Scientific Production Corporation"),  # before: 0.37
    ],
)
def test_kind_initials_meet_their_words_and_translations(left: str, right: str) -> None:
    assert _org(left, right) >= 0.95


@pytest.mark.parametrize(
    ("left", "right"),
    [
        ("FSUE Almaz", "FSUE Rubin"),  # one kind, other names
        ("GUP Almaz", "State Unitary Enterprise Rubin"),
        ("SKB Almaz", "Special Design Bureau Rubin"),
        ("Torgovyi Dom Almaz", "Trading House Rubin"),
    ],
)
def test_a_shared_kind_does_not_make_one_organisation(left: str, right: str) -> None:
    assert _org(left, right) < THRESHOLD - 0.1
