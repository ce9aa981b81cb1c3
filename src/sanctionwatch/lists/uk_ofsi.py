"""HM Treasury OFSI Consolidated List CSV (one row per name; grouped by Group ID).

Entity ids are `gb-hmt-<Group ID>`, the scheme OpenSanctions uses for the same list.
"""

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
    csv_rows,
    make,
    norm,
    parse_date,
    put,
    sanction,
    to_date,
)
from sanctionwatch.lists.source import decode_text, head, read_all, strip_bom

AUTHORITY = "HM Treasury Office of Financial Sanctions Implementation"
SOURCE_URL = "https://ofsistorage.blob.core.windows.net/publishlive/2022format/ConList.csv"
REQUIRED = ("Name 6", "Group Type", "Regime", "Group ID")
SCHEMAS = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
# Several values in one cell are numbered: "1) Saudi Arabia 2) Qatar".
_NUMBERED = re.compile(r"(?:^|\s)\(?\d{1,2}\)\s*")
_DOC_NUMBER = re.compile(r"\b([A-Z]{0,3}\d[0-9A-Z/-]{3,})\b")


def _table(ctx: ListRead) -> tuple[str | None, Iterator[list[str]], list[str]]:
    # The file is Windows-1252; five bytes are undefined there and mean a different file.
    text = decode_text(ctx.path, read_all(ctx.path), ctx.warn, strict=True)
    reader = csv_rows(ctx.path, text)
    first = next(reader, [])
    updated = None
    if first and norm(first[0]).lower() == "last updated":
        updated, header = (first[1] if len(first) > 1 else None), next(reader, [])
    else:
        header = first
    header = [norm(h) for h in header]
    missing = [c for c in REQUIRED if c not in header]
    if missing:
        raise ListFormatError(ctx.path, "header", f"missing columns: {', '.join(missing)}")
    return updated, reader, header


def split_numbered(text: str) -> list[str]:
    return [p.strip(" ,;") for p in _NUMBERED.split(text) if p.strip(" ,;")]


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    _, reader, header = _table(ctx)
    groups: dict[str, list[dict[str, str]]] = {}
    for number, values in enumerate(reader, start=3):
        if not values:
            continue
        ctx.records += 1
        if len(values) != len(header):
            ctx.skip(ctx.path, f"row {number}", f"{len(values)} columns, expected {len(header)}")
            continue
        row = {h: norm(v) for h, v in zip(header, values, strict=True)}
        if not row["Group ID"] or not row["Name 6"]:
            ctx.skip(ctx.path, f"row {number}", "no Group ID or Name 6")
            continue
        groups.setdefault(row["Group ID"], []).append(row)
    for group_id, rows in groups.items():
        yield from _group(group_id, rows)


def full_name(row: dict[str, str]) -> str:
    # Name 6 is the surname (or an entity's whole name); Name 1-5 come before it.
    parts = [row.get(f"Name {i}", "") for i in range(1, 6)] + [row["Name 6"]]
    return norm(" ".join(parts))


def _names(proxy: EntityProxy, rows: list[dict[str, str]]) -> None:
    primary = [r for r in rows if r.get("Alias Type", "").lower() == "prime alias"] or rows[:1]
    put(proxy, "name", full_name(primary[0]))
    for row in rows:
        kind = row.get("Alias Type", "").lower()
        name = full_name(row)
        if name not in proxy.get("name"):
            put(proxy, "previousName" if kind == "fka" else "alias", name)


def _details(proxy: EntityProxy, row: dict[str, str]) -> None:
    put(proxy, "title", split_numbered(row.get("Title", "")))
    put(proxy, "birthDate", parse_date(row.get("DOB")))
    place = [row.get("Town of Birth", ""), row.get("Country of Birth", "")]
    put(proxy, "birthPlace", ", ".join(p for p in place if p))
    put(proxy, "nationality", split_numbered(row.get("Nationality", "")))
    for text in split_numbered(row.get("Passport Details", "")):
        put(proxy, "passportNumber", _DOC_NUMBER.findall(text)[:1])
    for text in split_numbered(row.get("NI Number", "")):
        put(proxy, "idNumber", _DOC_NUMBER.findall(text)[:1])
    # Columns of the 2022 format; absent from the 2020 file, so these are no-ops there.
    put(proxy, "alias", row.get("Name Non-Latin Script"))
    put(proxy, "passportNumber", split_numbered(row.get("Passport Number", "")))
    put(proxy, "idNumber", split_numbered(row.get("National Identification Number", "")))
    put(proxy, "position", split_numbered(row.get("Position", "")))
    lines = [row.get(f"Address {i}", "") for i in range(1, 7)]
    lines += [row.get("Post/Zip Code", ""), row.get("Country", "")]
    put(proxy, "address", ", ".join(p for p in lines if p))
    put(proxy, "country", split_numbered(row.get("Country", "")))
    put(proxy, "notes", row.get("Other Information"))


def _group(group_id: str, rows: list[dict[str, str]]) -> Iterator[EntityProxy]:
    proxy = make(SCHEMAS.get(rows[0]["Group Type"].lower(), "LegalEntity"), f"gb-hmt-{group_id}")
    _names(proxy, rows)
    for row in rows:
        _details(proxy, row)
    yield proxy
    regimes = list(dict.fromkeys(r["Regime"] for r in rows))
    for index, regime in enumerate(regimes):
        first = next(r for r in rows if r["Regime"] == regime)
        yield sanction(
            proxy,
            key=str(index) if len(regimes) > 1 else None,
            record_id=group_id,
            authority=AUTHORITY,
            programs=[regime],
            listing_date=first.get("Listed On") or first.get("Date Designated"),
            modified=first.get("Last Updated"),
            source_url=SOURCE_URL,
        )


def list_date(path: Path) -> date | None:
    first = strip_bom(head(path, 256))[0].split(b"\n", 1)[0]
    line = first.decode("cp1252", errors="replace")
    if not line.lower().startswith("last updated,"):
        return None
    return to_date(parse_date(line.split(",", 1)[1]))


READER = Reader("uk_ofsi_csv", AUTHORITY, "gb_ofsi", read, list_date)
