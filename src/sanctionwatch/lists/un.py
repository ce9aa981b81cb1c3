"""UN Security Council consolidated list XML."""

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
from sanctionwatch.lists.source import head_match, iter_xml

AUTHORITY = "United Nations Security Council"
SOURCE_URL = "https://scsanctions.un.org/resources/xml/en/consolidated.xml"
NAME_PARTS = ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")
ADDRESS_PARTS = ("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")


def _birth_dates(element: etree._Element) -> list[str]:
    values: list[str] = []
    for dob in element.iterfind("INDIVIDUAL_DATE_OF_BIRTH"):
        exact = dob.findtext("DATE") or dob.findtext("YEAR")
        if exact:
            values.append(exact)
        low, high = dob.findtext("FROM_YEAR"), dob.findtext("TO_YEAR")
        if low and high and low.isdigit() and high.isdigit() and 0 <= int(high) - int(low) <= 10:
            values.extend(str(y) for y in range(int(low), int(high) + 1))
    return values


def _record(element: etree._Element) -> EntityProxy | None:
    ref = norm(element.findtext("REFERENCE_NUMBER")) or norm(element.findtext("DATAID"))
    person = element.tag == "INDIVIDUAL"
    name = norm(" ".join(element.findtext(p) or "" for p in NAME_PARTS))
    if not ref or not name:
        return None
    proxy = make("Person" if person else "Organization", f"un-{ref}")
    put(proxy, "name", name)
    put(proxy, "alias", element.findtext("NAME_ORIGINAL_SCRIPT"))
    put(proxy, "notes", element.findtext("COMMENTS1"))
    put(proxy, "gender", norm(element.findtext("GENDER")).lower())
    put(proxy, "title", [v.text for v in element.iterfind("TITLE/VALUE")])
    put(proxy, "position", [v.text for v in element.iterfind("DESIGNATION/VALUE")])
    put(proxy, "nationality", [v.text for v in element.iterfind("NATIONALITY/VALUE")])
    for alias in element.iterfind(f"{element.tag}_ALIAS"):
        quality = norm(alias.findtext("QUALITY")).lower()
        prop = (
            "weakAlias" if quality == "low" else "previousName" if quality == "f.k.a." else "alias"
        )
        put(proxy, prop, alias.findtext("ALIAS_NAME"))
    for address in element.iterfind(f"{element.tag}_ADDRESS"):
        parts = [norm(address.findtext(p)) for p in ADDRESS_PARTS]
        put(proxy, "address", ", ".join(p for p in parts if p))
        put(proxy, "country", address.findtext("COUNTRY"))
    put(proxy, "birthDate", _birth_dates(element))
    for place in element.iterfind("INDIVIDUAL_PLACE_OF_BIRTH"):
        parts = [norm(place.findtext(p)) for p in ("CITY", "STATE_PROVINCE", "COUNTRY")]
        put(proxy, "birthPlace", ", ".join(p for p in parts if p))
    for doc in element.iterfind("INDIVIDUAL_DOCUMENT"):
        kind = norm(doc.findtext("TYPE_OF_DOCUMENT")).lower()
        put(proxy, "passportNumber" if "passport" in kind else "idNumber", doc.findtext("NUMBER"))
    return proxy


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    for element in iter_xml(ctx.path, ["INDIVIDUAL", "ENTITY"]):
        ctx.records += 1
        proxy = _record(element)
        if proxy is None:
            ctx.skip(
                ctx.path, f"record #{ctx.records}", f"{element.tag} lacks reference number or name"
            )
            continue
        yield proxy
        ref = norm(element.findtext("REFERENCE_NUMBER"))
        yield sanction(
            proxy,
            record_id=ref,
            authority=AUTHORITY,
            programs=[norm(element.findtext("UN_LIST_TYPE"))],
            listing_date=element.findtext("LISTED_ON"),
            source_url=SOURCE_URL,
            unsc_id=ref,  # the key other lists use to cite a UN listing
        )


def list_date(path: Path) -> date | None:
    return to_date(parse_date(head_match(path, r'dateGenerated="([^"]+)"')))


READER = Reader("un_xml", AUTHORITY, "un_sc", read, list_date)
