"""Session 29 leads on status and who acts (issue 11): a forecast quoted after its
trigger, a second speaker after ", and" in one sentence, and the other kinds listed in
each test. Short texts written for these tests, read by the rules alone."""

from datetime import date

from tests.extract.helpers import rules_actions

MONDAY = date(2025, 11, 10)


def actors(text: str) -> list[tuple[str, str, bool]]:
    return [(a.authority, a.status, a.background) for a in rules_actions(text, MONDAY)]


def test_a_quoted_forecast_after_the_trigger_is_a_threat() -> None:
    text = 'The Treasury said further designations "were likely in the coming weeks".'
    assert actors(text) == [("US", "threatened", False)]
    # the quote that reports a done act keeps it imposed
    text = 'The Treasury said it had "designated 12 firms" on Friday.'
    assert [s for _, s, _ in actors(text)] == ["imposed"]


def test_a_second_speaker_after_and_has_its_own_clause() -> None:
    text = (
        "Malaysia said it would tighten checks at its northern border, and the "
        "British Foreign Office said new sanctions were likely in the coming weeks."
    )
    assert actors(text) == [("GB", "threatened", False)]
    # a list of speakers with no reporting verb before ", and" stays one subject
    text = "Canada, Australia, and the European Union said they had sanctioned the generals."
    assert sorted(a for a, _, _ in actors(text)) == ["AU", "CA", "EU"]


def test_a_general_licence_extended_is_relief() -> None:
    text = "Britain on Tuesday extended its general licence for payments to Aeroflot to June."
    assert actors(text) == [("GB", "lifted", False)]
    text = "OFAC on Monday renewed the general license for energy payments by six months."
    assert actors(text) == [("US", "lifted", False)]


def test_sanctioned_after_a_preposition_is_an_adjective() -> None:
    # parties listed before, named by what was done with them: no act of the subject
    text = "Japan on Friday fined a trading house for shipments to sanctioned Iranian firms."
    assert actors(text) == []
    text = "Japan on Friday sanctioned three Iranian firms for their shipments."
    assert actors(text) == [("JP", "imposed", False)]


def test_a_table_row_that_tells_a_removal_names_no_imposed_target() -> None:
    text = (
        "Japan on Friday amended its sanctions list to give effect to UN decisions.\n\n"
        "| Name | Change | Date |\n|---|---|---|\n"
        "| Viktor Andreyevich Sokolov | added | 3 November 2025 |\n"
        "| Orlan Maritime Holdings | removed | 3 November 2025 |\n"
    )
    assert [[t.name for t in a.targets] for a in rules_actions(text, MONDAY)] == [
        ["Viktor Andreyevich Sokolov"]
    ]
