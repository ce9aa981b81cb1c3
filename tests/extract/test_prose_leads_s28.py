"""Leads left by the first look of session 28's written articles (w1440-w1459, targets
in running prose away from the trigger): a network "led (run) by X", an agency of no
named state whose act a known minister closes as speaker, "the invasion of Ukraine"
naming the state hit, a law's name owning no agency, victims after "Among the children
(victims) ...", and a post of a place ("Party Secretary of Xinjiang"). Short texts
written for these tests, read by the rules alone."""

from datetime import date

from sanctionwatch.extract.names import find_names
from tests.extract.helpers import rules_actions

MONDAY = date(2025, 11, 10)
LEAD = "Australia on Friday imposed sanctions on a people-smuggling network. "


def targets(text: str) -> list[list[str]]:
    return [[t.name for t in a.targets] for a in rules_actions(text, MONDAY)]


def actors(text: str) -> list[tuple[str, str, bool]]:
    return [(a.authority, a.status, a.background) for a in rules_actions(text, MONDAY)]


def test_a_network_led_by_names_its_leader() -> None:
    # the network is what the action hits; "led by" names the one at its head
    text = LEAD + "The network, led by Gjergj Prendaj, moved migrants by boat from Java."
    assert targets(text) == [["Gjergj Prendaj"]]
    text = LEAD + "The ring was run by Gjergj Prendaj, who paid the boat crews in cash."
    assert targets(text) == [["Gjergj Prendaj"]]
    text = LEAD + "Its money side of the scheme is coordinated by Sofija Radic."
    assert targets(text) == [["Sofija Radic"]]


def test_other_bodies_led_by_someone_name_no_target() -> None:
    # soldiers, gangs and delegations "led by" someone: no network the action hits
    text = LEAD + "Soldiers led by Gjergj Prendaj seized the port of Merak last year."
    assert targets(text) == [[]]
    text = LEAD + "The delegation, led by Sofija Radic, met ministers in Jakarta."
    assert targets(text) == [[]]


def test_a_minister_closing_the_sentence_owns_the_government() -> None:
    text = (
        "The Government has added nine Iranian officials to the sanctions register, "
        "Foreign Minister Penny Wong said on Monday."
    )
    assert actors(text) == [("AU", "imposed", False)]


def test_the_invaded_state_owns_no_government_after_it() -> None:
    text = (
        "Four years after the invasion of Ukraine, the Government has imposed sanctions "
        "on 14 Russian officials, Foreign Minister Winston Peters said."
    )
    assert actors(text) == [("NZ", "imposed", False)]


def test_a_state_in_a_laws_name_owns_no_agency() -> None:
    # the law lets the Government act; it names no act, and Russia acts in none
    text = "The Russia Sanctions Act 2022 lets the Government freeze assets of such people."
    assert [a for a, _, _ in actors(text)] != ["RU"]


def test_victims_after_among_are_no_targets() -> None:
    lead = "Britain on Friday froze the assets of five officials who ran the camps. "
    assert targets(lead + "Among the children taken was 11-year-old Arsen from Nova Kakhovka.") == [
        []
    ]
    text = lead + "Among the victims were Olena Petrenko and Ivan Hordiyenko, held for months."
    assert targets(text) == [[]]
    # ... while a list of those hit after "among" stays one
    text = lead + "Among those sanctioned were Olena Petrenko and Ivan Hordiyenko."
    assert targets(text) == [["Olena Petrenko", "Ivan Hordiyenko"]]


def test_a_party_post_of_a_region_is_no_name() -> None:
    found = [
        (n.text, n.descriptor)
        for n in find_names("The list names the Party Secretary of Tibet, Wu Yingjie, too.")
    ]
    assert ("Party Secretary of Tibet", True) in found
    assert ("Wu Yingjie", False) in found
    # a party's own name stays one
    assert [n.text for n in find_names("It also listed the Workers Party of Korea.")] == [
        "Workers Party of Korea"
    ]


def test_a_possessive_role_after_a_description_goes_on_with_the_list() -> None:
    lead = "Britain on Friday froze the assets of six people tied to a fraud ring. "
    text = (
        lead
        + "Those named include Rezo Abashidze, a used-car dealer in the suburbs, "
        + "his cousin Levan Abashidze, and Kirill Ostapenko."
    )
    assert targets(text) == [["Rezo Abashidze", "Levan Abashidze", "Kirill Ostapenko"]]
    # a parent or a speaker after the description stays out
    text = (
        lead
        + "Those named include Rezo Abashidze, a car dealer, his lawyer Levan Kvaratskhelia said."
    )
    assert targets(text) == [["Rezo Abashidze"]]
