"""Issue 11 leads of session 22 on the training articles, each as a kind of language:
partitive subjects that date the actions told after them, actors referred back to,
listings under national security laws, targets referred back to. Short texts written
for these tests."""

from datetime import date

from sanctionwatch.model import Action
from tests.extract.helpers import names, rules_actions

FRIDAY = date(2026, 11, 20)
THURSDAY = date(2026, 11, 19)


def news(text: str, published: date = FRIDAY) -> list[Action]:
    return [a for a in rules_actions(text, published) if not a.background]


# -- a part of one government as the subject of the lead sentence's day

AGENCIES = (
    " against the network. Treasury's Office of Foreign Assets Control designated six "
    "companies, among them Brightsea Maritime Ltd. The State Department sanctioned two "
    "executives, Wang Wei and Ma Xiaowen."
)


def test_arms_of_a_government_date_the_actions_of_its_agencies() -> None:
    for subject in (
        "Two arms of the US government moved on Thursday",
        "Several agencies of the US government struck on Thursday",
        "WASHINGTON - Two branches of the US government moved on Thursday",
    ):
        found = news(subject + AGENCIES)
        assert [a.agency for a in found] == ["Treasury (OFAC)", "State Department"], subject
        assert {a.date for a in found} == {THURSDAY}, subject


def test_a_dateline_before_the_subject_does_not_hide_it() -> None:
    found = news("WASHINGTON - The US government moved on Thursday" + AGENCIES)
    assert {a.date for a in found} == {THURSDAY}


def test_arms_of_another_government_do_not_date_them() -> None:
    found = news("Two arms of the British government moved on Thursday" + AGENCIES)
    assert {a.date for a in found} == {None}


# -- a body referred back to by its kind ("the council", "the ministry", "the body")

HAITI = (
    "The United States on Thursday handed council members a draft resolution putting "
    "five Haitian gang leaders on the UN's sanctions list, among them Renel Destina. "
)


def test_the_council_is_the_security_council_named_before() -> None:
    text = (
        "Washington asks Security Council to blacklist gang leaders\n\n"
        + HAITI
        + "The council first imposed targeted sanctions on Haiti in October 2022, when it "
        "listed the gang leader Jimmy Cherizier."
    )
    found = rules_actions(text, FRIDAY)
    older = [a for a in found if a.background]
    assert [(a.authority, a.agency, a.status) for a in older] == [
        ("UN", "Security Council", "imposed")
    ]
    assert [t.name for t in older[0].targets] == ["Jimmy Cherizier"]
    assert all(t.name != "Jimmy Cherizier" for a in news(text) for t in a.targets)


def test_the_ministry_and_the_council_act_for_the_body_named_before() -> None:
    text = (
        "Japan's Foreign Ministry on Friday announced new measures against Russia. "
        "The ministry froze the assets of Brightsea Maritime Ltd."
    )
    (found,) = news(text)
    assert (found.authority, found.agency) == ("JP", "Ministry of Foreign Affairs")
    text = (
        "The Swiss Federal Council met on Wednesday. "
        "The council added Brightsea Maritime Ltd to its sanctions list."
    )
    (found,) = news(text)
    assert (found.authority, found.agency) == ("CH", "Federal Council")


# -- a date before a "when" clause dates the verb before it as well


def test_a_past_month_before_a_when_clause_dates_both_verbs() -> None:
    text = (
        "The EU on Thursday sanctioned Renel Destina. The bloc first imposed sanctions on "
        "Haiti in October 2022, when it listed the gang leader Jimmy Cherizier."
    )
    (found,) = news(text)
    assert [t.name for t in found.targets] == ["Renel Destina"]


def test_targeted_before_sanctions_is_their_adjective_not_a_second_act() -> None:
    text = HAITI + "The Security Council first imposed targeted sanctions on Haiti in October 2022."
    assert [(a.authority, a.status) for a in news(text)] == [("UN", "proposed")]


# -- a listing under a national terrorism or security law


def test_declared_specified_entities_or_a_terrorist_organisation_is_a_listing() -> None:
    cases = {
        "KUALA LUMPUR: The Home Ministry has declared four groups and three individuals as "
        "specified entities under the anti-terrorism financing law, the minister said today.": (
            "MY"
        ),
        "Singapore's Ministry of Home Affairs on Thursday declared two men, Ahmad Rizal and "
        "Yusof Kamal, as specified entities under the Terrorism (Suppression of Financing) "
        "Act.": "SG",
        "NEW DELHI: The Home Ministry on Thursday declared the Khalistan Tiger Force a "
        "terrorist organisation under the Unlawful Activities (Prevention) Act.": "IN",
    }
    for text, state in cases.items():
        (found,) = news(text)
        assert (found.authority, found.agency, found.status) == (
            state,
            "Interior Ministry",
            "imposed",
        ), text
    (found,) = news(list(cases)[1])
    assert [t.name for t in found.targets] == ["Ahmad Rizal", "Yusof Kamal"]


def test_a_declaration_about_terrorists_is_no_listing() -> None:
    text = "Tehran declared the sanctions illegal and said terrorists would not win."
    assert news(text) == []


# -- targets referred back to by a bare number

NAMED = (
    "Treasury's OFAC on Tuesday sanctioned Dmitry Kovalchuk, Artyom Gusev and Ivan Sorokin, along "
    "with Northgate Hosting Group LLC. "
)


def test_the_same_four_are_the_targets_named_before() -> None:
    for then in (
        "The UK's Foreign Office listed the same four, and the police said the servers were down.",
        "Britain sanctioned all four on Tuesday.",
    ):
        by_state = {a.authority: [t.name for t in a.targets] for a in news(NAMED + then)}
        assert by_state["GB"] == [
            "Dmitry Kovalchuk",
            "Artyom Gusev",
            "Ivan Sorokin",
            "Northgate Hosting Group LLC",
        ], then


def test_a_bare_number_takes_only_that_many_of_the_latest() -> None:
    text = NAMED + "Britain listed the same two."
    by_state = {a.authority: [t.name for t in a.targets] for a in news(text)}
    assert by_state["GB"] == ["Ivan Sorokin", "Northgate Hosting Group LLC"]


def test_a_number_before_a_noun_is_no_bare_reference() -> None:
    text = NAMED + "Britain sanctioned all four EU-based brokers on Tuesday."
    by_state = {a.authority: [t.name for t in a.targets] for a in news(text)}
    assert by_state.get("GB", []) == []


# -- the names a count sentence announced, opening the next sentence


def test_names_opening_the_sentence_after_a_count_are_the_counted_targets() -> None:
    for text, named in (
        (
            "Japan on Friday designated three firms. Alpha Trading LLC, Beta Logistics Ltd "
            "and Gamma Shipping JSC supplied drone parts to Russia.",
            ["Alpha Trading LLC", "Beta Logistics Ltd", "Gamma Shipping JSC"],
        ),
        (
            "South Korea on Friday sanctioned 11 North Korean individuals. Pak Chun-san, "
            "So Tong-myong and Kim Il-su have allegedly worked for a missile maker.",
            ["Pak Chun-san", "So Tong-myong", "Kim Il-su"],
        ),
    ):
        (found,) = news(text)
        assert [t.name for t in found.targets] == named


def test_a_counted_list_goes_on_after_one_of_the_counted_was_named() -> None:
    text = (
        "South Korea on Friday sanctioned four North Korean individuals. Choe Kwang-su, one "
        "of the sanctioned individuals, is suspected of exporting weapons. Pak Chun-san, So "
        "Tong-myong and Kim Il-su worked for a missile maker."
    )
    (found,) = news(text)
    assert [t.name for t in found.targets] == [
        "Choe Kwang-su",
        "Pak Chun-san",
        "So Tong-myong",
        "Kim Il-su",
    ]
    # one named already leaves room for two more of the three counted, not for three
    text = text.replace("four North Korean", "three North Korean")
    (found,) = news(text)
    assert [t.name for t in found.targets] == ["Choe Kwang-su"]


def test_more_names_than_counted_or_speakers_are_not_the_counted_targets() -> None:
    for text in (
        "Japan on Friday designated two firms. Alpha Trading LLC, Beta Logistics Ltd and "
        "Gamma Shipping JSC supplied drone parts to Russia.",
        "Japan on Friday designated two people. Ivan Petrov and Oleg Sidorov said the move "
        "was unfair.",
    ):
        (found,) = news(text)
        assert found.targets == [], text


# -- a firm whose head is a mechanism word, after a word of payments


def test_a_clearing_or_payment_system_after_its_firm_name_is_a_party() -> None:
    text = (
        "Canada on Thursday imposed sanctions on 5 entities. Global Affairs Canada said the "
        "entities include Moscow-based A7 Settlement Centre, Bishkek's Keremet Clearing "
        "System, and two crypto exchanges, Garantex Europe and Grinex Swap Platform."
    )
    (found,) = news(text)
    assert [t.name for t in found.targets] == [
        "A7 Settlement Centre",
        "Keremet Clearing System",
        "Garantex Europe",
        "Grinex Swap Platform",
    ]


def test_a_mechanism_alone_is_still_no_party() -> None:
    assert names("Russian banks moved to the Financial Messaging System.") == []


# -- long role descriptors before the names that hold them

BARRED = "Lithuania on Wednesday barred entry to 14 Georgian officials. "


def test_a_title_whose_body_goes_on_through_of_is_held_by_the_name_after_it() -> None:
    for text, named in (
        (
            "The list includes the head of the Special Tasks Department of Georgia's "
            "interior ministry, Zviad Kharazishvili, and the Tbilisi police chief, Levan "
            "Tsitsishvili.",
            ["Zviad Kharazishvili", "Levan Tsitsishvili"],
        ),
        (
            "The list includes the judge Nino Galustashvili and the commander of the Special "
            "Battalion of the Interior Ministry, Giorgi Beridze.",
            ["Nino Galustashvili", "Giorgi Beridze"],
        ),
    ):
        (found,) = news(BARRED + text)
        assert [t.name for t in found.targets] == named


# -- a kind of target as the subject, its names set off by dashes


def test_names_between_dashes_after_a_kind_subject_are_its_list() -> None:
    text = (
        "The U.S. Treasury on Wednesday sanctioned four companies. The companies — "
        "Transportes Carrillo Hermanos S.A. de C.V., Gasolinera La Estrella del Bajío and "
        "Combustibles Rivas Group — are in Guanajuato and Jalisco."
    )
    (found,) = news(text)
    assert [t.name for t in found.targets] == [
        "Transportes Carrillo Hermanos S.A. de C.V.",
        "Gasolinera La Estrella del Bajío",
        "Combustibles Rivas Group",
    ]


# -- "preparing" a package: a proposal when its decision is set, else an intention


def test_preparing_a_package_is_a_threat_unless_its_decision_is_set() -> None:
    cases = {
        "The European Union is preparing sanctions against “around 30” more Iranian "
        "individuals and entities at Monday's meeting of foreign affairs ministers.": ("proposed"),
        "The EU is drawing up a package listing 12 more officials.": "proposed",
        "Foreign Affairs Minister Anita Anand said Canada is preparing a fresh package "
        "targeting the shadow fleet in the coming weeks.": "threatened",
        "Kallas said the European Union was drawing up new sanctions against those "
        "responsible for the violence.": "threatened",
    }
    for text, status in cases.items():
        assert [a.status for a in rules_actions(text, FRIDAY)] == [status], text


def test_a_preparation_beside_the_same_authority_s_proposal_is_that_proposal() -> None:
    text = (
        "The EU is preparing more sanctions against individuals and organisations in Iran. "
        "The European Union is preparing sanctions against “around 30” more Iranian "
        "individuals and entities at Monday's meeting of foreign affairs ministers."
    )
    assert [(a.authority, a.status) for a in rules_actions(text, FRIDAY)] == [("EU", "proposed")]
