"""Action precision on unseen text: issue 11 leads of session 32 (extras of the first
looks w1720-w1859: acts spoken of as possible, one act split by the days of its
sentence). Short texts written for these tests."""

from datetime import date

from tests.extract.helpers import rules_actions

WEDNESDAY = date(2026, 5, 6)


def statuses(text: str) -> list[tuple[str, str]]:
    return [(a.authority, a.status) for a in rules_actions(text, WEDNESDAY)]


# -- status: an act spoken of as possible is not made


def test_a_review_verb_in_quotes_is_still_a_review() -> None:
    text = (
        'Officials said the Treasury was "reviewing" the possible listing of the two '
        "militias as terrorist groups."
    )
    assert statuses(text) == [("US", "threatened")]


def test_potential_designations_are_spoken_of_not_made() -> None:
    text = (
        "Canada said on Tuesday it would cut aid to Kigali and is working with partners "
        "on potential new sanctions designations."
    )
    assert statuses(text) == [("CA", "threatened")]


def test_possible_after_the_trigger_leaves_the_act_made() -> None:
    text = (
        "Japan on Monday froze the assets of Tarvos Shipping Company over possible "
        "breaches of the arms embargo."
    )
    assert statuses(text) == [("JP", "imposed")]


def test_envoys_agreeing_on_a_package_is_a_proposal() -> None:
    text = (
        "EU envoys agreed on Tuesday on a new package of sanctions against Belarus "
        "targeting 30 more officials, two diplomats said."
    )
    assert statuses(text) == [("EU", "proposed")]


def test_ministers_adopting_after_the_envoys_agreed_is_the_adoption() -> None:
    text = (
        "EU foreign ministers on Monday adopted a new package of sanctions against "
        "Belarus, after ambassadors agreed on it last week."
    )
    assert statuses(text) == [("EU", "imposed")]


# -- no act: a standing policy of whose measures a state applies


def test_not_enforcing_unilateral_sanctions_is_a_policy_not_an_act() -> None:
    text = (
        "Singapore's government has said it does not enforce unilateral sanctions "
        "imposed by other countries, and local banks continued to serve the firm."
    )
    assert statuses(text) == []


def test_imposing_unilateral_sanctions_is_still_an_act() -> None:
    text = "Japan on Friday imposed unilateral sanctions on four North Korean banks."
    assert statuses(text) == [("JP", "imposed")]


# -- no act: who declines or refuses to act


def test_declining_to_join_sanctions_is_no_act() -> None:
    assert statuses("Washington has so far declined to join the new sanctions.") == []


def test_an_earlier_refusal_in_an_aside_leaves_the_act() -> None:
    text = (
        "Tokyo, which refused to join the EU in 2022, on Friday imposed sanctions on three banks."
    )
    assert statuses(text) == [("JP", "imposed")]


# -- status: a package still being written is no proposal


def test_a_package_being_drafted_is_not_yet_proposed() -> None:
    text = (
        "The European Commission is already drafting a 21st package that officials say "
        "could include a ban on transactions with two Russian ports."
    )
    assert statuses(text) == [("EU", "threatened")]


def test_a_draft_presented_is_a_proposal() -> None:
    text = (
        "The European Commission on Tuesday presented a draft 21st package that would "
        "list 40 more tankers."
    )
    assert statuses(text) == [("EU", "proposed")]


# -- one act, one day: a relative clause tells the content of the act just told


def test_a_relative_clause_on_a_presented_draft_takes_its_day() -> None:
    text = (
        "Beijing on Thursday protested to Brussels, after the European Commission on "
        "Wednesday presented member states with a draft package that proposes to list "
        "four Chinese refiners."
    )
    found = [(a.authority, a.status, a.date) for a in rules_actions(text, date(2026, 5, 8))]
    assert found == [("EU", "proposed", date(2026, 5, 6))]
