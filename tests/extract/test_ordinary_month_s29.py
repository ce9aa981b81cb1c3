"""Kinds of failure of the session-29 first look on w1540-w1559 (an ordinary month of
sanctions news), tested with sentences written for these tests (no corpus text)."""

from tests.extract.helpers import rules_actions
from tests.extract.test_status_s27 import PUBLISHED, news  # published on a Wednesday


def test_being_cut_off_from_the_us_financial_system_is_a_threat() -> None:
    text = (
        "Foreign lenders that keep clearing these payments could be cut off from the"
        " American financial system, the Treasury Department said.\n"
    )
    assert [(a, s) for a, s, _ in news(text)] == [("US", "threatened")]


def test_the_speakers_warning_keeps_his_quoted_vow_with_his_state() -> None:
    text = (
        "Brussels on Tuesday proposed new listings of Russian oil traders. In Washington,"
        " Treasury Secretary Scott Bessent said foreign banks would be cut off from the"
        ' U.S. financial system if they kept paying for Russian crude. "We are ready to use'
        ' secondary sanctions," he added.\n'
    )
    acts = [(a, s) for a, s, _ in news(text)]
    assert ("US", "threatened") in acts
    assert ("EU", "threatened") not in acts


def test_a_bank_that_was_cut_off_is_no_threat() -> None:
    text = "The bank was cut off from the US financial system in 2022 and closed a year later.\n"
    assert [s for _, s, _ in news(text) if s == "threatened"] == []


def test_a_writer_named_last_after_the_date_part_is_the_author() -> None:
    from sanctionwatch.extract.targets import authors

    page = "SHIPPING DAILY\nTankers | 3 Jun 2025 | Anna Berglund, Oslo\n\nOFAC on Monday ...\n"
    assert authors(page) == ["Anna Berglund"]
    # a section name after the date is no writer, nor a row of a table of dates of birth
    assert authors("Markets | 3 Jun 2025 | Oil and gas\n") == []
    table = "Name | Born | Listed\nIvan Petrov | 03.02.1970 | Oleg Sokolov\nA | 1.1.2000 | B C\n"
    assert authors(table) == []


def test_a_removal_names_its_list_before_the_person_removed() -> None:
    for text in (
        "OFAC on Tuesday removed from the SDN list the businessman Tomas Eduardo Valera Ruiz.\n",
        "Canada removed from its list of sanctioned persons the former governor"
        " Tomas Eduardo Valera Ruiz.\n",
    ):
        (lifting,) = [a for a in rules_actions(text, PUBLISHED) if a.status == "lifted"]
        assert [t.name for t in lifting.targets] == ["Tomas Eduardo Valera Ruiz"]


def test_a_name_after_from_and_a_place_is_still_no_target() -> None:
    text = (
        "OFAC on Tuesday removed two tankers that had bought crude from the trader"
        " Ahmed Saleh Qasim.\n"
    )
    names = [t.name for a in rules_actions(text, PUBLISHED) for t in a.targets]
    assert "Ahmed Saleh Qasim" not in names


def test_a_delisted_person_whose_listing_year_follows_stays_the_liftings() -> None:
    for text in (
        "OFAC on Tuesday delisted the businessman Tomas Eduardo Valera Ruiz, who had been"
        " designated in 2018.\n",
        "OFAC removed on Tuesday from the SDN list the former deputy minister Tomas Eduardo"
        " Valera Ruiz, who was designated in 2019.\n",
    ):
        (lifting,) = [a for a in rules_actions(text, PUBLISHED) if a.status == "lifted"]
        assert [t.name for t in lifting.targets] == ["Tomas Eduardo Valera Ruiz"]


def test_a_name_after_a_relational_phrase_and_a_listing_clause_is_still_no_target() -> None:
    text = (
        "OFAC on Tuesday sanctioned two tankers that loaded crude from Harbor Star Trading,"
        " which was designated in 2021.\n"
    )
    names = [t.name for a in rules_actions(text, PUBLISHED) for t in a.targets]
    assert "Harbor Star Trading" not in names
