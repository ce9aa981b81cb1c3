"""EU Financial Sanctions Files XML 1.1, on the seven-entity excerpt."""

from __future__ import annotations

from tests.lists.conftest import read_cached

EU = "eu/deriv-2020-04/sample_eu_sanctions.xml"


def test_counts_and_date() -> None:
    read = read_cached(EU)
    assert read.metadata["format"] == "eu_xml"
    assert read.metadata["name"] == "eu_fsf"
    assert read.metadata["list_date"] == "2020-04-15"
    assert len(read.of_schema("Person")) == 7
    assert len(read.of_schema("Sanction")) == 7


def test_saddam_hussein_with_aliases() -> None:
    person = read_cached(EU).entities["eu-13"]["properties"]
    assert person["name"] == ["Saddam Hussein Al-Tikriti"]
    assert person["firstName"] == ["Saddam"]
    assert {"Abu Ali", "Abou Ali"} <= set(person["alias"])
    assert person["birthDate"] == ["1937-04-28"]
    assert person["nationality"] == ["iq"]
    assert person["gender"] == ["male"]


def test_sanction_provenance() -> None:
    sanction = read_cached(EU).entities["eu-13-sanction"]["properties"]
    assert sanction["recordId"] == ["EU.27.28"]
    assert sanction["program"] == ["IRQ"]
    assert sanction["authority"] == ["European Union"]
    assert sanction["listingDate"] == ["2003-07-08"]
