"""Kinds of failure of the session-29 first look on w1520-w1539 (less common authorities in
translated and non-native English): days written "21st of May", "on the 3rd that" and
"dated 03.06.2025." at a sentence's end; the Swiss "take over" of another's sanctions; a
removal told as "deleted ... from annex 8"; "approved the inclusion of" people in a list and
the inverted passive "On the list were put X"; an adverb or day between "aligned" and "with";
a capital opening a sentence without its comma ("In Skopje the Government of ..."); and "will
join ..., but ... still being prepared", a decision still to come. Tested with sentences
written for these tests (no corpus text)."""

from tests.extract.helpers import names, rules_actions, targets_of
from tests.extract.test_status_s27 import PUBLISHED, news  # a Wednesday


def test_a_day_written_with_of_dates_the_act() -> None:
    text = "On 2nd of June the Federal Council decided to freeze the assets of 12 persons.\n"
    assert news(text) == [("CH", "imposed", "2025-06-02")]


def test_a_bare_ordinal_day_before_that_dates_the_act() -> None:
    text = (
        "Japan's Foreign Ministry said on the 3rd that the government decided to freeze the"
        " assets of two North Korean firms, Haegum Trading Corporation and Ryonbong Shipping.\n"
    )
    assert news(text) == [("JP", "imposed", "2025-06-03")]


def test_an_ordinal_before_a_noun_is_still_no_day() -> None:
    text = "Japan imposed sanctions on the 18th package's targets, the ministry said.\n"
    assert [d for _, _, d in news(text)] == [None]


def test_a_dotted_date_at_the_end_of_a_sentence_dates_the_act() -> None:
    text = (
        "Türkiye froze the assets of 7 individuals, according to the Presidential decision"
        " published in the Official Gazette dated 03.06.2025.\n"
    )
    assert news(text) == [("TR", "imposed", "2025-06-03")]


def test_taking_over_another_authoritys_sanctions_is_the_states_act() -> None:
    text = (
        "The Federal Council decided on Monday to take over the sanctions against 12 persons"
        " which the EU adopted on Friday.\n"
    )
    acts = [
        (a.authority, a.status, str(a.date), a.background) for a in rules_actions(text, PUBLISHED)
    ]
    assert ("CH", "imposed", "2025-06-02", False) in acts


def test_will_take_over_is_a_stated_intention() -> None:
    assert news("Liechtenstein will take over the EU's new listings next week.\n") == [
        ("LI", "threatened", None)
    ]


def test_a_negated_take_over_is_no_act() -> None:
    assert news("Switzerland did not take over the EU's listings on Iran until 2024.\n") == []


def test_deleted_from_an_annex_lifts() -> None:
    text = (
        "Switzerland on Tuesday deleted two persons, Ivan Petrov and Oleg Sidorov, from annex 8"
        " of the ordinance.\n"
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert (action.authority, action.status, str(action.date)) == ("CH", "lifted", "2025-06-03")
    assert [t.name for t in action.targets] == ["Ivan Petrov", "Oleg Sidorov"]


def test_approving_the_inclusion_in_a_national_list_imposes() -> None:
    text = (
        "Moldova's Government approved on Tuesday the inclusion of 5 persons in the national"
        " list of restrictive measures.\n"
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert (action.authority, action.status, action.counts["person"]) == ("MD", "imposed", 5)


def test_an_inverted_passive_puts_the_names_after_it_on_the_list() -> None:
    text = (
        "On the sanctions list were put the banker Ivan Petrov and the firm Boreas Trade LLC,"
        " the Government of Moldova said on Tuesday.\n"
    )
    (action,) = rules_actions(text, PUBLISHED)
    assert (action.authority, action.status) == ("MD", "imposed")
    assert [t.name for t in action.targets] == ["Ivan Petrov", "Boreas Trade LLC"]


def test_a_day_between_aligned_and_with_still_aligns() -> None:
    assert news("Norway aligned on Monday with the EU's new listings.\n") == [
        ("NO", "imposed", "2025-06-02")
    ]


def test_a_capital_without_its_comma_is_no_part_of_the_governments_name() -> None:
    assert names("In Skopje the Government of North Macedonia aligned with it.") == []
    assert names("In Podgorica the Government of Montenegro discussed it.") == []
    # "the" still joins a name's own words
    assert names("Ivan the Terrible met the Bank of the Philippine Islands.") == [
        "Ivan the Terrible",
        "Bank of the Philippine Islands",
    ]


def test_a_capital_opener_leaves_the_government_named_after_it_acting() -> None:
    text = (
        "TIRANA - Albania's Council of Ministers on Wednesday adopted a decision aligning the"
        " country with the EU's restrictive measures against Belarus.\n\n"
        "In Skopje the Government of North Macedonia aligned with the same decision on"
        " Monday.\n"
    )
    acts = {(a.authority, str(a.date)) for a in rules_actions(text, PUBLISHED)}
    assert ("MK", "2025-06-02") in acts


def test_will_join_while_the_rules_are_still_being_prepared_threatens() -> None:
    text = (
        "In Oslo the Ministry of Foreign Affairs said Norway will join the EU's 18th package,"
        " but the amendments to the regulation are still being prepared.\n"
    )
    assert news(text) == [("NO", "threatened", None)]


def test_will_join_reported_as_decided_still_imposes() -> None:
    text = (
        "Norway's Ministry of Foreign Affairs said on Tuesday that Norway will join the EU's"
        " 18th package.\n"
    )
    assert news(text) == [("NO", "imposed", "2025-06-03")]


def test_two_announcing_ministers_joined_by_and_are_no_targets() -> None:
    for verb in ("announced", "announce"):
        text = (
            "Australia has imposed cyber sanctions on the exchange Zeta Exchange OU and two"
            " persons who operate it, the Foreign Minister Penny Wong and the Minister for"
            f" Home Affairs Tony Burke {verb} on Thursday.\n"
        )
        (action,) = rules_actions(text, PUBLISHED)
        assert [t.name for t in action.targets] == ["Zeta Exchange OU"]


def test_the_official_who_reads_a_communique_is_no_target() -> None:
    text = (
        "ECOWAS on Thursday imposed travel bans on the head of the junta, General Amadou"
        " Traore, and the Chief of Staff of the Air Force, Colonel Ibrahim Sow, according to"
        " the final communiqué read by the President of the Commission, Dr Kofi Mensah"
        " Boateng.\n"
    )
    names = set().union(*targets_of(text, PUBLISHED).values())  # with the shipped models
    assert "Kofi Mensah Boateng" not in names
    assert "Ibrahim Sow" in names
