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


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        (
            "The Baltic countries on Tuesday banned entry to 20 Russian officials.",
            {"EE", "LV", "LT"},
        ),
        (
            "The Alliance of Sahel States on Friday imposed sanctions on three ECOWAS officials.",
            {"BF", "ML", "NE"},
        ),
    ],
)
def test_a_fixed_group_of_states_acts_as_its_members(text: str, codes: set[str]) -> None:
    assert news(text) == codes


def test_a_group_named_as_an_owner_does_not_act() -> None:
    text = "The EU imposed sanctions on the Baltic states' neighbour Belarus on Monday."
    assert news(text) == {"EU"}


@pytest.mark.parametrize(
    "text",
    [
        "Estonia and Latvia imposed entry bans on Georgian officials last year.",
        "The Baltic states imposed entry bans on Georgian officials last year, and Germany "
        "suspended part of its development cooperation.",
    ],
)
def test_verb_and_its_measure_noun_share_one_date(text: str) -> None:
    # "imposed entry bans ... last year": one old act, no news one beside it
    assert news(text) == set()
    assert older(text) >= {"EE", "LV"}


def test_a_list_of_agents_before_the_verb_of_what_is_hit() -> None:
    text = (
        "The sanctions announced by Britain, Canada and Australia on Tuesday target three "
        "Iranian generals."
    )
    assert news(text) == {"GB", "CA", "AU"}


def test_an_agent_with_an_aside_is_no_list() -> None:
    # a comma before a lower-case relative clause still ends the phrase
    text = "The sanctions announced by Britain, which has led the effort, target three generals."
    assert news(text) <= {"GB"}


def test_a_measure_noun_and_the_participle_after_it_keep_their_own_dates() -> None:
    # the answered measures are dated by "last month", the answer is the news
    text = (
        "Russia on Thursday closed entry to 21 British citizens. The measure is taken in "
        "response to British sanctions imposed last month against 15 Russian officials."
    )
    assert "RU" in news(text)
