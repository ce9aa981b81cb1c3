"""Who acts and with what status: issue 11 leads of session 30 (first look on
w1620-w1719). Short texts written for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

SATURDAY = date(2026, 12, 5)


def news(text: str) -> list[Action]:
    return [a for a in rules_actions(text, SATURDAY) if not a.background]


# -- a partner "in coordination with" whose own earlier act the sentence tells


def test_a_partner_whose_earlier_act_a_relative_clause_tells_takes_no_new_act() -> None:
    text = (
        "Seoul on Thursday blacklisted three North Korean hackers. The designation was made "
        "in coordination with Washington, which designated the same men in March 2023."
    )
    found = rules_actions(text, SATURDAY)
    assert {a.authority for a in news(text)} == {"KR"}
    # the earlier act stays, as background
    assert [(a.authority, a.background) for a in found if a.authority == "US"] == [("US", True)]


def test_a_partner_whose_relative_clause_tells_a_news_act_keeps_it() -> None:
    text = (
        "Seoul on Thursday blacklisted three North Korean hackers in coordination with "
        "Washington, which also sanctioned them on Thursday."
    )
    assert [a.authority for a in news(text)].count("US") == 1


# -- a proposal whose purpose is a lifting: no proposed imposition, no lifting


def test_a_draft_resolution_to_delist_is_no_action() -> None:
    text = "Diplomats said France was preparing a draft resolution to delist the two men."
    assert news(text) == []


def test_a_draft_resolution_that_would_lift_is_no_action() -> None:
    text = (
        "The United States circulated a draft resolution that would lift the arms embargo "
        "on Somalia."
    )
    assert news(text) == []


def test_a_draft_resolution_to_list_is_still_a_proposal() -> None:
    text = "Diplomats said France circulated a draft resolution to add the two men to the list."
    assert [(a.authority, a.status) for a in news(text)] == [("FR", "proposed")]


def test_an_adopted_resolution_to_lift_is_still_a_lifting() -> None:
    text = (
        "The Security Council on Monday adopted a resolution to lift the arms embargo on Somalia."
    )
    assert ("UN", "lifted") in {(a.authority, a.status) for a in news(text)}
