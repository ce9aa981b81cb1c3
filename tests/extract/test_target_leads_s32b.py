"""Targets missed in ordinary news: issue 11 leads of session 32 (first looks on
w1720-w1859). Short texts written for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import names, rules_actions

FRIDAY = date(2026, 12, 4)


def news(text: str) -> list[Action]:
    return [a for a in rules_actions(text, FRIDAY) if not a.background]


def held(found: list[Action]) -> dict[str, set[str]]:
    return {a.authority: {t.name for t in a.targets} for a in found}


# -- a joint act of a body's members, the member states named in a later sentence

MEMBERS_AFTER = (
    "Qatar and its partners in the regional counter-financing forum on Thursday jointly "
    "designated two money changers. The listings were made by the forum's member states, "
    "Qatar, Kuwait and Oman, and include Tariq Saleh al-Harbi and the Basra-based "
    "Al-Nakheel Exchange Company."
)


def test_a_joint_act_is_each_member_state_named_after_it() -> None:
    found = held(news(MEMBERS_AFTER))
    assert set(found) == {"QA", "KW", "OM"}
    assert found["KW"] == found["QA"] == found["OM"]
    assert "Tariq Saleh al-Harbi" in found["OM"]


def test_chairs_named_beside_the_members_act_too() -> None:
    text = (
        "The member states of the regional counter-financing forum have jointly designated "
        "the exchange house Al-Nakheel Exchange Company, Kuwait's finance ministry said. "
        "The forum is co-chaired by Kuwait and the United States, and its members include "
        "Oman and Qatar."
    )
    assert {a.authority for a in news(text)} == {"KW", "US", "OM", "QA"}


def test_members_named_without_a_joint_act_take_nothing() -> None:
    text = (
        "Kuwait on Thursday designated the exchange house Al-Nakheel Exchange Company. "
        "The regional forum's members include Oman and Qatar."
    )
    assert {a.authority for a in news(text)} == {"KW"}


# -- a target named before a relative aside, the passive of the action after it

LEAD = (
    "Canada on Tuesday imposed sanctions on two Iranian officials, Ali Reza Moradi and "
    "Hossein Karimi. "
)


def test_a_name_before_a_relative_aside_is_hit_by_the_passive_after_it() -> None:
    for tail in (
        "The Kish Shipping Company, which Ottawa says moves drones to Russia, was also listed.",
        "The Kish Shipping Company, which Ottawa says moves drones, is among the entities.",
        "Kish Shipping Company, which moves drones to Russia, will also be listed.",
    ):
        assert "Kish Shipping Company" in held(news(LEAD + tail))["CA"], tail


def test_the_place_that_ends_the_aside_is_not_hit() -> None:
    text = (
        LEAD + "Kish Shipping Company, which runs seven tankers from Port Rashid, was designated."
    )
    assert held(news(text))["CA"] == {"Ali Reza Moradi", "Hossein Karimi", "Kish Shipping Company"}


def test_an_earlier_or_denied_listing_after_the_aside_hits_nobody() -> None:
    for tail in (
        "Rafael Mendoza, who heads the oil firm, was listed by the United States in February.",
        "Marta Ruiz, who runs a bakery in Caracas, is named in the filing only as a shareholder.",
    ):
        assert held(news(LEAD + tail))["CA"] == {"Ali Reza Moradi", "Hossein Karimi"}, tail


# -- a reaction story: the act told as the object of the reaction, with its agent


def test_sanctions_a_state_rejects_are_the_agents_act() -> None:
    text = (
        "Uganda has condemned the new measures adopted by Britain on Tuesday against two of "
        "its army generals. The Foreign Office said Peter Okello and John Mugisha were also "
        "listed."
    )
    assert {a.authority for a in news(text)} == {"GB"}


def test_measures_another_state_adopts_name_only_their_owner() -> None:
    text = "Norway adopted the measures introduced by the European Union against drone makers."
    assert "EU" not in {a.authority for a in news(text)}


# -- a mirror listing: "added the N persons and firms to its own list"

MIRROR = (
    "Washington on Tuesday sanctioned two Honduran smugglers, Carlos Rivas Mejía and Luis "
    "Andrade Pineda, and their haulage firm Transportes Lempira S.A. Honduras's finance "
    "ministry said it added the three persons and firms to its own list of blocked persons "
    "the same day."
)


def test_a_mirror_listing_on_its_own_list_takes_the_targets_named_before() -> None:
    found = held(news(MIRROR))
    assert "Luis Andrade Pineda" in found["US"]
    assert found["HN"] == found["US"]


def test_an_own_list_with_no_reference_back_takes_nothing() -> None:
    text = MIRROR.replace("the three persons and firms", "three pilots")
    assert held(news(text)).get("HN", set()) == set()


# -- the year of what the target did, in the act's reason, dates no earlier act

REASON = (
    "The UK sanctioned two tankers on Tuesday. Kestrel Refining Ltd, an Indian refinery, "
    "has been sanctioned for importing 10 million barrels of Russian crude in 2024."
)


def test_a_year_in_the_reason_gerund_leaves_the_act_news() -> None:
    assert "Kestrel Refining Ltd" in held(news(REASON))["GB"]


def test_a_year_of_the_act_itself_still_makes_it_background() -> None:
    text = REASON.replace("for importing 10 million barrels of Russian crude in 2024", "in 2024")
    assert "Kestrel Refining Ltd" not in held(news(text))["GB"]


# -- names cut at their boundaries: a capitals legal form before ", LTD."


def test_a_capitals_firm_keeps_its_two_legal_forms() -> None:
    text = "The firms listed are HARBIN GRAIN PORT CO., LTD. and DALIAN OIL TERMINAL CO., LTD"
    assert names(text) == ["HARBIN GRAIN PORT CO., LTD.", "DALIAN OIL TERMINAL CO., LTD"]
