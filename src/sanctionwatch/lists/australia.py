"""Australia DFAT Consolidated List XLSX (one row per name; `2`, `2a`, `2b` are one listing)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from followthemoney.proxy import EntityProxy

from sanctionwatch.lists.common import (
    ListFormatError,
    ListRead,
    Reader,
    make,
    norm,
    parse_date,
    put,
    sanction,
    to_date,
)
from sanctionwatch.lists.sheets import excel_date, xlsx_rows, zip_text

AUTHORITY = "Australian Department of Foreign Affairs and Trade"
SOURCE_URL = "https://www.dfat.gov.au/international-relations/security/sanctions/consolidated-list"
REQUIRED = ("Reference", "Name of Individual or Entity", "Type", "Name Type")
SCHEMAS = {"individual": "Person", "entity": "Organization", "vessel": "Vessel"}
NAME_PROPS = {
    "primary name": "name",
    "aka": "alias",
    "original script": "alias",
    "formerly known as": "previousName",
    "previously listed as": "previousName",
}
_REFERENCE = re.compile(r"^(\d+)")
# Lists of values are lettered: "a) Approximately 1955- 1958 b) ..."
_LETTERED = re.compile(r"(?:^|\s)[a-z]\)\s*")
_IMO = re.compile(r"\bIMO(?: number)?:?\s*(\d{7})\b", re.IGNORECASE)
_LISTED_ON = re.compile(r"\bon (\d{1,2} [A-Z][a-z]+\.? \d{4})")


def _records(ctx: ListRead) -> Iterator[tuple[int, dict[str, str]]]:
    rows = xlsx_rows(ctx.path)
    header = [norm(h) for h in next(rows, [])]
    missing = [h for h in REQUIRED if h not in header]
    if missing:
        raise ListFormatError(ctx.path, "row 1", f"missing columns: {', '.join(missing)}")
    for number, row in enumerate(rows, start=2):
        yield number, {h: norm(v) for h, v in zip(header, row, strict=False) if h}


def split_lettered(text: str | None) -> list[str]:
    if not text or text.upper() == "NA":
        return []
    return [p.strip(" ,;") for p in _LETTERED.split(text) if p.strip(" ,;")]


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    groups: dict[str, list[dict[str, str]]] = {}
    for number, row in _records(ctx):
        ctx.records += 1
        match = _REFERENCE.match(row.get("Reference", ""))
        if match is None or not row.get("Name of Individual or Entity"):
            ctx.skip(ctx.path, f"row {number}", "no numeric Reference or no name")
            continue
        # Excel may store the primary row's reference as a float ("2.0").
        groups.setdefault(match[1], []).append(row)
    for reference, rows in groups.items():
        yield from _listing(reference, rows)


def birth_dates(text: str) -> list[str]:
    # A five-digit value is an Excel date serial that slipped into the free-text column.
    if text.isdigit() and len(text) == 5:
        serial = excel_date(text)
        return [serial.isoformat()] if serial else []
    return split_lettered(text)


def _listing(reference: str, rows: list[dict[str, str]]) -> Iterator[EntityProxy]:
    primary = rows[0]
    schema = SCHEMAS.get(primary.get("Type", "").casefold(), "LegalEntity")
    proxy = make(schema, f"au-dfat-{reference}")
    for row in rows:
        kind = row.get("Name Type", "").casefold()
        prop = NAME_PROPS.get(kind, "alias")
        put(
            proxy,
            "alias" if prop == "name" and proxy.has("name") else prop,
            row.get("Name of Individual or Entity"),
        )
    put(proxy, "birthDate", birth_dates(primary.get("Date of Birth", "")))
    put(proxy, "birthPlace", split_lettered(primary.get("Place of Birth")))
    put(proxy, "nationality", split_lettered(primary.get("Citizenship")))
    addresses = split_lettered(primary.get("Address"))
    put(proxy, "address", addresses)
    # The address ends in its country ("..., Moscow, Russia"); no column of its own.
    put(proxy, "country", [a.rsplit(",", 1)[-1] for a in addresses])
    notes = primary.get("Additional Information", "")
    put(proxy, "notes", notes)
    put(proxy, "imoNumber", _IMO.findall(notes))
    put(proxy, "sourceUrl", SOURCE_URL)
    yield proxy
    listing = primary.get("Listing Information", "")
    listed = _LISTED_ON.search(listing)
    control = excel_date(primary.get("Control Date", ""))
    yield sanction(
        proxy,
        record_id=reference,
        authority=AUTHORITY,
        programs=[primary.get("Committees", "")],
        listing_date=listed[1] if listed else None,
        modified=control.isoformat() if control else None,
        reason=listing,
        source_url=SOURCE_URL,
    )


def list_date(path: Path) -> date | None:
    # No date in the sheet; the workbook's modification time is when DFAT last saved it.
    core = zip_text(path, "docProps/core.xml") or ""
    match = re.search(r"<dcterms:modified[^>]*>([^<]+)<", core)
    return to_date(parse_date(match[1])) if match else None


READER = Reader("australia_xlsx", AUTHORITY, "au_dfat", read, list_date)
