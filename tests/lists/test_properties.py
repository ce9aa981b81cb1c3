"""Property-based: whatever a list file holds, reading it ends in entities or a clean error.

Seeds are the shipped list files, cut small (XML closed by lxml's recovering parser,
CSV and JSON lines cut to their first lines, spreadsheets rebuilt from their first
rows). Hypothesis then rewrites their fields, flips and cuts their bytes, and writes
rows of arbitrary text. A `ListFormatError` (the file, the record, what was wrong) is
a clean answer; any other exception, or a hang, is a bug.
"""

from __future__ import annotations

import csv
import io
import tempfile
import zipfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree  # type: ignore[import-untyped]

from sanctionwatch.lists import ListFormatError, read_list, sheets
from tests.conftest import LISTS

XML_SEEDS = {
    "un.xml": LISTS / "un" / "consolidated.xml",
    "eu.xml": LISTS / "eu" / "deriv-2020-04" / "sample_eu_sanctions.xml",
    "canada.xml": LISTS / "canada" / "sema-lmes.xml",
    "ofac_enhanced.xml": LISTS / "ofac" / "enhanced" / "IRGC_sanctions.xml",
}
TEXT_SEEDS = {
    "sdn.csv": (LISTS / "ofac" / "2024-05" / "sdn.csv", 40),
    "ConList.csv": (LISTS / "uk" / "ofsi" / "2020-04" / "ConList.csv", 40),
    "entities.ftm.json": (LISTS / "ftm" / "yente-zala" / "entities.ftm.json", 20),
}
XML_TEXT = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufffe\uffff"),
    max_size=60,
)
ANY_TEXT = st.text(max_size=60)
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@cache
def xml_seed(name: str) -> bytes:
    """The first records of a shipped XML list, closed into a well-formed document."""
    with XML_SEEDS[name].open("rb") as fh:
        # OFAC's enhanced XML holds its reference tables before the first entity.
        head = fh.read(200_000 if name == "ofac_enhanced.xml" else 12_000)
    root = etree.fromstring(head, etree.XMLParser(recover=True, resolve_entities=False))
    return bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


@cache
def text_seed(name: str) -> bytes:
    path, lines = TEXT_SEEDS[name]
    return b"".join(path.read_bytes().splitlines(keepends=True)[:lines])


def read_all(name: str, data: bytes) -> int:
    """Read `data` as the list file `name`; the number of entities, or -1 for a clean error."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        try:
            read = read_list(path)
            return sum(1 for _ in read.entities())
        except ListFormatError as exc:
            assert name in str(exc) or path.name in str(exc), exc
            return -1


@st.composite
def rewritten_xml(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed with some element texts and attribute values replaced, or elements dropped."""
    name = draw(st.sampled_from(sorted(XML_SEEDS)))
    root = etree.fromstring(xml_seed(name))
    elements = list(root.iter())
    for _ in range(draw(st.integers(1, 6))):
        element = elements[draw(st.integers(0, len(elements) - 1))]
        action = draw(st.sampled_from(["text", "attribute", "drop"]))
        if action == "text":
            element.text = draw(XML_TEXT)
        elif action == "attribute" and element.attrib:
            key = draw(st.sampled_from(sorted(element.attrib)))
            element.set(key, draw(XML_TEXT))
        elif action == "drop" and element.getparent() is not None:
            element.getparent().remove(element)
            elements = list(root.iter())
    return name, bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8"))


@st.composite
def damaged_bytes(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed cut short, with bytes flipped or inserted, or a byte-order mark put in front."""
    names = sorted(XML_SEEDS) + sorted(TEXT_SEEDS)
    name = draw(st.sampled_from(names))
    data = bytearray(xml_seed(name) if name in XML_SEEDS else text_seed(name))
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "flip", "insert", "bom"]))
        if action == "cut":
            del data[at:]
        elif action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(max_size=8))
        elif action == "bom":
            data[0:0] = draw(st.sampled_from([b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]))
    return name, bytes(data)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue()


@given(rewritten_xml())
@SETTINGS
def test_xml_lists_with_any_field_values(case: tuple[str, bytes]) -> None:
    read_all(*case)


@given(damaged_bytes())
@SETTINGS
def test_damaged_list_files(case: tuple[str, bytes]) -> None:
    read_all(*case)


@given(
    st.lists(st.lists(ANY_TEXT, min_size=12, max_size=12), min_size=1, max_size=8),
    st.sampled_from(["utf-8", "cp1252", "utf-16"]),
)
@SETTINGS
def test_ofac_csv_rows_of_any_text(rows: list[list[str]], codec: str) -> None:
    rows[0][0] = "36"  # a digit first: the file is taken for an OFAC CSV
    data = _csv(rows).encode(codec, errors="replace")
    assert read_all("sdn.csv", data) in (-1, *range(0, 2 * len(rows) + 1))


@given(st.lists(st.lists(ANY_TEXT, min_size=1, max_size=30), max_size=8))
@SETTINGS
def test_ofsi_csv_rows_of_any_text(rows: list[list[str]]) -> None:
    header = text_seed("ConList.csv").decode("cp1252").splitlines()[:2]
    data = "\r\n".join(header) + "\r\n" + _csv(rows)
    read_all("ConList.csv", data.encode("cp1252", errors="replace"))


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | ANY_TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(ANY_TEXT, inner, max_size=4),
    max_leaves=12,
)


@given(st.lists(JSON, max_size=6), st.lists(ANY_TEXT, max_size=3))
@SETTINGS
def test_ftm_lines_of_any_json(values: list[object], names: list[str]) -> None:
    import json

    entity = {"id": "x-1", "schema": "Person", "properties": {"name": names}}
    lines = [json.dumps(entity)] + [json.dumps(v) for v in values]
    read_all("entities.ftm.json", "\n".join(lines).encode())


@cache
def sheet_header(kind: str) -> list[list[str]]:
    if kind == "xlsx":
        rows = sheets.xlsx_rows(LISTS / "australia" / "regulation8_consolidated.xlsx")
    else:
        rows = sheets.ods_rows(LISTS / "uk" / "FCDO_SL_Wed_Nov 19 2025.ods")
    return [next(rows) for _ in range(2)]


def _cell(value: str) -> str:
    return f'<c t="inlineStr"><is><t>{value}</t></is></c>'


def xlsx_bytes(rows: list[list[str]]) -> bytes:
    body = "".join("<row>" + "".join(_cell(v) for v in row) + "</row>" for row in rows)
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    pkg = "http://schemas.openxmlformats.org/package/2006/relationships"
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        zf.writestr(
            "xl/_rels/workbook.xml.rels",
            f'<Relationships xmlns="{pkg}"><Relationship Id="rId1" Type="worksheet" '
            'Target="worksheets/sheet1.xml"/></Relationships>',
        )
        zf.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData>{body}</sheetData></worksheet>',
        )
    return out.getvalue()


def ods_bytes(rows: list[list[str]]) -> bytes:
    table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
    text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
    office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
    cells = (
        "<table:table-row>"
        + "".join(f"<table:table-cell><text:p>{v}</text:p></table:table-cell>" for v in row)
        + "</table:table-row>"
        for row in rows
    )
    content = (
        f'<office:document-content xmlns:office="{office}" xmlns:table="{table}" '
        f'xmlns:text="{text}"><office:body><office:spreadsheet><table:table>'
        + "".join(cells)
        + "</table:table></office:spreadsheet></office:body></office:document-content>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", content)
    return out.getvalue()


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@given(
    st.sampled_from(["xlsx", "ods"]),
    st.lists(st.lists(XML_TEXT.map(_escaped), min_size=1, max_size=12), max_size=6),
)
@SETTINGS
def test_spreadsheet_lists_with_any_cells(kind: str, rows: list[list[str]]) -> None:
    header = [[_escaped(v) for v in row] for row in sheet_header(kind)]
    build = xlsx_bytes if kind == "xlsx" else ods_bytes
    name = "regulation8.xlsx" if kind == "xlsx" else "FCDO.ods"
    read_all(name, build(header + rows))
