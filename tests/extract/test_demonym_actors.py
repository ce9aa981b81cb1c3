"""'<authority> sanctions <demonym> <targets>': the authority acts, the demonym names
the country of those hit, whatever names the authority (a state, an agency, a
leader) and whatever stands between it and the verb. Short texts written for these
tests (issue 11)."""

from datetime import date

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.model import Article

PUBLISHED = date(2025, 3, 4)


@pytest.mark.parametrize(
    ("text", "code", "names"),
    [
        (
            "OFAC sanctions Iranian oil brokers Hamid Rezaei and Ali Moradi.",
            "US",
            {"Hamid Rezaei", "Ali Moradi"},
        ),
        (
            "Tokyo sanctions North Korean hackers Park Jin Hyok and Kim Il.",
            "JP",
            {"Park Jin Hyok", "Kim Il"},
        ),
        (
            "Trump sanctions Russian oil giants Rosneft and Lukoil.",
            "US",
            {"Rosneft", "Lukoil"},
        ),
        (
            "Zelensky sanctions Russian oligarch Ivan Petrov and the Volga Shipping Company.",
            "UA",
            {"Ivan Petrov", "Volga Shipping Company"},
        ),
        (
            "The EU today sanctions Russian Defence Minister Andrei Belousov.",
            "EU",
            {"Andrei Belousov"},
        ),
        (
            "Seoul sanctions North Korean officials Kim Chol Su and Ri Song Hyok.",
            "KR",
            {"Kim Chol Su", "Ri Song Hyok"},
        ),
    ],
)
def test_the_authority_acts_not_the_demonym(text: str, code: str, names: set[str]) -> None:
    report = extract(Article(id="t", text=text, published=PUBLISHED))
    assert [(a.authority, a.status) for a in report.actions] == [(code, "imposed")]
    assert {t.name for t in report.actions[0].targets} == names
