"""Consolidated Canadian Autonomous Sanctions List XML (sema-lmes.xml)."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator

from followthemoney.proxy import EntityProxy
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no stubs

from sanctionwatch.lists.common import ListRead, Reader, make, norm, put, sanction
from sanctionwatch.lists.source import iter_xml

AUTHORITY = "Global Affairs Canada"
SOURCE_URL = (
    "https://www.international.gc.ca/world-monde/assets/office_docs/"
    "international_relations-relations_internationales/sanctions/sema-lmes.xml"
)
_LABEL = re.compile(r"^\s*[A-Z][a-z]+:\s*")  # "Russian: Иван" language labels


def _field(record: etree._Element, tag: str) -> str:
    return norm(record.findtext(tag))


def record_id(record: etree._Element) -> str:
    # No id in the file: hash what identifies a listing (country, schedule, item, name).
    key = "|".join(
        _field(record, t)
        for t in ("Country", "Schedule", "Item", "LastName", "GivenName", "EntityOrShip")
    )
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def split_aliases(text: str) -> list[str]:
    return [_LABEL.sub("", part).strip() for part in re.split(r"[,;]", text) if part.strip()]


def _record(record: etree._Element) -> EntityProxy | None:
    last, given = _field(record, "LastName"), _field(record, "GivenName")
    entity_name, imo = _field(record, "EntityOrShip"), _field(record, "ShipIMONumber")
    if last or given:
        proxy = make("Person", f"ca-{record_id(record)}")
        put(proxy, "name", f"{given} {last}")
        put(proxy, "firstName", given)
        put(proxy, "lastName", last)
        put(proxy, "title", _field(record, "TitleOrShip"))
        put(proxy, "birthDate", _field(record, "DateOfBirthOrShipBuildDate"))
        put(proxy, "nationality", _field(record, "Country"))
    elif entity_name:
        proxy = make("Vessel" if imo else "Organization", f"ca-{record_id(record)}")
        put(proxy, "name", entity_name)
        put(proxy, "imoNumber", imo)
        put(proxy, "type", _field(record, "TitleOrShip"))
        put(proxy, "buildDate", _field(record, "DateOfBirthOrShipBuildDate"))
        put(proxy, "country", _field(record, "Country"))
    else:
        return None
    put(proxy, "alias", split_aliases(_field(record, "Aliases")))
    return proxy


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    for record in iter_xml(ctx.path, ["record"]):
        ctx.records += 1
        proxy = _record(record)
        if proxy is None:
            ctx.skip(ctx.path, f"record #{ctx.records}", "no name")
            continue
        yield proxy
        schedule, item = _field(record, "Schedule"), _field(record, "Item")
        yield sanction(
            proxy,
            record_id=f"Schedule {schedule}, Item {item}" if schedule or item else None,
            authority=AUTHORITY,
            programs=[_field(record, "Country")],
            listing_date=_field(record, "DateOfListing"),
            source_url=SOURCE_URL,
        )


# The file carries no publication date.
READER = Reader("canada_xml", AUTHORITY, "ca_sema", read)
