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


def test_a_part_of_the_hit_group_named_in_an_apposition_is_the_news_acts() -> None:
    # the ordinal or partitive subject refers back to the group the news act hit; the
    # rest of the sentence tells an older act (or none we read) of the same party
    opening = (
        "Canada on Thursday sanctioned three Haitian businessmen who financed armed gangs. "
        "The sanctions target Jean-Baptiste Moreau and Luc Antoine Desir. "
    )
    text = opening + (
        "The third individual, Frantz Olivier Benoit, was already listed by the "
        "United States in 2023."
    )
    assert "Frantz Olivier Benoit" in dict(acts(text))["CA"]
    another = opening + (
        "Another, the Miami shipping agent Frantz Olivier Benoit, has been under U.S. "
        "sanctions since 2023."
    )
    assert "Frantz Olivier Benoit" in dict(acts(another))["CA"]
    named = opening + "Frantz Olivier Benoit was the third person named, officials said."
    assert "Frantz Olivier Benoit" in dict(acts(named))["CA"]
    # a part of a group of no targets ("the executed men") names a victim, not a target
    victims = opening + (
        "One of the murdered men, the farmer Frantz Olivier Benoit, was buried on Monday."
    )
    assert "Frantz Olivier Benoit" not in dict(acts(victims))["CA"]


def test_some_of_the_hit_tankers_also_listed_by_another_state_are_both_acts() -> None:
    text = (
        "Australia has imposed sanctions on 40 oil tankers of Russia's shadow fleet. "
        "Four of the tankers, including the NORDIC HERON (IMO 9301288), were also "
        "designated by the United Kingdom on the same day."
    )
    found = dict(acts(text))
    assert "NORDIC HERON" in found["AU"]
    assert "NORDIC HERON" in found["GB"]


def test_a_part_of_the_group_also_on_another_list_gives_its_listed_names_to_both() -> None:
    text = (
        "The European Union on Monday imposed sanctions on six Iranian judges and prison "
        "officials. The Council said the list includes the judge Hamid Reza Kazemi. "
        "Two of the Council's names also appear on the UK's list published the same day: "
        "the judge Morteza Baghernia and the prison warden Ali Asghar Fazeli."
    )
    found = dict(acts(text))
    assert {"Morteza Baghernia", "Ali Asghar Fazeli"} <= set(found["EU"])
    assert {"Morteza Baghernia", "Ali Asghar Fazeli"} <= set(found["GB"])


def test_on_a_named_authoritys_list_as_well_is_that_authoritys_listing() -> None:
    text = (
        "On 8 June 2026, OFAC designated 12 entities in Kyrgyzstan. The named persons "
        "include Tro Ya LLC and Arkan Export LLC.\n\n"
        "On 10 June 2026 the European Union added 21 entities in third countries to its "
        "Russia sanctions list, among them Alatau Machine Service LLP.\n\n"
        "Arkan Export LLC, designated by OFAC on Monday, is on the EU list as well."
    )
    found = dict(acts(text))
    assert "Arkan Export LLC" in found["EU"]
    assert "Arkan Export LLC" in found["US"]
    # the list of no sanctioning authority, with no "as well", is no listing
    other = text.replace("is on the EU list as well", "is on the Forbes list")
    assert "Arkan Export LLC" not in dict(acts(other))["EU"]


def test_a_notices_numbered_measures_and_the_lists_after_them() -> None:
    text = (
        "1. The Government of Japan will take the following measures:\n\n"
        "(1) Asset freeze measures against 3 individuals and 5 entities supplying "
        "military goods to Russia.\n\n"
        "(2) Removal of 1 individual from the list of persons subject to asset freeze "
        "measures.\n\n"
        "2. Among the entities newly designated, Joint Stock Company Baltic Tug Fleet has "
        "been designated by the United States since 2023.\n\n"
        "3. The individual removed from the list is Sergei Petrovich Malinin.\n\n"
        "4. The entities newly designated also include:\n"
        "- Limited Liability Company Ural Instrument Works (Russia)\n"
        "- Qingdao Haixing Electronics Co., Ltd. (China)\n"
    )
    found = dict(acts(text))
    assert found["JP"] == [
        "Joint Stock Company Baltic Tug Fleet",
        "Limited Liability Company Ural Instrument Works",
        "Qingdao Haixing Electronics Co., Ltd.",
    ]
    # "2." after "1. ... measures:" is its sibling paragraph, no item of its list
    lines = split_sentences(text, [])
    assert [s.item for s in lines if s.text.startswith(("Among", "The individual"))] == [
        False,
        False,
    ]
    # a list numbered as its opener was keeps its items ("2. ... removed: / 1. X")
    notice = "2. The following entry has been removed:\n\n1. KOSTENKO, Viktor Pavlovich.\n"
    assert [s.item for s in split_sentences(notice, [])] == [False, True]
