"""Leads left by session 22 (issue 11): a kind of target as a clause's whole subject,
... Short texts written for these tests."""

from datetime import date

import pytest

from sanctionwatch.extract import zones

SATURDAY = date(2026, 12, 5)


# -- "The companies — A, B and C — ...": a kind of target alone before a dash


@pytest.mark.parametrize(
    ("clause", "lists"),
    [
        ("The companies", True),
        ("These three front companies", True),
        ("Those ship management companies", True),
        ("The three big ship management companies", True),
        ("The four small Baltic ship management companies", False),  # three words before
        ("The front offices", False),  # no kind of target
        ("The firms said", False),  # more than the subject
    ],
)
def test_a_kind_of_target_alone_before_a_dash_opens_a_list(clause: str, lists: bool) -> None:
    text = f"{clause} — Alder Ltd, Birch Ltd and Cedar Ltd — are in Oslo."
    assert zones.dash_list(text, 0, len(clause)) is lists
