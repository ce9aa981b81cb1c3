"""Targets in ordinary news: issue 11 leads of session 33 (first looks on w1860-w1999:
names cut or glued at their edges, list members after a relative clause). Short texts
written for these tests."""

from datetime import date

from tests.extract.helpers import rules_news

MONDAY = date(2026, 12, 7)


# -- a Spanish name with its plural article inside ("de los", "de las")


def test_a_spanish_plural_article_stays_inside_the_name() -> None:
    text = (
        "The Treasury on Friday designated the Cartel de los Llanos as a terrorist "
        "organisation, saying it moves cocaine for armed groups."
    )
    assert rules_news(text, MONDAY) == {"US": ["Cartel de los Llanos"]}


def test_a_feminine_plural_article_stays_inside_a_firm_name() -> None:
    text = (
        "Washington on Tuesday sanctioned Transportes de las Palmas S.A., a trucking "
        "firm it says carries fuel for the gang."
    )
    assert rules_news(text, MONDAY) == {"US": ["Transportes de las Palmas S.A."]}


# -- "X, who ..., his deputy Y, and Z": the list resumes after the relative clause


def test_a_possessive_role_after_a_relative_clause_resumes_the_list() -> None:
    text = (
        "The Treasury on Monday sanctioned Ahmad Nasser Qasim, who it said runs the "
        "militia's finances, his deputy Karim Hadi Saleh, and Omar Said Rahal."
    )
    assert rules_news(text, MONDAY) == {
        "US": ["Ahmad Nasser Qasim", "Karim Hadi Saleh", "Omar Said Rahal"]
    }


def test_a_relative_without_a_comma_keeps_its_object() -> None:
    # "with his deputy Y" stands inside the clause: Y only describes X
    text = (
        "The Treasury on Monday sanctioned Ahmad Nasser Qasim, who it said runs the "
        "militia's finances with his deputy Karim Hadi Saleh, and Omar Said Rahal."
    )
    assert rules_news(text, MONDAY) == {"US": ["Ahmad Nasser Qasim", "Omar Said Rahal"]}
