"""HM Treasury OFSI Consolidated List CSV (2020 format): Windows-1252, grouped by Group ID."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sanctionwatch.lists import ListFormatError, read_list
from tests.lists.conftest import read_cached

OFSI = "uk/ofsi/2020-04/ConList.csv"
HEADER = (
    "Name 6,Name 1,Name 2,Title,DOB,Nationality,Group Type,Alias Type,Regime,Listed On,Group ID"
)


def test_counts_and_date() -> None:
    read = read_cached(OFSI)
    assert read.metadata["format"] == "uk_ofsi_csv"
    assert read.metadata["list_date"] == "2020-04-27"
    assert read.metadata["records"] == 9492
    counts = Counter(e["schema"] for e in read.entities.values() if e["schema"] != "Sanction")
    assert counts == {"Person": 1523, "Organization": 591}  # 2,114 Group IDs


def test_group_merges_names_and_birth_dates() -> None:
    person = read_cached(OFSI).entities["gb-hmt-13349"]["properties"]
    assert "Sheikh Farooq AL-QAHTANI" in person["alias"]
    assert person["birthDate"] == ["1980", "1981"]  # 00/00/1980 and 00/00/1981
    assert person["nationality"] == ["sa", "qa"]  # "1) Saudi Arabia 2) Qatar"
    assert person["passportNumber"] == ["592667"]


def test_windows_1252_is_decoded() -> None:
    person = read_cached(OFSI).entities["gb-hmt-13284"]["properties"]
    assert any("Léonard" in n for n in person["name"] + person.get("alias", []))


def _write(path: Path, rows: list[str]) -> Path:
    path.write_bytes(("\r\n".join(["Last Updated,01/02/2020", HEADER, *rows]) + "\r\n").encode())
    return path


def test_short_row_is_skipped_with_a_warning(tmp_path: Path) -> None:
    good = "SMITH,John,,,01/01/1970,,Individual,Prime Alias,Test,01/01/2020,1"
    path = _write(tmp_path / "ConList.csv", [good, "BROKEN,row", good.replace(",1", ",2")])
    read = read_list(path)
    assert read.list_date is not None and read.list_date.isoformat() == "2020-02-01"
    ids = [e["id"] for e in read.entities() if e["schema"] == "Person"]
    assert ids == ["gb-hmt-1", "gb-hmt-2"]
    assert read.warnings == ["ConList.csv, row 4: 2 columns, expected 11; skipped"]


def test_missing_columns_are_named(tmp_path: Path) -> None:
    path = tmp_path / "ConList.csv"
    path.write_text("Last Updated,01/02/2020\r\nName 6,Name 1,Regime\r\nA,B,C\r\n")
    with pytest.raises(ListFormatError) as err:
        list(read_list(path, format="uk_ofsi_csv").entities())
    assert str(err.value) == "ConList.csv, header: missing columns: Group Type, Group ID"


def test_bytes_undefined_in_windows_1252_are_an_error(tmp_path: Path) -> None:
    path = tmp_path / "ConList.csv"
    path.write_bytes(b"Last Updated,01/02/2020\r\n" + HEADER.encode() + b"\r\nA\x81B\r\n")
    with pytest.raises(ListFormatError, match=r"byte 0x81 at offset \d+ is not Windows-1252"):
        list(read_list(path).entities())
