"""Rows of the two spreadsheet formats (ODS, XLSX), read straight from their XML.

Parsing the zip members with lxml keeps the safe parser settings of every other
format and is several times faster than a general spreadsheet library.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import IO

from lxml import etree  # type: ignore[import-untyped]  # lxml ships no stubs

from sanctionwatch.lists.common import ListFormatError
from sanctionwatch.lists.source import check_prolog, iter_elements, seekable

# A zip member larger than this when unpacked is a zip bomb, not a sanctions list.
MAX_MEMBER_BYTES = 256 * 1024 * 1024
# Empty cells repeated past this are trailing padding (ODS declares 16,384 columns).
MAX_EMPTY_RUN = 64

ODS_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
ODS_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
XLSX_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XLSX_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
XLSX_VALUE = f"{{{XLSX_MAIN}}}v"


def open_zip(path: Path) -> zipfile.ZipFile:
    try:
        return zipfile.ZipFile(seekable(path))
    except zipfile.BadZipFile as exc:
        raise ListFormatError(path, None, f"not a readable spreadsheet (zip): {exc}") from exc


def member(zf: zipfile.ZipFile, path: Path, name: str) -> IO[bytes]:
    """An XML member of the zip, checked for size and for entity declarations."""
    try:
        info = zf.getinfo(name)
    except KeyError:
        raise ListFormatError(path, None, f"spreadsheet lacks its {name} part") from None
    if info.file_size > MAX_MEMBER_BYTES:
        raise ListFormatError(path, None, f"{name} unpacks to {info.file_size} bytes; too large")
    with zf.open(info) as fh:
        check_prolog(path, fh.read(65536))
    return zf.open(info)


def _trim(cells: list[tuple[str, int]]) -> list[str]:
    while cells and not cells[-1][0]:
        cells.pop()
    row: list[str] = []
    for value, repeat in cells:
        row.extend([value] * (repeat if value else min(repeat, MAX_EMPTY_RUN)))
    return row


def _ods_text(cell: etree._Element) -> str:
    paragraphs = cell.findall(f"{{{ODS_TEXT}}}p")
    return "\n".join("".join(p.itertext()) for p in paragraphs)


def ods_rows(path: Path) -> Iterator[list[str]]:
    """Rows of the first sheet of an ODS file as strings; empty rows are skipped."""
    with open_zip(path) as zf, member(zf, path, "content.xml") as fh:
        repeat_attr = f"{{{ODS_TABLE}}}number-columns-repeated"
        for row in iter_elements(fh, path, ["table-row"], namespace=ODS_TABLE):
            cells = [(_ods_text(c), int(c.get(repeat_attr) or 1)) for c in row]
            values = _trim(cells)
            if values:
                yield values


def _shared_strings(zf: zipfile.ZipFile, path: Path) -> list[str]:
    if "xl/sharedStrings.xml" not in zf.namelist():
        return []
    with member(zf, path, "xl/sharedStrings.xml") as fh:
        return ["".join(si.itertext()) for si in iter_elements(fh, path, ["si"], XLSX_MAIN)]


def _first_sheet(zf: zipfile.ZipFile, path: Path) -> str:
    """The member name of the workbook's first sheet, through the workbook's relations."""
    with member(zf, path, "xl/workbook.xml") as fh:
        sheet = next(iter_elements(fh, path, ["sheet"], XLSX_MAIN), None)
        rel_id = sheet.get(f"{{{XLSX_REL}}}id") if sheet is not None else None
    with member(zf, path, "xl/_rels/workbook.xml.rels") as fh:
        for rel in iter_elements(fh, path, ["Relationship"], PKG_REL):
            if rel.get("Id") == rel_id:
                target = rel.get("Target", "")
                return target.lstrip("/") if target.startswith("/") else f"xl/{target}"
    raise ListFormatError(path, None, "workbook has no worksheet")


_COLUMN = re.compile(r"^([A-Z]+)")


def _column(ref: str | None, default: int) -> int:
    match = _COLUMN.match(ref or "")
    if not match:
        return default
    index = 0
    for char in match[1]:
        index = index * 26 + ord(char) - 64
    return index - 1


def _xlsx_value(cell: etree._Element, strings: list[str]) -> str:
    kind = cell.get("t")
    if kind == "inlineStr":
        return "".join(cell.itertext())
    value = cell.findtext(XLSX_VALUE) or ""
    if kind == "s" and value.isdigit() and int(value) < len(strings):
        return strings[int(value)]
    return value


def xlsx_rows(path: Path) -> Iterator[list[str]]:
    """Rows of the first sheet of an XLSX file as strings (numbers as written, e.g. `45607`)."""
    with open_zip(path) as zf:
        strings = _shared_strings(zf, path)
        with member(zf, path, _first_sheet(zf, path)) as fh:
            for row in iter_elements(fh, path, ["row"], XLSX_MAIN):
                values: list[str] = []
                for cell in row:
                    col = _column(cell.get("r"), len(values))
                    if col - len(values) > MAX_EMPTY_RUN * 4:
                        break  # far outside the table: stray formatting
                    values.extend([""] * (col - len(values)))
                    values.append(_xlsx_value(cell, strings))
                values = _trim([(v, 1) for v in values])
                if values:
                    yield values


def excel_date(serial: str) -> date | None:
    """A date from an Excel serial day number (1900 date system)."""
    try:
        days = float(serial)
    except ValueError:
        return None
    if not 1 <= days < 2958466:
        return None
    return date(1899, 12, 30) + timedelta(days=int(days))


def zip_text(path: Path, name: str) -> str | None:
    """A small text member (document properties), or None when it is missing."""
    with open_zip(path) as zf:
        if name not in zf.namelist() or zf.getinfo(name).file_size > 1 << 20:
            return None
        return zf.read(name).decode("utf-8", errors="replace")
