"""`read_list`: format detection from content, .gz, directories, and inputs that are no list."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pytest

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.lists import ListFormatError, read_list
from tests.lists.conftest import LISTS

UN_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n<CONSOLIDATED_LIST dateGenerated="2026-01-02">'
INDIVIDUAL = (
    "<INDIVIDUAL><DATAID>{n}</DATAID><FIRST_NAME>PERSON {n}</FIRST_NAME>"
    "<REFERENCE_NUMBER>QDi.{n:03d}</REFERENCE_NUMBER><UN_LIST_TYPE>Al-Qaida</UN_LIST_TYPE>"
    "<LISTED_ON>2001-01-25</LISTED_ON></INDIVIDUAL>"
)
BILLION_LAUGHS = """<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol3;</FIRST_NAME></INDIVIDUAL>
</INDIVIDUALS></CONSOLIDATED_LIST>"""
EXTERNAL_ENTITY = """<?xml version="1.0"?>
<!DOCTYPE export [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<export><sanctionEntity logicalId="1"><remark>&xxe;</remark></sanctionEntity></export>"""
EXTERNAL_DTD = """<?xml version="1.0"?>
<!DOCTYPE sdnList SYSTEM "http://127.0.0.1:9/sdn.dtd">
<sdnList></sdnList>"""


def _un(tmp_path: Path, body: str, name: str = "un.xml") -> Path:
    path = tmp_path / name
    path.write_text(UN_HEAD + "<INDIVIDUALS>" + body)
    return path


@pytest.mark.parametrize(
    ("rel", "fmt"),
    [
        ("ofac/2024-05/sdn.csv", "ofac_csv"),
        ("ofac/consolidated/2025-06/consolidated.xml", "ofac_xml"),
        ("ofac/enhanced/IRGC_sanctions.xml", "ofac_enhanced_xml"),
        ("un/consolidated.xml", "un_xml"),
        ("eu/deriv-2020-04/sample_eu_sanctions.xml", "eu_xml"),
        ("uk/FCDO_SL_Wed_Nov 19 2025.ods", "uk_fcdo_ods"),
        ("uk/ofsi/2020-04/ConList.csv", "uk_ofsi_csv"),
        ("canada/sema-lmes.xml", "canada_xml"),
        ("australia/regulation8_consolidated.xlsx", "australia_xlsx"),
        ("ftm/yente-t1/entities.ftm.json", "ftm_json"),
    ],
)
def test_format_is_told_from_content_not_name(tmp_path: Path, rel: str, fmt: str) -> None:
    renamed = tmp_path / "download.bin"
    shutil.copyfile(LISTS / rel, renamed)
    read = read_list(renamed)
    assert read.format == fmt
    assert read.list_date == read_list(LISTS / rel).list_date or fmt == "uk_fcdo_ods"


def test_gzip_is_read_transparently(tmp_path: Path) -> None:
    path = tmp_path / "consolidated.xml.gz"
    path.write_bytes(gzip.compress((LISTS / "un" / "consolidated.xml").read_bytes()))
    read = read_list(path)
    assert read.format == "un_xml"
    assert sum(1 for e in read.entities() if e["schema"] == "Sanction") == 1003


def test_ofac_csv_set_in_gzip(tmp_path: Path) -> None:
    for name in ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"):
        data = (LISTS / "ofac" / "consolidated" / "2025-12" / name).read_bytes()
        (tmp_path / f"{name}.gz").write_bytes(gzip.compress(data))
    read = read_list(tmp_path)
    assert len(read.paths) == 4
    assert read.default_name == "us_ofac_cons"
    assert sum(1 for e in read.entities() if e["schema"] == "Sanction") == 442


def test_metadata_before_and_after_reading() -> None:
    read = read_list(LISTS / "un" / "consolidated.xml")
    assert read.metadata()["records"] == 0
    entities = list(read.entities())
    meta = read.metadata()
    assert meta["name"] == "un_sc"
    assert meta["format"] == "un_xml"
    assert meta["authority"] == "United Nations Security Council"
    assert meta["list_date"] == "2026-02-27"
    assert meta["records"] == 1003
    assert len(meta["sha256"]) == 64
    assert len(entities) == 2006
    with pytest.raises(RuntimeError, match="only be consumed once"):
        list(read.entities())


def test_one_bad_record_is_skipped_with_a_warning(tmp_path: Path) -> None:
    nameless = "<INDIVIDUAL><DATAID>9</DATAID></INDIVIDUAL>"
    body = INDIVIDUAL.format(n=1) + nameless + INDIVIDUAL.format(n=2)
    path = _un(tmp_path, body + "</INDIVIDUALS></CONSOLIDATED_LIST>")
    read = read_list(path)
    ids = [e["id"] for e in read.entities() if e["schema"] == "Person"]
    assert ids == ["un-QDi.001", "un-QDi.002"]
    assert read.records == 3
    assert read.warnings == [
        "un.xml, record #2: INDIVIDUAL lacks reference number or name; skipped"
    ]


def test_truncated_xml_names_the_file_and_last_record(tmp_path: Path) -> None:
    path = _un(tmp_path, INDIVIDUAL.format(n=1) + INDIVIDUAL.format(n=2) + "<INDIVIDUAL><DATA")
    read = read_list(path)
    with pytest.raises(ListFormatError, match=r"un\.xml: broken or truncated XML after record #2"):
        list(read.entities())


@pytest.mark.parametrize("text", [BILLION_LAUGHS, EXTERNAL_ENTITY, EXTERNAL_DTD])
def test_entity_declarations_and_external_dtds_are_refused(tmp_path: Path, text: str) -> None:
    path = tmp_path / "list.xml"
    path.write_text(text)
    with pytest.raises(ListFormatError, match=r"list\.xml: XML declares a DOCTYPE"):
        read_list(path)


def test_a_huge_text_node_is_refused_naming_the_file(tmp_path: Path) -> None:
    # lxml without huge_tree refuses a text node past 10,000,000 characters (SECURITY.md).
    huge = "<INDIVIDUAL><DATAID>9</DATAID><FIRST_NAME>" + "A" * 11_000_000 + "</FIRST_NAME>"
    body = INDIVIDUAL.format(n=1) + huge + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"
    read = read_list(_un(tmp_path, body))
    with pytest.raises(ListFormatError, match=r"un\.xml: broken or truncated XML after record #1"):
        list(read.entities())


def test_parser_itself_does_not_expand_entities(tmp_path: Path) -> None:
    # Past the prolog check (a DOCTYPE beyond the first 64 KiB), lxml still must not expand.
    from sanctionwatch.lists.source import iter_elements

    path = tmp_path / "lol.xml"
    path.write_text(BILLION_LAUGHS)
    with path.open("rb") as fh:
        names = [e.findtext("FIRST_NAME") for e in iter_elements(fh, path, ["INDIVIDUAL"])]
    assert names in ([None], [""])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "list.dat: empty file"),
        (b"  \r\n", "list.dat: empty file"),
        (b"<!DOCTYPE html><html><body>502 Bad Gateway</body></html>", "an HTML page"),
        (b'<?xml version="1.0"?>\n<html><body>Error</body></html>', "an HTML page"),
        (b"<head><title>404 Not Found</title></head>", "an HTML page"),
        (b'<?xml version="1.0"?><catalog/>', "unknown XML list root <catalog>"),
        (b"\x00\x01\x02binary\xff\xfe", "list.dat, line 1: not a known list format"),
        (b"name,country\nJohn,UK\n", "not a known list format"),
        (b"PK\x03\x04broken zip", "not a readable spreadsheet"),
        (b"\x1f\x8b\x08\x00broken gzip", "list.dat: cannot read file"),
    ],
)
def test_not_a_list_is_a_clear_error(tmp_path: Path, data: bytes, message: str) -> None:
    path = tmp_path / "list.dat"
    path.write_bytes(data)
    with pytest.raises(ListFormatError, match=message):
        read_list(path)


def test_non_utf8_bytes_in_xml(tmp_path: Path) -> None:
    path = tmp_path / "un.xml"
    path.write_bytes(UN_HEAD.encode() + b"<INDIVIDUALS><INDIVIDUAL><FIRST_NAME>\xff\xfe")
    with pytest.raises(
        ListFormatError, match=r"un\.xml: broken .*Invalid bytes in character encoding"
    ):
        list(read_list(path).entities())


def test_missing_path_and_empty_directory(tmp_path: Path) -> None:
    with pytest.raises(ListFormatError, match="no such file or directory"):
        read_list(tmp_path / "nope.xml")
    with pytest.raises(ListFormatError, match=r"holds no sdn\.csv or cons_prim\.csv"):
        read_list(tmp_path)


def test_errors_are_sanctionwatch_errors_with_path_and_record(tmp_path: Path) -> None:
    path = tmp_path / "empty.csv"
    path.write_bytes(b"")
    with pytest.raises(SanctionWatchError) as err:
        read_list(path)
    assert isinstance(err.value, ListFormatError)
    assert err.value.path == path
    assert err.value.record is None


def test_unknown_format_name_lists_the_known_ones() -> None:
    with pytest.raises(ValueError, match="unknown list format 'xls'; known formats: australia"):
        read_list(LISTS / "un" / "consolidated.xml", format="xls")
