"""Who acts, their status and dates: issue 11 leads of session 23 (first look on
w1100-w1119: wire datelines, menus, newsletters, live blogs, a Commons record, stop
lists, filings). Short texts written for these tests."""

from datetime import date

from sanctionwatch.extract.cleaning import junk_regions
from sanctionwatch.model import Action
from tests.extract.helpers import rules_actions

THURSDAY = date(2026, 12, 3)


def news(text: str, published: date = THURSDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


def dated(found: list[Action]) -> set[tuple[str, str, date | None]]:
    return {(a.authority, a.status, a.date) for a in found}


# -- who acts: "the government" of a wire story is its dateline's state


def test_an_abbreviated_month_in_a_dateline_keeps_it_a_dateline() -> None:
    text = (
        "SEOUL, Dec. 2 (Yonhap) -- The government on Wednesday blacklisted five North "
        "Korean individuals and two firms over illicit oil deliveries."
    )
    assert dated(news(text)) == {("KR", "imposed", date(2026, 12, 2))}


def test_a_site_menu_that_names_a_state_leads_no_topic() -> None:
    text = (
        "Home | North Korea | Diplomacy | Markets | Video\n\n"
        "SEOUL, Dec. 2 (Yonhap) -- The government decided to designate four North Korean "
        "bankers as targets of independent sanctions, it was learned Wednesday.\n"
    )
    assert {a.authority for a in news(text)} == {"KR"}


def test_many_commons_cues_give_the_government_of_a_record_with_no_dateline() -> None:
    text = (
        "House of Commons | Hansard | Written Statements\n\n"
        "Iran: Sanctions\n\n"
        "Mr Tom Varley (Leeds East) (Lab): I thank my hon. Friend for that answer.\n\n"
        "The Minister of State (Ms Ruth Okafor): My right hon. Friend will know that "
        "this afternoon the Government designated four individuals and one entity "
        "under the Iran sanctions regime.\n"
    )
    found = news(text)
    assert [(a.authority, a.status) for a in found] == [("GB", "imposed")]
    assert found[0].counts["person"] == 4


def test_a_government_with_few_cues_and_no_dateline_stays_unnamed() -> None:
    text = "The Government designated four individuals under the Iran sanctions regime."
    assert not news(text)


# -- status: intentions and work in progress


def test_a_review_in_progress_is_an_intention() -> None:
    text = (
        "Diplomatic sources said Japan is also reviewing the addition of the two "
        "banks to its own asset freeze list."
    )
    assert [(a.authority, a.status) for a in rules_actions(text, THURSDAY)] == [
        ("JP", "threatened")
    ]


def test_a_commitment_to_impose_under_a_condition_is_a_threat() -> None:
    text = (
        "The ministers of Canada and Australia said in a joint statement: the two "
        "governments commit to impose further measures on the shipping sector should "
        "Tehran fail to resume inspections."
    )
    statuses = {a.status for a in rules_actions(text, THURSDAY)}
    assert "imposed" not in statuses


def test_designations_being_prepared_are_no_imposition() -> None:
    text = (
        "The Treasury lifted sanctions on two Syrian banks on Thursday. Officials said "
        "designations of smugglers along the border were being prepared."
    )
    found = rules_actions(text, THURSDAY)
    assert ("US", "imposed") not in {(a.authority, a.status) for a in found}
    assert ("US", "threatened") in {(a.authority, a.status) for a in found}


def test_a_state_reported_to_join_listings_imposes() -> None:
    text = (
        "The Ministry of Foreign Affairs announced on Wednesday that Norway would join "
        "the new EU listings of 20 Belarusian judges."
    )
    assert dated(news(text)) == {("NO", "imposed", date(2026, 12, 2))}


# -- who threatens: the party addressed in the first person


def test_the_party_a_first_person_speaker_warns_does_not_threaten() -> None:
    text = (
        'Beijing sanctioned three Japanese firms on Wednesday. "We warn Tokyo that any '
        "new provocation will meet a resolute response, and China reserves the right to "
        'take further countermeasures," the spokesperson said.'
    )
    threats = {a.authority for a in rules_actions(text, THURSDAY) if a.status == "threatened"}
    assert threats == {"CN"}


# -- background: a likeness to another act told after the news


def test_a_closing_likeness_dates_the_other_act_not_the_news() -> None:
    text = (
        "CANBERRA, Dec 3 - Australia on Thursday barred nine Belarusian judges from its "
        "territory and froze all of their assets, mirroring listings the European Union "
        "made last month."
    )
    assert dated(news(text)) == {("AU", "imposed", THURSDAY)}


# -- newsletters: items labelled with a place and a weekday, each its own act

NEWSLETTER = (
    "Compliance Notes #88\n\n"
    "This week, in brief:\n\n"
    "• Washington (Mon): OFAC designated the Dubai broker Halcyon Reef Trading LLC.\n\n"
    "• London (Tue): The Foreign Office lifted its sanctions on Marlow Tide Shipping Ltd "
    "after a review.\n\n"
    "• Brussels (Wed): The European Commission formally put the new sanctions package to "
    "member states.\n\n"
    "• Tokyo: Nothing new this week.\n"
)


def test_a_newsletter_item_dates_its_act_by_its_weekday_label() -> None:
    found = dated(rules_actions(NEWSLETTER, THURSDAY))
    assert ("US", "imposed", date(2026, 11, 30)) in found
    assert ("GB", "lifted", date(2026, 12, 1)) in found


def test_a_package_put_to_the_member_states_is_proposed() -> None:
    assert ("EU", "proposed", date(2026, 12, 2)) in dated(rules_actions(NEWSLETTER, THURSDAY))


def test_a_newsletter_item_with_its_own_act_is_no_entry_of_the_list_above() -> None:
    found = {a.authority: [t.name for t in a.targets] for a in rules_actions(NEWSLETTER, THURSDAY)}
    assert found["US"] == ["Halcyon Reef Trading LLC"]
    assert found["GB"] == ["Marlow Tide Shipping Ltd"]  # no "Tue", no "Nothing"


def test_a_weekday_label_needs_its_parentheses() -> None:
    text = "The Sun reported that Britain sanctioned two Wed shipping agents."
    assert all(a.date is None for a in rules_actions(text, THURSDAY))


# -- acts in the wording of stop lists and filings


def test_expanding_the_list_of_people_barred_from_entry_is_an_entry_ban() -> None:
    text = (
        "The Russian side has taken a decision to expand the list of officials of "
        "the Baltic states who are prohibited from entering the territory of the "
        "Russian Federation."
    )
    assert [(a.authority, a.status) for a in rules_actions(text, THURSDAY)] == [("RU", "imposed")]


def test_a_legal_form_with_a_defined_name_does_not_cut_off_the_list_it_is_added_to() -> None:
    text = (
        "On 1 December 2026, the Office of Foreign Assets Control added Eastwind Cargo "
        '(Ningbo) Co., Ltd. ("Eastwind Ningbo"), an indirect subsidiary of the Company, '
        "to the Specially Designated Nationals and Blocked Persons List."
    )
    assert dated(rules_actions(text, THURSDAY)) == {("US", "imposed", date(2026, 12, 1))}


def test_a_stamp_line_ending_in_tags_is_furniture() -> None:
    line = "3 December 2026 | Reading time 2 min | Tags: Russia, asset freeze"
    text = f"Client alert\n{line}\nNothing else.\n"
    start = text.index(line)
    assert (start, start + len(line)) in junk_regions(text)


# -- live blogs: entries stamped with a time are told on the page's day


def test_a_live_blog_entry_takes_the_page_date() -> None:
    text = (
        "LIVE: sanctions day\n\n"
        "14:20\nThat is all for today.\n\n"
        "11:05\nThe Foreign Office said it had sanctioned three more tankers of the "
        "shadow fleet.\n\n"
        "09:30\nGood morning and welcome.\n"
    )
    assert dated(news(text)) == {("GB", "imposed", THURSDAY)}


def test_a_single_time_line_makes_no_live_blog() -> None:
    text = "11:05\nThe Foreign Office said it had sanctioned three more tankers.\n"
    assert dated(news(text)) == {("GB", "imposed", None)}
