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
