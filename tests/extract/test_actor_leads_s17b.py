"""Background vs news, issue 11 leads of session 17 (second pass). Short texts written
for these tests."""

import pytest

from tests.extract.helpers import rules_actions


def news(text: str) -> set[str]:
    """Authorities of the news actions the rules find (background ones left out)."""
    return {a.authority for a in rules_actions(text) if not a.background}


def older(text: str) -> set[str]:
    """Authorities of the background actions the rules find."""
    return {a.authority for a in rules_actions(text) if a.background}


@pytest.mark.parametrize(
    "text",
    [
        # the opening phrase's marker stands over 70 characters before the trigger
        "Since the beginning of the conflict over the Russian invasion of Ukraine, Japan has "
        "imposed sanctions on Russian citizens, including President Vladimir Putin.",
        "Since the annexation of Crimea in 2014, Australia has imposed sanctions on more "
        "than 1,000 Russian individuals and entities.",
    ],
)
def test_since_opening_dates_the_main_clause(text: str) -> None:
    assert news(text) == set()
    assert older(text)


def test_since_opening_without_a_marker_is_no_background() -> None:
    # "Since Monday" names no past: the act is the news
    assert news("Since Monday, Britain has sanctioned 40 more vessels of the shadow fleet.") == {
        "GB"
    }


@pytest.mark.parametrize(
    ("text", "now", "then"),
    [
        (
            "Washington imposed sanctions in 2018, and on Tuesday the Treasury added five more "
            "companies to its list.",
            {"US"},
            {"US"},
        ),
        (
            "Washington imposed sanctions in 2018, and on Tuesday Britain sanctioned five more "
            "companies.",
            {"GB"},
            {"US"},
        ),
        (
            "The EU blacklisted the firm in 2023, and on Monday Japan froze the assets of its "
            "director.",
            {"JP"},
            {"EU"},
        ),
    ],
)
def test_clause_opening_on_its_own_day_is_news(text: str, now: set[str], then: set[str]) -> None:
    assert news(text) == now
    assert older(text) == then


def test_clause_on_its_own_day_without_an_act_adds_none() -> None:
    # the later clause tells no sanction: only the old act, as background
    text = "Washington sanctioned the ship in 2021, and on Tuesday the vessel docked in Fujairah."
    assert news(text) == set()
    assert older(text) == {"US"}
