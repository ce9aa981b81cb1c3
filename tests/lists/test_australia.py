"""Australia DFAT Consolidated List XLSX: name rows grouped into listings."""

from __future__ import annotations

from tests.lists.conftest import read_cached

DFAT = "australia/regulation8_consolidated.xlsx"


def test_counts_and_date() -> None:
    read = read_cached(DFAT)
    assert read.metadata["format"] == "australia_xlsx"
    assert read.metadata["list_date"] == "2024-11-11"  # workbook modified
    assert read.metadata["records"] == 9553
    assert len(read.of_schema("Sanction")) == 3062
    assert len(read.of_schema("Person")) + len(read.of_schema("Organization")) == 3062
    assert read.warnings == []


def test_listing_gathers_its_lettered_name_rows() -> None:
    read = read_cached(DFAT)
    person = read.entities["au-dfat-2"]["properties"]
    assert person["name"] == ["MOHAMMAD HASSAN AKHUND"]
    assert "محمد حسن أخوند" in person["alias"]  # row 2a, original script
    assert {"1955", "1958", "1945", "1950"} <= set(person["birthDate"])
    assert person["nationality"] == ["af"]


def test_sanction_committee_listing_date_and_control_date() -> None:
    sanction = read_cached(DFAT).entities["au-dfat-2-sanction"]["properties"]
    assert sanction["program"] == ["1988 (Taliban)"]
    assert sanction["listingDate"] == ["2001-01-25"]
    assert sanction["modifiedAt"] == ["2014-12-15"]  # Control Date, an Excel serial
    assert sanction["recordId"] == ["2"]
