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


# Country values as the lists write them: codes, names in any case, bilingual pairs, stray
# spaces and control characters, names in other scripts, and words that name no country.
COUNTRY_VALUES = [
    "RU", "rus", "Russia", "RUSSIA", "Russian Federation", "Russia / Russie", "Korea, North",
    "Korea, Democratic People's Republic of", "Iran (Islamic Republic of)", "  Syria ",
    "Côte d'Ivoire", "Cote d'Ivoire", "Türkiye", "Россия", "Congo, Democratic Republic of the",
    "West Bank", "Region: Crimea", "Burma", "Tehran", "Narnia", "unknown", "Syria\x00", "-",
    "United States / Etats-Unis", "Lao People's Democratic Republic", "USSR", "ZZ", "Kosovo",
]  # fmt: skip


def _ftm_country(text: str) -> str | None:
    from followthemoney.types import registry

    value = registry.country.clean(text)
    if value is None and "/" in text:
        value = registry.country.clean(text.split("/")[0].strip())
    return value


def test_countries_clean_as_ftm_does(lists_dir) -> None:  # type: ignore[no-untyped-def]
    """`clean_country` answers ASCII values without rigour's transliterated name table
    (a third of the CPU of loading OFAC's SDN list): the same codes as FtM's cleaning,
    for the values above and every country value the UN list holds."""
    import sanctionwatch.lists.common as common
    from sanctionwatch.lists import read_list

    seen: set[str] = set()
    clean = common.clean_country

    def spy(text: str) -> str | None:
        seen.add(text)
        return clean(text)

    common.clean_country = spy  # type: ignore[assignment]
    try:
        assert sum(1 for _ in read_list(lists_dir / "un" / "consolidated.xml").entities()) > 1000
    finally:
        common.clean_country = clean
    assert len(seen) > 50
    values = sorted(seen | set(COUNTRY_VALUES))
    assert [(v, clean(v), _ftm_country(v)) for v in values if clean(v) != _ftm_country(v)] == []
    assert clean("Russia / Russie") == "ru" and clean("Narnia") is None


def test_ascii_transliterations_clean_as_ftm_does() -> None:
    """Every ASCII key of rigour's territory name table, as written in three cases, gets
    FtM's code: among them the ASCII spellings of names in other scripts ('Rossiya',
    'Adygeya', 'Misr al-Arabiya'), which `countries`' ASCII table does not hold."""
    from followthemoney.types import registry
    from rigour.territories.lookup import _get_territory_names

    from sanctionwatch.lists.common import _country

    keys = [k for k in _get_territory_names() if k.isascii()]
    assert len(keys) > 10_000
    values = [v for k in keys for v in (k, k.upper(), k.title())]
    values += ["Rossiya", "ADYGEYA", "Misr al-Arabiya", "Abu Dabi", "undetermined", ""]
    answers = [(v, _country(v), registry.country.clean(v)) for v in values]
    assert [a for a in answers if a[1] != a[2]] == []
    assert _country("Adygeya") == "ru" and _country("Misr al-Arabiya") == "eg"


def test_the_transliterated_keys_file_is_rigours() -> None:
    """The file `countries` reads instead of transliterating rigour's names is what the
    pinned rigour gives (rewrite it with `transliterated_keys()` after an upgrade)."""
    import json

    from sanctionwatch.countries import TRANSLITERATED, transliterated_keys

    assert json.loads(TRANSLITERATED.read_text(encoding="utf-8")) == transliterated_keys()
