"""A dateline's date and the day a sentence tells are one decision, not two."""

from datetime import date

from tests.extract.helpers import rules_actions


def test_dateline_date_and_weekday_give_one_action() -> None:
    text = "CANBERRA, May 14 - Australia imposed an asset freeze on Oleg Sidorov on Tuesday.\n"
    actions = rules_actions(text, published=None)
    assert [(a.authority, [t.name for t in a.targets]) for a in actions] == [
        ("AU", ["Oleg Sidorov"])
    ]


def test_dateline_date_still_dates_an_action_with_no_day_of_its_own() -> None:
    # near miss: with no other day in the sentence, the dateline's date is the action's
    text = "WELLINGTON, March 9 (RNZ) - New Zealand imposed travel bans on Oleg Sidorov.\n"
    actions = rules_actions(text, published=date(2025, 3, 10))
    assert [(a.authority, a.date) for a in actions] == [("NZ", date(2025, 3, 9))]


def test_two_told_days_still_split() -> None:
    # near miss: two weekdays in the story are two decisions, dateline or not
    text = (
        "OTTAWA, Dec 3 - Canada imposed an asset freeze on Oleg Sidorov on Monday. "
        "On Wednesday, Canada also imposed an asset freeze on Pavel Orlov.\n"
    )
    actions = rules_actions(text, published=None)
    assert len(actions) == 2
