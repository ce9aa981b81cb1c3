"""Session 33 (leads c): counts, second acts and authorities missed in the ordinary
rounds w1860-w1999.

Every sentence here is written for the test, none copied from an article.
"""

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions


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
