"""Leads of issue 11 (session 28) from corpus/written failures, who acts and
cross-references: a short form "on both lists" holds a party of two acts (w1308, w1360).
Short texts written for these tests."""

from datetime import date

from sanctionwatch.extract.assembly import both_lists_names
from tests.extract.helpers import rules_actions, rules_news, shipped_news

MONDAY = date(2026, 3, 9)


def test_a_short_form_on_both_lists_is_a_target_of_both_acts() -> None:
    text = (
        "Canada on Monday sanctioned five Iranian officials, among them Hossein Karimi "
        "Rad, a prison governor, and the Evin Guard Unit. "
        "Australia on Monday imposed financial sanctions on the Tehran Prosecutor's "
        "Office and two judges. Karimi Rad is on both lists."
    )
    for read in (rules_news, shipped_news):
        news = read(text, MONDAY)
        assert "Hossein Karimi Rad" in news["CA"]
        assert "Hossein Karimi Rad" in news["AU"]


def test_both_lists_takes_the_two_latest_acts_and_no_unknown_name() -> None:
    text = (
        "Britain on Monday sanctioned Daniyar Osmanov and the Aral Freight Company. "
        "The European Union on Monday added Ruslan Bekov to its list. "
        "Petrov was on both lists."
    )
    news = rules_news(text, MONDAY)
    assert "Petrov" not in [*news["GB"], *news["EU"]]  # no party either act holds
    assert "Ruslan Bekov" not in news["GB"]


def test_names_before_both_lists_are_cut_at_a_full_stop_and_split() -> None:
    assert both_lists_names("Xinghe Software Co., Ltd. Choe") == ["Choe"]
    assert both_lists_names("Ri, Kim and Pak") == ["Ri", "Kim", "Pak"]


def test_another_authoritys_list_that_carries_names_is_its_listing() -> None:
    text = (
        "Britain on Monday sanctioned the Volna Logistics Group and its two owners, "
        "Sergei Aralov and Timur Kasymov. "
        "Canada's new list includes Volna Logistics Group and Aralov."
    )
    assert sorted(rules_news(text, MONDAY)["CA"]) == ["Sergei Aralov", "Volna Logistics Group"]
    text = (
        "Britain on Monday sanctioned the Volna Logistics Group and its two owners, "
        "Sergei Aralov and Timur Kasymov. "
        "Canada's list, issued the same day by Ottawa, carries Mirex Trading LLC and "
        "both owners, Aralov and Kasymov."
    )
    # (the plain objects after such an aside are not read yet: only the apposition)
    assert sorted(rules_news(text, MONDAY)["CA"]) == ["Sergei Aralov", "Timur Kasymov"]
    # a list of something else is no listing
    text = (
        "Britain on Monday sanctioned the Volna Logistics Group. "
        "Russia's list of strategic companies includes Volna Logistics Group."
    )
    assert "RU" not in rules_news(text, MONDAY)


def test_a_surname_named_in_full_by_another_act_takes_the_full_name() -> None:
    text = (
        "The European Union on Monday sanctioned Viktor Pavlovich Sorokin, a port "
        "official, and the Baltic Star shipping line. "
        "Separately, Japan on Monday froze the assets of Sorokin and two other officials."
    )
    news = rules_news(text, MONDAY)
    assert "Viktor Pavlovich Sorokin" in news["JP"]
    # two people it could be: the short form stays
    text = (
        "The European Union on Monday sanctioned Viktor Sorokin and Anna Sorokin. "
        "Japan on Monday froze the assets of Sorokin."
    )
    assert "Sorokin" in rules_news(text, MONDAY)["JP"]


def test_a_party_named_by_both_is_a_target_of_both_acts() -> None:
    text = (
        "Canada and Australia on Monday jointly sanctioned officials of Iran's prison "
        "service. Global Affairs Canada designated four people and two companies. "
        "Australia's foreign ministry listed two of the same people. "
        "Hamid Reza Tavakoli, the warden of Evin prison, was named by both governments as "
        "the head of the network. His deputy Ali Nouri was also sanctioned by both."
    )
    for read in (rules_news, shipped_news):
        news = read(text, MONDAY)
        assert sorted(news["CA"]) == ["Ali Nouri", "Hamid Reza Tavakoli"]
        assert sorted(news["AU"]) == ["Ali Nouri", "Hamid Reza Tavakoli"]


def test_a_speakers_day_splits_no_act_from_the_acts_own_day() -> None:
    text = (
        "Estonia has barred nine Russian prison officials from entering the country, "
        "accusing them of abusing Ukrainian detainees, Foreign Minister Margus Tsahkna "
        "said on Friday. The officials were added to the sanctions list on Wednesday. "
        "Among them is Colonel Igor Sobolev, head of a detention centre."
    )
    actions = [a for a in rules_actions(text, date(2026, 3, 13)) if not a.background]
    assert [(a.authority, a.date) for a in actions] == [("EE", date(2026, 3, 11))]
    assert [t.name for t in actions[0].targets] == ["Igor Sobolev"]


def test_an_ordinal_part_after_an_old_act_names_the_news_acts_group() -> None:
    text = (
        "Britain on Monday sanctioned two individuals and 12 tankers. "
        "Ivan Petrenko, the director of the Gulfstar Shipping fleet manager, is among "
        "the individuals. Gulfstar itself was sanctioned by Britain in March. "
        "The second person, Olga Marenko, is a Latvian notary."
    )
    news = rules_news(text, MONDAY)
    assert news["GB"] == ["Ivan Petrenko", "Olga Marenko"]


def test_those_added_are_targets_though_a_relative_clause_tells_a_conviction() -> None:
    text = (
        "Kazakhstan has added 14 people to its list of individuals linked to the "
        "financing of terrorism. Among those added are Daniyar Serikovich Abenov and "
        "Rustam Kairatovich Mukhametov, who were convicted last year of sending money "
        "to fighters."
    )
    assert rules_news(text, MONDAY)["KZ"] == [
        "Daniyar Serikovich Abenov",
        "Rustam Kairatovich Mukhametov",
    ]
    # a criminal case with no listing word stays no list of targets
    text = (
        "Kazakhstan has added 14 people to its list of individuals linked to the "
        "financing of terrorism. Prosecutors said Arman Dzhaksybekov and Olzhas "
        "Nurlanov were convicted last year of sending money to fighters."
    )
    assert rules_news(text, MONDAY)["KZ"] == []
