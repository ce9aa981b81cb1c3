"""Threat wordings, the day of an act told beside another act's day, and a new act
after "and" in a sentence that opens on background: sentences written for session 18,
not from the corpus; the rules alone are run (no learned judge)."""

from datetime import date

import pytest

from tests.extract.helpers import FRIDAY, rules_actions

THURSDAY = date(2025, 3, 13)
WEDNESDAY = date(2025, 3, 12)


def summary(text: str, published: date = FRIDAY) -> list[tuple[str, str, date | None, bool]]:
    return [(a.authority, a.status, a.date, a.background) for a in rules_actions(text, published)]


@pytest.mark.parametrize(
    ("text", "authority"),
    [
        # a modal, "take", and measures, steps or action of a kind
        ("The Foreign Ministry said Beijing could take further measures against the firms.", "CN"),
        (
            "North Korea's foreign ministry said it would take resolute and forceful "
            "countermeasures against what it called a provocation.",
            "KP",
        ),
        ("Türkiye said it could take reciprocal steps against US interests.", "TR"),
        ("Wellington may take further action against third-country enablers, Peters said.", "NZ"),
        # an act like the one told, still to come (singular "step")
        ("A ministry official said Seoul would take the same step against any broker.", "KR"),
        # considering a fitting measure
        ("Japan will consider appropriate punitive measures against the shipping firms.", "JP"),
        ("Tokyo is contemplating sanctions on the Russian shipping firms, officials said.", "JP"),
        # entry refused to whoever is listed later: a warning, no listing
        ("Switzerland said it would refuse entry to anyone the committee lists.", "CH"),
        # a response to come
        ("Minsk would answer any further unfriendly step of Vilnius with mirror measures.", "BY"),
        (
            "Officials warned that Washington would snap the restrictions back if Caracas reneges.",
            "US",
        ),
    ],
)
def test_threat_wordings(text: str, authority: str) -> None:
    assert [(a, s) for a, s, _, _ in summary(text)] == [(authority, "threatened")]


@pytest.mark.parametrize(
    "text",
    [
        # a case in court, a measure taking effect, a procedure with no word of its kind
        "The company said it could take legal action against the government.",
        "The sanctions will take effect on Monday.",
        "The Treasury said partners will take steps to prevent the airline from operating.",
    ],
)
def test_near_misses_are_no_threats(text: str) -> None:
    assert all(status != "threatened" for _, status, _, _ in summary(text))


def test_closed_entry_is_an_entry_ban() -> None:
    text = (
        "Russia has closed entry for 21 Australian citizens, the Foreign Ministry said on Thursday."
    )
    assert summary(text) == [("RU", "imposed", THURSDAY, False)]


def test_another_acts_date_does_not_date_the_news() -> None:
    text = (
        "The Russian Foreign Ministry has added 15 British nationals to its stop list, in "
        "response to London's sanctions of November 19 against Russian media, the ministry "
        "said on Thursday."
    )
    assert summary(text) == [("RU", "imposed", THURSDAY, False)]
    aligned = (
        "Montenegro has imposed an asset freeze on 12 Russian entities, aligning with the "
        "sanctions adopted by the EU on October 23."
    )
    assert summary(aligned) == [("ME", "imposed", None, False)]


def test_a_date_before_a_relative_trigger_is_that_acts() -> None:
    # "the Council decision of 24 February that added ...": 24 February dates "added"
    text = (
        "Norway and Iceland have aligned themselves with the Council decision of 24 February "
        "that added 48 individuals to the EU's Russia sanctions list, according to a "
        "declaration published on Tuesday."
    )
    dated = {(a, d) for a, s, d, _ in summary(text, date(2025, 3, 12)) if s == "imposed"}
    assert ("EU", date(2025, 2, 24)) in dated
    assert {("NO", date(2025, 3, 11)), ("IS", date(2025, 3, 11))} <= dated


def test_a_decision_that_aligns_is_the_aligners() -> None:
    text = (
        "Iceland on Thursday froze the assets of nine people. The decision aligns with the "
        "sanctions adopted by the EU on November 17."
    )
    assert [(a, s, d) for a, s, d, bg in summary(text) if not bg] == [("IS", "imposed", THURSDAY)]


@pytest.mark.parametrize(
    ("text", "news"),
    [
        (
            "Since 2022 Britain has sanctioned more than 2,000 people, and on Thursday it "
            "added 12 more.",
            ("GB", "imposed", THURSDAY, False),
        ),
        (
            "Canada first listed the group in 2023, and on Thursday it sanctioned three more "
            "of its leaders.",
            ("CA", "imposed", THURSDAY, False),
        ),
        (
            "Washington blacklisted the network in 2023 and on Wednesday Seoul designated six "
            "North Korean individuals.",
            ("KR", "imposed", WEDNESDAY, False),
        ),
    ],
)
def test_a_dated_act_after_and_is_news(text: str, news: tuple[str, str, date | None, bool]) -> None:
    found = summary(text)
    assert news in found
    assert all(bg for a, s, d, bg in found if (a, s, d, bg) != news)
