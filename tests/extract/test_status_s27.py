"""Kinds of failure of the session-27 first look on w1380-w1399 (less common authorities,
status and dates): a state aligning with another's decision to lift sanctions lifts, a state
"aligning the country with" another's listings acts, and "suspend ... the measures it imposed
on ... its unreliable entity list" lifts; tested with sentences written for these tests (no
corpus text)."""

from datetime import date

from tests.extract.helpers import rules_actions

PUBLISHED = date(2025, 6, 4)  # a Wednesday


def news(text: str) -> list[tuple[str, str, str | None]]:
    return [
        (a.authority, a.status, str(a.date) if a.date else None)
        for a in rules_actions(text, PUBLISHED)
        if not a.background
    ]


def test_aligning_with_a_decision_to_lift_sanctions_lifts() -> None:
    text = (
        "Liechtenstein's government said on Monday that the principality has aligned with the"
        " decision of the Council of the European Union of 20 May to lift economic sanctions on"
        " Syria.\n"
    )
    assert news(text) == [("LI", "lifted", "2025-06-02")]


def test_aligning_with_a_decision_that_adds_names_still_imposes() -> None:
    text = (
        "North Macedonia on Monday aligned with the Council decision of 20 May that added 21"
        " individuals to the list.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("MK", "imposed")]


def test_aligning_the_country_with_listings_is_the_state_acting() -> None:
    text = (
        "Montenegro's government on Tuesday adopted a decision aligning the country with the"
        " European Union's latest listings under its cyber regime, covering eight individuals"
        " and two entities.\n"
    )
    (action,) = [a for a in rules_actions(text, PUBLISHED) if not a.background]
    assert (action.authority, action.status, str(action.date)) == ("ME", "imposed", "2025-06-03")
    assert (action.counts["person"], action.counts["organization"]) == (8, 2)


def test_suspending_the_measures_taken_on_a_listed_set_lifts() -> None:
    text = (
        "China's Ministry of Commerce said on Tuesday it would suspend, from June 10, the"
        " measures it imposed in February on 12 U.S. companies placed on its unreliable entity"
        " list, for one year.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("CN", "lifted")]


def test_suspending_measures_of_another_kind_is_no_lifting() -> None:
    text = "The ministry said it would suspend the measures it took to curb rice exports in May.\n"
    assert all(s != "lifted" for _, s, _ in news(text))


def test_officials_of_a_body_are_that_body_acting() -> None:
    text = (
        "Senior officials of the Arab League meeting in Rabat on Tuesday put forward a draft"
        " resolution to add nine companies to the boycott blacklist.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("ARAB_LEAGUE", "proposed")]


def test_states_kept_suspended_and_warned_are_no_warners() -> None:
    text = (
        "The ECOWAS summit on Saturday lifted the border closures imposed on Niger. The summit"
        " kept Mali and Burkina Faso suspended, and warned Guinea's junta that it could face"
        " targeted sanctions if the vote slips.\n"
    )
    found = news(text)
    assert ("ECOWAS", "lifted", "2025-05-31") in found
    assert not {a for a, _, _ in found} & {"ML", "BF", "GN"}


def test_a_state_given_a_deadline_is_not_the_one_who_warns() -> None:
    text = (
        "ECOWAS on Saturday lifted the sanctions on Niger. The summit also gave Sierra Leone's"
        " government until March to hold the vote, and warned that it would reimpose the"
        " measures if the deadline was missed.\n"
    )
    assert {a for a, s, _ in news(text) if s == "threatened"} == {"ECOWAS"}
