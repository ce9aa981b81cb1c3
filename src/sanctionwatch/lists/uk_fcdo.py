"""UK FCDO Sanctions List, the ODS export with one summary row per designation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from followthemoney.proxy import EntityProxy

from sanctionwatch.lists.common import ListFormatError, ListRead, Reader, make, norm, put, sanction
from sanctionwatch.lists.sheets import ods_rows

AUTHORITY = "UK Foreign, Commonwealth & Development Office"
SOURCE_URL = "https://www.gov.uk/government/publications/the-uk-sanctions-list"
HEADER = ("Unique ID", "OFSI Group ID", "Name", "Regime Name", "Type", "Date Designated")
SCHEMAS = {"individual": "Person", "entity": "Organization", "ship": "Vessel"}
# The export is dated only by its file name: FCDO_SL_Wed_Nov 19 2025.ods
_FILE_DATE = re.compile(r"([A-Z][a-z]{2}) (\d{1,2}) (\d{4})")


def _records(ctx: ListRead) -> Iterator[dict[str, str]]:
    rows = ods_rows(ctx.path)
    header = [norm(h) for h in next(rows, [])]
    missing = [h for h in HEADER if h not in header]
    if missing:
        raise ListFormatError(ctx.path, "row 1", f"missing columns: {', '.join(missing)}")
    for row in rows:
        yield {h: norm(v) for h, v in zip(header, row, strict=False)}


def _group_key(row: dict[str, str]) -> str:
    # One person designated under two regimes has two Unique IDs and one OFSI Group ID.
    return row.get("OFSI Group ID") or row["Unique ID"]


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    groups: dict[str, list[dict[str, str]]] = {}
    for number, row in enumerate(_records(ctx), start=2):
        ctx.records += 1
        if not row.get("Unique ID") or not row.get("Name"):
            ctx.skip(ctx.path, f"row {number}", "no Unique ID or Name")
            continue
        groups.setdefault(_group_key(row), []).append(row)
    for rows in groups.values():
        yield from _group(rows)


def _group(rows: list[dict[str, str]]) -> Iterator[EntityProxy]:
    schema = SCHEMAS.get(rows[0].get("Type", "").lower(), "LegalEntity")
    # Named after the group's lowest Unique ID, lower-cased (stable whatever the row order):
    # OpenSanctions' id for the same designation.
    first = min(r["Unique ID"] for r in rows)
    proxy = make(schema, f"gb-fcdo-{first.lower()}")
    put(proxy, "name", rows[0]["Name"])
    # Rows of one group may spell the name differently; the other spellings are aliases.
    put(proxy, "alias", [r["Name"] for r in rows[1:] if r["Name"] != rows[0]["Name"]])
    put(proxy, "sourceUrl", SOURCE_URL)
    yield proxy
    for row in rows:
        listing = sanction(
            proxy,
            key=row["Unique ID"] if len(rows) > 1 else None,
            record_id=row["Unique ID"],
            authority=AUTHORITY,
            programs=[row.get("Regime Name", "")],
            listing_date=row.get("Date Designated"),
            provisions=[p.strip() for p in row.get("Sanctions Imposed", "").split(",")],
            source_url=SOURCE_URL,
        )
        # The OFSI consolidated list's id for the same party: a cross-list reference.
        put(listing, "authorityId", _ofsi_ref(row.get("OFSI Group ID", "")))
        yield listing


def _ofsi_ref(group_id: str) -> str | None:
    return f"OFSI Group ID {group_id}" if group_id.strip().isdigit() else None


def list_date(path: Path) -> date | None:
    match = _FILE_DATE.search(path.name)
    if not match:
        return None
    try:
        return datetime.strptime(" ".join(match.groups()), "%b %d %Y").date()
    except ValueError:
        return None


READER = Reader("uk_fcdo_ods", AUTHORITY, "gb_fcdo", read, list_date)
