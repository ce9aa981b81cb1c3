"""Counts and dates on short texts written for these tests (issue 11: the kinds that
fall on unseen text: background totals, another state's share, counts split by
kind, relative dates counted from the wrong day, a full date elsewhere in the text)."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.extract.counts import find_counts
from sanctionwatch.model import Article


def actions(text: str, published: date | None) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=published))
    return [a.to_dict() for a in report.actions]


def news(text: str, published: date | None) -> list[dict[str, Any]]:
    return [
        a
        for a in actions(text, published)
        if a["status"] in ("imposed", "proposed") and not a["background"]
    ]


def counts(action: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in action["counts"].items() if v is not None}


STAMPED = (
    "Treasury Sanctions Procurement Network\n"
    "July 8, 2025\n"
    "WASHINGTON — Today, the Treasury's Office of Foreign Assets Control (OFAC) is "
    "sanctioning one individual and four entities that buy drone parts for Iran.\n"
)


def test_today_counts_from_the_pages_own_stamp_when_it_was_fed_a_day_late() -> None:
    (action,) = news(STAMPED, date(2025, 7, 9))
    assert action["date"] == "2025-07-08"
    assert counts(action) == {"person": 1, "organization": 4}


def test_today_counts_from_the_publication_date_when_the_stamp_is_that_day() -> None:
    (action,) = news(STAMPED, date(2025, 7, 8))
    assert action["date"] == "2025-07-08"


def test_a_day_later_counts_past_a_background_date_to_the_news() -> None:
    text = (
        "The EU sanctioned 5 individuals on Monday over the crackdown. The group's leader "
        "was first listed on 12 May 2022. Britain followed a day later, listing 3 individuals."
    )
    dated = {a["authority"]: a["date"] for a in news(text, date(2025, 3, 6))}
    assert dated == {"EU": "2025-03-03", "GB": "2025-03-04"}


def test_a_day_later_still_counts_from_a_past_date_when_the_text_has_no_recent_one() -> None:
    text = "Russia seized the port on 3 March 2022. The EU listed 5 individuals a day later."
    (action,) = actions(text, date(2025, 3, 6))
    assert action["date"] == "2022-03-04"


def test_kind_nouns_that_name_targets_count() -> None:
    text = (
        "Canada on Friday imposed sanctions on five more Israeli settlers and two "
        "organizations. Estonia on Monday imposed sanctions on two senior clergy. "
        "The EU on Monday listed three armed factions and two of their commanders."
    )
    found = {a["authority"]: counts(a) for a in news(text, date(2025, 3, 6))}
    assert found == {
        "CA": {"person": 5, "organization": 2},
        "EE": {"person": 2},
        "EU": {"person": 2, "organization": 3},
    }


def test_entry_to_a_number_counts_but_a_tally_to_a_number_does_not() -> None:
    (entry,) = news("Russia on Monday banned entry to 13 Japanese citizens.", date(2025, 3, 6))
    assert counts(entry) == {"person": 13}
    text = "Britain on Tuesday sanctioned 6 individuals, bringing the total to 240 individuals."
    (tally,) = news(text, date(2025, 3, 6))
    assert counts(tally) == {"person": 6}


def test_a_number_of_something_else_used_by_a_firm_counts_no_firm() -> None:
    assert find_counts("Police seized 127 servers used by the firm.") == []
    assert find_counts("He was sentenced to 10 years in prison.") == []
    assert [c.value for c in find_counts("It hit two of the tankers.")] == [2]
    assert [c.value for c in find_counts("It hit 3 in-house firms.")] == [3]


def test_counts_split_by_kind_go_to_the_kind_their_head_noun_names() -> None:
    def kinds(text: str) -> list[tuple[str, int]]:
        return [(c.kind, c.value) for c in find_counts(text)]

    assert kinds("It listed 3 natural persons and 2 legal persons.") == [
        ("person", 3),
        ("organization", 2),
    ]
    # "ship" and "aircraft" before another noun only say what the owners or suppliers own
    assert kinds("It sanctioned 12 ship owners.") == [("organization", 12)]
    assert kinds("It listed 4 aircraft parts suppliers.") == [("organization", 4)]
    assert kinds("It named 6 individuals, 4 entities, 3 vessels and 2 aircraft.") == [
        ("person", 6),
        ("organization", 4),
        ("vessel", 3),
        ("aircraft", 2),
    ]


def test_background_totals_are_no_count_of_the_news_action() -> None:
    texts = [
        "Britain on Tuesday sanctioned 6 individuals, bringing the total to 1,200 individuals.",
        "Britain on Tuesday sanctioned 6 individuals. The UK has sanctioned more than 500 "
        "individuals since 2022.",
        "Britain on Tuesday sanctioned 6 individuals. It has sanctioned 2,100 individuals "
        "and 300 entities under the regime since 2022.",
        "Britain on Tuesday sanctioned 6 individuals. In total, 2,100 individuals have been "
        "listed.",
        "Britain on Tuesday sanctioned 6 individuals, in addition to the 30 individuals "
        "designated in May.",
    ]
    for text in texts:
        (action,) = news(text, date(2025, 3, 6))
        assert counts(action) == {"person": 6}, text
    # a total stated as the news itself still counts
    text = "Britain on Tuesday sanctioned the shadow fleet. A total of 27 ships were sanctioned."
    (action,) = news(text, date(2025, 3, 6))
    assert counts(action) == {"vessel": 27}


def test_a_full_date_in_a_sentence_referring_to_the_act_dates_it() -> None:
    text = (
        "Norway froze the assets of 3 companies. The decision, dated 27 February 2025, "
        "takes effect at once."
    )
    (action,) = news(text, None)
    assert action["date"] == "2025-02-27"
    text = "Britain sanctioned 4 individuals. The designations were announced on 4 March 2025."
    (action,) = news(text, None)
    assert action["date"] == "2025-03-04"


def test_the_day_an_act_takes_effect_does_not_date_it() -> None:
    text = "Norway froze the assets of 3 companies. The measures apply from 1 April 2025."
    (action,) = news(text, None)
    assert action["date"] is None


def test_another_states_share_of_them_counts_for_that_state_alone() -> None:
    for text in (
        "The US Treasury on Wednesday sanctioned 14 individuals tied to the militia. "
        "Canada also listed 5 of them.",
        "The US Treasury on Wednesday sanctioned 14 individuals tied to the militia. "
        "Five of them were also listed by Canada.",
    ):
        found = {a["authority"]: counts(a) for a in news(text, date(2025, 3, 6))}
        assert found == {"US": {"person": 14}, "CA": {"person": 5}}, text


TRACKER = """Sanctions tracker, week 10

Friday, 7 March 2025

UNITED KINGDOM — Monday

The Foreign Office designated 12 oil tankers that carried Russian crude.

CANADA — Tuesday

Global Affairs Canada announced sanctions against 5 individuals and 9 entities.
"""


def test_a_sections_heading_day_dates_the_action_told_under_it() -> None:
    dated = {a["authority"]: a["date"] for a in news(TRACKER, None)}
    assert dated == {"GB": "2025-03-03", "CA": "2025-03-04"}


def test_a_sentence_summing_up_the_list_gives_its_counts() -> None:
    text = (
        "The European Union on Tuesday sanctioned Russian intelligence officers and "
        "propagandists it accuses of sabotage. The EU's list, under its hybrid threats "
        "regime, comprises 21 individuals and 6 entities."
    )
    (action,) = news(text, date(2025, 5, 21))
    assert counts(action) == {"person": 21, "organization": 6}


def test_a_group_with_its_own_determiner_is_no_half_of_a_combined_count() -> None:
    def kinds(text: str) -> list[tuple[str, int]]:
        return [(c.kind, c.value) for c in find_counts(text)]

    assert kinds("Kyiv listed 56 shadow fleet vessels and their captains.") == [("vessel", 56)]
    assert kinds("It listed 20 vessels and entities.") == []


def test_an_export_ban_in_a_later_sentence_of_the_action_adds_its_count() -> None:
    text = (
        "Japan on Tuesday approved further sanctions on Russia, freezing the assets of 6 "
        "organizations and two individuals that supply drone engines, the government said.\n\n"
        "The Cabinet decision also bans exports to 9 entities in Russia and Belarus, the "
        "chief cabinet secretary told reporters."
    )
    (action,) = news(text, date(2025, 3, 4))
    assert counts(action) == {"organization": 15, "person": 2}


def test_a_count_tied_to_a_named_target_leaves_it_out_and_it_comes_on_top() -> None:
    text = (
        "The US Treasury on Monday designated Orbital Freight Services, a Dubai cargo "
        "agent, and four affiliated companies for shipping drone parts to Iran."
    )
    (action,) = news(text, date(2025, 6, 2))
    assert counts(action) == {"organization": 5}
    # the tie to something that is no target adds nothing
    text = (
        "The US Treasury on Monday designated three companies linked to the Houthis for "
        "shipping drone parts to Yemen."
    )
    (action,) = news(text, date(2025, 6, 2))
    assert counts(action) == {"organization": 3}


def test_names_that_follow_others_with_including_are_some_of_the_others() -> None:
    text = (
        "The UK on Tuesday sanctioned the gang leader Rodrigue Baptiste and three other "
        "individuals, including his cousin Jean Baptiste, for kidnappings in Haiti."
    )
    (action,) = news(text, date(2025, 6, 3))
    assert counts(action) == {"person": 4}
