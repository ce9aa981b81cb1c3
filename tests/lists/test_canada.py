"""Consolidated Canadian Autonomous Sanctions List XML."""

from __future__ import annotations

from tests.lists.conftest import read_cached

CANADA = "canada/sema-lmes.xml"


def test_counts() -> None:
    read = read_cached(CANADA)
    assert read.metadata["format"] == "canada_xml"
    assert read.metadata["list_date"] is None  # no date in the file
    assert read.metadata["records"] == 4759
    assert len(read.of_schema("Person")) == 3334
    listed = read.of_schema("Organization") + read.of_schema("Vessel")
    assert len(listed) == 1425
    assert len(read.of_schema("Sanction")) == 4759


def test_ship_has_imo_and_build_date() -> None:
    ships = {
        e["properties"]["name"][0]: e["properties"] for e in read_cached(CANADA).of_schema("Vessel")
    }
    ship = ships["Balitiyskiy III"]
    assert ship["imoNumber"] == ["7612448"]
    assert ship["buildDate"] == ["1980"]
    assert ship["country"] == ["ru"]


def test_person_names_are_whitespace_normalised() -> None:
    for person in read_cached(CANADA).of_schema("Person"):
        for name in person["properties"]["name"]:
            assert name == " ".join(name.split())
