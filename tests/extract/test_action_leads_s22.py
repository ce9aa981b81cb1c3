"""Who acts, their status and dates: issue 11 leads of session 22 (first look on
w1060-w1079). Short texts written for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

SATURDAY = date(2026, 12, 5)


def news(text: str, published: date = SATURDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


def dated(found: list[Action]) -> set[tuple[str, str, date | None]]:
    return {(a.authority, a.status, a.date) for a in found}


# -- a weekly roundup: "Tuesday – Japan." heads each section with its day and state

ROUNDUP = (
    "Sanctions this week\n\n"
    "Six days, five capitals. Our weekly digest.\n\n"
    "Monday – Australia. The Foreign Minister imposed financial sanctions on four "
    "Iranian officials, among them Colonel Reza Tavakkoli.\n\n"
    "Tuesday – Japan. The Cabinet approved asset freezes on 9 individuals and 3 entities "
    "tied to Russia's arms industry.\n\n"
    "Thursday – United States. OFAC designated the Dubai broker Silverdune Trading LLC.\n\n"
    "Friday – Switzerland. The State Secretariat for Economic Affairs said Switzerland was "
    "adopting the EU's latest Iran listings of 8 individuals; the freeze takes effect on "
    "Monday.\n"
)


def test_a_roundup_section_heading_gives_its_state_to_an_office_of_no_named_state() -> None:
    found = news(ROUNDUP)
    japan = [a for a in found if a.authority == "JP"]
    assert len(japan) == 1 and japan[0].counts["person"] == 9
    # the Cabinet is Japan's, not Australia's: its counts stay with Japan
    (australia,) = [a for a in found if a.authority == "AU"]
    assert australia.counts["person"] != 9


def test_each_roundup_section_is_dated_by_its_own_weekday() -> None:
    found = dated(news(ROUNDUP))
    assert ("AU", "imposed", date(2026, 11, 30)) in found
    assert ("JP", "imposed", date(2026, 12, 1)) in found
    assert ("US", "imposed", date(2026, 12, 3)) in found


def test_united_states_in_the_next_heading_reports_nothing_and_dates_nothing() -> None:
    text = (
        "Wednesday – Canada. Global Affairs Canada listed six individuals under its "
        "Haiti regulations.\n\nThursday – United States. The State Department restricted "
        "visas of 40 officials.\n"
    )
    assert ("CA", "imposed", date(2026, 12, 2)) in dated(news(text))


def test_the_day_a_freeze_takes_effect_is_not_the_day_of_the_decision() -> None:
    found = dated(news(ROUNDUP))
    assert ("CH", "imposed", date(2026, 12, 4)) in found
    text = (
        "Norway said on Wednesday it was adopting the EU's new Belarus sanctions; the "
        "measures come into force on Monday."
    )
    assert dated(news(text)) == {("NO", "imposed", date(2026, 12, 2))}


def test_another_authoritys_listings_with_a_regime_word_are_adopted() -> None:
    text = "Liechtenstein on Tuesday adopted the EU's latest Russia listings."
    assert dated(news(text)) == {("LI", "imposed", date(2026, 12, 1))}


# -- a spokesperson asks another state to stop: no act of either


def test_a_demand_to_stop_imposing_sanctions_is_no_action() -> None:
    text = (
        "Foreign Ministry spokesperson Mao Ning said: We urge the US to stop smearing "
        "China and stop imposing illegal sanctions on Chinese companies."
    )
    assert rules_actions(text, SATURDAY) == []
    text = "Moscow demanded on Friday that London cease sanctioning Russian journalists."
    assert news(text) == []


def test_the_past_urged_still_reads_as_before_and_a_real_act_stays() -> None:
    text = "The US on Friday imposed sanctions on Dalnevostochny Bank and urged allies to follow."
    assert dated(news(text)) == {("US", "imposed", date(2026, 12, 4))}


# -- counter-sanctions in the translated style of a ministry


def test_the_closing_of_entry_is_an_entry_ban() -> None:
    text = (
        "The Russian Ministry of Foreign Affairs has announced on Monday the closing of "
        "entry into the Russian Federation for 17 citizens of Canada, among them members "
        "of parliament and journalists."
    )
    (found,) = news(text)
    assert (found.authority, found.status, found.date) == ("RU", "imposed", date(2026, 11, 30))
    assert found.counts["person"] == 17


# -- a chamber passes a bill that would require sanctions: proposed by its state


def test_a_house_bill_that_would_require_sanctions_is_a_us_proposal() -> None:
    text = (
        "The House of Representatives on Thursday passed the Myanmar Accountability Act, "
        "which would require the president to impose sanctions on the Burmese gem "
        "trader Jade Lotus Mining Company."
    )
    (found,) = news(text)
    assert (found.authority, found.status) == ("US", "proposed")
    assert [t.name for t in found.targets] == ["Jade Lotus Mining Company"]


def test_a_senate_bill_is_a_proposal_of_the_us_and_a_qualified_senate_is_its_own() -> None:
    text = (
        "The Senate on Wednesday passed a bill that would direct the administration to "
        "sanction Venezuelan gold exporters."
    )
    assert {(a.authority, a.status) for a in news(text)} == {("US", "proposed")}
    text = (
        "The Philippine Senate on Wednesday passed a bill that would sanction "
        "officials of the Myanmar junta."
    )
    assert {(a.authority, a.status) for a in news(text)} == {("PH", "proposed")}


def test_congress_named_as_a_setting_is_no_acting_body() -> None:
    text = (
        "He has been unable to get reforms through Congress. The Treasury on Friday "
        "sanctioned two Mexican firms."
    )
    assert {(a.authority, a.agency) for a in news(text)} == {("US", "Treasury")}


# -- a designation told in passing on a markets page


def test_named_in_the_latest_round_of_sanctions_is_a_designation() -> None:
    text = (
        "Shares of Harbourline Holdings fell 11 per cent on Friday after the US Treasury "
        "on Thursday named its Singapore broker in the latest round of Iran-related "
        "sanctions."
    )
    assert dated(news(text)) == {("US", "imposed", date(2026, 12, 3))}


def test_named_in_a_round_of_talks_is_no_designation() -> None:
    text = "The minister was named on Thursday in the latest round of cabinet appointments."
    assert news(text) == []


# -- an alert's present tense: "The amendments list an additional five individuals"

ALERT = (
    "On 2 December 2026, Canada amended two of its sanctions regulations.\n\n"
    "Belarus\n\n"
    "The amendments list an additional six individuals in Schedule 1 of the Belarus "
    "Regulations for their role in the repression of protesters.\n\n"
    "Myanmar\n\n"
    "The amendments list an additional three individuals and two entities in the "
    "Schedule of the Burma Regulations.\n"
)


def test_an_amendment_that_lists_people_is_an_act_and_each_regulation_its_own() -> None:
    found = sorted(
        (a.counts["person"], a.counts["organization"]) for a in news(ALERT) if a.authority == "CA"
    )
    assert found == [(3, 2), (6, None)]


def test_the_lists_of_a_page_are_no_act() -> None:
    assert news("The website lists 40 companies that trade with Iran in its database.") == []


# -- partners named after the act: "in coordination with Australia and the United States"


def test_partners_named_after_an_imposition_take_the_act_too() -> None:
    text = (
        "Canada on Tuesday sanctioned four Iranian officials. These sanctions are imposed "
        "in coordination with Australia and the United States."
    )
    assert {a.authority for a in news(text)} == {"CA", "AU", "US"}


def test_partners_of_a_threat_get_no_threat_of_their_own() -> None:
    text = (
        "The United States plans to impose new sanctions on shippers of North Korean coal, "
        "in coordination with allies such as Japan and South Korea."
    )
    assert {a.authority for a in news(text)} == {"US"}


def test_a_partner_whose_own_act_was_told_keeps_that_act() -> None:
    text = (
        "The US on Wednesday sanctioned three cartel accountants. Mexico's financial "
        "intelligence unit said it froze their accounts on Thursday, in coordination with "
        "Washington."
    )
    assert [a.authority for a in news(text)].count("US") == 1


def test_a_tally_of_what_a_list_holds_is_no_act() -> None:
    assert news("New Zealand currently lists 23 terrorist entities of its own.") == []


def test_coordination_with_allies_named_by_no_state_adds_no_actor() -> None:
    text = "Britain on Monday sanctioned six Houthi financiers in coordination with allies."
    assert {a.authority for a in news(text)} == {"GB"}
