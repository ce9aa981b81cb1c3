"""Who acts, with what status, on which day and how many: sentences written for
these tests in the kinds of language that failed on unseen articles (issue 11).
The rules alone are run (no learned judge), so each case tests one rule."""

from datetime import date

import pytest

from sanctionwatch.extract.counts import find_counts
from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

FRIDAY = date(2025, 3, 14)


def actions(text: str, published: date | None = FRIDAY) -> list[Action]:
    return rules_actions(text, published)


def summary(text: str, published: date | None = FRIDAY) -> list[tuple[str, str]]:
    return [(a.authority, a.status) for a in actions(text, published)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # being drawn up: a proposal, not a threat
        (
            "The European Union is preparing sanctions against about 30 more officials.",
            [("EU", "proposed")],
        ),
        # a bill tabled: proposed, even though it "would impose"
        (
            "Canadian lawmakers in Ottawa introduced a bill that would impose sanctions on "
            "Russian banks. Canada's parliament will debate it next month.",
            [("CA", "proposed")],
        ),
        # "intended to": a stated intention
        (
            "The EU imposed sanctions on the militia's leaders on Monday. Officials said the "
            "bloc intended to impose further sanctions on their financiers.",
            [("EU", "imposed"), ("EU", "threatened")],
        ),
    ],
)
def test_status(text: str, expected: list[tuple[str, str]]) -> None:
    assert summary(text) == expected


def test_threat_comes_from_the_party_after_from() -> None:
    text = (
        "The spokesperson said Washington must stop its arms sales to the island "
        "or face firm retaliation from China."
    )
    assert summary(text) == [("CN", "threatened")]


def test_intention_to_respond_is_a_threat() -> None:
    assert summary("China will make a further response, the ministry said.") == [
        ("CN", "threatened")
    ]


def test_a_participle_after_sanctions_in_a_lifting_story_invents_no_imposition() -> None:
    text = (
        "The European Union decided on Tuesday to lift economic sanctions on Syria. "
        "The new rulers had long asked for relief from the harsh punishment imposed "
        "after the crackdown."
    )
    assert summary(text) == [("EU", "lifted")]


def test_a_weak_verb_without_sanctions_words_in_its_clause_states_no_action() -> None:
    text = (
        "The European Union lifted sanctions on the central bank on Tuesday, while gunmen "
        "carried out deadly attacks targeting a minority in the coastal region."
    )
    assert summary(text) == [("EU", "lifted")]


def test_a_country_hit_by_an_earlier_verb_does_not_act() -> None:
    text = (
        "The US administration hit Venezuela with new sanctions on Wednesday targeting "
        "13 officials of the government in Caracas. The United States said more could follow."
    )
    assert ("US", "imposed") in summary(text)
    assert ("VE", "imposed") not in summary(text)


def test_later_trigger_shares_the_reported_decision() -> None:
    text = (
        "Norway's Ministry of Foreign Affairs said Friday it would align with the EU's "
        "16th package, listing 48 individuals and 35 entities."
    )
    (action,) = actions(text)
    assert (action.authority, action.status, action.date) == ("NO", "imposed", FRIDAY)
    assert (action.counts["person"], action.counts["organization"]) == (48, 35)


def test_swiss_federal_council_acts() -> None:
    text = (
        "The Swiss Federal Council on Wednesday decided to adopt the latest EU sanctions "
        "against Russia, adding 45 individuals to its list."
    )
    assert summary(text) == [("CH", "imposed")]


def test_ukraine_security_council_acts() -> None:
    text = "Ukraine's National Security and Defense Council on Thursday sanctioned 12 firms."
    (action,) = actions(text)
    assert (action.authority, action.date) == ("UA", date(2025, 3, 13))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It targeted two senior officials and two financial facilitators.", [("person", 4)]),
        ("It named 13 individuals and a dozen businesses.", [("person", 13), ("organization", 12)]),
        ("Several dozen firms were named.", []),
        ("It hit 4 Iranian airlines.", [("organization", 4)]),
        (
            "It named 5 people and 3 firms, including 2 people in Iran.",
            [("person", 5), ("organization", 3), ("person", 2)],
        ),
    ],
)
def test_counts(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_counts(text)] == expected


def test_a_sentence_that_sums_up_the_action_gives_its_count() -> None:
    text = (
        "The United States on Monday placed six Chinese firms on a trade blacklist. "
        "This action, taken on Monday, targets 26 organizations in Pakistan, China "
        "and the United Arab Emirates."
    )
    (action,) = actions(text)
    assert action.counts["organization"] == 26


def test_a_dateline_stamp_does_not_date_the_action() -> None:
    text = (
        "WASHINGTON (Wire News - 19th November, 2019) The US sanctioned two agents and "
        "four companies, the Treasury Department announced in a press release on Monday."
    )
    (action,) = actions(text, date(2019, 11, 19))
    assert action.date == date(2019, 11, 18)


def test_an_announcement_before_the_action_dates_it() -> None:
    text = (
        "On 21 July, the Ministry of Foreign Affairs of Norway reported that the country "
        "is following the EU. Norway has also adopted a sanctions list of 54 individuals."
    )
    (action,) = [a for a in actions(text, date(2022, 8, 27)) if a.authority == "NO"]
    assert action.date == date(2022, 7, 21)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia vowed to retaliate against the new EU sanctions.", [("RU", "threatened")]),
        (
            "China vowed countermeasures against the US sanctions on its firms.",
            [("CN", "threatened")],
        ),
        # the threat and the imposition it answers, each with its own actor
        (
            "Moscow has vowed to respond to the sanctions imposed by Japan on Friday.",
            [("RU", "threatened"), ("JP", "imposed")],
        ),
        # ... but "any new sanctions" is no imposition
        (
            "Iran warned on Thursday that it would respond firmly to any new sanctions "
            "imposed by the EU.",
            [("IR", "threatened")],
        ),
        # how sanctions are decided is no action
        ("The EU can impose sanctions only with the agreement of all its members.", []),
        # adopting a draft is the act
        (
            "The Security Council voted on Thursday to adopt a draft resolution extending "
            "the arms embargo on Libya.",
            [("UN", "imposed")],
        ),
        # applying another's sanctions, said to be decided
        (
            "The British government said it would apply the EU sanctions, which a Kremlin "
            "spokesman said would prompt retaliation.",
            [("GB", "imposed"), ("RU", "threatened")],
        ),
    ],
)
def test_threats_and_acts_in_one_sentence(text: str, expected: list[tuple[str, str]]) -> None:
    assert summary(text) == expected


def test_a_country_naming_a_sanctions_law_does_not_act() -> None:
    text = (
        "On Friday, New Zealand's Ministry of Foreign Affairs & Trade amended its Russia "
        "Sanctions Regulations to target 23 individuals."
    )
    (action,) = actions(text)
    assert (action.authority, action.date, action.counts["person"]) == ("NZ", FRIDAY, 23)


def test_a_group_of_senators_tabling_a_bill_is_their_state_proposing() -> None:
    text = (
        "A bipartisan group of U.S. senators on Tuesday introduced a bill that would "
        "impose sanctions on buyers of Russian oil."
    )
    assert summary(text) == [("US", "proposed")]


def test_amended_regulations_each_on_its_own_day() -> None:
    text = (
        "In this post we describe the sanctions imposed by Canada since our November 5, "
        "2022 update.\n"
        "On December 7, 2022, the Canadian government amended the Special Economic "
        "Measures (Russia) Regulations to add 33 individuals.\n"
        "On February 2, 2023, the Canadian government amended the Special Economic "
        "Measures (Russia) Regulations to designate an additional 38 individuals."
    )
    found = actions(text, published=None)
    assert [(a.authority, a.date) for a in found] == [
        ("CA", date(2022, 12, 7)),
        ("CA", date(2023, 2, 2)),
    ]
    assert found[1].counts["person"] == 38


def test_a_fleet_owner_inside_the_trigger_does_not_act() -> None:
    text = (
        "The European Commission on Friday proposed a 19th package of sanctions. The new "
        "proposals would add 118 vessels from Russia's shadow fleet to the blacklist."
    )
    assert {a for a, _ in summary(text)} == {"EU"}


def test_a_later_trigger_shares_the_background_of_the_clause() -> None:
    text = (
        "The EU on Monday imposed sanctions on 12 officials. Its earlier packages have "
        "already targeted 2,500 entities through travel bans and asset freezes."
    )
    news = [a for a in actions(text) if not a.background]
    assert [(a.authority, a.counts["person"]) for a in news] == [("EU", 12)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Japan sanctions 11 Russian individuals and 15 entities, the government said.",
            [("JP", "imposed")],
        ),
        ("Washington sanctions Russian tanker owners in a new push.", [("US", "imposed")]),
        # the noun, not the verb
        ("EU sanctions hit the Russian economy hard, analysts said.", []),
        ("The EU sanctions regime was renewed for six months.", []),
        # one list of governments, though " and the US sanctioned" looks like a new clause
        (
            "South Korea, Japan and the US on Friday sanctioned North Korean IT workers.",
            [("KR", "imposed"), ("JP", "imposed"), ("US", "imposed")],
        ),
    ],
)
def test_who_sanctions(text: str, expected: list[tuple[str, str]]) -> None:
    assert summary(text) == expected


def test_vowing_to_take_measures_is_a_threat() -> None:
    text = "China vowed to take all necessary measures to protect its companies."
    assert summary(text) == [("CN", "threatened")]


def test_regional_organisations_act() -> None:
    text = (
        "The Economic Community of West African States on Sunday imposed sanctions on "
        "the junta in Niamey."
    )
    (action,) = actions(text)
    assert (action.authority, action.date, action.target_countries) == (
        "ECOWAS",
        date(2025, 3, 9),
        ["NE"],
    )


def test_lawmakers_and_an_envoy_are_counted_people() -> None:
    text = "It announced sanctions against 3 senior lawmakers and a US envoy."
    assert [(c.kind, c.value) for c in find_counts(text)] == [("person", 4)]


@pytest.mark.parametrize(
    "text",
    [
        "The EU is set to adopt its 17th sanctions package next week, diplomats said.",
        "EU member states are poised to approve new sanctions on Belarus.",
        "The European Commission presented a new sanctions package to the member states.",
    ],
)
def test_a_package_on_its_way_is_proposed(text: str) -> None:
    assert summary(text) == [("EU", "proposed")]


def test_a_retaliation_announced_for_the_future_is_a_threat() -> None:
    text = (
        "In retaliation for the U.S. sanctions, Iran will impose legal restrictions on "
        "some American individuals and entities."
    )
    assert summary(text) == [("IR", "threatened")]
