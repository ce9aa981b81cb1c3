"""UK FCDO Sanctions List ODS export (summary columns, one row per designation)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sanctionwatch.lists import ListFormatError, read_list
from tests.lists.conftest import LISTS, read_cached

FCDO = "uk/FCDO_SL_Wed_Nov 19 2025.ods"


def test_counts_date_and_skipped_rows() -> None:
    read = read_cached(FCDO)
    assert read.metadata["format"] == "uk_fcdo_ods"
    assert read.metadata["list_date"] == "2025-11-19"  # from the file name
    assert read.metadata["records"] == 5668
    # AFG0043 and CTI0060 have an empty Name
    assert [w.split(":")[0] for w in read.warnings] == [
        "FCDO_SL_Wed_Nov 19 2025.ods, row 44",
        "FCDO_SL_Wed_Nov 19 2025.ods, row 781",
    ]
    assert len(read.of_schema("Sanction")) == 5666
    assert len(read.of_schema("Vessel")) == 582


def test_one_group_id_is_one_entity_with_a_sanction_per_designation() -> None:
    read = read_cached(FCDO)
    person = read.entities["gb-fcdo-aqd0194"]
    assert person["properties"]["name"] == ["AWEYS HASSAN DAHIR"]
    sanctions = [
        e for e in read.of_schema("Sanction") if e["properties"]["entity"] == [person["id"]]
    ]
    assert sorted(s["properties"]["recordId"][0] for s in sanctions) == ["AQD0194", "SOM0003"]
    # both designations name the party's OFSI Group ID: a reference across lists
    refs = {s["properties"]["authorityId"][0] for s in sanctions}
    assert len(refs) == 1 and refs.pop().startswith("OFSI Group ID ")


def test_sanction_regime_date_and_measures() -> None:
    read = read_cached(FCDO)
    sanction = read.entities["gb-fcdo-afg0001-sanction"]["properties"]
    assert sanction["program"] == ["Afghanistan"]
    assert sanction["listingDate"] == ["2012-06-29"]
    assert sanction["provisions"] == ["Asset freeze"]
    programs = Counter(p for s in read.of_schema("Sanction") for p in s["properties"]["program"])
    assert len(programs) == 31


def test_not_a_spreadsheet_zip_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "list.ods"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("readme.txt", "hello")
    with pytest.raises(ListFormatError, match="neither an ODS nor an XLSX"):
        read_list(path)


def test_sheet_without_the_columns_is_refused(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "other.ods"
    with zipfile.ZipFile(LISTS / FCDO) as src, zipfile.ZipFile(path, "w") as dst:
        for item in src.infolist():
            data = src.read(item)
            if item.filename == "content.xml":
                data = data.replace(b"OFSI Group ID", b"Something else", 1)
            dst.writestr(item, data)
    with pytest.raises(ListFormatError, match=r"other\.ods, row 1: missing columns: OFSI Group ID"):
        list(read_list(path).entities())
