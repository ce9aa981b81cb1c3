"""Counts and dates on ordinary news sentences outside the corpus, written in review of
the session-12 counts/dates rules (issue 11): each text is one those rules misread."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.extract.counts import find_counts
from sanctionwatch.model import Article


def news(text: str, published: date | None) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=published))
    return [a.to_dict() for a in report.actions if not a.background]


def counts(action: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in action["counts"].items() if v is not None}


def kinds(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def test_an_abbreviation_between_number_and_noun_is_no_sentence_end() -> None:
    assert kinds("The US sanctioned 4 St. Petersburg-based companies.") == [("organization", 4)]
    # a sentence that does end there still stops the count
    assert kinds("He was jailed for 5 years. Firms were hit.") == []


def test_a_group_or_unit_that_owns_or_qualifies_the_counted_people_is_not_counted() -> None:
    assert kinds("The UK sanctioned two of the group's commanders.") == [("person", 2)]
    assert kinds("The EU listed three of the unit’s officers.") == [("person", 3)]
    assert kinds("The EU listed 9 Wagner Group members.") == [("person", 9)]
    # a group counted on its own still counts, as does a firm whose assets are frozen
    assert kinds("The UK froze one company's assets.") == [("organization", 1)]
    assert kinds("It sanctioned one individual and one group.") == [
        ("person", 1),
        ("organization", 1),
    ]


def test_n_of_them_after_a_count_of_its_own_clause_is_no_share_of_the_sentence_before() -> None:
    text = (
        "The US on Tuesday sanctioned 14 individuals. The UK on Tuesday sanctioned "
        "20 entities, 5 of them based in Hong Kong."
    )
    found = {a["authority"]: counts(a) for a in news(text, date(2025, 3, 6))}
    assert found == {"US": {"person": 14}, "GB": {"organization": 20}}


def test_a_total_that_has_been_listed_today_or_in_this_package_counts_the_action() -> None:
    text = (
        "The UK on Tuesday announced new sanctions. A total of 45 individuals have been "
        "designated in this package."
    )
    (action,) = news(text, date(2025, 3, 6))
    assert counts(action) == {"person": 45}
    # a running tally still is none
    tally = "In total, 2,100 individuals have been listed."
    text = f"Britain on Tuesday sanctioned 6 individuals. {tally}"
    (action,) = news(text, date(2025, 3, 6))
    assert counts(action) == {"person": 6}


def test_a_weekday_in_a_titles_words_is_no_sections_day() -> None:
    for heading in (
        "EU ministers to weigh new sanctions on Friday",
        "Talks resume Friday",
        "What to watch on Friday",
    ):
        text = f"{heading}\n\nBritain has sanctioned 5 individuals linked to the militia.\n"
        (action,) = news(text, date(2025, 3, 10))
        # not the title's Friday; told in the present perfect, the act is of the page's
        # own day (session 32, assembly.perfect_dates)
        assert action["date"] == "2025-03-10", heading
    # a day standing apart in a section's heading still dates it
    text = "UNITED KINGDOM — Friday\n\nBritain has sanctioned 5 individuals linked to a militia.\n"
    (action,) = news(text, date(2025, 3, 10))
    assert action["date"] == "2025-03-07"


def test_drone_operators_are_people() -> None:
    assert kinds("The US sanctioned 12 drone operators who attacked Kyiv.") == [("person", 12)]
    assert kinds("The EU listed 3 tanker operators.") == [("organization", 3)]


def test_a_day_to_come_in_a_sentence_referring_to_the_act_does_not_date_it() -> None:
    for after in (
        "The sanctions, which run to 1 April 2026, target arms makers.",
        "The measures will be reviewed on 1 September 2025.",
    ):
        (action,) = news(f"Norway froze the assets of 3 companies. {after}", None)
        assert action["date"] is None, after
    # the day the act was made still dates it
    text = "Norway froze the assets of 3 companies. The decision was adopted on 3 March 2025."
    (action,) = news(text, None)
    assert action["date"] == "2025-03-03"


def test_n_of_them_before_a_noun_is_a_part_of_the_count_before_it() -> None:
    text = "The US on Tuesday sanctioned 14 individuals, 6 of them officials of the central bank."
    (action,) = news(text, date(2025, 3, 6))
    assert counts(action) == {"person": 14}
