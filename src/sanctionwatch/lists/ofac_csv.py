"""OFAC legacy CSV sets: sdn.csv (or cons_prim.csv) plus add, alt and comments siblings."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from followthemoney.proxy import EntityProxy

from sanctionwatch.lists.common import (
    ListFormatError,
    ListRead,
    Reader,
    csv_rows,
    make,
    put,
    sanction,
)
from sanctionwatch.lists.source import decode_text, read_all

AUTHORITY = "Office of Foreign Assets Control"
DETAIL_URL = "https://sanctionssearch.ofac.treas.gov/Details.aspx?id={}"
SCHEMAS = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
# Sibling file names per primary file; a set is read from one directory.
SIBLINGS = {
    "sdn": {"add": "add", "alt": "alt", "comments": "sdn_comments"},
    "cons_prim": {"add": "cons_add", "alt": "cons_alt", "comments": "cons_comments"},
}
WIDTHS = {"primary": 12, "add": 6, "alt": 5, "comments": 2}


@dataclass
class CsvSet:
    primary: Path
    add: Path | None = None
    alt: Path | None = None
    comments: Path | None = None

    @property
    def paths(self) -> list[Path]:
        return [p for p in (self.primary, self.add, self.alt, self.comments) if p is not None]


def _find(directory: Path, stem: str) -> Path | None:
    for name in (f"{stem}.csv", f"{stem.upper()}.CSV", f"{stem}.csv.gz", f"{stem.upper()}.CSV.gz"):
        if (directory / name).is_file():
            return directory / name
    return None


def find_set(path: Path) -> CsvSet | None:
    """The CSV set for a directory or a primary file; None when there is none."""
    if path.is_dir():
        for stem in SIBLINGS:
            primary = _find(path, stem)
            if primary is not None:
                return find_set(primary)
        return None
    stem = path.name.lower().split(".")[0]
    siblings = SIBLINGS.get(stem)
    if siblings is None:
        return CsvSet(primary=path)
    found = {role: _find(path.parent, name) for role, name in siblings.items()}
    return CsvSet(primary=path, **found)


def is_cons(files: CsvSet) -> bool:
    return files.primary.name.lower().startswith("cons")


def rows(path: Path, role: str, ctx: ListRead | None) -> Iterator[list[str]]:
    """Rows with `-0-` nulls blanked; rows of the wrong width go to warnings."""
    data = read_all(path).rstrip(b"\x1a\r\n ")
    # Every shipped byte is ASCII. A BOM (a re-saved file) must not hide the first ent_num;
    # a stray byte or a line in another encoding is read and named, not fatal to the set.
    text = decode_text(path, data, ctx.warn if ctx is not None else None)
    width = WIDTHS[role]
    for lineno, row in enumerate(csv_rows(path, text), start=1):
        if not row:
            continue
        if len(row) != width:
            message = f"{len(row)} columns, expected {width}"
            if lineno == 1:
                raise ListFormatError(
                    path, f"row {lineno}", message + " (is this an OFAC legacy CSV file?)"
                )
            if ctx is not None:
                ctx.skip(path, f"row {lineno}", message)
            continue
        yield ["" if v.strip() == "-0-" else v.strip() for v in row]


_REMARKS = {
    "birthDate": re.compile(r"\bDOB ([^;]+)"),
    "birthPlace": re.compile(r"\bPOB ([^;]+)"),
    "nationality": re.compile(r"\bnationality ([^;]+)"),
    "citizenship": re.compile(r"\bcitizen ([^;]+)"),
    "gender": re.compile(r"\bGender (Male|Female)"),
    "passportNumber": re.compile(r"\bPassport ([A-Z0-9][A-Z0-9-]+)"),
    "idNumber": re.compile(
        r"\b(?:National ID No\.|Cedula No\.|Identification Number) ([A-Z0-9-]+)"
    ),
    "imoNumber": re.compile(r"\bIMO (\d{7})\b"),
    "website": re.compile(r"\bWebsite (\S+?)\.?(?:;|$)"),
    "email": re.compile(r"\bEmail Address (\S+?)\.?(?:;|$)"),
    "alias": re.compile(r"\b[an]\.k\.a\. '([^']+)'"),
    "model": re.compile(r"\bAircraft Model ([^;]+)"),
    "buildDate": re.compile(r"\b(?:Aircraft Manufacture Date|Year of Build) ([^;]+)"),
    "serialNumber": re.compile(r"\bSerial Number \(MSN\) ([^;]+)"),
    "previousName": re.compile(r"\bf\.k\.a\. '([^']+)'"),
}


def apply_remarks(proxy: EntityProxy, remarks: str) -> None:
    """Pull the cheap, regular facts out of the Remarks text."""
    put(proxy, "notes", remarks)
    for prop, pattern in _REMARKS.items():
        values = [m.group(1).strip().rstrip(".") for m in pattern.finditer(remarks)]
        if prop == "gender":
            values = [v.lower() for v in values]
        put(proxy, prop, values)


def split_programs(text: str) -> list[str]:
    return [p.strip(" []") for p in text.split("] [") if p.strip(" []")]


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    """Read the set of `ctx.path` (the primary file); siblings that are absent are skipped."""
    files = find_set(ctx.path)
    if files is None:
        raise ListFormatError(ctx.path, None, "no sdn.csv or cons_prim.csv found")
    yield from _read_set(ctx, files)


def _read_set(ctx: ListRead, files: CsvSet) -> Iterator[EntityProxy]:
    addresses: dict[str, list[list[str]]] = defaultdict(list)
    alts: dict[str, list[list[str]]] = defaultdict(list)
    comments: dict[str, str] = defaultdict(str)
    if files.add:
        for row in rows(files.add, "add", ctx):
            addresses[row[0]].append(row)
    if files.alt:
        for row in rows(files.alt, "alt", ctx):
            alts[row[0]].append(row)
    if files.comments:
        for row in rows(files.comments, "comments", ctx):
            comments[row[0]] += row[1]  # continues Remarks mid-word: no separator
    for row in rows(files.primary, "primary", ctx):
        ctx.records += 1
        ent_num, name, sdn_type, program = row[0], row[1], row[2].lower(), row[3]
        if not ent_num.isdigit() or not name:
            ctx.skip(
                files.primary, f"record {ent_num or f'#{ctx.records}'}", "no ent_num or no name"
            )
            continue
        proxy = make(SCHEMAS.get(sdn_type, "Organization"), f"ofac-{ent_num}")
        put(proxy, "name", name)
        if proxy.schema.name == "Person" and ", " in name:
            last, first = name.split(", ", 1)
            put(proxy, "lastName", last)
            put(proxy, "firstName", first)
        put(proxy, "position", row[4])
        put(proxy, "callSign", row[5])
        put(proxy, "type", row[6])
        put(proxy, "tonnage", row[7].replace(",", ""))
        put(proxy, "grossRegisteredTonnage", row[8].replace(",", ""))
        put(proxy, "flag", row[9])
        apply_remarks(proxy, row[11] + comments.get(ent_num, ""))
        for alt in alts.get(ent_num, []):
            put(proxy, "previousName" if alt[2].lower() == "fka" else "alias", alt[3])
        for add in addresses.get(ent_num, []):
            put(proxy, "address", ", ".join(v for v in add[2:5] if v))
            put(proxy, "country", add[4])
        proxy.add("sourceUrl", DETAIL_URL.format(ent_num), cleaned=True)
        yield proxy
        yield sanction(
            proxy,
            record_id=ent_num,
            authority=AUTHORITY,
            programs=split_programs(program),
            source_url=DETAIL_URL.format(ent_num),
        )


# The legacy CSV files carry no publication date.
SDN_READER = Reader("ofac_csv", AUTHORITY, "us_ofac_sdn", read)
CONS_READER = Reader("ofac_csv", AUTHORITY, "us_ofac_cons", read)
