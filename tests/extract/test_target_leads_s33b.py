"""Targets in ordinary news: issue 11 leads of session 33 (first looks on w1860-w1999:
names cut or glued at their edges, list members after a relative clause). Short texts
written for these tests."""

from datetime import date

from tests.extract.helpers import rules_actions, rules_news

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


# -- "firms in A, B and C that it says helped Moscow": no state of the list speaks

PLACES_BEFORE_IT_SAYS = (
    "The Canadian government on Friday approved more sanctions against Russia, freezing "
    "the assets of 9 people and 14 firms. The Ministry of Finance said the asset freezes "
    "cover companies in Russia, India, the United Arab Emirates and Kazakhstan that it "
    "says helped Moscow buy drone parts. They include Orbit Tradelink and Steppe Components."
)


def test_a_state_before_a_relative_clause_with_its_own_speaker_is_no_actor() -> None:
    assert rules_news(PLACES_BEFORE_IT_SAYS, MONDAY) == {
        "CA": ["Orbit Tradelink", "Steppe Components"]
    }


def test_a_state_closing_the_sentence_as_its_speaker_still_acts() -> None:
    text = (
        "Asset freezes were imposed on Orbit Tradelink and Steppe Components for supplying "
        "drone parts to Russia, the United Arab Emirates said on Tuesday."
    )
    assert rules_news(text, MONDAY) == {"AE": ["Orbit Tradelink", "Steppe Components"]}


# -- the UK foreign ministry's styling with an ampersand is the agency, so its state acts


def test_the_fcdo_styled_with_an_ampersand_acts_for_the_uk() -> None:
    text = (
        "The Treasury on Monday designated Ivan Petrovich Sokolov and Oleg Ivanovich "
        "Markov, who run a ransomware gang. The UK's Foreign, Commonwealth & Development "
        "Office and Canada's Global Affairs department sanctioned the same two men on Tuesday."
    )
    found = rules_news(text, date(2026, 12, 9))  # a Wednesday: Tuesday is this week
    assert set(found) == {"US", "GB", "CA"}
    assert sorted(found["GB"]) == ["Ivan Petrovich Sokolov", "Oleg Ivanovich Markov"]


# -- "synchronised its sanctions with restrictions imposed by Y": Y's act is earlier


def test_measures_taken_over_with_are_the_other_sides_earlier_act() -> None:
    text = (
        "Moldova on Tuesday aligned its sanctions with the restrictions imposed by the "
        "European Union on Russia's shadow fleet. The list includes the tanker BLUE ORCA "
        "(IMO 9412345)."
    )
    assert rules_news(text, MONDAY) == {"MD": ["BLUE ORCA"]}


def test_a_decree_synchronising_with_another_states_restrictions_is_the_signers_act() -> None:
    text = (
        "President Ana Marin on Tuesday signed a decree synchronizing Georgia's sanctions "
        "with restrictions imposed by Canada against Russia's shadow fleet, targeting 30 "
        "vessels. The list includes the tanker BLUE ORCA (IMO 9412345)."
    )
    found = rules_actions(text, MONDAY)
    assert [(a.authority, a.background) for a in found if a.authority == "CA"] == [("CA", True)]


# -- an earlier designee told in the news story is no target of the news act

EARLIER = "Canada on Monday sanctioned Ivan Petrovich Sokolov and the Zarya Foundation. "


def test_a_standing_listing_since_a_year_after_an_aside_is_background() -> None:
    text = EARLIER + (
        "Canada has listed Russia's children's rights commissioner, Oleg Markov, since 2023."
    )
    found = rules_actions(text, MONDAY)
    assert rules_news(text, MONDAY) == {"CA": ["Ivan Petrovich Sokolov", "Zarya Foundation"]}
    assert [[t.name for t in a.targets] for a in found if a.background] == [["Oleg Markov"]]


def test_a_month_and_year_closing_a_long_object_dates_the_verb() -> None:
    text = (
        "The Treasury on Thursday sanctioned four leaders of the gang, including Luis Perez "
        "Mora. Treasury designated Barrio Rojo as a transnational criminal organization in "
        "March 2024."
    )
    assert rules_news(text, MONDAY) == {"US": ["Luis Perez Mora"]}


def test_a_tally_over_the_years_and_its_old_designee_are_background() -> None:
    text = (
        "The Treasury on Thursday sanctioned Ali Reza Karimi and Hassan Nouri, two "
        "financiers of the militia. Washington has sanctioned dozens of the militia's "
        "financiers over the years, and designated Bayt al-Mal Fund, the group's bank, in 2009."
    )
    assert rules_news(text, MONDAY) == {"US": ["Ali Reza Karimi", "Hassan Nouri"]}


# -- a release's footer names the site it is published on, no party


def test_the_uk_publishing_site_in_a_release_footer_is_no_target() -> None:
    text = (
        "The UK on Tuesday sanctioned Harel Tzur and Libi Farm, accusing them of attacks "
        "on herders.\n\nNotes to editors\nThe UK Sanctions List is updated on GOV.UK.\n\n"
        "Share this page"
    )
    assert rules_news(text, MONDAY) == {"GB": ["Harel Tzur", "Libi Farm"]}
