"""Who acts and how many in ordinary news where several authorities are named, forms of
session 26's first look (w1300-w1319: governments that welcome or support another's
sanctions, ...). Short texts written for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 12, 4)


def news(text: str, published: date = FRIDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


def acting(found: list[Action]) -> set[tuple[str, str]]:
    return {(a.authority, a.status) for a in found}


# -- welcoming or supporting another's act is no act of one's own


def test_states_that_welcome_the_designations_impose_nothing() -> None:
    text = (
        "The State Department on Thursday designated four cargo vessels that carry "
        "North Korean shells to Russia. South Korea and Japan welcomed the designations."
    )
    assert acting(news(text)) == {("US", "imposed")}


def test_welcoming_the_decision_of_another_state_to_sanction_is_no_act() -> None:
    text = (
        "The Philippines on Friday welcomed the decision of the United States to sanction "
        "Chinese companies."
    )
    assert ("PH", "imposed") not in acting(news(text))


def test_states_that_back_or_welcome_the_listings_impose_none() -> None:
    text = "Britain backed the listings, and Norway welcomed the new sanctions on Friday."
    assert news(text) == []


def test_sanctions_welcomed_by_one_state_and_imposed_by_another_keep_their_agent() -> None:
    text = "Kyiv on Friday welcomed the sanctions imposed by Japan on three Russian banks."
    assert ("JP", "imposed") in acting(news(text))
    assert ("UA", "imposed") not in acting(news(text))


def test_a_state_that_welcomes_and_then_acts_still_acts() -> None:
    text = "Canada welcomed the move and on Friday imposed its own sanctions on Volga Shipping LLC."
    assert ("CA", "imposed") in acting(news(text))


# -- a day's total that is news, and a running total that is not


def test_a_total_told_with_the_day_of_the_news_is_news() -> None:
    text = (
        "In total on Thursday the U.S. side designated more than 80 companies and "
        "individuals from eleven countries."
    )
    assert [(a.authority, a.date) for a in news(text)] == [("US", date(2026, 12, 3))]


def test_a_running_total_is_still_background() -> None:
    text = "In total, more than 600 such vessels are now subject to Canadian restrictions."
    assert news(text) == []


# -- a day after the page is when a licence ends, never the day of the act


def test_a_wind_down_licence_end_never_dates_the_designations() -> None:
    text = (
        "The Department of State designated 9 entities and 4 vessels. OFAC concurrently "
        "issued General License 131B, authorizing the wind down of transactions through "
        "12:01 a.m. EST on December 12, 2026."
    )
    found = news(text, date(2026, 11, 13))
    assert [(a.authority, a.status) for a in found] == [("US", "imposed")]
    assert all(a.date is None or a.date <= date(2026, 11, 13) for a in found)


# -- a running tally with its number in words keeps its examples out of the news


def test_a_tally_of_more_than_two_dozen_including_x_is_background() -> None:
    text = (
        "The United States Treasury on Tuesday sanctioned seven people and four companies "
        "that it says launder cocaine profits for the Clan del Golfo. Washington has "
        "sanctioned more than two dozen Clan del Golfo members and fronts since 2023, "
        'including its former leader Dairo Antonio Usuga, alias "Otoniel", who was '
        "extradited to the United States in 2022."
    )
    found = rules_actions(text, FRIDAY)
    assert [[t.name for t in a.targets] for a in found if not a.background] == [[]]
    assert [[t.name for t in a.targets] for a in found if a.background] == [["Dairo Antonio Usuga"]]


# -- a state's regulations named in lower case are the list it adds to


def test_added_to_its_russia_regulations_imposes_beside_a_vow_of_more() -> None:
    text = (
        "Canada added half a dozen individuals to its Russia regulations, among them the "
        "ship manager Rustam Tagirov, and said further listings would follow."
    )
    assert acting(news(text)) == {("CA", "imposed"), ("CA", "threatened")}


def test_a_clause_added_to_the_regulations_is_no_listing() -> None:
    assert news("The government added a clause to the regulations on Friday.") == []


# -- a partner named before ", which" acts in its relative clause with a weak verb too


def test_a_partner_that_listed_in_a_relative_clause_acts() -> None:
    text = (
        "Australia on Wednesday listed Sardar Ammar Hosseini. The government said it had "
        "acted in concert with Canada, which on the same day listed four of the same officers."
    )
    assert acting(news(text, date(2026, 12, 2))) == {("AU", "imposed"), ("CA", "imposed")}


def test_intelligence_provided_for_the_designations_is_no_act_of_the_provider() -> None:
    text = (
        "The United States Treasury on Tuesday sanctioned seven people. Colombia said it "
        "had provided financial intelligence to the Treasury for the designations."
    )
    assert acting(news(text)) == {("US", "imposed")}
