"""Leads left by the second look at session 27's written articles (w1360-w1379):
targets of one act named in a table or list after the prose, and in later sentences
that refer back to them. Short texts written for these tests, read by the rules alone."""

from datetime import date

from sanctionwatch.extract.sentences import split_sentences
from tests.extract.helpers import rules_actions

FRIDAY = date(2026, 6, 5)


def acts(text: str) -> list[tuple[str | None, list[str]]]:
    """(authority, targets) of each imposed action the rules find, in order."""
    found = rules_actions(text, FRIDAY)
    return [(a.authority, [t.name for t in a.targets]) for a in found if a.status == "imposed"]


def test_a_table_header_is_not_split_at_its_number_column() -> None:
    rows = [s.text for s in split_sentences("| No. | Name | Position |\n| 1 | A | B |", [])]
    assert rows == ["| No. | Name | Position |", "| 1 | A | B |"]
    # a "No." that answers a question still ends its sentence
    prose = [s.text for s in split_sentences("Were any sanctioned? No. None was.", [])]
    assert prose == ["Were any sanctioned?", "No.", "None was."]


def test_a_table_the_prose_points_below_to_is_the_acts_list() -> None:
    text = (
        "The Government of Canada on Thursday designated 3 individuals under the Special "
        "Economic Measures Act.\n\n"
        "The individuals listed below have laundered funds for the regime in Minsk. "
        "One of them was named by the European Union in 2023.\n\n"
        "The Government will keep working with its partners.\n\n"
        "Officials said more steps would follow in the coming weeks.\n\n"
        "[Annex] List of designated individuals\n\n"
        "Individuals (3)\n"
        "| No. | Name | Position |\n"
        "| 1 | Pavel Grigorievich Lutsenko | Banker in Minsk |\n"
        "| 2 | Sergei Antonovich Marchuk | Director of a trading house |\n"
        "| 3 | Oleg Viktorovich Tarasenko | Courier |\n"
    )
    found = dict(acts(text))
    assert found["CA"] == [
        "Pavel Grigorievich Lutsenko",
        "Sergei Antonovich Marchuk",
        "Oleg Viktorovich Tarasenko",
    ]
    # without the pointer below, the table four paragraphs on is no longer the act's
    unpointed = text.replace("The individuals listed below have", "These people have")
    assert dict(acts(unpointed)).get("CA") == []
