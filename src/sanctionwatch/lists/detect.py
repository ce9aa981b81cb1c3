"""Which reader a list file needs, told from its content: magic bytes, XML root, CSV header."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from sanctionwatch.lists import (
    australia,
    canada,
    eu,
    ftm,
    ofac_csv,
    ofac_enhanced,
    ofac_xml,
    uk_fcdo,
    uk_ofsi,
    un,
)
from sanctionwatch.lists.common import ListFormatError, Reader
from sanctionwatch.lists.sheets import open_zip
from sanctionwatch.lists.source import check_prolog, head, strip_bom

# Root element (local name) of each XML format.
XML_ROOTS: dict[str, Reader] = {
    "sdnList": ofac_xml.READER,
    "sanctionsData": ofac_enhanced.READER,
    "CONSOLIDATED_LIST": un.READER,
    "export": eu.READER,
    "data-set": canada.READER,
}
READERS: dict[str, Reader] = {
    r.format: r
    for r in (
        ofac_csv.SDN_READER,
        *XML_ROOTS.values(),
        uk_fcdo.READER,
        uk_ofsi.READER,
        australia.READER,
        ftm.READER,
    )
}
OFAC_PARTS = {6: "add.csv", 5: "alt.csv", 2: "sdn_comments.csv"}
_PROLOG = re.compile(rb"\s*(<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^\[>]*(\[.*?\])?\s*>)", re.DOTALL)
_ROOT = re.compile(rb"\s*<([A-Za-z_][\w.:-]*)")
_HTML = re.compile(rb"^\s*(<!doctype html|<html)", re.IGNORECASE)


def get_reader(format: str) -> Reader:
    """The reader registered under a format name; a miss names the known ones."""
    try:
        return READERS[format]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise ValueError(f"unknown list format {format!r}; known formats: {known}") from None


def detect(path: Path) -> tuple[Reader, list[Path]]:
    """The reader for a file or an OFAC CSV directory, and the files it will read."""
    if path.is_dir():
        return _ofac_set(path, path)
    text = _sniffable(head(path)).lstrip()
    if not text:
        raise ListFormatError(path, None, "empty file: expected a sanctions list")
    if _HTML.match(text):
        raise ListFormatError(path, None, "an HTML page, not a list (an error or login page?)")
    if text.startswith(b"PK\x03\x04"):
        return _spreadsheet(path), [path]
    if text.startswith(b"<"):
        reader = _xml(path, text)
        if reader is ofac_xml.READER and "cons" in path.name.lower():
            reader = ofac_xml.CONS_READER
        return reader, [path]
    if text.startswith(b"{"):
        return ftm.READER, [path]
    return _csv(path, text)


def _sniffable(data: bytes) -> bytes:
    """The head without its byte-order mark, as UTF-8 when the mark says UTF-16 or -32."""
    rest, codec = strip_bom(data)
    if codec in (None, "utf-8"):
        return rest
    # A head cut mid-character loses only that character.
    return data.decode(str(codec), errors="ignore").encode("utf-8")


def _xml(path: Path, text: bytes) -> Reader:
    check_prolog(path, text)
    rest, pos = text, 0
    while match := _PROLOG.match(rest, pos):
        pos = match.end()
    root = _ROOT.match(rest, pos)
    if root is None:
        raise ListFormatError(path, None, "XML without a root element in its first 64 KiB")
    name = root[1].decode("ascii", errors="replace").rsplit(":", 1)[-1]
    if name.lower() in ("html", "head", "body"):
        raise ListFormatError(path, None, "an HTML page, not a list (an error or login page?)")
    reader = XML_ROOTS.get(name)
    if reader is None:
        known = ", ".join(f"<{r}>" for r in XML_ROOTS)
        raise ListFormatError(path, None, f"unknown XML list root <{name}>; known: {known}")
    return reader


def _spreadsheet(path: Path) -> Reader:
    with open_zip(path) as zf:
        names = set(zf.namelist())
        mimetype = zf.read("mimetype") if "mimetype" in names else b""
    if b"opendocument.spreadsheet" in mimetype or "content.xml" in names:
        return uk_fcdo.READER
    if "xl/workbook.xml" in names:
        return australia.READER
    raise ListFormatError(path, None, "a zip archive that is neither an ODS nor an XLSX sheet")


def _csv(path: Path, text: bytes) -> tuple[Reader, list[Path]]:
    line = text.split(b"\n", 1)[0].decode("cp1252", errors="replace")
    if line.lower().startswith("last updated,") or ("Name 6" in line and "Group ID" in line):
        return uk_ofsi.READER, [path]
    try:
        row = next(csv.reader(io.StringIO(line)), [])
    except csv.Error:  # e.g. a stray carriage return: no list's first line has one
        row = []
    if row and row[0].strip().isdigit():
        if len(row) == ofac_csv.WIDTHS["primary"]:
            return _ofac_set(path, path)
        if len(row) in OFAC_PARTS:
            raise ListFormatError(
                path,
                "row 1",
                f"looks like OFAC's {OFAC_PARTS[len(row)]}, one part of a CSV set: "
                "read its sdn.csv (or cons_prim.csv) or the directory holding the set",
            )
    raise ListFormatError(
        path, "line 1", f"not a known list format (starts {line[:60]!r}); see `read_list` docs"
    )


def _ofac_set(path: Path, label: Path) -> tuple[Reader, list[Path]]:
    files = ofac_csv.find_set(path)
    if files is None:
        raise ListFormatError(label, None, "directory holds no sdn.csv or cons_prim.csv")
    reader = ofac_csv.CONS_READER if ofac_csv.is_cons(files) else ofac_csv.SDN_READER
    return reader, files.paths


def ofac_set_paths(path: Path) -> list[Path]:
    return _ofac_set(path, path)[1]
