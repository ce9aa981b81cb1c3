"""Who acts, their status, dates and counts: issue 11 leads of session 21 (first look on
w1020-w1039). Short texts written for these tests."""

from datetime import date

import pytest

from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 11, 20)


def news(text: str, published: date = FRIDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


# -- a notice's numbered entries under "Individuals" / "Entities" headings

NOTICE = (
    "FINANCIAL SANCTIONS NOTICE\n"
    "Financial Sanctions Notice: Russia\n\n"
    "1. The Secretary of State has today designated the persons set out below under "
    "regulation 5 of the Russia (Sanctions) (EU Exit) Regulations 2019.\n"
    "2. They have been added to the Consolidated List and are subject to an asset freeze.\n\n"
    "Individuals\n"
    "1. KOVALYOV, Pyotr Semyonovich. DOB: 04/05/1977. Position: Director, Baltic Reefer Lines.\n"
    "2. SHUBINA, Alla Romanovna\n\n"
    "Entities\n"
    "1. BALTIC REEFER LINES LLC. Address: Kaliningrad, Russia.\n\n"
    "3. The following entry has been removed from the Consolidated List and is no longer "
    "subject to an asset freeze:\n\n"
    "Individuals\n"
    "1. GORBUNOV, Lev Arkadyevich. Listed on 02/03/2023.\n"
)


def test_a_uk_notice_is_one_british_action_not_a_us_or_russian_one() -> None:
    found = rules_actions(NOTICE, FRIDAY)
    assert {(a.authority, a.status) for a in found} == {("GB", "imposed"), ("GB", "lifted")}
    assert len([a for a in found if a.status == "imposed"]) == 1


def test_numbered_entries_under_kind_headings_are_the_targets_of_their_action() -> None:
    by_status = {a.status: [t.name for t in a.targets] for a in rules_actions(NOTICE, FRIDAY)}
    assert by_status["imposed"] == [
        "KOVALYOV, Pyotr Semyonovich",
        "SHUBINA, Alla Romanovna",
        "BALTIC REEFER LINES LLC",
    ]
    assert by_status["lifted"] == ["GORBUNOV, Lev Arkadyevich"]


def test_numbered_lines_without_a_kind_heading_are_not_entries() -> None:
    text = (
        "The Secretary of State has today designated two persons.\n\n"
        "Most read\n1. Markets slide as oil jumps\n2. Ministers meet in Brussels\n"
    )
    (found,) = rules_actions(text, FRIDAY)
    assert found.targets == []


# -- a lead sentence's day for the agencies' actions told after it


def test_a_subject_with_a_verb_and_a_day_dates_the_actions_that_follow() -> None:
    text = (
        "The US government moved on Thursday against the network. "
        "Treasury's Office of Foreign Assets Control designated six companies, among them "
        "Brightsea Maritime Ltd. The State Department sanctioned two executives, "
        "Liu Guangming and Ma Xiaowen."
    )
    found = news(text)
    assert len(found) == 2
    assert {a.date for a in found} == {date(2026, 11, 19)}


def test_another_state_as_the_subject_does_not_date_them() -> None:
    text = (
        "The British government acted on Thursday against the network. "
        "Treasury's Office of Foreign Assets Control designated six companies."
    )
    assert [a.date for a in news(text) if a.authority == "US"] == [None]


# -- "also" and the counts of one action


def test_the_same_departments_also_count_adds_to_its_first_count() -> None:
    text = (
        "OFAC on Thursday sanctioned five individuals and two entities, including the "
        "broker Arturo Garza Villarreal. OFAC also designated three Mexico-based trucking "
        "companies, among them Transportes Rapidos del Bravo S.A. de C.V."
    )
    (us,) = news(text)
    assert us.counts["person"] == 5 and us.counts["organization"] == 5


def test_another_departments_also_trade_ban_keeps_its_count_apart() -> None:
    text = (
        "TOKYO - The Japanese government decided on Friday to freeze assets of 11 "
        "individuals and three organizations, including Zvezda Logistics Group. The "
        "Ministry of Economy, Trade and Industry also banned exports to 20 more entities."
    )
    (japan,) = news(text)
    assert japan.counts["person"] == 11 and japan.counts["organization"] == 3


def test_an_also_designation_of_the_sanctioning_department_is_the_same_action() -> None:
    text = (
        "The United States on Thursday sanctioned James Kabarebe, a minister of state. "
        "The Treasury also designated Lawrence Kanyuka Kingston and two companies he "
        "controls, Kingston Holding and Kingston Fresh."
    )
    (us,) = news(text)
    assert us.counts["organization"] == 2


def test_a_total_told_with_in_addition_is_no_further_part() -> None:
    text = (
        "The Council on Monday added one person and 21 entities to its list. In addition, "
        "55 persons and 9 entities have been sanctioned by the EU autonomously."
    )
    (eu,) = news(text)
    assert eu.counts["person"] == 1 and eu.counts["organization"] == 21


# -- several states in one sentence, their counts gapped


BALTIC = (
    "Estonia, Latvia and Lithuania on Wednesday barred entry to Georgian officials. "
    "Lithuania banned 14 officials, Latvia 11 and Estonia 13, the three foreign "
    "ministries said. All three lists include the Tbilisi police chief, Levan Tsitsishvili."
)


def test_gapped_counts_go_to_the_states_named_beside_them() -> None:
    counts = {a.authority: a.counts["person"] for a in news(BALTIC, date(2026, 12, 3))}
    assert counts == {"EE": 13, "LV": 11, "LT": 14}


def test_a_state_and_its_gapped_count_is_no_target() -> None:
    names = {t.name for a in news(BALTIC, date(2026, 12, 3)) for t in a.targets}
    assert not {"Latvia 11", "Estonia 13"} & names


def test_all_three_lists_name_the_targets_of_each_state() -> None:
    found = news(BALTIC, date(2026, 12, 3))
    assert {a.authority for a in found if "Levan Tsitsishvili" in [t.name for t in a.targets]} == {
        "EE",
        "LV",
        "LT",
    }


def test_naming_a_counted_group_under_a_sanctions_law_is_a_listing() -> None:
    text = (
        "Canada listed seven individuals, and New Zealand named four people under its "
        "autonomous sanctions law."
    )
    counts = {a.authority: a.counts["person"] for a in news(text)}
    assert counts == {"CA": 7, "NZ": 4}


# -- who calls, who warns


@pytest.mark.parametrize(
    "text",
    [
        "Opposition parties have asked the EU to freeze the assets of judges who sentenced "
        "protesters, a request Brussels has not answered.",
        "Rights groups urged the European Union to sanction the officers.",
    ],
)
def test_a_call_on_the_eu_by_parties_or_groups_is_no_action(text: str) -> None:
    assert rules_actions(text, FRIDAY) == []


def test_a_commission_request_to_member_states_is_still_its_proposal() -> None:
    text = "The Commission on Tuesday called on the 27 EU member states to approve a new package."
    assert [(a.authority, a.status) for a in rules_actions(text, FRIDAY)] == [("EU", "proposed")]


def test_a_threat_after_a_quotation_is_the_speakers_not_the_quoted_states() -> None:
    text = (
        "New Zealand yesterday announced travel bans on 11 individuals. "
        '"We will not stand by while Russia funds its war," the minister said, adding that '
        "more designations were being prepared with partners."
    )
    threats = [a.authority for a in rules_actions(text, FRIDAY) if a.status == "threatened"]
    assert threats == ["NZ"]
