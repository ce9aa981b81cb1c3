"""UN Security Council consolidated list XML."""

from __future__ import annotations

from collections import Counter

from tests.lists.conftest import read_cached

UN = "un/consolidated.xml"


def test_counts_and_date() -> None:
    read = read_cached(UN)
    assert read.metadata["format"] == "un_xml"
    assert read.metadata["list_date"] == "2026-02-27"
    assert read.metadata["records"] == 1003
    counts = Counter(e["schema"] for e in read.entities.values())
    assert counts == {"Person": 730, "Organization": 273, "Sanction": 1003}


def test_individual_has_birth_date_nationality_and_passport() -> None:
    read = read_cached(UN)
    person = read.entities["un-KPi.033"]["properties"]
    assert person["name"] == ["RI WON HO"]
    assert person["birthDate"] == ["1964-07-17"]
    assert person["nationality"] == ["kp"]
    assert person["passportNumber"] == ["381310014"]


def test_sanction_has_list_type_listing_date_and_reference() -> None:
    sanction = read_cached(UN).entities["un-KPi.033-sanction"]["properties"]
    assert sanction["program"] == ["DPRK"]
    assert sanction["listingDate"] == ["2016-11-30"]
    assert sanction["recordId"] == sanction["unscId"] == ["KPi.033"]
    assert sanction["entity"] == ["un-KPi.033"]


def test_programs_match_the_readme() -> None:
    programs = Counter(
        p for e in read_cached(UN).of_schema("Sanction") for p in e["properties"]["program"]
    )
    assert programs["Al-Qaida"] == 341
    assert programs["DPRK"] == 155
