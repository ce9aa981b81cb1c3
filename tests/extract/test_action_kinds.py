"""Kinds of action statements the rules read (sentences written for these tests)."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.model import Article


def rule_actions(text: str, published: date | None = None) -> list[dict[str, Any]]:
    """The rules' actions alone: no learned judge keeps or drops any."""
    report = extract(Article(id="t", text=text, published=published), models=Models.empty())
    return [a.to_dict() for a in report.actions]


def scored(found: list[dict[str, Any]]) -> list[tuple[str, str]]:
    return sorted(
        (a["authority"], a["status"])
        for a in found
        if a["status"] in ("imposed", "proposed") and not a["background"]
    )


def test_subject_of_a_subordinate_clause_acts() -> None:
    text = (
        "Belarus banned the import of Lithuanian dairy products. The decision came a day "
        "after EU ambassadors imposed new restrictions on Belarusian potash exports."
    )
    assert ("EU", "imposed") in scored(rule_actions(text))


def test_subordinate_subject_after_another_trigger_acts_for_its_own_verb() -> None:
    text = (
        "Moscow announced retaliatory sanctions weeks after the UK sanctioned two Russian "
        "banks and froze their assets."
    )
    assert {a for a, _ in scored(rule_actions(text))} == {"RU", "GB"}


def test_a_side_remark_does_not_take_the_targets_that_follow() -> None:
    text = (
        "Minsk has announced sanctions on 14 Polish officials. The move came hours after "
        "the Polish government imposed new restrictions on Belarus. Those sanctioned by Minsk "
        "include Marek Nowakowski and Jan Zielinski."
    )
    found = rule_actions(text)
    by = {a["authority"]: [t["name"] for t in a["targets"]] for a in found}
    assert "PL" in by
    assert "Marek Nowakowski" not in by["PL"]


def test_authorities_acting_along_with_each_other_are_two_actions() -> None:
    text = (
        "Canada, along with the United Kingdom, sanctioned three Haitian gang leaders on Thursday."
    )
    assert {a for a, _ in scored(rule_actions(text, date(2025, 3, 7)))} == {"CA", "GB"}
    text = "Australia, together with New Zealand, designated two Iranian commanders."
    assert {a for a, _ in scored(rule_actions(text))} == {"AU", "NZ"}


def test_a_decision_reported_with_added_that_would_is_imposed() -> None:
    text = (
        "The State Department said it was restricting visas of 40 officials. The "
        "spokesman added that the U.S. would impose visa bans on 12 more judges."
    )
    found = rule_actions(text)
    assert [a["status"] for a in found if a["authority"] == "US"] == ["imposed"]


def test_two_weekdays_are_two_announcements_even_a_day_apart() -> None:
    text = (
        "The Treasury on Friday designated four money changers. "
        "On Thursday, the Treasury sanctioned a militia leader and his two sons."
    )
    found = [a for a in rule_actions(text, date(2025, 6, 14)) if a["authority"] == "US"]
    assert sorted(a["date"] for a in found) == ["2025-06-12", "2025-06-13"]


def test_a_weekday_and_a_full_date_of_one_day_stay_one_action() -> None:
    text = (
        "The Treasury on Friday designated four money changers. "
        "The Treasury said the designations of June 13 also cover a militia leader."
    )
    found = [a for a in rule_actions(text, date(2025, 6, 14)) if a["authority"] == "US"]
    assert len(found) == 1


def test_these_proposed_sanctions_looks_back_and_proposes_nothing() -> None:
    text = (
        "Beijing imposed sanctions on two drone makers on Monday. Analysts doubt that "
        "these proposed sanctions will hurt either firm."
    )
    assert scored(rule_actions(text, date(2025, 2, 4))) == [("CN", "imposed")]


def test_passive_announcement_of_sanctions_takes_the_authority_in_context() -> None:
    text = (
        "Pyongyang's foreign ministry vowed to punish Seoul. Unspecified sanctions were "
        "announced on Monday against four South Korean lawmakers."
    )
    assert ("KP", "imposed") in scored(rule_actions(text, date(2025, 2, 4)))


def test_asking_an_authority_to_blacklist_is_its_proposal() -> None:
    text = "Britain asked the United Nations on Monday to blacklist six fishing vessels."
    assert scored(rule_actions(text, date(2025, 4, 8))) == [("UN", "proposed")]
    text = "The Commission urged EU governments to approve a new package against Minsk."
    assert scored(rule_actions(text)) == [("EU", "proposed")]


def test_asking_someone_who_is_no_authority_is_no_action() -> None:
    text = "Regulators asked the bank to freeze the accounts of two sanctioned traders."
    assert scored(rule_actions(text)) == []


def test_several_rounds_of_additional_sanctions_are_news() -> None:
    text = "Australia announced several rounds of additional sanctions on Thursday."
    found = rule_actions(text, date(2025, 5, 2))
    assert [(a["authority"], a["background"]) for a in found] == [("AU", False)]
    text = "Australia has imposed several rounds of sanctions on Moscow since 2022."
    assert [a["background"] for a in rule_actions(text, date(2025, 5, 2))] == [True]


def test_the_next_sentence_dates_an_announcement_when_it_names_no_other_actor() -> None:
    text = (
        "The European Commission proposed a new sanctions package against Russian banks. "
        "Speaking at a press conference on March 3, 2025, its president said the package "
        "would take effect soon."
    )
    found = [a for a in rule_actions(text) if a["status"] == "proposed"]
    assert [a["date"] for a in found] == ["2025-03-03"]
    text = (
        "The European Commission proposed a new sanctions package against Russian banks. "
        "On March 3, 2025, Japan announced it would follow."
    )
    found = [a for a in rule_actions(text) if a["authority"] == "EU"]
    assert [a["date"] for a in found] == [None]


def test_extending_sanctions_is_an_imposition() -> None:
    text = "The EU Council decided to extend its sanctions on Belarus for another year."
    assert scored(rule_actions(text)) == [("EU", "imposed")]


def test_additions_to_an_owned_list_are_the_owners_action() -> None:
    text = (
        "Two Iranian firms were among 14 additions to the Commerce Department's Entity "
        "List, which bars exports to them."
    )
    found = rule_actions(text)
    assert [(a["authority"], a["agency"]) for a in found] == [("US", "Commerce Department")]


def test_a_country_owned_by_a_noun_before_which_does_not_act() -> None:
    text = (
        "Seoul announced new sanctions over the invasion of Ukraine, which will freeze the "
        "assets of nine Russian bankers."
    )
    assert {a for a, _ in scored(rule_actions(text))} == {"KR"}


def test_looking_to_impose_is_an_intention() -> None:
    text = "The US Treasury is looking to impose sanctions on foreign banks that help Moscow."
    found = rule_actions(text)
    assert [a["status"] for a in found] == ["threatened"]


def test_a_country_ending_a_quotation_does_not_speak_the_threat() -> None:
    text = (
        "The US envoy said Washington was “worried about the firms supplying Iran’s "
        "drone makers,” and she told the firms that they would face serious consequences."
    )
    found = [a for a in rule_actions(text) if a["status"] == "threatened"]
    assert {a["authority"] for a in found} == {"US"}


def test_also_on_a_day_opens_another_decision_of_the_same_authority() -> None:
    text = (
        "On May 2, 2024, the Australian government designated 12 individuals. "
        "Also on May 2, 2024 the Australian government banned the export of aircraft parts."
    )
    found = [a for a in rule_actions(text) if a["authority"] == "AU"]
    assert [a["date"] for a in found] == ["2024-05-02", "2024-05-02"]
    text = (
        "On May 2, 2024, the Australian government designated 12 individuals. "
        "The Australian government also banned the export of aircraft parts."
    )
    assert len([a for a in rule_actions(text) if a["authority"] == "AU"]) == 1


def test_the_month_may_is_no_modal() -> None:
    text = "On May 12, 2024, Japan designated 12 individuals linked to the arms trade."
    assert scored(rule_actions(text)) == [("JP", "imposed")]
    text = "Japan may impose sanctions on 12 individuals linked to the arms trade."
    assert [a["status"] for a in rule_actions(text)] == ["threatened"]


def test_aligning_with_a_numbered_package_is_a_sanctions_act() -> None:
    text = "The Norwegian government said on Friday it would align with the EU's 14th package."
    assert scored(rule_actions(text, date(2025, 3, 7))) == [("NO", "imposed")]


def test_announced_travel_bans_in_the_plural() -> None:
    text = "Iceland's foreign ministry announced travel bans on 20 Belarusian judges."
    assert scored(rule_actions(text)) == [("IS", "imposed")]


def test_ministers_agreeing_on_a_day_to_sanction_propose() -> None:
    text = "The European Union's foreign ministers agreed on Monday to sanction six generals."
    assert scored(rule_actions(text, date(2025, 3, 7))) == [("EU", "proposed")]


def test_following_suit_repeats_the_act() -> None:
    text = (
        "The US Treasury on Thursday sanctioned four tanker owners. "
        "Britain followed suit on Friday."
    )
    found = scored(rule_actions(text, date(2025, 3, 7)))
    assert found == [("GB", "imposed"), ("US", "imposed")]


def test_a_dateline_place_leads_no_topic() -> None:
    text = (
        "Oslo: Fishing fleets in the north are ageing fast, according to industry data. "
        "Their decline follows years of low prices, which has led to boats being hit with "
        "sanctions."
    )
    assert rule_actions(text) == []


def test_a_participle_after_an_ing_verb_is_an_adjective() -> None:
    text = "Paris: Tankers carrying sanctioned Venezuelan crude are crowding the strait."
    assert rule_actions(text) == []
    text = "Two Malaysian firms are being sanctioned by Australia for shipping drone parts."
    assert scored(rule_actions(text)) == [("AU", "imposed")]


def test_the_day_of_a_coming_event_does_not_date_the_action() -> None:
    text = (
        "The US Treasury on Wednesday sanctioned 13 Venezuelan officials. The fresh "
        "sanctions aim to stop a vote scheduled for Sunday, officials said."
    )
    found = [a for a in rule_actions(text, date(2025, 7, 25)) if a["authority"] == "US"]
    assert [a["date"] for a in found] == ["2025-07-23"]


def test_placed_on_a_list_named_in_several_words() -> None:
    text = "The Czech government placed two Russian oligarchs on its national sanctions list."
    assert scored(rule_actions(text)) == [("CZ", "imposed")]


def test_designations_under_different_executive_orders_are_different_actions() -> None:
    text = (
        "The Treasury on Tuesday designated five firms under E.O. 14024 for supplying "
        "Russia's army. The Treasury also designated two Hezbollah financiers pursuant "
        "to E.O. 13224."
    )
    found = rule_actions(text, date(2025, 3, 7))
    assert sorted(a["program"] for a in found) == ["E.O. 13224", "E.O. 14024"]
    text = (
        "OFAC on Tuesday sanctioned 12 entities pursuant to E.O. 14024. OFAC also "
        "designated 3 individuals pursuant to E.O. 14024 on Tuesday."
    )
    assert len(rule_actions(text, date(2025, 3, 7))) == 1


def test_a_second_noun_with_its_own_quantity_is_no_combined_count() -> None:
    text = "The Treasury sanctioned over 50 vessels and several dozen companies on Friday."
    found = rule_actions(text, date(2025, 3, 7))
    assert found[0]["counts"]["vessel"] == 50
    text = "The Treasury sanctioned 30 vessels and entities on Friday."
    assert rule_actions(text, date(2025, 3, 7))[0]["counts"]["vessel"] is None


def test_the_infinitive_to_sanction_takes_the_status_of_the_words_before() -> None:
    text = "Canada plans to sanction more Russian officials in the coming weeks."
    assert [(a["authority"], a["status"]) for a in rule_actions(text)] == [("CA", "threatened")]
    text = "Canada plans to designate 38 more Russian officials."
    assert [a["status"] for a in rule_actions(text)] == ["threatened"]
    text = "Canada amended its regulations to designate 38 Russian officials."
    assert scored(rule_actions(text)) == [("CA", "imposed")]


def test_an_ordinal_before_a_noun_is_no_day() -> None:
    text = "EU ambassadors reached a political agreement on the 18th package on Wednesday."
    assert [a["date"] for a in rule_actions(text, date(2025, 3, 7))] == ["2025-03-05"]


def test_a_decision_taken_on_a_day_dates_the_action_before() -> None:
    text = (
        "Japan's cabinet approved sanctions against 10 individuals. The decision, taken on "
        "Tuesday, also bans exports of machinery."
    )
    assert [a["date"] for a in rule_actions(text, date(2025, 3, 7))] == ["2025-03-04"]


def statuses(text: str) -> list[tuple[str, str]]:
    return [(a["authority"], a["status"]) for a in rule_actions(text)]


def test_sanctions_not_ruled_out_or_options_on_the_table_are_threats() -> None:
    assert statuses("Norway said further sanctions were not ruled out.") == [("NO", "threatened")]
    assert statuses("The EU said all options were on the table, including sanctions.") == [
        ("EU", "threatened")
    ]


def test_a_hyphenated_response_vowed_is_a_threat() -> None:
    assert statuses("Belarus vowed a tit-for-tat response to the new Polish sanctions.") == [
        ("BY", "threatened")
    ]


def test_would_consider_sanctions_is_a_threat() -> None:
    text = "Seoul said it would consider unilateral sanctions against Pyongyang."
    assert [s for _, s in statuses(text)] == ["threatened"]


def test_a_reported_would_with_a_condition_after_is_a_threat() -> None:
    text = (
        "China's commerce ministry said it would put the firms on its unreliable entity list "
        "if they continued arms sales to Taiwan."
    )
    assert statuses(text) == [("CN", "threatened")]
    text = "China's commerce ministry said it would put the firms on its unreliable entity list."
    assert statuses(text) == [("CN", "imposed")]


def test_a_passive_imposition_inside_a_lifting_story_is_background() -> None:
    text = (
        "Canada suspended sanctions on Syrian airlines. The measures were imposed during the "
        "civil war."
    )
    assert statuses(text) == [("CA", "lifted")]


def test_prolonging_a_suspension_of_sanctions_is_relief() -> None:
    text = "The EU has prolonged the suspension of sanctions on Syrian banks until June."
    assert statuses(text) == [("EU", "lifted")]


def test_revoking_a_general_licence_tightens() -> None:
    text = "The US Treasury revoked the general licence that let an oil major work in Venezuela."
    assert statuses(text) == [("US", "imposed")]


def test_banned_entry_is_an_imposition() -> None:
    assert statuses("The Kremlin banned entry to 300 Canadians on Friday.") == [("RU", "imposed")]


def test_suspending_a_member_then_imposing_sanctions_lifts_nothing() -> None:
    text = "The African Union suspended Niger and imposed sanctions on the junta."
    assert statuses(text) == [("AFRICAN_UNION", "imposed")]
