"""What changed between two versions of a list, field by field, as an analyst reads it.

A party's listings (its Sanction entities) are folded into the party: a new
programme or listing date is a change of the party, never a captionless
"added" row. Values are compared normalised (case, punctuation and spacing do
not count: "Moscow, 101000" equals "Moscow 101000"), as sets. When the two
versions come from different formats (OFAC's XML, then its CSV), fields that
only one of the formats fills, and free-text notes that the formats cut
differently, are not compared; the diff says which, so the choice is visible.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select

from sanctionwatch.store.tables import list_entities

# A party's listing facts, folded in from its Sanctions under these field names.
LISTING_FIELDS = {
    "program": "listing.program",
    "listingDate": "listing.date",
    "endDate": "listing.end",
    "reason": "listing.reason",
    "provisions": "listing.provisions",
    "authority": "listing.authority",
}
# Free text that formats cut and join differently; compared only within one format.
FORMAT_TEXT = {"notes", "sourceUrl", "recordId", "summary", "listing.reason", "listing.provisions"}
# Names: token order is a format's habit ("MARTELLY, Michel Joseph" in CSV, "Michel
# Joseph MARTELLY" in XML), so they compare as token sets.
NAME_FIELDS = {"name", "alias", "weakAlias", "previousName", "firstName", "lastName", "middleName"}
COUNTRY_PROPS = ("country", "nationality", "citizenship", "jurisdiction", "flag", "mainCountry")
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)


@dataclass(frozen=True)
class DiffFilter:
    """Keep only the rows whose party has this programme (substring), schema or country."""

    program: str | None = None
    schema: str | None = None
    country: str | None = None

    def keeps(self, row: dict[str, Any]) -> bool:
        if self.schema and row["schema"].casefold() != self.schema.casefold():
            return False
        if self.country and self.country.casefold() not in row["countries"]:
            return False
        if self.program:
            wanted = self.program.casefold()
            return any(wanted in p.casefold() for p in row["programs"])
        return True


def norm_value(value: str, field: str = "") -> str:
    """A value as compared: compatibility-normalised, case-folded, punctuation as space;
    a name's words in sorted order."""
    text = unicodedata.normalize("NFKC", value).casefold()
    words = _PUNCT.sub(" ", text).split()
    return " ".join(sorted(words) if field in NAME_FIELDS else words)


def _merge_weak(fields: dict[str, list[str]]) -> dict[str, list[str]]:
    """Aliases, strong and weak together: one format files a weak a.k.a. apart, another
    among the aliases."""
    if "weakAlias" not in fields:
        return fields
    out = {k: v for k, v in fields.items() if k != "weakAlias"}
    out["alias"] = [*fields.get("alias", []), *fields["weakAlias"]]
    return out


def parties(conn: Connection, version_pk: int) -> dict[str, dict[str, Any]]:
    """Each entity of a version as {id, schema, caption, fields}, Sanctions folded into
    the party they name (a Sanction naming no entity of the version stays a row)."""
    rows = conn.execute(
        select(list_entities.c.entity_id, list_entities.c.caption, list_entities.c.data).where(
            list_entities.c.version_pk == version_pk
        )
    )
    out: dict[str, dict[str, Any]] = {}
    sanctions: list[tuple[str, str, dict[str, Any]]] = []
    for entity_id, caption, data in rows:
        entity = json.loads(data)
        props = entity.get("properties") or {}
        if entity.get("schema") == "Sanction":
            sanctions.append((entity_id, caption, entity))
            continue
        out[entity_id] = {
            "id": entity_id,
            "schema": entity.get("schema", ""),
            "caption": caption,
            "fields": {k: [str(v) for v in vs] for k, vs in props.items() if vs},
        }
    for entity_id, _caption, entity in sanctions:
        props = entity.get("properties") or {}
        owners = [ref for ref in props.get("entity", []) if ref in out]
        if not owners:
            # a listing whose party is not in this version: say what it lists, not its id
            programs = ", ".join(props.get("program", [])) or "a listing"
            refs = ", ".join(props.get("entity", [])) or "no party"
            out[entity_id] = {
                "id": entity_id,
                "schema": "Sanction",
                "caption": f"{programs} of {refs}",
                "fields": {k: [str(v) for v in vs] for k, vs in props.items() if vs},
            }
            continue
        for owner in owners:
            fields = out[owner]["fields"]
            for prop, name in LISTING_FIELDS.items():
                for value in props.get(prop, []):
                    fields.setdefault(name, []).append(str(value))
    return out


def _filled(entities: Iterable[dict[str, Any]]) -> set[tuple[str, str]]:
    return {(e["schema"], f) for e in entities for f in e["fields"]}


def _summary(entity: dict[str, Any]) -> dict[str, Any]:
    fields = entity["fields"]
    countries = sorted({c.casefold() for p in COUNTRY_PROPS for c in fields.get(p, [])})
    programs = sorted(set(fields.get("listing.program", []) + fields.get("program", [])))
    return {
        "id": entity["id"],
        "caption": entity["caption"],
        "schema": entity["schema"],
        "programs": programs,
        "countries": countries,
    }


def field_changes(
    old: dict[str, list[str]], new: dict[str, list[str]], compared: set[str] | None
) -> list[dict[str, Any]]:
    """Fields whose normalised value sets differ: the field, old and new values, sorted.

    `compared`, when given, limits the fields looked at."""
    out = []
    for field in sorted(set(old) | set(new)):
        if compared is not None and field not in compared:
            continue
        before, after = old.get(field, []), new.get(field, [])
        if {norm_value(v, field) for v in before} == {norm_value(v, field) for v in after}:
            continue
        out.append({"field": field, "old": sorted(set(before)), "new": sorted(set(after))})
    return out


def diff_parties(
    old: dict[str, dict[str, Any]],
    new: dict[str, dict[str, Any]],
    *,
    same_format: bool,
    keep: DiffFilter | None = None,
) -> dict[str, Any]:
    """Added, removed and changed parties (with per-field changes) between two versions."""
    keep = keep or DiffFilter()
    skipped: set[str] = set()
    both: set[tuple[str, str]] | None = None
    if not same_format:
        old = {k: {**e, "fields": _merge_weak(e["fields"])} for k, e in old.items()}
        new = {k: {**e, "fields": _merge_weak(e["fields"])} for k, e in new.items()}
        old_filled, new_filled = _filled(old.values()), _filled(new.values())
        both = {k for k in old_filled & new_filled if k[1] not in FORMAT_TEXT}
        skipped = {f for _, f in (old_filled | new_filled)} - {f for _, f in both}
    added = [_summary(new[k]) for k in sorted(set(new) - set(old))]
    removed = [_summary(old[k]) for k in sorted(set(old) - set(new))]
    changed = []
    for key in sorted(set(new) & set(old)):
        schema = new[key]["schema"]
        compared = None if both is None else {f for s, f in both if s == schema}
        changes = field_changes(old[key]["fields"], new[key]["fields"], compared)
        if changes:
            changed.append({**_summary(new[key]), "changes": changes})
    by_field: dict[str, int] = defaultdict(int)
    for row in changed:
        for change in row["changes"]:
            by_field[change["field"]] += 1
    return {
        "added": [r for r in added if keep.keeps(r)],
        "removed": [r for r in removed if keep.keeps(r)],
        "changed": [r for r in changed if keep.keeps(r)],
        "changed_fields": dict(sorted(by_field.items(), key=lambda kv: (-kv[1], kv[0]))),
        "not_compared": sorted(skipped),
    }


def facets(*versions: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """Programmes, schemas and countries present, for the diff's filter form."""
    programs: set[str] = set()
    schemas: set[str] = set()
    countries: set[str] = set()
    for version in versions:
        for entity in version.values():
            summary = _summary(entity)
            programs.update(summary["programs"])
            schemas.add(summary["schema"])
            countries.update(summary["countries"])
    return {"program": sorted(programs), "schema": sorted(schemas), "country": sorted(countries)}


def csv_rows(diff: dict[str, Any]) -> Iterable[dict[str, str]]:
    """The diff flat: one row per added or removed party, one per changed field."""
    for kind in ("added", "removed"):
        for row in diff[kind]:
            yield {
                "change": kind,
                "id": row["id"],
                "caption": row["caption"],
                "schema": row["schema"],
                "programs": "; ".join(row["programs"]),
                "countries": "; ".join(row["countries"]),
                "field": "",
                "old": "",
                "new": "",
            }
    for row in diff["changed"]:
        for change in row["changes"]:
            yield {
                "change": "changed",
                "id": row["id"],
                "caption": row["caption"],
                "schema": row["schema"],
                "programs": "; ".join(row["programs"]),
                "countries": "; ".join(row["countries"]),
                "field": change["field"],
                "old": "; ".join(change["old"]),
                "new": "; ".join(change["new"]),
            }


CSV_COLUMNS = ("change", "id", "caption", "schema", "programs", "countries", "field", "old", "new")
