"""Session 33 (leads c): counts, second acts and authorities missed in the ordinary
rounds w1860-w1999.

Every sentence here is written for the test, none copied from an article.
"""

from datetime import date

from sanctionwatch.extract import counts
from sanctionwatch.model import Action
from tests.extract.helpers import imposed_days, rules_actions

WEDNESDAY = date(2026, 12, 2)


def news(actions: list[Action]) -> dict[tuple[str, str], dict[str, int | None]]:
    """(authority, status) -> the counts given, for each news action."""
    out = {}
    for a in actions:
        if not a.background:
            out[(a.authority, a.status)] = {k: v for k, v in a.counts.items() if v}
    return out


def test_an_adopter_counts_the_targets_of_the_measures_it_takes_up() -> None:
    actions = rules_actions(
        "Liechtenstein on Monday adopted the sanctions imposed by the European Union last "
        "week against nine individuals and four companies accused of election meddling."
    )
    assert news(actions)[("LI", "imposed")] == {"person": 9, "organization": 4}


def test_a_decree_synchronising_with_another_states_restrictions_is_the_decrees() -> None:
    actions = rules_actions(
        "President Zelensky on Friday signed a decree synchronizing Ukraine's sanctions with "
        "restrictions imposed by Canada against Russia's military suppliers, targeting 40 "
        "firms and 12 individuals."
    )
    found = news(actions)
    assert found == {("UA", "imposed"): {"organization": 40, "person": 12}}


def test_a_day_after_act_joins_the_same_days_statement_of_it() -> None:
    # published Friday 14 March 2025: "a day after" and "on Thursday" name one day
    actions = rules_actions(
        "Shares of Halden Optics Ltd slumped in Taipei on Friday, a day after the US "
        "Treasury sanctioned the lens maker for supplying Russian drone makers.\n\n"
        "The Office of Foreign Assets Control on Thursday designated seven entities and "
        "three individuals in Taiwan and Kazakhstan."
    )
    imposed = [a for a in actions if a.status == "imposed" and not a.background]
    assert [(a.authority, str(a.date)) for a in imposed] == [("US", "2025-03-13")]
    assert imposed[0].counts["organization"] == 7
    assert imposed[0].counts["person"] == 3


def test_a_proposal_told_in_a_relative_clause_counts_its_listing() -> None:
    actions = rules_actions(
        "The European Commission on Tuesday presented its 30th package of sanctions against "
        "Russia, which foresees a ban on Russian titanium and the listing of 57 more tankers "
        "of the shadow fleet."
    )
    assert news(actions)[("EU", "proposed")] == {"vessel": 57}


def test_among_a_group_of_two_kinds_both_kinds_are_counted() -> None:
    assert [(p.kind, p.value) for p in counts.find_counts(
        "Among the 23 people and 17 firms added to the list on Monday are the trader "
        "Kestrel Fuels FZE and its director."
    )] == [("person", 23), ("organization", 17)]  # fmt: skip
    # not the members of a body that votes
    assert counts.find_counts("Among the 15 members and two observers, Russia voted no.") == []


def test_settler_outposts_are_counted_as_organisations() -> None:
    actions = rules_actions(
        "The UK has today sanctioned four settlers, three illegal outposts and two "
        "organisations over attacks on Palestinian villages."
    )
    assert news(actions)[("GB", "imposed")] == {"person": 4, "organization": 5}


def test_a_number_before_a_verb_of_running_counts_no_object() -> None:
    assert counts.find_counts("All three run unauthorised outposts near the village.") == []
    assert counts.find_counts("The two operate tankers for the network.") == []


def test_a_month_in_a_reason_phrase_dates_the_deed_not_the_listing() -> None:
    # published Friday 14 March 2025: a lifting story with a fresh listing beside it
    actions = rules_actions(
        "The European Union on Wednesday lifted its sanctions on the ports of Latakia and "
        "Tartus.\n\nAt the same time, the bloc added two militias and three of their "
        "commanders to its list over the massacre of villagers in January."
    )
    news_acts = {(a.authority, a.status) for a in actions if not a.background}
    assert news_acts == {("EU", "lifted"), ("EU", "imposed")}


def test_a_relative_clauses_pluperfect_dates_its_own_verb_not_the_act() -> None:
    # published Friday 14 March 2025
    actions = rules_actions(
        "Canada on Thursday reinstated sanctions on Belarus's potash exporter that had been "
        "suspended under a prisoner-release deal."
    )
    news_acts = [(a.authority, a.status, str(a.date)) for a in actions if not a.background]
    assert news_acts == [("CA", "imposed", "2025-03-13")]


def test_a_signed_decree_whose_relative_clause_tells_the_measures_is_of_the_pages_day() -> None:
    text = (
        "Zelensky enacts sanctions against Russian shipyards\n\n"
        "Posted Wed 2 Dec 2026 at 9:15am\n\n"
        "President Volodymyr Zelensky has signed Decree No. 815/2026, which enacts the "
        "decision of the National Security and Defense Council on personal special economic "
        "and other restrictive measures against 40 individuals and 12 companies supplying "
        "Russia's navy."
    )
    assert imposed_days(text, WEDNESDAY) == [("UA", "2026-12-02")]
