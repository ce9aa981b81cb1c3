"""Shared helpers: the date spellings of the lists, and property cleaning by type."""

from __future__ import annotations

import pytest

from sanctionwatch.lists.common import make, parse_date, parse_dates, put

DATE_CASES = [
    ("1937-04-28", False, "1937-04-28"),
    ("2024-08-28T00:00:00", False, "2024-08-28"),
    ("27/04/2020", False, "2020-04-27"),
    ("00/00/1980", False, "1980"),  # OFSI: 00 is an unknown day or month
    ("00/05/1980", False, "1980-05"),
    ("06/30/2025", True, "2025-06-30"),  # OFAC Publish_Date is month first
    ("29-06-2012", False, "2012-06-29"),
    ("10 Dec 1948", False, "1948-12-10"),
    ("25 January 2001", False, "2001-01-25"),
    ("Dec 1948", False, "1948-12"),
    ("1972", False, "1972"),
    ("circa 1960", False, None),
    ("", False, None),
]


@pytest.mark.parametrize(("text", "month_first", "expected"), DATE_CASES)
def test_parse_date(text: str, month_first: bool, expected: str | None) -> None:
    assert parse_date(text, month_first=month_first) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("circa 1960", ["1960"]),
        ("1958 to 1960", ["1958", "1959", "1960"]),
        ("1963 or 1964", ["1963", "1964"]),
        ("a) Approximately 1955- 1958", ["1955", "1956", "1957", "1958"]),
        ("unknown", []),
    ],
)
def test_parse_dates_from_free_text(text: str, expected: list[str]) -> None:
    assert parse_dates(text) == expected


def test_put_cleans_by_type_and_skips_unknown_properties() -> None:
    person = make("Person", "p1")
    put(person, "name", "  Ivan\u00a0 Petrov ")
    put(person, "nationality", ["Russia / Russie", "Korea, North", "Atlantis"])
    put(person, "birthDate", "DOB 10 Dec 1948")
    put(person, "imoNumber", "1234567")  # not a Person property: ignored
    assert person.get("name") == ["Ivan Petrov"]
    assert sorted(person.get("nationality")) == ["kp", "ru"]
    assert person.get("birthDate") == ["1948"]
    assert "imoNumber" not in person.properties


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("IMO 9187655", ["9187655"]), ("9187655", ["9187655"]), ("unknown", ["unknown"])],
)
def test_imo_numbers_are_the_seven_digits(raw: str, expected: list[str]) -> None:
    vessel = make("Vessel", "v1")
    put(vessel, "imoNumber", raw)
    assert vessel.get("imoNumber") == expected
