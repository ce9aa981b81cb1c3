"""Kinds of targets missed in the session-30 ordinary-month first looks (w1600-w1719),
tested with sentences written for these tests (no corpus text)."""

from tests.extract.helpers import targets_of

LEAD = (
    "Canada sanctions Venezuelan officials\n\n"
    "OTTAWA, May 3 (Reuters) - Canada on Monday imposed sanctions on four Venezuelan "
    "officials over the crackdown on protesters. "
)


def test_a_list_resumes_after_a_relative_clause_with_no_and() -> None:
    text = LEAD + (
        "Among them are army general Pedro Alcantara Ruiz, who commands the Caracas "
        "garrison, the prison governor Tomas Ibarra Leal and Maria Fernanda Gil Soto, a "
        "judge of the criminal court.\n"
    )
    assert targets_of(text)["CA"] >= {
        "Pedro Alcantara Ruiz",
        "Tomas Ibarra Leal",
        "Maria Fernanda Gil Soto",
    }
    # a place the clause names before its comma does not hold the list back
    placed = LEAD + (
        "Among them are Pedro Alcantara Ruiz, who ran a prison in occupied Barinas, the "
        "judge Tomas Ibarra Leal and Maria Fernanda Gil Soto.\n"
    )
    assert {"Tomas Ibarra Leal", "Maria Fernanda Gil Soto"} <= targets_of(placed)["CA"]


def test_a_relative_clause_listing_its_own_objects_keeps_them() -> None:
    # the names after "supplied" are whom the target dealt with, not more targets
    text = LEAD + (
        "Among them is the trader Pedro Alcantara Ruiz, who supplied Tomas Ibarra Leal, "
        "Maria Fernanda Gil Soto and Jorge Pena Soto with fuel.\n"
    )
    found = targets_of(text).get("CA", set())
    assert "Pedro Alcantara Ruiz" in found
    assert not found & {"Maria Fernanda Gil Soto", "Jorge Pena Soto"}


def test_a_kind_apposition_with_the_before_its_place_names_the_party() -> None:
    text = (
        "Britain sanctions Russian propaganda outfit\n\n"
        "LONDON, May 3 - Britain on Tuesday imposed sanctions on a Russian propaganda "
        "outfit and two of its managers.\n\n"
        "The entity, the Kazan-based Info Front Agency, runs bot farms that target voters "
        "in Moldova, the Foreign Office said.\n"
    )
    assert "Info Front Agency" in targets_of(text)["GB"]


def test_a_kind_apposition_after_a_body_that_says_it_names_the_party() -> None:
    lead = (
        "Israel designates charity\n\n"
        "JERUSALEM, May 3 - Israel's defence minister on Monday designated a Europe-based "
        "charity as a terror organisation.\n\n"
    )
    text = lead + (
        "The ministry's terror financing bureau said the charity, Helping Hands Relief "
        "Fund, which is registered in Denmark, had moved funds to Hamas.\n"
    )
    assert "Helping Hands Relief Fund" in targets_of(text)["IL"]
    # a name the body's sentence gives with no kind noun set off by commas is no target
    plain = lead + "The bureau said Helping Hands Relief Fund had moved funds to Hamas.\n"
    assert "Helping Hands Relief Fund" not in targets_of(plain).get("IL", set())


def test_a_list_goes_on_after_an_old_acts_relative_clause_at_as_well_as() -> None:
    text = (
        "EU sanctions hybrid threats\n\n"
        "BRUSSELS, May 3 - The EU on Monday imposed sanctions on four individuals and three "
        "entities over sabotage in Europe.\n\n"
        "The list includes the Kaliningrad firm Baltic Signal Works. Also sanctioned is the "
        "St Petersburg outlet News Front Media, which the EU already sanctioned in 2022 "
        "under its Ukraine regime, as well as its subsidiary Riga Insight Lab.\n"
    )
    assert {"News Front Media", "Riga Insight Lab"} <= targets_of(text)["EU"]


def test_a_list_ending_on_a_legal_form_before_a_new_sentence_keeps_its_last_name() -> None:
    text = (
        "China sanctions US firms\n\n"
        "BEIJING, May 3 - China's commerce ministry on Tuesday imposed countermeasures on "
        "four US defence companies.\n\n"
        "The companies named are Orbital Craft LLC, Delta Harbor Systems Inc., Pinecrest "
        "Avionics Holdings LLC and Tri-State Armor Holdings Corp. Chinese firms may not "
        "trade with them.\n"
    )
    assert "Tri-State Armor Holdings Corp." in targets_of(text)["CN"]
    # a country's adjective that starts a name after the legal form stays one name
    from sanctionwatch.extract.sentences import split_block

    joined = "It listed Alpha Trading Co. Korean Branch and two ships."
    assert split_block(joined, 0, len(joined)) == [(0, len(joined))]
