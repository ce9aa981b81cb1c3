"""Who acts, their status and targets: issue 11 leads left by session 24 (kinds seen in
training articles w125, w1163, w1173, w1160, w1199). Short texts written for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import names, rules_actions

THURSDAY = date(2026, 12, 3)


def news(text: str, published: date = THURSDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


# -- "It" opening a sentence stands for the authority the sentence before named


def test_it_after_a_sentence_that_names_the_authority_is_that_authority() -> None:
    text = (
        "MANAGUA/LONDON — The British government on Wednesday moved against Nicaragua's "
        "gold trade. It designated two mining executives and a refinery, Oro Azul SA, "
        "for laundering state revenue."
    )
    assert {a.authority for a in news(text)} == {"GB"}


def test_it_after_a_state_named_as_the_object_keeps_the_dateline() -> None:
    text = (
        "SEOUL, Dec. 2 (Yonhap) -- The government on Wednesday moved against North "
        "Korea's oil trade. It blacklisted five North Korean individuals and two firms."
    )
    assert "KP" not in {a.authority for a in news(text)}


def test_it_after_a_sentence_of_two_clauses_stands_for_no_authority() -> None:
    text = (
        "The UN Security Council voted on Haiti's gangs on Tuesday. The United States and "
        "Panama put the text forward; it received 13 votes in favour. It subjects three "
        "gang leaders to an asset freeze and a travel ban."
    )
    assert {a.authority for a in news(text)} == {"UN"}


# -- entries amended are listed before: no new targets, no count


def test_amended_entries_join_no_news_action() -> None:
    text = (
        "The US Treasury on Thursday amended the entries of two tankers that have been on "
        "its list since 2019, recording their new names, and designated one further vessel, "
        "the NORTHERN LARK (IMO 9301122), for carrying Iranian crude. "
        "The two amended entries are SILVER DAWN (IMO 9301148), which now sails as ALTAIR, "
        "and BLUE HERON (IMO 9301150), renamed VEGA."
    )
    found = [a for a in rules_actions(text, THURSDAY) if not a.background]
    assert [a.authority for a in found] == ["US"]
    assert [t.name for t in found[0].targets] == ["NORTHERN LARK"]
    assert found[0].counts["vessel"] == 1


# -- an agency's own act, by a possessive with nothing reacting to it


def test_the_commissions_proposal_is_the_eus_not_the_authority_in_context() -> None:
    text = (
        "Britain on Thursday froze the assets of Altyn Merchant Bank, a Kazakh lender. "
        "The European Union has not acted yet. The bank is among the names in the "
        "Commission's proposal for the next package of EU sanctions."
    )
    assert {(a.authority, a.status) for a in news(text)} == {
        ("GB", "imposed"),
        ("EU", "proposed"),
    }


def test_a_notice_correcting_existing_designations_is_no_act() -> None:
    text = (
        "On Thursday the Foreign Office designated two Haitian gang leaders under the "
        "Haiti sanctions regime. OFSI separately published a notice correcting the "
        "identifiers of existing designations."
    )
    assert [(a.authority, a.agency) for a in rules_actions(text, THURSDAY)] == [
        ("GB", "Foreign Office")
    ]


# -- an act whose targets another release describes is told aside


def test_a_designation_told_in_a_separate_fact_sheet_keeps_the_list_with_the_release() -> None:
    text = (
        "WASHINGTON — OFAC today designated five entities in Russia's defense sector. "
        "The Department of State is concurrently designating entities it describes in a "
        "separate fact sheet. Those designated include Volga Optronika JSC, which makes "
        "sights for Russian tanks, and Kama Precision Instruments LLC."
    )
    found = {
        a.agency: [t.name for t in a.targets]
        for a in rules_actions(text, THURSDAY)
        if a.status == "imposed"
    }
    assert found == {
        "Treasury (OFAC)": ["Volga Optronika JSC", "Kama Precision Instruments LLC"],
        "State Department": [],
    }


# -- one list of aircraft makers, for the counts and the names alike


def test_a_gulfstream_by_its_model_is_a_make_not_a_party() -> None:
    text = "The Gulfstream G650 registered VP-CZH belongs to Orion Air Services."
    assert "Gulfstream G650" not in names(text)
    assert "Orion Air Services" in names(text)


# -- a party told by its kind, then named in apposition


def test_the_company_named_in_apposition_joins_the_action() -> None:
    text = (
        "The Council of the European Union on Monday added a Belarusian drone assembler to "
        "its Belarus sanctions list. The company, Gomel-based Vostok-Avia OOO, assembles "
        "drones from kits shipped by rail, according to the Council."
    )
    found = news(text)
    assert [t.name for a in found for t in a.targets] == ["Vostok-Avia OOO"]
