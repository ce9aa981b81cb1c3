"""Encoding hygiene in every list reader (issue 9, defect 4): a byte-order mark never costs
a record, and a file that mixes encodings is decoded line by line with a warning."""

from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from sanctionwatch.lists import ListFormatError, read_list
from tests.conftest import LISTS

OFAC_2024 = LISTS / "ofac" / "2024-05" / "sdn.csv"
OFSI = LISTS / "uk" / "ofsi" / "2020-04" / "ConList.csv"
ZALA = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"


def _ids(path: Path) -> set[str]:
    return {e["id"] for e in read_list(path).entities()}


def _head(source: Path, target: Path, lines: int = 300, bom: bytes = b"") -> Path:
    """The first `lines` lines of a shipped file (enough to show it, quick to read)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    kept = source.read_bytes().splitlines(keepends=True)[:lines]
    target.write_bytes(bom + b"".join(kept))
    return target


def test_an_ofac_csv_with_a_bom_keeps_its_first_record(tmp_path: Path) -> None:
    path = _head(OFAC_2024, tmp_path / "sdn.csv", bom=codecs.BOM_UTF8)
    read = read_list(path)
    ids = {e["id"] for e in read.entities()}
    assert "ofac-36" in ids  # AEROCARIBBEAN AIRLINES, the first row: lost as 'ï»¿36' once
    assert ids == _ids(_head(OFAC_2024, tmp_path / "plain" / "sdn.csv"))
    assert read.warnings == []


def test_boms_in_every_file_of_a_set(tmp_path: Path) -> None:
    for name in ("sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"):
        _head(LISTS / "ofac" / name, tmp_path / "bom" / name, 2000, codecs.BOM_UTF8)
        _head(LISTS / "ofac" / name, tmp_path / "plain" / name, 2000)
    with_bom = list(read_list(tmp_path / "bom").entities())
    assert with_bom == list(read_list(tmp_path / "plain").entities())
    first = next(e for e in with_bom if e["id"] == "ofac-36")
    assert first["properties"]["country"]  # its address row (add.csv, line 1) joined


def test_an_ofsi_csv_with_a_bom_keeps_its_date_and_rows(tmp_path: Path) -> None:
    path = _head(OFSI, tmp_path / "ConList.csv", bom=codecs.BOM_UTF8)
    read, plain = read_list(path), read_list(_head(OFSI, tmp_path / "plain" / "ConList.csv"))
    assert read.list_date == plain.list_date is not None
    assert [e["id"] for e in read.entities()] == [e["id"] for e in plain.entities()]


def test_an_ftm_file_with_a_bom(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    path.write_bytes(codecs.BOM_UTF8 + ZALA.read_bytes())
    read = read_list(path)
    assert {e["id"] for e in read.entities()} == _ids(ZALA) and read.warnings == []


def test_a_utf16_ofac_csv_is_read(tmp_path: Path) -> None:
    head = b"".join(OFAC_2024.read_bytes().splitlines(keepends=True)[:50])
    path = tmp_path / "sdn.csv"
    path.write_bytes(head.decode("ascii").encode("utf-16"))
    plain = tmp_path / "plain" / "sdn.csv"
    plain.parent.mkdir()
    plain.write_bytes(head)
    assert _ids(path) == _ids(plain) and "ofac-36" in _ids(path)


OFAC_ROW = '{n},"{name}",-0- ,"IRAN",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n'


def test_mixed_encodings_are_decoded_per_line_with_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    rows = [
        OFAC_ROW.format(n=1, name="PLAIN ASCII LTD").encode("ascii"),
        OFAC_ROW.format(n=2, name="SOCIÉTÉ GÉNÉRALE D'IMPORT").encode("cp1252"),
        OFAC_ROW.format(n=3, name="ZÜRICH HANDELS AG").encode("utf-8"),
        OFAC_ROW.format(n=4, name="CAFÉ “NOIR” SARL").encode("cp1252"),
    ]
    path.write_bytes(b"".join(rows))
    read = read_list(path)
    names = {
        e["id"]: e["properties"]["name"][0] for e in read.entities() if "name" in e["properties"]
    }
    assert names == {
        "ofac-1": "PLAIN ASCII LTD",
        "ofac-2": "SOCIÉTÉ GÉNÉRALE D'IMPORT",
        "ofac-3": "ZÜRICH HANDELS AG",
        "ofac-4": "CAFÉ “NOIR” SARL",
    }
    [warning] = read.warnings
    assert "mixes encodings" in warning and "lines 3 as UTF-8" in warning
    assert "lines 2, 4 as Windows-1252" in warning


def test_a_line_in_no_known_encoding_is_named(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    bad = OFAC_ROW.format(n=2, name="AXB").encode("ascii").replace(b"X", b"\x81")
    path.write_bytes(OFAC_ROW.format(n=1, name="ONE").encode("ascii") + bad)
    read = read_list(path)
    assert len(list(read.entities())) == 4  # two parties, two sanctions
    assert any("lines 2 are neither UTF-8 nor Windows-1252" in w for w in read.warnings)


def test_an_ofsi_line_in_utf8_is_read_as_utf8(tmp_path: Path) -> None:
    # Row 3 gets a UTF-8 name, row 4 a Windows-1252 one: a file re-saved in pieces.
    lines = OFSI.read_bytes().split(b"\n")[:300]
    lines[2] = "Zoë".encode() + lines[2]
    lines[3] = "Café".encode("cp1252") + lines[3]
    path = tmp_path / "ConList.csv"
    path.write_bytes(b"\n".join(lines))
    read = read_list(path)
    names = {
        n
        for e in read.entities()
        for prop in ("name", "alias", "lastName")
        for n in e["properties"].get(prop, [])
    }
    assert any(n.startswith("Zoë") or " Zoë" in n for n in names), "UTF-8 line read as mojibake"
    assert any("Café" in n for n in names)
    [warning] = [w for w in read.warnings if "mixes encodings" in w]
    assert "lines 3 as UTF-8, lines 4, " in warning and warning.endswith("as Windows-1252")


def test_ftm_lines_not_in_utf8_are_read_and_named(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    entity = {"id": "x-1", "schema": "Person", "properties": {"name": ["José Núñez"]}}
    path.write_bytes(
        ZALA.read_bytes().split(b"\n")[0]
        + b"\n"
        + json.dumps(entity, ensure_ascii=False).encode("cp1252")
        + b"\n"
    )
    read = read_list(path)
    found = {e["id"]: e for e in read.entities()}
    assert found["x-1"]["properties"]["name"] == ["José Núñez"]
    assert read.warnings == ["entities.ftm.json, line 2: not UTF-8; read as Windows-1252"]


def test_a_utf16_bom_on_bytes_that_are_not_utf16_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "sdn.csv"
    path.write_bytes(
        codecs.BOM_UTF16_LE + OFAC_ROW.format(n=1, name="ONE").encode("ascii") + b"\x00"
    )
    with pytest.raises(ListFormatError, match=r"sdn\.csv"):
        list(read_list(path).entities())


def test_a_stray_carriage_return_in_an_ofac_csv_field_costs_only_its_record(
    tmp_path: Path,
) -> None:
    # Hypothesis found it: an unquoted field with a lone CR raised a raw csv error.
    path = tmp_path / "sdn.csv"
    broken = OFAC_ROW.format(n=2, name="TWO").replace('"TWO"', "TWO\rHALVES").encode("ascii")
    rows = [OFAC_ROW.format(n=n, name=f"PARTY {n}").encode("ascii") for n in (1, 3)]
    path.write_bytes(rows[0] + broken + rows[1])
    read = read_list(path)
    ids = {e["id"] for e in read.entities()}
    assert {"ofac-1", "ofac-3"} <= ids and "ofac-2" not in ids
    assert any("row 2" in w and "columns" in w for w in read.warnings)


def test_an_unreadable_csv_record_names_its_row(tmp_path: Path) -> None:
    import csv

    from sanctionwatch.lists.common import csv_rows

    old = csv.field_size_limit(50)  # the csv module's own record bound, made small
    try:
        rows = csv_rows(tmp_path / "sdn.csv", 'a,b\r\n1,"' + "x" * 60 + '"\r\n')
        assert next(rows) == ["a", "b"]
        with pytest.raises(ListFormatError, match=r"sdn\.csv, row 2.*unreadable CSV"):
            next(rows)
    finally:
        csv.field_size_limit(old)
