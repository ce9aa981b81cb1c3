"""Leads left by the first looks and reviews of session 23 (issue 11): a passive
"placed under US sanctions" whose state owns the measures, an act dated most of a year
before the story told as a retelling, and a second authority listing "the same officials"
or "the same two individuals and one entity". Short texts written for these tests."""

from datetime import date

import pytest

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions, shipped_news

SATURDAY = date(2026, 12, 5)


def found(text: str, published: date = SATURDAY) -> list[Action]:
    return rules_actions(text, published)


def news(text: str, published: date = SATURDAY) -> list[tuple[str, list[str]]]:
    """(authority, target names) of each news action the rules find in `text`."""
    return [
        (a.authority, [t.name for t in a.targets])
        for a in found(text, published)
        if not a.background and not a.optional
    ]


# -- "placed under US sanctions": the state whose sanctions they are acts


@pytest.mark.parametrize(
    ("sentence", "authority"),
    [
        ("Serbian oil firm Zeta Oil was placed under US sanctions on Thursday.", "US"),
        ("Serbian oil firm Zeta Oil was put under British sanctions on Thursday.", "GB"),
        ("Serbian oil firm Zeta Oil was placed under EU sanctions on Thursday.", "EU"),
    ],
)
def test_the_owner_of_the_sanctions_a_target_is_put_under_acts(
    sentence: str, authority: str
) -> None:
    text = f"BELGRADE, Dec 4 (Reuters) - {sentence}"
    assert news(text) == [(authority, ["Zeta Oil"])]


def test_sanctions_answered_are_not_put_on_anyone() -> None:
    # "in response to the British sanctions": Moscow answers them, London does not act
    text = (
        "The Russian Foreign Ministry on Thursday banned 21 British citizens from entering"
        " Russia. The ministry said the decision was taken in response to the British"
        " sanctions against Russian media."
    )
    assert {a.authority for a in found(text)} == {"RU"}


# -- an act dated most of a year before the story is a retelling, alone or not


def test_an_act_long_before_the_story_is_background_even_alone() -> None:
    text = (
        "Belgrade, 27 November 2026 - The refinery kept working on Thursday, the company"
        " said. NIS was put under US sanctions on January 10, 2025, together with its"
        " majority owner Gazprom Neft."
    )
    acts = found(text, date(2026, 11, 27))
    assert acts == [] or all(a.background for a in acts)


def test_an_act_half_a_year_before_the_story_is_still_its_own() -> None:
    text = "On 28 December 2025 the UN Security Council added Zeta Shipping Ltd to its list."
    acts = found(text, date(2026, 7, 7))
    assert [(a.authority, a.background) for a in acts] == [("UN", False)]


# -- "the same officials", "the same two individuals and one entity"


def test_the_same_officials_are_the_ones_named_before() -> None:
    text = (
        "The US Treasury on Thursday designated Ivan Petrov and Oleg Sidorov. The EU"
        " listed the same officials on Friday."
    )
    assert news(text) == [
        ("US", ["Ivan Petrov", "Oleg Sidorov"]),
        ("EU", ["Ivan Petrov", "Oleg Sidorov"]),
    ]


def test_a_second_kind_joined_to_the_same_phrase_is_taken_too() -> None:
    text = (
        "The UAE on Monday designated Ivan Petrov, Oleg Sidorov and Alder Trading LLC."
        " Saudi Arabia designated the same two individuals and one entity on Monday."
    )
    assert news(text, date(2026, 12, 1))[1] == (
        "SA",
        ["Ivan Petrov", "Oleg Sidorov", "Alder Trading LLC"],
    )


def test_short_forms_after_the_same_phrase_pick_which_of_them() -> None:
    # the latest three would be Quintero Ayala, Parra Lugo and Félix Sotelo
    text = (
        "The US Treasury on Thursday designated Jesús Alfredo Beltrán Guzmán, Marisol"
        " Quintero Ayala, Óscar Iván Parra Lugo and Ramiro Félix Sotelo. Britain's Foreign"
        " Office sanctioned three of the same people, Beltrán Guzmán, Quintero Ayala and"
        " Parra Lugo, on Thursday. The UK did not list Félix Sotelo."
    )
    assert news(text)[1] == (
        "GB",
        ["Jesús Alfredo Beltrán Guzmán", "Marisol Quintero Ayala", "Óscar Iván Parra Lugo"],
    )


# -- states that act by one verb share the targets named after it


def test_joint_states_share_the_names_a_later_sentence_gives() -> None:
    text = (
        "Estonia, Latvia and Lithuania on Thursday barred 12 Georgian officials from"
        " entering their territory over the dispersal of protests in Tbilisi.\n\n"
        "The three foreign ministries said in a joint statement that the bans cover"
        " Interior Minister Vakhtang Gomelauri, his deputy Aleksandre Darakhvelidze and"
        " Zviad Kharazishvili, who runs the special tasks department, among others."
    )
    found = shipped_news(text, date(2026, 11, 27))
    assert set(found) == {"EE", "LV", "LT"}
    assert all("Vakhtang Gomelauri" in names for names in found.values())


# -- a question after an act asks for more; it lists none of its targets


def test_a_question_names_no_target_of_the_act_before_it() -> None:
    text = (
        "Britain on Wednesday designated three further entities under its Myanmar"
        " sanctions regime, among them International Gateways Group of Company Limited.\n\n"
        "Ms Coyle: Will the Minister now go further and sanction the state-owned Myanma"
        " Economic Bank, as many of us have urged for two years?"
    )
    found = shipped_news(text, date(2026, 12, 2))
    assert found == {"GB": ["International Gateways Group of Company Limited"]}


# -- "members of the European Parliament X": the chamber is no part of the name


@pytest.mark.parametrize("chamber", ["the European Parliament", "the Bundestag"])
def test_a_chamber_after_of_ends_where_its_members_name_begins(chamber: str) -> None:
    text = (
        f"Moscow on Thursday barred members of {chamber} Rasa Juknevičienė and Tomasz"
        " Wielgosz from entering Russia."
    )
    assert news(text) == [("RU", ["Rasa Juknevičienė", "Tomasz Wielgosz"])]


# -- "its director, WU, Jianguo": a list-style name of two-letter surname after a role


def test_a_list_style_name_after_a_role_and_a_comma_is_one_person() -> None:
    text = (
        "OFAC on Thursday designated the tanker HAI LONG and its director, WU, Jianguo"
        " (a.k.a. NG, Kin-kwok); DOB 14 Aug 1971."
    )
    assert news(text) == [("US", ["HAI LONG", "WU, Jianguo"])]


# -- "Vedant Dynamics Private Limited, Hyderabad;": a city of trade after a firm is its seat


def test_a_city_of_trade_after_a_firm_and_a_comma_is_its_seat() -> None:
    text = (
        "The Council on Thursday added three Indian firms to its list: Shree Ganesh"
        " Aerotech Pvt Ltd of Bengaluru; Vedant Dynamics Private Limited, Hyderabad; and"
        " Krishna Marine Electronics Pvt. Ltd. of Navi Mumbai, the EU said."
    )
    assert news(text) == [
        (
            "EU",
            [
                "Shree Ganesh Aerotech Pvt Ltd",
                "Vedant Dynamics Private Limited",
                "Krishna Marine Electronics Pvt. Ltd.",
            ],
        )
    ]


# -- "stopped short of listing X": the act not taken, X no target


def test_stopping_short_of_listing_spares_the_name() -> None:
    text = (
        "The US on Thursday sanctioned Igor Sechin and Oleg Sidorov. Britain sanctioned"
        " Oleg Sidorov on Friday, but stopped short of listing Sechin."
    )
    assert news(text)[1] == ("GB", ["Oleg Sidorov"])
    text = "The EU on Friday stopped short of sanctioning Igor Sechin."
    assert news(text) == []
