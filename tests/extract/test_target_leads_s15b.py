"""Target precision and boundaries, session 15 second wave: kinds seen in the written
articles w720-w759, each tested with sentences written for these tests."""

from sanctionwatch.extract.document import Name
from sanctionwatch.extract.enumerations import siblings
from sanctionwatch.extract.learn.stage import no_party
from sanctionwatch.extract.targets import is_speaker
from tests.extract.helpers import authorities, names


def test_a_possessive_state_before_an_office_that_speaks_is_no_list_member() -> None:
    text = "Oslo listed Fjord Trading and Kestrel Metals, Norway's foreign ministry said."
    at = text.index("Kestrel Metals")
    members = [m.text for m in siblings(text, at, at + len("Kestrel Metals"))]
    assert members == ["Fjord Trading"]
    # a list in which a possessive member goes on ("X, Y's") still has its other members
    text = "Oslo listed Fjord Trading, Kestrel Metals and Moody's last week."
    at = text.index("Fjord Trading")
    members = [m.text for m in siblings(text, at, at + len("Fjord Trading"))]
    assert "Kestrel Metals" in members


def test_a_possessive_state_before_a_speaking_office_is_a_speaker() -> None:
    text = "Sanctions hit Aral Grain Ltd, Kazakhstan's trade ministry on Friday announced."
    at = text.index("Kazakhstan's")
    assert is_speaker(text, Name(at, at + len("Kazakhstan's"), "Kazakhstan's", "org"))
    # the office does something else: no speaker
    text = "Sanctions hit Aral Grain Ltd, Kazakhstan's largest miller."
    at = text.index("Kazakhstan's")
    assert not is_speaker(text, Name(at, at + len("Kazakhstan's"), "Kazakhstan's", "org"))


def test_the_whole_article_keeps_the_possessive_state_out() -> None:
    text = (
        "Ottawa adds drone suppliers\n\nOTTAWA, March 3 - Sanctions were imposed on Halvern "
        "Dynamics Ltd and Brisco Components, Canada's foreign ministry said on Monday."
    )
    found = set().union(*authorities(text).values())
    assert "Canada's" not in found
    assert {"Halvern Dynamics Ltd", "Brisco Components"} <= found


def test_a_party_label_is_no_part_of_a_politicians_name() -> None:
    text = "Moscow barred Conservative Helen Marsh and Liberal Democrat Owen Pryce from entry."
    assert names(text) == ["Helen Marsh", "Owen Pryce"]
    # a party's own body keeps its word: "Conservative Party Foundation"
    text = "Moscow barred the Conservative Policy Forum Ltd from entry."
    assert names(text) == ["Conservative Policy Forum Ltd"]
    # a body of a party's friends runs on with "of": no person, the label stays
    text = "Moscow barred Labour Friends of Palestine from entry."
    assert all(n.startswith("Labour") for n in names(text))


def test_a_bare_party_label_is_no_party_to_hit() -> None:
    assert no_party("Labour")
    assert no_party("Liberal Democrat")
    assert not no_party("Labour Solidarity Trust")


def test_a_body_a_states_possessive_owns_is_no_part_of_a_persons_name() -> None:
    text = "Seoul sanctioned Choe Myong Su of North Korea's Reconnaissance General Bureau."
    assert "Choe Myong Su" in names(text)
    assert not any("Choe Myong Su of" in n for n in names(text))
    # a firm whose name holds "of" and no possessive keeps it whole
    text = "Seoul sanctioned the Korea Bank of Foreign Trade Ltd."
    assert names(text) == ["Korea Bank of Foreign Trade Ltd."]


def test_weapons_order_tags_outlets_and_a_bare_legislature_are_no_parties() -> None:
    assert no_party("Kalibr") and no_party("Parliament")
    assert no_party("EO 14024") and no_party("E.O. 13846") and no_party("Executive Order 14071")
    assert not no_party("Kalibr Engineering LLC")  # a firm named after one is a party
    assert not no_party("EO Holdings Ltd")
    text = (
        "Washington lists missile suppliers\n\nWASHINGTON, March 3 - The U.S. Treasury on "
        "Monday designated Veltra Machining LLC, which made parts for the Kalibr cruise "
        "missile, and Orsk Avionics JSC under EO 14024, the Asahi Shimbun reported."
    )
    found = set().union(*authorities(text).values())
    assert {"Veltra Machining LLC", "Orsk Avionics JSC"} <= found
    assert not found & {"Kalibr", "EO 14024", "Asahi Shimbun"}


def test_a_bare_acronym_of_a_country_is_the_units_name() -> None:
    assert names("Ottawa sanctioned the SBU of Ukraine on Monday.") == ["SBU of Ukraine"]
    # a firm of a country still loses the country ("Hennesea Holdings of Dubai")
    assert names("Ottawa sanctioned Marlow Holdings of Belarus on Monday.") == ["Marlow Holdings"]


def test_officers_of_a_body_name_whom_they_serve_not_a_target() -> None:
    from sanctionwatch.extract.targets import AFFILIATE_OF

    text = "Those listed include officers of the "
    assert AFFILIATE_OF.search(text) is not None
    assert AFFILIATE_OF.search("Those listed include the ") is None


def test_a_numbered_firm_keeps_its_number_and_a_compass_word() -> None:
    text = "Ottawa sanctioned 4 Rivers Logistics Ltd and Southern Ridge Minerals on Monday."
    assert names(text) == ["4 Rivers Logistics Ltd", "Southern Ridge Minerals"]
    # a count before a plain run of capitals stays a count
    assert names("Ottawa sanctioned 12 Russian banks on Monday.") == []
