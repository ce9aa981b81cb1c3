"""Who acts and which wordings act, issue 11 leads of session 19 (first look on w930-w959).
Short texts written for these tests."""

import pytest

from tests.extract.helpers import rules_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # any ministry of a list of states, not only foreign ones, makes them the actors
        (
            "The interior ministries of Poland, Czechia and Slovakia on Monday froze the "
            "assets of four Belarusian prosecutors.",
            [("PL", "imposed"), ("CZ", "imposed"), ("SK", "imposed")],
        ),
        (
            "The justice ministries of Latvia and Estonia on Tuesday put nine Russian "
            "officials on their national sanctions lists.",
            [("LV", "imposed"), ("EE", "imposed")],
        ),
        (
            "The authorities of Norway and Iceland on Monday froze the assets of two "
            "Belarusian judges.",
            [("NO", "imposed"), ("IS", "imposed")],
        ),
        # the singular, in lower case
        (
            "The finance ministry of Lithuania on Wednesday froze the assets of three "
            "Russian traders.",
            [("LT", "imposed")],
        ),
    ],
)
def test_ministries_of_listed_states_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


def test_a_country_whose_ministry_is_hit_does_not_act() -> None:
    assert rules_statuses(
        "The EU on Thursday froze the assets of the defence ministry of Belarus."
    ) == [("EU", "imposed")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "banned ... from entry" is a sanctions wording on its own
        ("Estonia on Friday banned 14 Russian propagandists from entry.", [("EE", "imposed")]),
        # an abbreviation's dots ("U.S.") do not end the reach of a list trigger
        (
            "Beijing on Monday added four U.S. drone makers to its unreliable entity list.",
            [("CN", "imposed")],
        ),
        (
            "China on Tuesday placed two U.S. shipbuilders on its export control list.",
            [("CN", "imposed")],
        ),
        (
            "Moscow on Friday put five U.K. journalists on its stop list.",
            [("RU", "imposed")],
        ),
        (
            "Latvia on Monday barred three U.S. activists from entering the country.",
            [("LV", "imposed")],
        ),
    ],
)
def test_list_and_entry_wordings_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


def test_a_sentence_end_still_ends_the_reach() -> None:
    assert (
        rules_statuses(
            "The firm said on Friday it added two tankers. It is on the list of top exporters."
        )
        == []
    )
