"""Leads of session 29 (helper b): counts a joiner sets named targets beside ("X was
designated along with three firms": ANNOTATION's "also designated three companies"
beside a named one adds it). Sentences written for these tests (no corpus text)."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.model import Article


def actions(text: str) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=date(2026, 3, 4)))
    return [a.to_dict() for a in report.actions]


def counted(text: str) -> dict[str, dict[str, int]]:
    return {
        a["authority"]: {k: v for k, v in a["counts"].items() if v is not None}
        for a in actions(text)
        if not a["background"]
    }


def test_a_name_before_a_joiner_comes_on_top_of_the_count_after_it() -> None:
    text = (
        "Polar Cargo Lines was designated by the U.S. Treasury on Tuesday along with its"
        " chief executive Anton Brisk and two Armenian trading firms."
    )
    assert counted(text) == {"US": {"organization": 3}}


def test_a_name_after_a_joiner_comes_on_top_of_the_count_before_it() -> None:
    text = (
        "Canada on Tuesday listed three Haitian police commanders, along with"
        " businesswoman Jeanne Florestal."
    )
    assert counted(text) == {"CA": {"person": 4}}


def test_the_names_of_the_count_itself_are_not_added() -> None:
    # the count's own apposition stands on its side of the joiner: two, not four
    text = (
        "Canada on Tuesday listed two smugglers, Lucien Barre and Hugo Demont, along with"
        " the shipping firm Baie Verte Transport."
    )
    assert counted(text) == {"CA": {"person": 2}}
    # no joiner: the count covers the named one (ANNOTATION: the whole action)
    plain = "Canada on Tuesday listed Jeanne Florestal and two other Haitian officials."
    assert counted(plain) == {"CA": {"person": 3}}
