"""OFAC legacy XML (the sdn.xml schema: sdn.xml, consolidated.xml)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from followthemoney.proxy import EntityProxy
from lxml import etree  # type: ignore[import-untyped]  # lxml ships no stubs

from sanctionwatch.lists.common import (
    ListRead,
    Reader,
    make,
    norm,
    parse_date,
    put,
    sanction,
    to_date,
)
from sanctionwatch.lists.ofac_csv import AUTHORITY, DETAIL_URL
from sanctionwatch.lists.source import head_match, iter_xml

SCHEMAS = {"individual": "Person", "vessel": "Vessel", "aircraft": "Airplane"}
# idType values that are identity documents or matchable identifiers.
ID_PROPS = {
    "passport": "passportNumber",
    "national id no.": "idNumber",
    "cedula no.": "idNumber",
    "vessel registration identification": "imoNumber",
    "imo": "imoNumber",
    "website": "website",
    "email address": "email",
    "gender": "gender",
    "swift/bic": "swiftBic",
    "registration id": "registrationNumber",
    "tax id no.": "taxNumber",
}


def _text(element: etree._Element, path: str) -> str:
    return norm(element.findtext(path))


def _full_name(element: etree._Element) -> str:
    return norm(f"{_text(element, '{*}firstName')} {_text(element, '{*}lastName')}")


def _entry(entry: etree._Element) -> EntityProxy | None:
    uid = _text(entry, "{*}uid")
    name = _full_name(entry)
    if not uid or not name:
        return None
    proxy = make(SCHEMAS.get(_text(entry, "{*}sdnType").lower(), "Organization"), f"ofac-{uid}")
    put(proxy, "name", name)
    put(proxy, "firstName", _text(entry, "{*}firstName"))
    put(proxy, "lastName", _text(entry, "{*}lastName"))
    put(proxy, "position", _text(entry, "{*}title"))
    put(proxy, "notes", _text(entry, "{*}remarks"))
    for aka in entry.iterfind("{*}akaList/{*}aka"):
        kind, weak = _text(aka, "{*}type").lower(), _text(aka, "{*}category") == "weak"
        prop = "previousName" if kind == "f.k.a." else "weakAlias" if weak else "alias"
        put(proxy, prop, _full_name(aka))
    for ident in entry.iterfind("{*}idList/{*}id"):
        id_prop = ID_PROPS.get(_text(ident, "{*}idType").lower())
        value = _text(ident, "{*}idNumber")
        put(proxy, id_prop or "", value.lower() if id_prop == "gender" else value)
    for addr in entry.iterfind("{*}addressList/{*}address"):
        parts = [_text(addr, f"{{*}}{p}") for p in ("address1", "address2", "address3", "city")]
        parts += [_text(addr, "{*}stateOrProvince"), _text(addr, "{*}postalCode")]
        country = _text(addr, "{*}country")
        put(proxy, "address", ", ".join(p for p in [*parts, country] if p))
        put(proxy, "country", country)
    for path, prop in (
        ("{*}nationalityList/{*}nationality/{*}country", "nationality"),
        ("{*}citizenshipList/{*}citizenship/{*}country", "citizenship"),
        ("{*}dateOfBirthList/{*}dateOfBirthItem/{*}dateOfBirth", "birthDate"),
        ("{*}placeOfBirthList/{*}placeOfBirthItem/{*}placeOfBirth", "birthPlace"),
        ("{*}vesselInfo/{*}callSign", "callSign"),
        ("{*}vesselInfo/{*}vesselType", "type"),
        ("{*}vesselInfo/{*}vesselFlag", "flag"),
        ("{*}vesselInfo/{*}tonnage", "tonnage"),
        ("{*}vesselInfo/{*}grossRegisteredTonnage", "grossRegisteredTonnage"),
    ):
        put(proxy, prop, [e.text for e in entry.iterfind(path)])
    proxy.add("sourceUrl", DETAIL_URL.format(uid), cleaned=True)
    return proxy


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    for entry in iter_xml(ctx.path, ["sdnEntry"]):
        ctx.records += 1
        proxy = _entry(entry)
        if proxy is None:
            ctx.skip(ctx.path, f"record #{ctx.records}", "sdnEntry lacks uid or name")
            continue
        yield proxy
        programs = [p.text or "" for p in entry.iterfind("{*}programList/{*}program")]
        yield sanction(
            proxy,
            record_id=proxy.id.removeprefix("ofac-") if proxy.id else None,
            authority=AUTHORITY,
            programs=programs,
            source_url=DETAIL_URL.format(_text(entry, "{*}uid")),
        )


def list_date(path: Path) -> date | None:
    published = head_match(path, r"<(?:\w+:)?Publish_Date>([^<]+)<")
    return to_date(parse_date(published, month_first=True))


READER = Reader("ofac_xml", AUTHORITY, "us_ofac_sdn", read, list_date)
# consolidated.xml has the same schema and no marker of its own but its file name.
CONS_READER = Reader("ofac_xml", AUTHORITY, "us_ofac_cons", read, list_date)
