"""Leads left by session 23's first leads lane (issue 11): a state's outright ban of a
named firm, the kind-opening pattern as a grammar entry, ... Short texts written for
these tests."""

from datetime import date

import pytest

from sanctionwatch.extract import targets, zones
from sanctionwatch.model import Action
from tests.extract.helpers import names, rules_actions, shipped_news

SATURDAY = date(2026, 12, 5)


def found(text: str) -> list[Action]:
    return rules_actions(text, SATURDAY)


def hit(text: str) -> dict[str, str]:
    """Name -> kind of the targets of the news actions the rules find in `text`."""
    return {t.name: t.kind for a in found(text) if not a.background for t in a.targets}


# -- "Germany banned Birch Shipping Ltd.": a national ban of a named firm or a number


def test_a_state_banning_a_named_firm_over_sanctions_imposes() -> None:
    text = "Norway banned Alder Freight AS on Tuesday over sanctions evasion."
    (act,) = found(text)
    assert (act.authority, act.status) == ("NO", "imposed")
    assert hit(text) == {"Alder Freight AS": "organization"}


def test_a_ban_of_a_firm_in_a_story_of_sanctions_imposes() -> None:
    text = "The EU listed 12 firms on Monday. Norway banned Alder Freight AS on Tuesday."
    assert {a.authority for a in found(text)} == {"EU", "NO"}


def test_a_state_banning_a_number_of_officials_counts_them() -> None:
    (act,) = found("Latvia on Friday banned 14 Belarusian officials under its sanctions law.")
    assert (act.authority, act.counts["person"]) == ("LV", 14)


@pytest.mark.parametrize(
    "text",
    [
        "Norway banned Alder Freight AS.",  # no word of sanctions near
        "Norway banned Russian diamonds over sanctions.",  # goods, not a party
        "Sanctions experts met members of the banned Vesna Party on Tuesday.",  # an adjective
    ],
)
def test_a_ban_that_is_no_sanction_of_a_party(text: str) -> None:
    assert found(text) == []


# -- "The firms include ...": the kind-opening pattern is zones.kind_opening


@pytest.mark.parametrize(
    ("sentence", "noun"),
    [
        ("The firms include Alder Ltd.", "firms"),
        ("These three front companies are Alder Ltd and Birch Ltd.", "front companies"),
        ("Those ship management companies were named on Friday.", "ship management companies"),
        ("The listed tankers are the Alder and the Birch.", "tankers"),
        ("The three big old front companies are Alder Ltd.", None),  # three words before
        ("The banks include Alder Bank.", None),  # a partial kind
        ("The firms said they would comply.", None),  # no verb of listing
    ],
)
def test_a_sentence_opening_on_a_kind_of_target(sentence: str, noun: str | None) -> None:
    hit = zones.KIND_OPENING.match(sentence)
    assert (None if hit is None else zones.kind_noun(hit["words"])) == noun


# -- "X: a Houthi official, also called Abu Nasser, who ...": an alias, no target


ALIAS_LIST = """The US Treasury on Tuesday imposed sanctions on three people and two firms that \
buy drone engines for the Houthis, the Office of Foreign Assets Control said. The targets are:

Salim Nasser bin Omar al-Harbi: a Hodeidah-based Houthi procurement officer, \
also called Abu Nasser al-Harbi, who arranges engine shipments.

Karim Yusuf Abu Talib: a Yemeni trader in Salalah who pays the suppliers.

Zhou Minghui: a broker in Guangzhou who ships the engines.

Red Sea Marine Trading LLC: an Omani firm that carries the parts.
"""


def test_a_name_after_an_alias_cue_is_no_target_of_its_own() -> None:
    assert shipped_news(ALIAS_LIST, SATURDAY) == {
        "US": [
            "Salim Nasser bin Omar al-Harbi",
            "Karim Yusuf Abu Talib",
            "Zhou Minghui",
            "Red Sea Marine Trading LLC",
        ]
    }


@pytest.mark.parametrize(
    ("before", "alias"),
    [
        ("an officer, also called ", True),
        ("an officer, better known as “", True),
        ("an officer, a.k.a. ", True),
        ("a front company called ", False),  # names the party itself
        ("a group known as ", False),
    ],
)
def test_an_alias_cue_before_a_name(before: str, alias: bool) -> None:
    text = before + "Alder Trading"
    assert targets.after_alias_cue(text, len(before)) is alias


# -- "The aircraft, with tail numbers RA-1, RA-2 and RA-3, ...": the planes' list


def test_tail_numbers_list_the_aircraft_of_the_act_before() -> None:
    text = (
        "OFAC on Friday identified three aircraft as blocked property of a sanctioned airline. "
        "The aircraft, with tail numbers RA-82111, RA-82112 and RA-76999, are based near Omsk."
    )
    assert hit(text) == {"RA-82111": "aircraft", "RA-82112": "aircraft", "RA-76999": "aircraft"}


# -- "two judges of the Supreme Court Ivan Petrov": a court after "of", then its member


@pytest.mark.parametrize(
    ("text", "found_names"),
    [
        (
            "Norway sanctioned two judges of the Supreme Court Ivan Petrov and Oleg Sidorov.",
            ["Ivan Petrov", "Oleg Sidorov"],
        ),
        ("Norway sanctioned a judge of the District Court Anna Lind.", ["Anna Lind"]),
        ("Norway sanctioned members of the Court Martial Division.", ["Court Martial Division"]),
        ("The Supreme Court Ivan Petrov chaired was sanctioned.", ["Supreme Court Ivan Petrov"]),
    ],
)
def test_a_court_after_of_ends_where_its_members_name_begins(
    text: str, found_names: list[str]
) -> None:
    assert names(text) == found_names


def test_the_judges_of_a_court_are_the_targets() -> None:
    text = "Oslo sanctioned two judges of the Supreme Court Ivan Petrov and Oleg Sidorov."
    assert hit(text) == {"Ivan Petrov": "person", "Oleg Sidorov": "person"}
