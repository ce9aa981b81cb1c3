"""OFAC Enhanced XML (SDN_ENHANCED.XML and custom exports from the Sanctions List Service)."""

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
FEATURES = {
    "birthdate": "birthDate",
    "place of birth": "birthPlace",
    "nationality country": "nationality",
    "citizenship country": "citizenship",
    "gender": "gender",
    "website": "website",
    "email address": "email",
    "phone number": "phone",
    "swift/bic": "swiftBic",
    "vessel registration identification": "imoNumber",
    "vessel call sign": "callSign",
    "vessel flag": "flag",
    "vessel type": "type",
    "aircraft model": "model",
    "aircraft manufacture date": "buildDate",
    "aircraft manufacturer’s serial number (msn)": "serialNumber",
    "organization established date": "incorporationDate",
}
DOCUMENTS = {"passport": "passportNumber", "business registration number": "registrationNumber"}


def _names(proxy: EntityProxy, entity: etree._Element) -> None:
    for name in entity.iterfind("{*}names/{*}name"):
        primary = norm(name.findtext("{*}isPrimary")) == "true"
        alias_type = norm(name.findtext("{*}aliasType")).lower()
        low = norm(name.findtext("{*}isLowQuality")) == "true"
        for translation in name.iterfind("{*}translations/{*}translation"):
            full = norm(translation.findtext("{*}formattedFullName"))
            latin = norm(translation.findtext("{*}isPrimary")) == "true"
            if primary and latin:
                prop = "name"
                put(proxy, "firstName", translation.findtext("{*}formattedFirstName"))
                put(proxy, "lastName", translation.findtext("{*}formattedLastName"))
            elif alias_type == "f.k.a.":
                prop = "previousName"
            else:
                prop = "weakAlias" if low else "alias"
            put(proxy, prop, full)


def _entity(entity: etree._Element) -> EntityProxy | None:
    uid = entity.get("id")
    kind = norm(entity.findtext("{*}generalInfo/{*}entityType")).lower()
    if not uid:
        return None
    proxy = make(SCHEMAS.get(kind, "Organization"), f"ofac-{uid}")
    _names(proxy, entity)
    if not proxy.has("name"):
        return None
    for feature in entity.iterfind("{*}features/{*}feature"):
        prop = FEATURES.get(norm(feature.findtext("{*}type")).lower())
        value = norm(feature.findtext("{*}value"))
        put(proxy, prop or "", value.lower() if prop == "gender" else value)
    for doc in entity.iterfind("{*}identityDocuments/{*}identityDocument"):
        prop = DOCUMENTS.get(norm(doc.findtext("{*}type")).lower(), "idNumber")
        put(proxy, prop, doc.findtext("{*}documentNumber"))
    for address in entity.iterfind("{*}addresses/{*}address"):
        country = norm(address.findtext("{*}country"))
        path = "{*}translations/{*}translation/{*}addressParts/{*}addressPart/{*}value"
        parts = [norm(v.text) for v in address.iterfind(path)]
        put(proxy, "address", ", ".join(p for p in [*parts, country] if p))
        put(proxy, "country", country)
    proxy.add("sourceUrl", DETAIL_URL.format(uid), cleaned=True)
    return proxy


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    for entity in iter_xml(ctx.path, ["entity"]):
        ctx.records += 1
        proxy = _entity(entity)
        if proxy is None:
            ctx.skip(ctx.path, f"record #{ctx.records}", "entity lacks id or name")
            continue
        yield proxy
        lists = entity.findall("{*}sanctionsLists/{*}sanctionsList")
        yield sanction(
            proxy,
            record_id=entity.get("id"),
            authority=AUTHORITY,
            programs=[p.text or "" for p in entity.iterfind("{*}sanctionsPrograms/*")],
            listing_date=min((s.get("datePublished") or "" for s in lists), default=None),
            source_url=DETAIL_URL.format(entity.get("id")),
        )


def list_date(path: Path) -> date | None:
    return to_date(parse_date(head_match(path, r"<(?:\w+:)?dataAsOf>([^<]+)<")))


READER = Reader("ofac_enhanced_xml", AUTHORITY, "us_ofac_enhanced", read, list_date)
