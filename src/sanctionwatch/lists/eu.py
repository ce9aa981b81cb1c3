"""EU Financial Sanctions Files, XML 1.1 (`<export>` root)."""

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

AUTHORITY = "European Union"
SCHEMAS = {"person": "Person", "enterprise": "Organization"}


def _birthdate(element: etree._Element) -> list[str]:
    if element.get("birthdate"):
        return [element.get("birthdate", "")]
    year, month, day = (element.get(k) or "" for k in ("year", "monthOfYear", "dayOfMonth"))
    if year.isdigit():
        parts = [year.zfill(4)]
        if month.isdigit() and month != "0":
            parts.append(month.zfill(2))
            if day.isdigit() and day != "0":
                parts.append(day.zfill(2))
        return ["-".join(parts)]
    low, high = element.get("yearRangeFrom") or "", element.get("yearRangeTo") or ""
    if low.isdigit() and high.isdigit() and 0 <= int(high) - int(low) <= 10:
        return [str(y) for y in range(int(low), int(high) + 1)]
    return []


def _name_rank(alias: etree._Element) -> tuple[bool, bool, int]:
    # The list has no "primary" flag: prefer an English (or unmarked) name with its parts
    # filled in, then the earliest record; transliterations come later in each entity.
    language = (alias.get("nameLanguage") or "").upper()
    logical_id = alias.get("logicalId") or ""
    return (
        language not in ("", "EN"),
        not alias.get("lastName"),
        int(logical_id) if logical_id.isdigit() else 1 << 62,
    )


def _names(proxy: EntityProxy, element: etree._Element) -> None:
    aliases = [a for a in element.iterfind("{*}nameAlias") if norm(a.get("wholeName"))]
    if not aliases:
        return
    primary = min(aliases, key=_name_rank)
    put(proxy, "name", primary.get("wholeName"))
    put(proxy, "firstName", primary.get("firstName"))
    put(proxy, "middleName", primary.get("middleName"))
    put(proxy, "lastName", primary.get("lastName"))
    for alias in aliases:
        if alias is not primary:
            weak = alias.get("strong") == "false"
            put(proxy, "weakAlias" if weak else "alias", alias.get("wholeName"))
        put(proxy, "gender", {"M": "male", "F": "female"}.get(alias.get("gender") or ""))
        put(proxy, "title", alias.get("title"))
        put(proxy, "position", alias.get("function"))


def _country(element: etree._Element) -> str | None:
    code = element.get("countryIso2Code")
    return code if code and code != "00" else None


def _entity(element: etree._Element) -> EntityProxy | None:
    logical_id = element.get("logicalId")
    subject = element.find("{*}subjectType")
    code = subject.get("code", "") if subject is not None else ""
    if not logical_id:
        return None
    proxy = make(SCHEMAS.get(code, "LegalEntity"), f"eu-{logical_id}")
    _names(proxy, element)
    if not proxy.has("name"):
        return None
    put(proxy, "notes", [r.text for r in element.iterfind("{*}remark")])
    for citizen in element.iterfind("{*}citizenship"):
        put(proxy, "nationality", _country(citizen))
    for birth in element.iterfind("{*}birthdate"):
        put(proxy, "birthDate", _birthdate(birth))
        place = [norm(birth.get(k)) for k in ("city", "place", "countryDescription")]
        put(proxy, "birthPlace", ", ".join(p for p in place if p and p != "UNKNOWN"))
    for ident in element.iterfind("{*}identification"):
        kind = (ident.get("identificationTypeCode") or "").lower()
        put(proxy, "passportNumber" if kind == "passport" else "idNumber", ident.get("number"))
    for address in element.iterfind("{*}address"):
        put(proxy, "country", _country(address))
    return proxy


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    for element in iter_xml(ctx.path, ["sanctionEntity"]):
        ctx.records += 1
        proxy = _entity(element)
        if proxy is None:
            ctx.skip(ctx.path, f"record #{ctx.records}", "sanctionEntity lacks logicalId or name")
            continue
        yield proxy
        regulations = element.findall("{*}regulation")
        dates = [r.get("publicationDate") or "" for r in regulations]
        yield sanction(
            proxy,
            record_id=element.get("euReferenceNumber") or element.get("logicalId"),
            authority=AUTHORITY,
            programs=[r.get("programme") or "" for r in regulations],
            listing_date=element.get("designationDate") or min(filter(None, dates), default=None),
            source_url=next((norm(r.findtext("{*}publicationUrl")) for r in regulations), None),
            reason=element.get("designationDetails"),
        )


def list_date(path: Path) -> date | None:
    return to_date(parse_date(head_match(path, r'generationDate="([^"]+)"')))


READER = Reader("eu_xml", AUTHORITY, "eu_fsf", read, list_date)
