"""Spreadsheet rows read from the ODS and XLSX XML parts."""

from __future__ import annotations

import zipfile
from datetime import date
from pathlib import Path

import pytest

from sanctionwatch.lists import ListFormatError, sheets
from tests.lists.conftest import LISTS

XLSX_SHEET = """<?xml version="1.0" encoding="UTF-8"?>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Reference</t></is></c><c r="C1" t="s"><v>0</v></c></row>
<row r="2"><c r="A2"><v>2</v></c><c r="C2" t="s"><v>1</v></c></row>
</sheetData></worksheet>"""
XLSX_STRINGS = """<?xml version="1.0" encoding="UTF-8"?>
<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">
<si><t>Type</t></si><si><r><t>Indi</t></r><r><t>vidual</t></r></si></sst>"""
XLSX_WORKBOOK = """<?xml version="1.0"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"
 xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">
<sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>"""
XLSX_RELS = """<?xml version="1.0"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>"""


def _xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", XLSX_WORKBOOK)
        zf.writestr("xl/_rels/workbook.xml.rels", XLSX_RELS)
        zf.writestr("xl/sharedStrings.xml", XLSX_STRINGS)
        zf.writestr("xl/worksheets/sheet1.xml", XLSX_SHEET)
    return path


def test_xlsx_rows_fill_gaps_and_join_rich_text(tmp_path: Path) -> None:
    rows = list(sheets.xlsx_rows(_xlsx(tmp_path / "s.xlsx")))
    assert rows == [["Reference", "", "Type"], ["2", "", "Individual"]]


def test_ods_rows_stop_padding_and_skip_empty_rows() -> None:
    rows = sheets.ods_rows(LISTS / "uk" / "FCDO_SL_Wed_Nov 19 2025.ods")
    header = next(rows)
    assert header[:3] == ["Unique ID", "OFSI Group ID", "Name"]
    assert len(header) == 8  # 16,376 repeated empty cells trimmed


def test_oversized_member_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sheets, "MAX_MEMBER_BYTES", 100)
    with pytest.raises(ListFormatError, match=r"unpacks to \d+ bytes; too large"):
        list(sheets.xlsx_rows(_xlsx(tmp_path / "s.xlsx")))


def test_entity_declaration_in_a_member_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "s.xlsx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", '<!DOCTYPE x [<!ENTITY a "b">]><workbook/>')
    with pytest.raises(ListFormatError, match="DOCTYPE"):
        list(sheets.xlsx_rows(path))


@pytest.mark.parametrize(
    ("serial", "expected"),
    [("45607", date(2024, 11, 11)), ("41988", date(2014, 12, 15)), ("x", None), ("0", None)],
)
def test_excel_date(serial: str, expected: date | None) -> None:
    assert sheets.excel_date(serial) == expected
