"""Wordings of sanctions news that the rules missed (issue 11, session 14), in sentences
written for these tests: "listed" after a state whose name ends in "a" (Canada, Russia),
"took parallel action against". The rules alone are run (no learned judge)."""

from datetime import date

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.model import Action, Article
from tests.extract.helpers import rules_actions

PUBLISHED = date(2025, 3, 14)  # a Friday
TITLE = "Allies move against sanctions evasion network\n\n"


def actions(text: str) -> list[Action]:
    return rules_actions(TITLE + text, PUBLISHED)


def summary(text: str) -> list[tuple[str, str, date | None]]:
    return [(a.authority, a.status, a.date) for a in actions(text)]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        ("Canada listed the same two vessels on Wednesday.", "CA"),
        ("Global Affairs Canada listed six people and two firms on Wednesday.", "CA"),
        ("Australia listed four Iranian officials on Wednesday under its autonomous regime.", "AU"),
    ],
)
def test_listed_after_a_state_ending_in_a_is_a_verb(text: str, authority: str) -> None:
    assert summary(text) == [(authority, "imposed", date(2025, 3, 12))]


@pytest.mark.parametrize(
    "text",
    [
        "The firm was listed on the stock exchange in Toronto last year.",
        "The sanctions list already names the listed companies.",
    ],
)
def test_listed_shares_and_adjectives_stay_no_act(text: str) -> None:
    assert summary(text) == []


def test_parallel_action_against_is_an_act_of_each_state() -> None:
    found = summary("Britain and Canada took parallel action against the network on Tuesday.")
    assert found == [("GB", "imposed", date(2025, 3, 11)), ("CA", "imposed", date(2025, 3, 11))]


def test_legal_action_against_is_no_sanction() -> None:
    assert summary("Britain took legal action against the network on Tuesday.") == []


def test_reciprocal_action_against_diplomats_is_no_sanction() -> None:
    found = summary(
        "Russia on Tuesday took reciprocal action against British diplomats, expelling "
        "two, in response to the sanctions."
    )
    assert found == []


PROPOSAL = (
    "The European Commission on Tuesday proposed a 20th package of sanctions against Russia. "
)


@pytest.mark.parametrize(
    "threat",
    [
        "It would also freeze the assets of European companies in Russia, the Kremlin warned.",
        "It would also freeze the assets of EU firms, Kremlin spokesman Dmitry Peskov warned.",
    ],
)
def test_a_threat_closed_by_another_speaker_is_the_speakers(threat: str) -> None:
    found = summary(PROPOSAL + threat)
    assert found == [("EU", "proposed", date(2025, 3, 11)), ("RU", "threatened", None)]


def test_the_proposals_content_told_by_its_own_author_stays_the_proposal() -> None:
    found = summary(PROPOSAL + "It would also freeze the assets of 31 firms, the EU said.")
    assert found == [("EU", "proposed", date(2025, 3, 11))]


def test_the_proposals_content_told_by_another_state_stays_the_proposal() -> None:
    found = summary(
        PROPOSAL + "It would also freeze the assets of 12 more banks, Ukraine's foreign "
        "minister Andrii Sybiha said."
    )
    assert found == [("EU", "proposed", date(2025, 3, 11))]


def test_a_country_before_the_closing_speaker_is_no_speaker() -> None:
    found = summary(
        "Japan is prepared to impose additional sanctions on North Korea, the Prime "
        "Minister's office said on Monday."
    )
    assert [(a, s) for a, s, _ in found] == [("JP", "threatened")]


def test_a_renewal_told_apart_is_a_decision_of_its_own() -> None:
    found = summary(
        "The European Union on Friday imposed sanctions on 15 more Venezuelan officials. "
        "The Council also decided to extend its Venezuela restrictive measures, including "
        "an arms embargo, until 10 January 2026."
    )
    assert found == [("EU", "imposed", date(2025, 3, 14)), ("EU", "imposed", date(2025, 3, 14))]


def test_a_resolution_that_renews_and_lists_is_one_decision() -> None:
    found = summary(
        "The UN Security Council on Thursday adopted a resolution renewing its sanctions "
        "regime on Haiti for another year and adding four gang leaders to the sanctions list. "
        "It extends the asset freeze and travel ban until October 2026."
    )
    assert found == [("UN", "imposed", date(2025, 3, 13))]


def test_an_extension_in_scope_is_no_renewal_apart() -> None:
    found = summary(
        "The European Union on Friday imposed sanctions on 19 Belarusian officials. The EU "
        "also extended the sanctions to cover three more airlines, which will be barred "
        "until further notice."
    )
    assert found == [("EU", "imposed", date(2025, 3, 14))]


def test_a_separate_announcement_by_the_same_ministry_is_another_action() -> None:
    found = actions(
        "China's Ministry of Commerce on Tuesday added 10 US companies to its unreliable "
        "entity list. In a separate announcement the same day, the ministry put 15 US "
        "entities on its export control list."
    )
    assert [(a.authority, a.date, a.counts["organization"]) for a in found] == [
        ("CN", date(2025, 3, 11), 10),
        ("CN", date(2025, 3, 11), 15),
    ]


def test_a_department_that_separately_bans_exports_acts_apart_with_its_own_count() -> None:
    found = actions(
        "Japan's government on Friday froze the assets of 11 individuals and 30 "
        "organizations. The Ministry of Economy, Trade and Industry separately banned "
        "exports to 22 organizations."
    )
    assert [(a.authority, a.counts["organization"]) for a in found] == [("JP", 30), ("JP", 22)]


def test_measures_adopted_by_an_agent_that_target_people_are_its_act() -> None:
    found = actions(
        "New Belarus-related restrictive measures adopted by the Council of the European "
        "Union on Monday target eight individuals and five entities."
    )
    assert [(a.authority, a.status, a.date) for a in found] == [
        ("EU", "imposed", date(2025, 3, 10))
    ]
    assert (found[0].counts["person"], found[0].counts["organization"]) == (8, 5)


def test_adding_people_beside_a_removal_is_a_listing() -> None:
    found = summary(
        "New Zealand has removed three people from its Russia sanctions register following "
        "a review, while adding nine new individuals involved in Russia's cyber operations, "
        "Foreign Minister Winston Peters announced on Tuesday."
    )
    assert found == [("NZ", "lifted", date(2025, 3, 11)), ("NZ", "imposed", date(2025, 3, 11))]


def test_adding_people_to_a_workforce_is_no_listing() -> None:
    text = "Despite the sanctions, the company added 200 people to its workforce on Tuesday."
    assert summary(text) == []


def test_an_annex_numbered_past_thirty_nine_is_a_sanctions_annex() -> None:
    found = actions("The EU on Monday added 74 vessels to Annex XLII of its Russia regulation.")
    assert [(a.authority, a.counts["vessel"]) for a in found] == [("EU", 74)]


def test_an_act_told_a_day_after_another_day_is_dated_back() -> None:
    found = summary(
        "Alpha Forge Ltd., a Pune-based supplier, on Friday denied supplying any military "
        "items to Russia, a day after the European Union included it among nine entities "
        "added to its sanctions list."
    )
    assert found == [("EU", "imposed", date(2025, 3, 13))]


def undated(text: str) -> list[tuple[str, date | None]]:
    article = Article(id="t", text=TITLE + text, published=None)
    return [(a.authority, a.date) for a in extract(article, models=Models.empty()).actions]


def test_a_day_without_a_year_takes_the_year_of_a_full_date_in_the_text() -> None:
    found = undated(
        "On March 5, 2023, Britain sanctioned Alpha Shipping, which the EU sanctioned on March 1."
    )
    assert found == [("GB", date(2023, 3, 5)), ("EU", date(2023, 3, 1))]


def test_a_day_without_a_year_and_no_full_date_stays_undated() -> None:
    assert undated("On 5 March, Britain sanctioned Alpha Shipping.") == [("GB", None)]


def test_a_state_sanctioned_with_a_purpose_is_still_the_one_hit() -> None:
    # "prepared to impose" is an adjective before "to"; "sanctioned to curb" is a passive
    found = summary(
        "Iran has been sanctioned to curb its missile programme, and the European Union "
        "on Monday listed four more Iranian officials."
    )
    assert [a for a, _, _ in found] == ["EU"]


def test_separately_a_spokesman_retelling_the_designations_is_no_other_action() -> None:
    found = summary(
        "The Treasury on Tuesday sanctioned 12 Iranian firms. Separately, the department "
        "said the designations were made under Executive Order 13846."
    )
    assert [(a, s) for a, s, _ in found] == [("US", "imposed")]


def test_a_birth_date_lends_no_year_to_a_day_without_one() -> None:
    found = undated(
        "Ivan Petrov, born on 3 June 1968, heads Alpha Trading. On 20 May, the European "
        "Union imposed sanctions on Petrov and two of his companies."
    )
    assert found == [("EU", None)]


def test_an_end_date_lends_no_year_to_a_day_without_one() -> None:
    found = undated(
        "The EU sanctions on Russia run until 31 July 2026. On 20 May, the European Union "
        "imposed sanctions on two Russian banks."
    )
    assert found == [("EU", None)]
