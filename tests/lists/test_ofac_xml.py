"""OFAC XML: the sdn.xml schema (consolidated.xml) and the Enhanced XML export."""

from __future__ import annotations

from collections import Counter

from tests.lists.conftest import read_cached

CONS_XML = "ofac/consolidated/2025-06/consolidated.xml"
IRGC_XML = "ofac/enhanced/IRGC_sanctions.xml"


def test_consolidated_xml_counts_and_date() -> None:
    read = read_cached(CONS_XML)
    assert read.metadata["format"] == "ofac_xml"
    assert read.metadata["name"] == "us_ofac_cons"
    assert read.metadata["list_date"] == "2025-06-30"  # Publish_Date 06/30/2025
    assert read.metadata["records"] == 443
    counts = Counter(e["schema"] for e in read.entities.values())
    assert counts == {"Organization": 363, "Person": 80, "Sanction": 443}


def test_consolidated_xml_aliases_ids_and_addresses() -> None:
    read = read_cached(CONS_XML)
    weak = sum(len(e["properties"].get("weakAlias", [])) for e in read.entities.values())
    assert 0 < weak <= 70  # 70 weak akas in the file, a few repeat a strong one
    bank = read.entities["ofac-15268"]["properties"]
    assert bank["swiftBic"] == ["CKLBCNBJ"]
    assert "KARAMAY CITY COMMERCIAL BANK CO LTD." in bank["previousName"]
    assert bank["country"] == ["cn"]
    assert len(bank["address"]) == 4


def test_consolidated_xml_sanction_programs() -> None:
    read = read_cached(CONS_XML)
    programs = Counter(
        p for e in read.of_schema("Sanction") for p in e["properties"].get("program", [])
    )
    assert programs["UKRAINE-EO13662"] == 286
    assert programs["NS-PLC"] == 78


def test_enhanced_xml_counts_and_date() -> None:
    read = read_cached(IRGC_XML)
    assert read.metadata["format"] == "ofac_enhanced_xml"
    assert read.metadata["list_date"] == "2024-08-28"
    counts = Counter(e["schema"] for e in read.entities.values())
    assert counts == {"Person": 165, "Organization": 84, "Airplane": 44, "Sanction": 293}


def test_enhanced_xml_features_and_listing_date() -> None:
    read = read_cached(IRGC_XML)
    person = read.entities["ofac-26526"]["properties"]
    assert person["name"] == ["EBRAHIMI, Ayatollah"]
    assert person["birthDate"] == ["1972"]
    plane = read.entities["ofac-24475"]["properties"]
    assert plane["model"] == ["IL-76"]
    sanction = read.entities["ofac-26719-sanction"]["properties"]
    assert sanction["program"] == ["FTO", "IRGC"]
    assert sanction["listingDate"] == ["2019-04-15"]
