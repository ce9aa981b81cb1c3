"""Who acts, their status, dates and counts: issue 11 leads of session 20 (first look on
w980-w999). Short texts written for these tests."""

from datetime import date

import pytest

from sanctionwatch.extract.dates import dateline_day
from tests.extract.helpers import rules_actions


def summary(text: str, published: date) -> list[tuple[str, str, bool]]:
    """(authority, status, background) of each action the rules find, in order."""
    return [(a.authority, a.status, a.background) for a in rules_actions(text, published)]


# -- one who joins others' earlier measures acts; those joined acted before


@pytest.mark.parametrize(
    "text",
    [
        "Japan has joined the United States and Britain, which designated the network's "
        "leaders in October, in freezing the assets of three individuals and two companies.",
        "Australia has joined the United Kingdom and Canada, which sanctioned the officials "
        "in September, in imposing travel bans on four Iranian prison officials.",
    ],
)
def test_the_joiner_acts_and_those_joined_are_background(text: str) -> None:
    found = summary(text, date(2026, 11, 27))
    news = [(a, s) for a, s, bg in found if not bg]
    earlier = sorted(a for a, _, bg in found if bg)
    assert len(news) == 1 and news[0][0] in ("JP", "AU") and news[0][1] == "imposed"
    assert earlier == sorted({"JP": ["US", "GB"], "AU": ["GB", "CA"]}[news[0][0]])


def test_the_joiner_takes_the_targets_and_counts_of_its_own_act() -> None:
    text = (
        "Japan has joined the United States and Britain, which designated the network's "
        "leaders in October, in freezing the assets of three individuals and two companies. "
        "The measures target Kim Sang Man and the front company Chinyong Information "
        "Technology Cooperation Company."
    )
    (japan,) = [a for a in rules_actions(text, date(2026, 11, 27)) if not a.background]
    assert japan.authority == "JP"
    assert "Kim Sang Man" in [t.name for t in japan.targets]
    assert japan.counts["person"] == 3 and japan.counts["organization"] == 2


def test_joined_in_an_act_without_a_relative_clause_is_still_a_partner() -> None:
    found = summary(
        "Australia and Norway joined Britain on Tuesday in sanctioning two Belarusian ministers.",
        date(2026, 11, 27),
    )
    assert sorted(a for a, _, _ in found) == ["AU", "GB", "NO"]


# -- a ministry that speaks in an aside of a state's sentence is that state's voice


def test_a_bare_ministry_speaking_in_an_aside_does_not_act_for_a_country_named_near_it() -> None:
    text = (
        "Norway on Friday aligned itself with the European Union's latest listings over "
        "repression in Belarus, the Ministry of Foreign Affairs said, freezing the assets of "
        "17 individuals."
    )
    assert summary(text, date(2026, 11, 27)) == [("NO", "imposed", False)]


# -- less common authorities and forms


def test_the_anti_terrorism_council_designating_as_terrorists_acts_for_the_philippines() -> None:
    text = (
        "MANILA - The Anti-Terrorism Council (ATC) has designated four leaders of a "
        "militant group as terrorists, in a resolution released on Monday."
    )
    found = rules_actions(text, date(2026, 11, 24))
    assert [(a.authority, a.status, a.date) for a in found] == [
        ("PH", "imposed", date(2026, 11, 23))
    ]


def test_an_ofsi_notice_with_a_passive_addition_is_a_british_action() -> None:
    text = (
        "Financial Sanctions Notice\nGlobal Human Rights\n\n"
        "Notice summary: The following entries have been added to the consolidated list "
        "and are now subject to an asset freeze.\n\n"
        "Individuals\n1. PETROV, Ivan. DOB: 01/02/1970.\n"
    )
    assert [a.authority for a in rules_actions(text, date(2026, 12, 1))] == ["GB"]


# -- "today" under a dateline counts from the dateline's day


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "OSLO, Nov 20 (Nordic Wire) - Norway today froze the assets of two Belarusian judges.",
            date(2026, 11, 21),
            date(2026, 11, 20),
        ),
        (
            "MOSCOW, November 28. /TASS/. The Russian Foreign Ministry today barred 21 "
            "British citizens from entry.",
            date(2026, 11, 30),
            date(2026, 11, 28),
        ),
        # a dateline more than a few days back is no longer the page's own day
        (
            "OSLO, Nov 10 (Nordic Wire) - Norway today froze the assets of two Belarusian judges.",
            date(2026, 11, 21),
            date(2026, 11, 21),
        ),
    ],
)
def test_today_under_a_dateline_is_the_datelines_day(
    text: str, published: date, expected: date
) -> None:
    (action,) = rules_actions(text, published)
    assert action.date == expected


def test_a_dateline_day_needs_a_capitalised_place_and_the_closing_dash() -> None:
    published = date(2026, 11, 21)
    assert dateline_day("OSLO, Nov 20 - Norway froze ...", published) == date(2026, 11, 20)
    assert dateline_day("On Nov 20 Norway froze ...", published) is None


# -- the counts of separate actions in one sentence are each their own, never summed


def test_counts_of_several_authorities_in_one_sentence_stay_apart() -> None:
    text = (
        "Seoul blacklisted eight individuals and two organizations, Washington designated "
        "four individuals and one entity, and Tokyo froze the assets of three entities."
    )
    found = {
        a.authority: (a.counts["person"], a.counts["organization"])
        for a in rules_actions(text, date(2026, 11, 25))
    }
    assert found == {"KR": (8, 2), "US": (4, 1), "JP": (None, 3)}


def test_a_relative_clause_describing_the_measures_taken_over_gives_its_counts() -> None:
    text = (
        "Montenegro and Albania have aligned themselves with the Council decision of "
        "24 February that added 48 individuals and 35 entities to the EU's Russia "
        "sanctions list, according to a declaration published on Tuesday."
    )
    aligners = [a for a in rules_actions(text, date(2025, 3, 12)) if a.authority != "EU"]
    assert [a.authority for a in aligners] == ["ME", "AL"]
    assert all(a.counts["person"] == 48 and a.counts["organization"] == 35 for a in aligners)


# -- states aligning with an EU decision in a declaration


def test_a_state_after_a_label_of_its_group_acts() -> None:
    text = (
        "On 30 October 2026, the Council of the EU added two people to its sanctions list. "
        "The Candidate Countries Montenegro, Albania and Ukraine align themselves with this "
        "Council Decision."
    )
    found = [a.authority for a in rules_actions(text, date(2026, 11, 24))]
    assert found == ["EU", "ME", "AL", "UA"]


def test_states_aligning_with_this_decision_take_its_listings() -> None:
    text = (
        "On 30 October 2026, the Council of the EU decided to add Abdel Rahim Hamdan Dagalo "
        "to the list of persons subject to restrictive measures.\n"
        "Montenegro and Iceland align themselves with this Council Decision."
    )
    found = {
        a.authority: [t.name for t in a.targets] for a in rules_actions(text, date(2026, 11, 24))
    }
    assert found["ME"] == found["IS"] == ["Abdel Rahim Hamdan Dagalo"]


# -- trigger wordings of unseen news


def test_a_resolution_that_subjects_named_people_to_a_freeze_is_an_act_on_them() -> None:
    text = (
        "The Security Council on Monday adopted resolution 2812 (2026). It subjects "
        'Jean-Robert Metellus, known as "Ti Bobby", Frantz Delvalle and Widler Joseph-Noel '
        "to an asset freeze and travel ban."
    )
    (council,) = rules_actions(text, date(2026, 12, 1))
    assert council.authority == "UN"
    assert [t.name for t in council.targets][:1] == ["Jean-Robert Metellus"]


def test_adding_a_travel_ban_on_someone_is_an_act_of_the_capital_named() -> None:
    text = (
        "New Zealand on Tuesday froze the assets of two Yangon fuel importers. Wellington "
        "added a travel ban on their owner, U Zaw Win Naing."
    )
    (action,) = rules_actions(text, date(2026, 12, 2))
    assert action.authority == "NZ"
    assert any(t.name.endswith("Zaw Win Naing") for t in action.targets)
