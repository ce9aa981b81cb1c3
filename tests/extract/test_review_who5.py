"""Misfires of the fourteenth pass's actor and attachment rules found in review, on
short texts written for these tests in the style of sanctions news: each rule kept to
what it was made for."""

from __future__ import annotations

from tests.extract.test_actor_clauses import acts, read, targets_of


def test_names_after_an_appositive_old_act_go_on_with_the_news_list() -> None:
    # "a Hong Kong firm the US ... added" is the US's old act; "and Beta ..." after its
    # closing comma is still the EU's news list
    report = read(
        "The EU on Tuesday sanctioned Alpha Components Ltd, a Hong Kong firm the US "
        "Commerce Department added to its Entity List in 2023, and Beta Microchips Co."
    )
    assert ("EU", "imposed", False) in acts(report)
    assert {"Alpha Components Ltd", "Beta Microchips Co."} <= targets_of(report, "EU", False)


def test_each_of_three_states_keeps_the_date_after_its_own_object() -> None:
    # "in 2022" is the US's, "in 2023" the EU's, "on Tuesday" Britain's: a date right
    # before the next state's subject is not that state's
    report = read(
        "The United States sanctioned Vladimir Petrenko in 2022, the European Union listed "
        "his company Petrenko Steel in 2023 and Britain sanctioned both on Tuesday."
    )
    assert {a.authority: a.background for a in report.actions} == {
        "US": True,
        "EU": True,
        "GB": False,
    }


def test_a_state_s_own_list_stays_its_own_when_its_act_is_old() -> None:
    # "The British list" names Britain's (old) act, not the EU's news beside it
    report = read(
        "The European Union on Tuesday sanctioned 10 Russian companies. Britain sanctioned "
        "most of them in 2023. The British list includes Arctic Energy LLC and Taiga "
        "Logistics."
    )
    assert {"Arctic Energy LLC", "Taiga Logistics"} <= targets_of(report, "GB", True)
    assert not {"Arctic Energy LLC", "Taiga Logistics"} & targets_of(report, "EU", False)


def test_adopting_sanctions_another_state_imposed_keeps_their_targets() -> None:
    # "the sanctions the European Union imposed" (no pronoun) describes what Norway
    # adopts, as "the sanctions imposed by the EU" does: Rotenberg is Norway's news too
    report = read(
        "Norway on Tuesday adopted the sanctions the European Union imposed last month on "
        "20 Russian individuals, including Boris Rotenberg."
    )
    assert ("NO", "imposed", False) in acts(report)
    assert "Boris Rotenberg" in targets_of(report, "NO", False)
    assert "Boris Rotenberg" in targets_of(report, "EU", True)


def test_a_list_the_targets_are_already_on_is_not_the_office_s_regime() -> None:
    # "who were already on Canada's sanctions list" tells where the targets stand, not
    # under whose regime the Foreign Minister acts
    report = read(
        "The Foreign Minister on Tuesday imposed targeted financial sanctions on two Iranian "
        "officials, Hossein Rahimi and Ali Karimi, who were already on Canada's sanctions list."
    )
    assert "CA" not in {a.authority for a in report.actions if not a.background}
