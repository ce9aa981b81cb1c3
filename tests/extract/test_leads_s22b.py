"""Precision and name-boundary leftovers of session 22 (issue 11): a partner the text
says did not act, "already" before a past verb, a firm named in quotes after a bare
legal form, a movement's head before "of" and Chinese given names in -ing. Short texts
written for these tests."""

from datetime import date

import pytest

from sanctionwatch.model import Action
from tests.extract.helpers import names, news_targets, rules_actions

SATURDAY = date(2026, 12, 5)


def found(text: str) -> list[Action]:
    return rules_actions(text, SATURDAY)


# -- a partner "in coordination with" that the text says did not act


@pytest.mark.parametrize(
    "denial",
    [
        "The US Treasury, whose investigators helped build the case, did not announce "
        "measures of its own.",
        "Japan declined to join, officials in Tokyo said.",
        "Tokyo has not followed so far.",
        "Japan stayed out of the move.",
        "Japan did not impose sanctions of its own.",
    ],
)
def test_a_partner_the_text_says_did_not_act_gets_no_action(denial: str) -> None:
    partner = "the United States" if "US" in denial else "Japan"
    text = (
        "Britain on Tuesday sanctioned five people smuggling drone parts, acting in "
        f"coordination with {partner} and Australia. {denial}"
    )
    acting = {a.authority for a in found(text) if not a.background}
    assert acting == {"GB", "AU"}


def test_a_partner_of_whom_nothing_is_denied_still_acts() -> None:
    text = (
        "Britain on Tuesday sanctioned five people smuggling drone parts, acting in "
        "coordination with the United States and Australia. Moscow did not respond."
    )
    assert {a.authority for a in found(text) if not a.background} == {"GB", "US", "AU"}


# -- "already" after a subject: a past verb, not an adjective


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "The US Treasury already sanctioned Rosneft and Lukoil, Russia's two largest "
            "oil companies, in October.",
            ["Rosneft", "Lukoil"],
        ),
        (
            "Moscow already sanctioned Alpha Bank and Beta Bank in 2023.",
            ["Alpha Bank", "Beta Bank"],
        ),
        (
            "The bill's sponsors note that the Treasury already sanctioned the group's "
            "deputy commander, Abdelrahim Hamdan Dagalo, in September 2023.",
            ["Abdelrahim Hamdan Dagalo"],
        ),
    ],
)
def test_already_after_a_subject_is_a_past_act_with_its_targets(
    text: str, target: list[str]
) -> None:
    acts = [a for a in found(text) if a.status == "imposed"]
    assert len(acts) == 1 and acts[0].background
    assert [t.name for t in acts[0].targets] == target


@pytest.mark.parametrize(
    "second",
    [
        "Vessels already listed by the UK were among them.",
        "Firms already sanctioned by Britain include Beta Bank.",
        "Some banks already sanctioned by Britain lent to it.",
    ],
)
def test_already_after_a_plain_noun_is_still_an_adjective(second: str) -> None:
    text = f"The EU on Monday sanctioned Alpha Bank of the shadow fleet. {second}"
    assert [a.authority for a in found(text)] == ["EU"]


def test_already_sanctioned_before_a_name_in_an_object_still_names_a_role() -> None:
    text = (
        "The EU on Monday sanctioned Alpha Trading LLC for dealing with already sanctioned "
        "Beta Bank."
    )
    assert news_targets(found(text)) == {"EU": ["Alpha Trading LLC"]}


# -- a firm named in quotes after a legal form that is all its head


def test_a_firm_in_quotes_after_a_bare_legal_form_is_named_by_the_quoted_part() -> None:
    text = (
        'The EU on Monday sanctioned Joint Stock Company "Avtodetal", Limited Liability '
        'Company "Tekhnopark Zarya", JSC "Kurganpribor", OOO «Vostok Komponent» and '
        'Minsk Electromechanical Plant "Tsentr".'
    )
    assert news_targets(found(text)) == {
        "EU": [
            "Avtodetal",
            "Tekhnopark Zarya",
            "Kurganpribor",
            "Vostok Komponent",
            'Minsk Electromechanical Plant "Tsentr"',
        ]
    }


def test_a_legal_form_after_a_comma_still_ends_the_firm_before_it() -> None:
    assert names("The EU sanctioned Baltic Trade Co., Ltd. and Volga Ltd.") == [
        "Baltic Trade Co., Ltd.",
        "Volga Ltd.",
    ]


# -- a movement's head before "of"; Chinese given names that end in -ing


def test_a_people_before_of_names_a_movement_whole() -> None:
    text = (
        "The United States on Monday designated the Indigenous People of Biafra as a "
        "terrorist group."
    )
    assert news_targets(found(text)) == {"US": ["Indigenous People of Biafra"]}


@pytest.mark.parametrize("person", ["Liu Guangming", "Zhang Zhongxing", "Wang Xiaoming"])
def test_a_chinese_given_name_in_ing_is_no_title(person: str) -> None:
    text = f"The US on Monday sanctioned the firm and two executives, {person} and Ma Xiaowen."
    assert names(text) == [person, "Ma Xiaowen"]


def test_a_long_ing_word_still_makes_a_title_of_an_order() -> None:
    assert names("The order targets Persons Destabilizing Sudan.") == []
