"""Phrasings of sanctions news that found no action or the wrong kind (issue 11,
session 14), in sentences written for these tests: a ban on entry told with a
gerund after "retaliated by", and an act dated weeks or months before the news
by "after" ("two months after the US sanctioned ..."), which is background. The
rules alone are run (no learned judge), so each case tests one rule."""

from datetime import date

import pytest

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

PUBLISHED = date(2025, 3, 14)  # a Friday


def actions(text: str) -> list[Action]:
    return rules_actions(text, PUBLISHED)


def summary(text: str) -> list[tuple[str, str, bool]]:
    return [(a.authority, a.status, a.background) for a in actions(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Moscow retaliated by banning entry to 25 Britons, including several members of "
        "parliament.",
        "Russia on Friday responded by denying entry to 15 Australian journalists.",
    ],
)
def test_a_ban_on_entry_in_a_gerund_is_an_imposition(text: str) -> None:
    assert summary(text) == [("RU", "imposed", False)]


@pytest.mark.parametrize(
    "text",
    [
        "The bank collapsed two months after the US sanctioned Viktor Orlov, its main shareholder.",
        "The lender collapsed a year after Washington blacklisted its owner, Viktor Orlov.",
    ],
)
def test_an_act_months_before_the_news_is_background(text: str) -> None:
    assert summary(text) == [("US", "imposed", True)]


def test_after_a_comma_the_span_still_dates_the_earlier_act() -> None:
    text = (
        "Britain on Tuesday froze the assets of Viktor Orlov, two months after the US "
        "sanctioned him."
    )
    assert sorted(summary(text)) == [("GB", "imposed", False), ("US", "imposed", True)]


@pytest.mark.parametrize(
    "text",
    [
        # hours or days after: the act that triggered the story is news
        "Beijing on Friday sanctioned six US lawmakers, days after the US imposed visa bans "
        "on Chinese officials.",
        # a span that dates no act leaves the act news
        "The EU on Monday imposed sanctions on Viktor Orlov three months after the invasion.",
    ],
)
def test_a_short_span_or_one_that_dates_no_act_is_no_background(text: str) -> None:
    assert all(not background for _, _, background in summary(text))


@pytest.mark.parametrize("dash", ["—", "–"])
def test_an_aside_between_dashes_does_not_split_the_act(dash: str) -> None:
    text = (
        f"The EU on Monday added Viktor Orlov {dash} sanctioned by Washington in 2022 "
        f"{dash} and Ivan Sidorov to its sanctions list."
    )
    found = actions(text)
    news = [(a.authority, {t.name for t in a.targets}) for a in found if not a.background]
    assert news == [("EU", {"Viktor Orlov", "Ivan Sidorov"})]
    # the aside's act is not Sidorov's
    assert not any("Ivan Sidorov" in {t.name for t in a.targets} for a in found if a.background)


def test_a_bloc_of_27_nations_is_the_eu_when_no_bloc_is_named() -> None:
    text = "The 27-nation bloc on Monday imposed sanctions on nine Iranian officials."
    assert summary(text) == [("EU", "imposed", False)]


@pytest.mark.parametrize(
    "text",
    [
        # no size, no bloc named: which bloc is unknown
        "The bloc on Monday imposed sanctions on nine Iranian officials.",
        "The 15-nation bloc on Monday imposed sanctions on nine Malian officials.",
    ],
)
def test_a_bloc_of_unknown_size_names_no_authority(text: str) -> None:
    assert summary(text) == []


def test_measures_applied_to_targets_in_the_passive_are_an_imposition() -> None:
    text = (
        "Restrictive measures were applied to five Iranian drone makers on Monday, "
        "the Council of the EU said."
    )
    assert summary(text) == [("EU", "imposed", False)]


def test_measures_applied_with_no_target_are_no_act() -> None:
    assert summary("Critics say the sanctions were applied unevenly across member states.") == []


def test_a_passive_agent_after_the_targets_and_the_day_acts() -> None:
    found = actions("Sanctions were imposed on Ali Rezaei and Hossein Karimi on Monday by Canada.")
    assert [(a.authority, {t.name for t in a.targets}) for a in found] == [
        ("CA", {"Ali Rezaei", "Hossein Karimi"})
    ]


def test_an_agent_of_an_event_far_after_the_verb_does_not_act() -> None:
    text = (
        "Britain on Monday sanctioned six officers involved in the downing of flight MH17 "
        "by Russia."
    )
    assert summary(text) == [("GB", "imposed", False)]
