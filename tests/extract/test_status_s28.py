"""Kinds of failure of the session-28 first look on w1460-w1479 (status mixtures in one
story): a list of states after "The warning came a day after" acts and is dated from the
step told before it, a condition after two named targets with their titles still makes a
will-trigger a threat, and a condition of a later verb of its own does not; tested with
sentences written for these tests (no corpus text)."""

from tests.extract.helpers import rules_actions
from tests.extract.test_status_s27 import PUBLISHED, news  # a Wednesday


def test_a_list_of_states_after_the_warning_came_a_day_after_acts() -> None:
    text = (
        "The Netherlands said on Tuesday it would sanction the Serbian police chief if the"
        " beatings went on. The warning came a day after Poland, Czechia and Slovakia"
        " announced entry bans on nine Serbian officials each.\n"
    )
    acts = news(text)
    assert ("NL", "threatened", "2025-06-03") in acts
    for state in ("PL", "CZ", "SK"):
        assert (state, "imposed", "2025-06-02") in acts


def test_the_noun_warning_before_a_verb_of_sequence_is_no_threat() -> None:
    text = "The warning came two days after Estonia barred nine Serbian officials from entry.\n"
    assert [(a, s) for a, s, _ in news(text)] == [("EE", "imposed")]


def test_a_verb_of_warning_still_threatens() -> None:
    text = "Britain warned on Monday that it would impose sanctions on the officials.\n"
    assert news(text) == [("GB", "threatened", "2025-06-02")]


def test_a_condition_after_two_named_targets_with_titles_threatens() -> None:
    text = (
        "Canada has told the Serbian government it will impose sanctions on Interior"
        " Minister Milan Petrovic and the commander of the Special Police Brigade, Dragan"
        " Ilic, if the crackdown on student protests continues.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("CA", "threatened")]


def test_a_condition_of_a_later_verb_leaves_the_first_reported() -> None:
    text = (
        "Ottawa said it would impose tariffs on Russian steel processed in third countries,"
        " and that it would lower the price cap if G7 partners agree.\n"
    )
    assert sorted((a, s) for a, s, _ in news(text)) == [("CA", "imposed"), ("CA", "threatened")]


def test_countermeasures_decided_are_the_act() -> None:
    text = (
        "China's Ministry of Foreign Affairs said on Tuesday it had decided to take"
        " countermeasures against two executives of Ridgeback Avionics, Paul Amery and"
        " Susan Okafor.\n"
    )
    assert news(text) == [("CN", "imposed", "2025-06-03")]


def test_countermeasures_with_assets_frozen_on_named_people_are_the_act() -> None:
    text = (
        "China's foreign ministry said on Tuesday it would take countermeasures against US"
        " critics Paul J. Amery and Susan Okafor, whose property in China will be frozen and"
        " who may not enter the country.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("CN", "imposed")]


def test_countermeasures_still_to_come_stay_a_threat() -> None:
    text = (
        "China's foreign ministry said on Tuesday it would take countermeasures against the"
        " companies if the arms sales went ahead.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("CN", "threatened")]


def test_a_countrys_parliament_passing_a_bill_proposes() -> None:
    text = (
        "Latvia's parliament on Tuesday approved in the first reading a bill that would ban"
        " imports of grain and fertiliser from Russia and Belarus.\n"
    )
    assert news(text) == [("LV", "proposed", "2025-06-03")]


def test_people_added_to_a_regime_are_listed_and_counted() -> None:
    text = (
        "The UK on Tuesday added three people to its Belarus sanctions regime: Ivan Petrov,"
        " Oleg Sidorov and Anna Kuznetsova.\n"
    )
    (action,) = [a for a in rules_actions(text, PUBLISHED) if not a.background]
    assert (action.authority, action.status, action.counts["person"]) == ("GB", "imposed", 3)
    assert [t.name for t in action.targets] == ["Ivan Petrov", "Oleg Sidorov", "Anna Kuznetsova"]


def test_pressure_added_to_a_regime_is_no_listing() -> None:
    text = "The new UK sanctions added pressure to the Iranian regime on Tuesday.\n"
    assert news(text) == []


def test_a_list_resumes_after_a_relative_clause_with_together_with() -> None:
    text = (
        "The US Treasury on Tuesday designated Kama River Shipping LLC, which runs ice-class"
        " tankers for Arctic terminals, together with its director Viktor Andreyevich Semin.\n"
    )
    (action,) = [a for a in rules_actions(text, PUBLISHED) if not a.background]
    assert [t.name for t in action.targets] == [
        "Kama River Shipping LLC",
        "Viktor Andreyevich Semin",
    ]


def test_the_removals_named_in_a_later_sentence_are_the_liftings_targets() -> None:
    text = (
        "The US Treasury on Tuesday sanctioned two traders over gold smuggling and removed a"
        " cargo ship and its former owner from its list. The removals concern the cargo ship"
        " SEA LARK and Harbour Line Ltd.\n"
    )
    actions = [a for a in rules_actions(text, PUBLISHED) if not a.background]
    imposed = [t.name for a in actions if a.status == "imposed" for t in a.targets]
    lifted = [t.name for a in actions if a.status == "lifted" for t in a.targets]
    assert "SEA LARK" in lifted and "SEA LARK" not in imposed
    assert "Harbour Line Ltd." not in imposed
