"""Who acts, second-wave leads of session 15 (s15-who8). Short texts written for
these tests, not taken from the corpus."""

from datetime import date

import pytest

from tests.extract.helpers import authorities


@pytest.mark.parametrize(
    ("text", "code", "target"),
    [
        (
            "The Kingdom of Saudi Arabia designated the Al-Nour Exchange and its manager "
            "Yusuf Karimi as terrorist financiers.",
            "SA",
            "Yusuf Karimi",
        ),
        (
            "The Ministry of Foreign Affairs of the Republic of Estonia imposed entry bans "
            "on Belarusian prosecutor Andrei Zubov.",
            "EE",
            "Andrei Zubov",
        ),
        (
            "The Kingdom of the Netherlands imposed sanctions on the Horizon Bay Trading Company.",
            "NL",
            "Horizon Bay Trading Company",
        ),
    ],
)
def test_a_state_in_its_formal_style_acts(text: str, code: str, target: str) -> None:
    assert target in authorities(text).get(code, set())


def test_a_firm_named_after_a_state_in_formal_style_does_not_act() -> None:
    text = "The Islamic Republic of Iran Shipping Lines was sanctioned by the United States."
    assert "IR" not in authorities(text)


def test_a_plural_noun_for_the_states_just_named_acts_for_each() -> None:
    text = (
        "Nordic ministers meet\n\nOSLO, March 3 -- Norway, Iceland and Denmark held talks "
        "on Monday. The three countries then imposed sanctions on the Murmansk Fishing "
        "Fleet and its director Pyotr Lagin.\n\nMore names may follow."
    )
    found = authorities(text)
    for code in ("NO", "IS", "DK"):
        assert "Pyotr Lagin" in found.get(code, set())


def test_a_plural_noun_of_another_number_names_no_state() -> None:
    # two states named, "three countries": not those two
    text = (
        "Nordic ministers meet\n\nOSLO, March 3 -- Norway and Iceland held talks on "
        "Monday. The three countries then imposed sanctions on the Murmansk Fishing Fleet "
        "and its director Pyotr Lagin.\n\nMore names may follow."
    )
    found = authorities(text)
    assert "NO" not in found and "IS" not in found


def test_a_forum_that_opens_a_subjectless_sentence_acts() -> None:
    text = (
        "Haiti listings\n\nThe European Union adopted its own measures on Tuesday.\n\n"
        "At the UN, sanctions were imposed on the gang leader Wilson Joseph on Friday."
    )
    assert "Wilson Joseph" in authorities(text).get("UN", set())


def test_a_forum_inside_a_longer_phrase_is_no_actor() -> None:
    text = "At the UN summit, sanctions were imposed on the gang leader Wilson Joseph on Friday."
    assert "UN" not in authorities(text)


def test_a_country_in_brackets_after_a_list_item_is_no_section_heading() -> None:
    # "A.Ş." ends a sentence, so "(Türkiye)" stands alone; the ministry below is Japan's
    text = (
        "Japan widens export bans\n\nTokyo, May 2 -- The Japanese government on Friday "
        "added 4 firms to its export ban list. The firms include:\n"
        "- Marmara Takim Tezgahlari A.Ş. (Türkiye)\n"
        "- Ural Machine Parts LLC (Russia)\n\n"
        "At the same time the Ministry of Foreign Affairs froze the assets of 3 people, "
        "among them businessman Ruslan Bekov.\n\nMore steps may follow."
    )
    found = authorities(text, published=date(2025, 5, 2))
    assert "TR" not in found
    assert "JP" in found


def test_an_office_of_no_state_after_a_threat_is_the_threateners_retaliation() -> None:
    # the reverted rule gave the ministry to the act last told (Britain): a misfire
    text = (
        "Russia vowed to respond after Britain sanctioned 12 Russian generals. The "
        "Foreign Ministry on Friday imposed sanctions on 8 British MPs, including Tom Hale."
    )
    found = authorities(text)
    assert "Tom Hale" in found.get("RU", set())
    assert "Tom Hale" not in found.get("GB", set())


def test_a_list_of_a_state_written_with_the_names_who_acts() -> None:
    text = (
        "Airline listed\n\nBrussels, May 5 -- The European Union on Monday listed the "
        "Belarusian carrier Polesie Air Cargo. Canada also listed Polesie Air Cargo on "
        "Tuesday.\n\n"
        "The carrier's chief executive Anton Dubko was added to the EU list as well."
    )
    found = authorities(text)
    assert "Anton Dubko" in found.get("EU", set())
    assert "Anton Dubko" not in found.get("CA", set())


def test_a_list_named_after_its_target_is_no_owner() -> None:
    text = "The trader Pavel Rudin was added to the Russia sanctions list on Monday."
    assert "RU" not in authorities(text)


def test_the_same_persons_before_the_list_they_refer_to() -> None:
    # "the same individuals" stands before the names it refers to (the UK's list)
    text = (
        "Gang financiers listed\n\nLondon, May 7 -- The UK government on Wednesday imposed "
        "sanctions on three individuals for financing a cartel. The US Treasury designated the "
        "same individuals on the same day.\n\nThe UK designations are:\n\n"
        "1) Ramon Ortega Villa, a money launderer\n"
        "2) Luis Marquez Soto, a logistics chief\n"
        "3) Elena Cruz Rivas, an accountant\n\nMore names may follow."
    )
    found = authorities(text, published=date(2025, 5, 7))
    assert {"Ramon Ortega Villa", "Elena Cruz Rivas"} <= found.get("US", set())


def test_a_possessive_same_phrase_names_others() -> None:
    text = (
        "Tit for tat\n\nMoscow, May 4 -- The EU listed the Russian judges Oleg Titov and "
        "Ilya Semin on Monday. Moscow responded by sanctioning the same individuals' "
        "accusers, among them the Latvian prosecutor Janis Ozols."
    )
    assert not {"Oleg Titov", "Ilya Semin"} & authorities(text).get("RU", set())
