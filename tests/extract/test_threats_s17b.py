"""Threats, actors of coordinated threats and agents of participles in sentences
written for session 17 (second pass), not from the corpus; the rules alone are run
(no learned judge)."""

from datetime import date

import pytest

from tests.extract.helpers import rules_actions, rules_statuses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an act like the one just told, still to come
        (
            "New Zealand said it would follow suit with travel bans on the same officials.",
            [("NZ", "threatened")],
        ),
        ("Austria said it would follow with its own listings.", [("AT", "threatened")]),
        (
            "Canada sanctioned five Haitian gang leaders on Thursday, and the United States "
            "said it would take similar action.",
            [("CA", "imposed"), ("US", "threatened")],
        ),
        # more listings in the making, none made yet (not an imposition)
        (
            "The Treasury is preparing new designations against Hezbollah financiers, a "
            "senior official told reporters.",
            [("US", "threatened")],
        ),
        (
            "Singapore said it is working with Malaysia on new listings of scam compounds.",
            [("SG", "threatened")],
        ),
        (
            "Norway's foreign ministry said it did not exclude further sanctions against the "
            "Iranian entities.",
            [("NO", "threatened")],
        ),
        (
            "Kyiv said it will extend the sanctions list to cover more Russian shipping firms "
            "if attacks continue.",
            [("UA", "threatened")],
        ),
        (
            'Peru\'s interior minister said more names "will be included in the coming weeks".',
            [("PE", "threatened")],
        ),
    ],
)
def test_threats_of_more_to_come(text: str, expected: list[tuple[str, str]]) -> None:
    assert rules_statuses(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # done, not promised: the imposition rules' (no threat)
        "Japan followed suit on Friday, freezing the assets of the four banks.",
        # a forecast by the writer, no one's word
        "Seoul is expected to follow suit once the cabinet meets.",
        # negated or left open
        "Japan said it would not follow suit.",
        "Tokyo did not say whether it would follow suit.",
        "Tokyo did not say whether it would adopt similar measures.",
        "The EU said it would not extend the list.",
        "The minister said she would not exclude anything.",
        "Canada said it did not exclude that the firms had broken the law.",
        # a prolongation is no threat of more names
        "The council will extend the sanctions until July 31, diplomats said.",
    ],
)
def test_near_misses_are_no_threats(text: str) -> None:
    assert all(status != "threatened" for _, status in rules_statuses(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a state that speaks after ", and" threatens on its own
        (
            "France warned of consequences for the settlers, and Germany said it was ready to "
            "impose travel bans.",
            [("FR", "threatened"), ("DE", "threatened")],
        ),
        (
            "Britain warned it would impose sanctions on the generals, and Japan said it was "
            "ready to sanction the junta's banks.",
            [("GB", "threatened"), ("JP", "threatened")],
        ),
        # ... but a list of states that speak together stays one list
        (
            "The United States, Britain, and Canada said they would consider similar measures "
            "against the militia.",
            [("US", "threatened"), ("GB", "threatened"), ("CA", "threatened")],
        ),
    ],
)
def test_coordinated_threats_keep_their_own_actor(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert rules_statuses(text) == expected


def test_agent_of_a_participle_on_the_measures_is_not_the_subject() -> None:
    # the EU adopted the measures in June; Iceland takes them over on Monday
    acts = rules_actions(
        "Iceland on Monday took over the restrictive measures adopted by the EU on 23 June "
        "against Belarusian officials."
    )
    assert [(a.authority, a.status, a.date) for a in acts] == [("IS", "imposed", date(2025, 3, 10))]


def test_agent_of_the_measures_without_a_subject_still_acts() -> None:
    acts = rules_actions("Fresh sanctions adopted by the EU on Monday target 20 Russian officials.")
    assert [(a.authority, a.status) for a in acts] == [("EU", "imposed")]


def test_trigger_opening_on_its_agent_is_the_agents() -> None:
    # "adopted by the EU on 20 November in the context of its 19th package" is the EU's
    # act, not Liechtenstein's
    acts = rules_actions(
        "At its meeting of 2 December 2026, the Federal Council of Liechtenstein decided to "
        "take over further listings of the European Union against Russia. With this, "
        "Liechtenstein aligns itself with the sanctions adopted by the EU on 20 November in "
        "the context of its 19th package.",
        published=date(2026, 12, 2),
    )
    by = {a.authority: a for a in acts}
    assert by["LI"].status == "imposed"
    assert by["EU"].status == "imposed"


def test_procedure_with_a_noun_and_present_passive_is_no_act() -> None:
    text = (
        "Designations under most programs are made by the Office of Foreign Assets Control "
        "in consultation with the State Department."
    )
    assert rules_statuses(text) == []
    # a news day makes it a report of an act
    assert rules_statuses(
        "The designations were made by OFAC on Tuesday under the Global Magnitsky program."
    ) == [("US", "imposed")]
