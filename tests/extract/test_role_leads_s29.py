"""Leads left by the first look of session 29's written articles (w1500-w1519, targets
introduced by their role and named away from the trigger): the authority naming one it
has described ("the department names him as X"), a state before a trade of the supply
chain ("A Singapore freight forwarder ..., X, is also designated") saying where a firm
is, and a running tally whose "more than" reaches over "and" to a second kind. Short
texts written for these tests, read by the rules alone."""

from datetime import date

from sanctionwatch.extract.counts import find_counts
from tests.extract.helpers import rules_actions

MONDAY = date(2025, 11, 10)
LEAD = "Britain on Thursday sanctioned three individuals and one entity over the plot. "


def targets(text: str) -> list[list[str]]:
    return [[t.name for t in a.targets] for a in rules_actions(text, MONDAY)]


def actors(text: str) -> list[tuple[str, bool]]:
    return [(a.authority, a.background) for a in rules_actions(text, MONDAY)]


def test_the_authority_naming_one_it_described_names_a_target() -> None:
    text = LEAD + "The Foreign Office names him as Rahim Tabrizi, a colonel of the Quds Force."
    assert targets(text) == [["Rahim Tabrizi"]]
    text = LEAD + "In its notice, the Foreign Office identifies the businessman as Rahim Tabrizi."
    assert targets(text) == [["Rahim Tabrizi"]]
    text = LEAD + "In a footnote, the department named the firm as Kavir Tech Logistics."
    assert targets(text) == [["Kavir Tech Logistics"]]


def test_naming_someone_to_a_post_names_no_target() -> None:
    # "named him as chairman": a post given, no name of one the action hit after "as"
    text = LEAD + "The board named him as chairman in 2019, replacing Rahim Tabrizi."
    assert targets(text) == [[]]


def test_a_state_before_a_supply_trade_says_where_the_firm_is() -> None:
    lead = "The US on Thursday sanctioned two Russian firms. "
    text = lead + (
        "A Singapore freight forwarder that booked the flights, Lionsgate Cargo Pte. Ltd., "
        "is also designated."
    )
    assert actors(text) == [("US", False)]
    assert targets(text) == [["Lionsgate Cargo Pte. Ltd."]]
    text = lead + "A Hong Kong trading house, Bright Peak Ltd., was also sanctioned."
    assert actors(text) == [("US", False)]
    # the state that acts keeps its act
    assert actors("Singapore on Thursday sanctioned two Russian firms.") == [("SG", False)]


def test_a_running_tally_reaches_over_and_to_its_second_kind() -> None:
    tally = "The list now covers more than 220 individuals and 40 entities."
    assert find_counts(tally) == []
    text = (
        "The Council of the EU on Thursday added four individuals and one entity to its Iran "
        "human rights list. " + tally
    )
    assert [a.counts["organization"] for a in rules_actions(text, MONDAY)] == [1]
    # a count of the news with its own "more than" keeps both kinds
    news = rules_actions(
        "The US on Thursday sanctioned more than 30 individuals and 12 entities.", MONDAY
    )
    assert [(a.counts["person"], a.counts["organization"]) for a in news] == [(30, 12)]


def test_a_closing_year_after_an_aside_dates_an_earlier_listing() -> None:
    lead = "Ukraine on Wednesday sanctioned 41 officials of the occupation administration. "
    text = lead + (
        "Ukraine sanctioned Yevgeny Balitsky, the occupation governor of the region, in 2022."
    )
    assert [(a.background, [t.name for t in a.targets]) for a in rules_actions(text, MONDAY)] == [
        (False, []),
        (True, ["Yevgeny Balitsky"]),
    ]
    # a year that does not close the sentence leaves the act to the other markers
    text = (
        "Ukraine sanctioned Yevgeny Balitsky, the occupation governor of the region, in 2022 "
        "and again on Wednesday."
    )
    assert [a.background for a in rules_actions(text, MONDAY)] == [False]


NETWORK = "Australia on Friday imposed sanctions on a people-smuggling network. "


def test_a_role_opening_the_next_sentence_names_one_the_network_hit() -> None:
    text = NETWORK + "Its leader, Gjergj Prendaj, has organised the crossings from Java."
    assert targets(text) == [["Gjergj Prendaj"]]
    text = NETWORK + "The accountant, Sofija Radic, moved the fares through Jakarta."
    assert targets(text) == [["Sofija Radic"]]


def test_a_role_that_speaks_or_is_spared_names_no_target() -> None:
    text = NETWORK + "Its director, Gjergj Prendaj, said the listing was unfair."
    assert targets(text) == [[]]
    text = NETWORK + "Its owner, Gjergj Prendaj, was not sanctioned."
    assert targets(text) == [[]]
    # a firm's trade is no role of the network: victims are named that way
    text = NETWORK + "The hospital operator, Eastport Health Ltd, confirmed it was hacked."
    assert targets(text) == [[]]
    # ", said X" after a list keeps the list: the role rule reads only an opening role
    text = (
        "Australia on Friday sanctioned Alpha Trading Ltd and Beta Shipping Ltd, said Penny Wong."
    )
    assert targets(text) == [["Alpha Trading Ltd", "Beta Shipping Ltd"]]
