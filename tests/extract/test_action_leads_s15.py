"""Phrasings of sanctions news that found the wrong action, status, count or date
(issue 11, session 15), in sentences written for these tests. The rules alone are
run (no learned judge), so each case tests one rule."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

PUBLISHED = date(2025, 3, 14)  # a Friday


def actions(text: str, published: date = PUBLISHED) -> list[Action]:
    return rules_actions(text, published)


def test_last_friday_in_a_friday_paper_is_a_week_ago() -> None:
    text = "Last Friday, Canada froze the assets of four Haitian gang leaders."
    assert [a.date for a in actions(text)] == [date(2025, 3, 7)]


def test_last_weekday_before_the_paper_is_the_latest_one() -> None:
    # published on a Friday: "last Tuesday" is three days before, and "on Friday" is today
    text = "Norway last Tuesday listed two Iranian drone makers."
    assert [a.date for a in actions(text)] == [date(2025, 3, 11)]
    text = "Norway on Friday listed two Iranian drone makers."
    assert [a.date for a in actions(text)] == [date(2025, 3, 14)]


def summary(text: str) -> list[tuple[str, str]]:
    return [(a.authority, a.status) for a in actions(text)]


def test_more_listings_to_come_is_a_threat_of_the_authority_in_the_story() -> None:
    for tail in (
        "More names will follow.",
        "Further designations are expected in the coming weeks, officials said.",
        "The minister said additional listings were likely before the summer.",
    ):
        text = f"Australia on Monday sanctioned five Myanmar generals. {tail}"
        assert summary(text) == [("AU", "imposed"), ("AU", "threatened")], tail


def test_no_threat_where_more_is_not_promised() -> None:
    for tail in (
        "The minister did not say whether further listings would follow.",
        "The customs office will follow the implementation of the decision.",
        "The new sanctions will follow EU practice, officials said.",
    ):
        text = f"Australia on Monday sanctioned five Myanmar generals. {tail}"
        assert summary(text) == [("AU", "imposed")], tail


def test_a_licence_not_to_be_renewed_is_a_threat_dated_when_said() -> None:
    text = (
        "The State Department said on Monday that the United States will not renew the "
        "licence when it expires on April 18 unless the talks resume."
    )
    found = actions(text)
    assert [(a.authority, a.status, a.date) for a in found] == [
        ("US", "threatened", date(2025, 3, 10))
    ]
    text = "Washington warned that it won't extend the oil waiver for Serbia's refiner."
    assert summary(text) == [("US", "threatened")]


def test_an_act_with_nobody_as_its_object_is_no_act() -> None:
    for text in (
        "The EU on Monday listed nine Belarusian judges. Bolivia listed none.",
        "The EU on Monday listed nine Belarusian judges. Norway sanctioned no new individuals.",
    ):
        assert summary(text) == [("EU", "imposed")], text
    # a firm's name in capitals is an object like any other
    assert summary("Britain on Friday sanctioned Nobody Holdings Ltd, a Cyprus shell.") == [
        ("GB", "imposed")
    ]


def counts(text: str) -> list[dict[str, int]]:
    return [{k: v for k, v in a.counts.items() if v} for a in actions(text)]


def test_a_count_after_measures_applied_to_counts() -> None:
    assert counts("Ukraine on Monday applied restrictive measures to 12 Russian companies.") == [
        {"organization": 12}
    ]
    text = (
        "By a decision of the Cabinet of Ministers of Ukraine, restrictive measures were "
        "applied to 7 companies and 3 individuals."
    )
    assert counts(text) == [{"organization": 7, "person": 3}]
    # a running total after "to" is still no count of this act
    text = (
        "Canada on Monday sanctioned 4 Haitian gang leaders, bringing the number of people "
        "under its sanctions to 40 people."
    )
    assert counts(text) == [{"person": 4}]


def test_a_decision_with_an_indefinite_article_still_names_who_acts() -> None:
    for text, code in (
        ("By a decision of the NSDC, sanctions were imposed on 7 companies.", "UA"),
        (
            "Under a decision of the Council of the EU, restrictive measures were applied "
            "to 7 companies.",
            "EU",
        ),
    ):
        assert summary(text) == [(code, "imposed")], text


def test_none_other_than_names_someone() -> None:
    text = "The US on Friday sanctioned none other than the president's son, Nicolas Maduro Guerra."
    assert summary(text) == [("US", "imposed")]


def test_more_measures_on_their_way_to_adoption_are_no_threat() -> None:
    text = (
        "The EU on Monday listed nine officials. Further measures were expected to be "
        "approved by ambassadors this week."
    )
    assert ("EU", "threatened") not in summary(text)
    text = "The EU on Monday listed nine officials. Further measures are expected to follow."
    assert ("EU", "threatened") in summary(text)


def test_days_later_count_from_the_act_told_before_past_sentences_without_dates() -> None:
    # the dated act stands more than three sentences back, past a list of its targets
    text = (
        "The Treasury on Monday sanctioned five Haitian gang leaders. Those designated "
        "include Jean Baptiste. They run a smuggling ring. The ring moves guns from Florida. "
        "Two days later, the Dominican Republic said it had added the five men to its own "
        "sanctions list."
    )
    assert [(a.authority, a.date) for a in actions(text)] == [
        ("US", date(2025, 3, 10)),
        ("DO", date(2025, 3, 12)),
    ]


def test_relief_refused_is_a_decision_and_relief_extended_a_lifting() -> None:
    # relief not renewed, with no condition, is a decision (`imposed`, as the gold's close
    # call on w732 and w756 reads it; session 30); under a condition a warning
    text = "The Treasury will not renew sanctions relief for the gold sector, officials said."
    assert summary(text) == [("US", "imposed")]
    assert summary("The Treasury won't extend sanctions relief for the gold sector.") == [
        ("US", "imposed")
    ]
    text = "The Treasury won't extend sanctions relief for the gold sector unless exports resume."
    assert summary(text) == [("US", "threatened")]
    text = "The Treasury on Monday decided to extend sanctions relief for the gold sector."
    assert summary(text) == [("US", "lifted")]
