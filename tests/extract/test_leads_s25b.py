"""Leads left by the first looks of session 25's written articles (w1220-w1279), second
round: counts whose parts name the backers of those hit. Short texts written for these
tests."""

from datetime import date

from sanctionwatch.extract.counts import find_counts
from tests.extract.helpers import rules_actions

SATURDAY = date(2026, 12, 5)


def test_backers_listed_beside_leaders_add_to_their_count() -> None:
    # "two of their alleged backers" is a further part of the people hit: 4 + 2
    phrases = find_counts(
        "Ottawa imposed sanctions on three militia leaders and two of their alleged backers."
    )
    assert [(p.kind, p.value) for p in phrases] == [("person", 5)]
    actions = rules_actions(
        "Canada on Friday imposed sanctions on three militia leaders and two of their "
        "alleged backers, including a former mayor, over attacks on farmers.",
        SATURDAY,
    )
    assert [a.counts.get("person") for a in actions] == [5]
