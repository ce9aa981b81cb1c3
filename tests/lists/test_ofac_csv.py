"""OFAC legacy CSV sets: sdn.csv with add/alt/comments, cons_*.csv, and a lone sdn.csv."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from sanctionwatch.lists import ListFormatError, read_list
from tests.lists.conftest import LISTS, read_cached

SDN_ROW = '{num},"{name}","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"DOB 1970."\r\n'


def test_2021_set_is_read_as_one_list() -> None:
    read = read_cached("ofac")
    assert read.metadata["format"] == "ofac_csv"
    assert read.metadata["name"] == "us_ofac_sdn"
    assert read.metadata["records"] == 8976
    assert [Path(p).name for p in read.metadata["paths"]] == [
        "sdn.csv",
        "add.csv",
        "alt.csv",
        "sdn_comments.csv",
    ]
    assert len(read.of_schema("Sanction")) == 8976
    assert read.warnings == []


def test_2021_set_joins_aliases_addresses_and_comments() -> None:
    read = read_cached("ofac")
    assert read.prop("ofac-36", "alias") == ["AERO-CARIBBEAN"]  # from alt.csv
    assert read.prop("ofac-36", "address") == ["Havana, Cuba"]  # from add.csv
    assert read.prop("ofac-36", "country") == ["cu"]
    # sdn_comments.csv continues Remarks mid-word: "...; Linked To: LAZARUS GROUP."
    assert any("LAZARUS GROUP" in n for n in read.prop("ofac-28263", "notes"))
    assert read.prop("ofac-28263", "birthDate") == ["1986-07-12"]
    assert read.prop("ofac-28263", "nationality") == ["cn"]
    assert read.prop("ofac-28263", "gender") == ["male"]


def test_2024_lone_sdn_csv_counts_by_type() -> None:
    read = read_cached("ofac/2024-05/sdn.csv")
    counts = Counter(e["schema"] for e in read.entities.values())
    assert read.metadata["records"] == 14965
    assert counts == {
        "Person": 6854,
        "Vessel": 851,
        "Airplane": 376,
        "Organization": 6884,
        "Sanction": 14965,
    }


def test_known_vessel_has_imo_and_former_names() -> None:
    read = read_cached("ofac/2024-05/sdn.csv")
    vessel = read.entities["ofac-15037"]
    assert vessel["schema"] == "Vessel"
    assert vessel["properties"]["imoNumber"] == ["9187655"]
    assert "ABADEH" in vessel["properties"]["previousName"]
    assert vessel["properties"]["flag"] == ["ir"]


def test_sanction_carries_programs_and_record_id() -> None:
    read = read_cached("ofac/2024-05/sdn.csv")
    sanction = read.entities["ofac-28263-sanction"]["properties"]
    assert sanction["entity"] == ["ofac-28263"]
    assert sanction["program"] == ["DPRK3", "CYBER2"]
    assert sanction["recordId"] == ["28263"]
    assert sanction["authority"] == ["Office of Foreign Assets Control"]


def test_consolidated_csv_set() -> None:
    read = read_cached("ofac/consolidated/2025-12")
    assert read.metadata["name"] == "us_ofac_cons"
    assert read.metadata["records"] == 442
    assert len(read.of_schema("Sanction")) == 442


def test_primary_file_finds_its_siblings() -> None:
    read = read_list(LISTS / "ofac" / "consolidated" / "2025-12" / "cons_prim.csv")
    assert len(read.paths) == 4


def test_part_of_a_set_alone_is_refused() -> None:
    with pytest.raises(ListFormatError, match=r"alt\.csv.*one part of a CSV set"):
        read_list(LISTS / "ofac" / "alt.csv")


def test_bad_row_is_skipped_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    text = SDN_ROW.format(num=1, name="ONE, Person") + '2,"TWO, Short"\r\n'
    path.write_text(text + SDN_ROW.format(num=3, name="THREE, Person") + "\x1a")
    read = read_list(path)
    ids = [e["id"] for e in read.entities()]
    assert ids == ["ofac-1", "ofac-1-sanction", "ofac-3", "ofac-3-sanction"]
    assert read.warnings == ["sdn.csv, row 2: 2 columns, expected 12; skipped"]


def test_wrong_columns_from_the_first_row_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_text('1,"A",' + ",".join(["x"] * 12) + "\r\n")
    with pytest.raises(ListFormatError) as err:
        list(read_list(path, format="ofac_csv").entities())
    assert "sdn.csv, row 1: 14 columns, expected 12" in str(err.value)
