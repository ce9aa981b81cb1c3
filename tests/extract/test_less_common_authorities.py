"""Actions by less common authorities and in less common words, on short texts
written for these tests (issue 11): listings "added to Annex 1" or "to Schedule 2"
with no article, "the addition of ... to its list", "placed travel bans on", "will
bar ... from entering", a committee or office whose name was read as one long
name, a body named after a possessive country ("Mexico's Financial Intelligence
Unit"), and a committee "concerning" the country it lists people of.
"""

from __future__ import annotations

# news(text): (authority, status) of the news actions the rules alone find in `text`,
# published on a Wednesday, 4 June 2025.
from tests.extract.test_action_authorities import news


def test_added_to_a_numbered_annex_is_a_listing() -> None:
    text = (
        "The Federal Department of Economic Affairs, Education and Research (EAER) on "
        "Tuesday added three persons and one entity to Annex 2 of the Ordinance on "
        "Measures against Belarus."
    )
    assert news(text) == {("CH", "imposed")}


def test_added_to_a_numbered_schedule_without_the_word_sanction() -> None:
    text = (
        "Canada on Tuesday added four tankers to Schedule 2 of its Special Economic "
        "Measures (Russia) Regulations, which bars them from Canadian ports."
    )
    assert news(text) == {("CA", "imposed")}


def test_the_addition_of_entries_to_a_committee_list() -> None:
    text = (
        "The Security Council committee pursuant to resolution 2713 on Tuesday approved "
        "the addition of two individuals to its sanctions list."
    )
    assert news(text) == {("UN", "imposed")}


def test_a_committee_concerning_a_country_is_not_that_country_acting() -> None:
    text = (
        "The Security Council Committee established pursuant to resolution 1533 concerning "
        "the Democratic Republic of the Congo on Tuesday added two rebel commanders to its "
        "sanctions list."
    )
    assert news(text) == {("UN", "imposed")}


def test_an_office_read_as_one_long_name_still_acts() -> None:
    text = (
        "Bishkek business news. The Office of Foreign Assets Control of US Treasury on "
        "Tuesday included Kyrgyz lender Chuy Valley Bank in the sanctions list."
    )
    assert news(text) == {("US", "imposed")}


def test_placed_travel_bans_on() -> None:
    text = (
        "New Zealand has placed travel bans on four senior officers of the Myanmar "
        "military over air strikes on villages."
    )
    assert news(text) == {("NZ", "imposed")}


def test_no_powers_to_put_restrictions_is_no_action() -> None:
    text = (
        "Kazakhstan's financial regulator said it has no powers to put restrictions on "
        "foreign entities that the US sanctioned."
    )
    assert ("KZ", "imposed") not in news(text)


def test_mainland_affairs_council_bars_entry() -> None:
    text = (
        "Taiwan sanctions news. The Mainland Affairs Council said on Tuesday that it will "
        "bar three Chinese officials from entering Taiwan for three years."
    )
    assert news(text) == {("TW", "imposed")}


def test_a_possessive_country_before_its_intelligence_unit_acts() -> None:
    text = (
        "The U.S. Treasury on Tuesday sanctioned three fuel smugglers. Mexico's Financial "
        "Intelligence Unit at the same time added the same persons to its List of Blocked "
        "Persons."
    )
    assert news(text) == {("US", "imposed"), ("MX", "imposed")}


def test_measures_that_remain_are_no_new_action() -> None:
    text = (
        "Britain on Tuesday removed 20 Syrian banks from its sanctions list. More than 300 "
        "individuals linked to the former government remain subject to UK asset freezes, "
        "the minister added."
    )
    assert news(text) == {("GB", "lifted")}


def test_no_new_designations_is_no_action() -> None:
    text = (
        "The US Treasury on Tuesday removed the national airline from its sanctions list. "
        "No new designations were announced."
    )
    assert news(text) == {("US", "lifted")}


def test_a_remark_on_a_habit_is_no_action() -> None:
    text = (
        "Japan on Tuesday decided to freeze the assets of four North Korean IT workers. A "
        "professor noted that Japan usually follows U.S. designations with some delay."
    )
    assert news(text) == {("JP", "imposed")}


def test_will_impose_in_the_coming_weeks_is_a_threat() -> None:
    text = (
        "The UK will impose further sanctions on violent settlers in the coming weeks, "
        "the Middle East minister told MPs on Tuesday."
    )
    assert news(text) == {("GB", "threatened")}


def test_will_freeze_with_no_time_to_come_is_still_a_decision() -> None:
    text = (
        "Japan's government said on Tuesday it will freeze the assets of four North Korean "
        "IT workers."
    )
    assert news(text) == {("JP", "imposed")}


def test_the_owner_of_measures_taken_over_does_not_act() -> None:
    text = (
        "The Federal Council decided on Tuesday to take over the latest EU listings against "
        "Belarus, adding three persons to the annex of the ordinance."
    )
    assert news(text) == {("CH", "imposed")}


def test_a_minister_named_after_a_bare_title_acts_for_their_state() -> None:
    text = (
        "Switzerland on Monday imposed sanctions on ten Russian firms. Foreign Minister "
        "Winston Peters announced travel bans and asset freezes on 15 Russian propagandists."
    )
    assert news(text) == {("CH", "imposed"), ("NZ", "imposed")}


def test_designations_likely_in_the_coming_months_are_a_threat() -> None:
    text = (
        "Australia on Tuesday imposed sanctions on 12 Iranian officials. The minister said "
        "further designations were likely in the coming months."
    )
    assert news(text) == {("AU", "imposed"), ("AU", "threatened")}


def test_partners_named_in_coordination_act_too() -> None:
    text = (
        "The United States, in coordination with the United Kingdom and Canada, on Tuesday "
        "sanctioned six Iranian officials over the crackdown on protesters."
    )
    assert news(text) == {("US", "imposed"), ("GB", "imposed"), ("CA", "imposed")}


def test_a_ministry_of_a_country_adjective_acts() -> None:
    text = (
        "The Polish interior ministry on Tuesday added 10 Belarusian firms to its sanctions list."
    )
    assert news(text) == {("PL", "imposed")}


def test_an_office_of_a_possessive_country_acts() -> None:
    text = (
        "China's Taiwan Affairs Office on Tuesday added two Taiwanese officials to its "
        "sanctions list."
    )
    assert news(text) == {("CN", "imposed")}
