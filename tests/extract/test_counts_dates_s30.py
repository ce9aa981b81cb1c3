"""Session 30 (leads d): counts and dates missed in the first looks at w1620-w1719."""

from datetime import date

from sanctionwatch.extract import counts
from tests.extract.helpers import imposed_days

WEDNESDAY = date(2026, 12, 2)


def imposed(text: str, published: date = WEDNESDAY) -> list[tuple[str, str | None]]:
    return imposed_days(text, published)


def test_a_subordinate_clauses_own_day_beats_the_market_day() -> None:
    text = (
        "Shares of Baltic Grain Terminal fell 9% on Wednesday after the British government "
        "froze the assets of its parent company late on Monday, traders said."
    )
    assert imposed(text) == [("GB", "2026-11-30")]


def test_a_day_after_a_clause_break_stays_the_main_clauses() -> None:
    # the speaker's day after a comma tells nothing of the act; Wednesday stays
    text = (
        "Shares of Baltic Grain Terminal fell 9% on Wednesday after the British government "
        "froze the assets of its parent company, the exchange said on Monday."
    )
    assert imposed(text) == [("GB", "2026-12-02")]


def found_counts(text: str) -> list[tuple[str, int]]:
    return [(p.kind, p.value) for p in counts.find_counts(text)]


def test_in_total_before_a_number_counts_it() -> None:
    text = "In total three individuals and seven entities were added to the list."
    assert found_counts(text) == [("person", 3), ("organization", 7)]
    # a running tally stays no count, as with "a total of"
    assert found_counts("In total, 1,300 individuals have now been listed since 2022.") == []
