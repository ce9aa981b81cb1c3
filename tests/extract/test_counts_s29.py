"""Kinds of failure of the session-29 first look on w1480-w1499 (counts as news states
them): a second sentence of the action's own summary ("It also covers ..."), a second list
filled in the same sentence ("and placed 14 other entities on its export control list"), an
"and also" that joins a list of counts, the counted others named in a later sentence ("The
three others include ..."), counts of gangs, militias and sales agents, and the kind of
the parties a sentence opening "The two gangs are" lists; tested with sentences written
for these tests (no corpus text)."""

from sanctionwatch.extract.counts import find_counts
from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions


def news(text: str) -> list[Action]:
    return [a for a in rules_actions(text) if not a.background and a.status == "imposed"]


def test_an_also_sentence_of_the_summary_adds_its_kinds() -> None:
    text = (
        "The Foreign Office on Thursday announced new sanctions on suppliers of Russia's"
        " drone industry.\n\nThe package lists 14 people. It also covers six companies and"
        " three banks that moved payments for the parts.\n"
    )
    (action,) = news(text)
    assert (action.counts["person"], action.counts["organization"]) == (14, 9)


def test_a_second_list_of_the_same_announcement_adds_its_others() -> None:
    text = (
        "China's Ministry of Commerce on Tuesday added nine U.S. drone makers to its"
        " unreliable entity list and placed 14 other American firms on its export control"
        " list, citing arms sales to Taiwan.\n"
    )
    (action,) = news(text)
    assert action.counts["organization"] == 23


def test_and_also_inside_a_list_of_counts_adds_no_names_on_top() -> None:
    text = (
        "Ukraine on Wednesday imposed sanctions against 31 legal entities and 4 individuals,"
        " and also 12 vessels that carry Russian oil. The individuals include Ivan Sokolov"
        " and Pyotr Orlov, owners of a Novorossiysk ship manager.\n"
    )
    (action,) = news(text)
    assert (action.counts["person"], action.counts["organization"]) == (4, 31)
    assert action.counts["vessel"] == 12


def test_others_named_in_a_later_sentence_are_among_the_counted_others() -> None:
    text = (
        "The U.S. Treasury on Thursday sanctioned the head of a migrant smuggling ring and"
        " three other people. Treasury said the ring is run by Ramon Vidal Osorio. The three"
        " others include his brother Tomas Vidal Osorio and the accountant Elena Ruiz"
        " Marquez.\n"
    )
    (action,) = news(text)
    assert action.counts["person"] == 4


def test_gangs_count_as_organisations_and_a_kind_opening_gives_their_kind() -> None:
    text = (
        "The U.S. Treasury on Tuesday sanctioned five people and two gangs accused of"
        " extortion in Port-au-Prince. The two gangs are Baz Pilate and Ti Makak.\n"
    )
    (action,) = news(text)
    assert (action.counts["person"], action.counts["organization"]) == (5, 2)
    kinds = {t.name: t.kind for t in action.targets}
    assert kinds.get("Baz Pilate") == kinds.get("Ti Makak") == "organization"


def test_groups_where_the_targets_sit_and_gangs_named_by_numbers_count_nothing() -> None:
    assert find_counts("sanctioned the finance chiefs of three Iraqi militias") == []
    assert find_counts("leaders of the 400 Mawozo and 5 Segonn gangs were listed") == []
    assert [(p.kind, p.value) for p in find_counts("sanctioned seven Mexican cartels")] == [
        ("organization", 7)
    ]


def test_general_sales_agents_are_firms_not_generals() -> None:
    found = find_counts("Treasury also sanctioned two general sales agents of the airline")
    assert [(p.kind, p.value) for p in found] == [("organization", 2)]
    assert find_counts("OFAC issued three general licenses on Friday") == []


def test_the_acting_states_own_leader_is_no_target() -> None:
    text = (
        "South Korea on Friday imposed sanctions on two North Korean bankers, Kim Chol-min"
        " and Ri Song-hui. It is the first round of independent sanctions under President"
        " Lee Jae-myung, who took office in June.\n"
    )
    (action,) = news(text)
    assert [t.name for t in action.targets] == ["Kim Chol-min", "Ri Song-hui"]
    assert action.counts["person"] == 2


def test_a_day_before_a_when_clause_dates_its_act_as_background() -> None:
    text = (
        "Belarus's Foreign Ministry on Tuesday barred 12 Lithuanian officials from entering"
        " the country.\n\nThe ministry said the step answered Lithuania's sanctions of March"
        " 3, when Vilnius listed 30 Belarusian judges, among them Alyaksandr Petrash.\n"
    )
    by = {a.authority: a for a in rules_actions(text)}
    assert (by["BY"].status, by["BY"].background, str(by["BY"].date)) == (
        "imposed",
        False,
        "2025-03-11",
    )
    assert (by["LT"].background, str(by["LT"].date)) == (True, "2025-03-03")
