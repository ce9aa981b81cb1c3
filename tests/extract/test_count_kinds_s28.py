"""Count kinds from session 28's first look at unseen written articles: nouns of people
that were missing, a lifting beside a listing in one sentence, and counts after a
relative clause (sentences of our own)."""

from datetime import date
from typing import Any

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.extract.counts import find_counts
from sanctionwatch.model import Article


def actions(text: str) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=date(2026, 3, 4)))
    return [a.to_dict() for a in report.actions]


def counts(action: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in action["counts"].items() if v is not None}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a demonym before the noun of people: "businesspeople" counts people
        (
            "Ottawa listed four Nicaraguan businesspeople and two firms.",
            [("person", 4), ("organization", 2)],
        ),
        ("It named three Iranian business people.", [("person", 3)]),
        # "directors" are people, as "executives" are; "company directors" no firm
        ("It listed the airline and three of its directors.", [("person", 3)]),
        ("It listed five company directors.", [("person", 5)]),
        # "senior figures" are people; associations are organisations; gangs are not
        # counted, their names carry numbers ("400 Mawozo")
        ("Ottawa listed three senior Hezbollah figures.", [("person", 3)]),
        ("It sanctioned leaders of the Grand Ravine and 400 Mawozo gangs.", []),
        (
            "It froze the funds of two persons and one charitable association.",
            [("person", 2), ("organization", 1)],
        ),
        # a determiner after "and" names the counted ones again: no combined count
        (
            "It froze the assets of 9 individuals and four entities and barred the "
            "individuals from entry.",
            [("person", 9), ("organization", 4)],
        ),
        ("It listed 30 vessels and entities.", []),
    ],
)
def test_nouns_of_people(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(c.kind, c.value) for c in find_counts(text)] == expected


def test_a_lifting_beside_a_listing_keeps_its_own_count() -> None:
    text = (
        "Australia on Tuesday imposed sanctions on four individuals and two entities that "
        "supply drones to Russia, and removed one Cypriot executive from its list."
    )
    by_status = {a["status"]: counts(a) for a in actions(text) if not a["background"]}
    assert by_status["imposed"] == {"person": 4, "organization": 2}
    assert by_status["lifted"] == {"person": 1}


def test_a_proposals_second_verb_adds_its_count() -> None:
    text = (
        "The European Commission on Tuesday presented its proposal for a new package of "
        "sanctions on Russia, which would ban imports of Russian steel and add 64 more "
        "vessels to the list of ships barred from EU ports."
    )
    (action,) = [a for a in actions(text) if a["status"] == "proposed"]
    assert counts(action) == {"vessel": 64}


def test_the_object_list_resumed_after_a_relative_aside_counts() -> None:
    text = (
        "The US Treasury on Tuesday designated Baltic Ice Carriers LLC, which runs "
        "tankers to Arctic oil terminals, together with its owner and three of its "
        "tankers."
    )
    (action,) = [a for a in actions(text) if a["status"] == "imposed"]
    assert counts(action) == {"vessel": 3}
    # a relative clause that describes the target still counts nothing
    text = (
        "The US Treasury on Tuesday designated Baltic Ice Carriers LLC, which runs "
        "three tankers to Arctic oil terminals."
    )
    (action,) = [a for a in actions(text) if a["status"] == "imposed"]
    assert "vessel" not in counts(action)


def test_a_lifting_word_in_a_complement_takes_no_count_from_the_listing() -> None:
    text = (
        "Canada imposed new sanctions against Syria on Monday over Damascus's refusal to "
        "suspend chemical weapons work, with new travel and financial restrictions against "
        "12 people and 9 organisations."
    )
    (action,) = [a for a in actions(text) if a["status"] == "imposed" and not a["background"]]
    assert counts(action) == {"person": 12, "organization": 9}
