"""Batch screening of a customer file, and pairwise comparison for benchmarks.

Columns are found by name (case and spacing ignored), so files from other
tools work without renaming. A row without a name is reported and skipped; the
batch goes on.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from sanctionwatch.exc import InputError, SanctionWatchError
from sanctionwatch.screening import THRESHOLD, FeatureResult, Query, score
from sanctionwatch.served import Served

# Accepted header spellings for each query field.
COLUMNS = {
    "name": ("name", "full_name", "fullname", "party", "party_name", "entity", "entity_name"),
    "schema": ("schema", "type", "entity_type", "kind"),
    "birth_date": ("birth_date", "birthdate", "dob", "date_of_birth"),
    "country": ("country", "nationality", "citizenship", "jurisdiction"),
    "imo": ("imo", "imo_number", "imonumber"),
    "identifier": ("identifier", "id_number", "passport", "registration_number"),
}
KIND_TO_SCHEMA = {
    "person": "Person",
    "individual": "Person",
    "organization": "Organization",
    "organisation": "Organization",
    "entity": "Organization",
    "company": "Company",
    "vessel": "Vessel",
    "ship": "Vessel",
    "aircraft": "Airplane",
    "airplane": "Airplane",
}
OUT_FIELDS = ("match_id", "match_name", "match_list", "score", "match", "explanation")


def _norm(header: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", header.strip().lower()).strip("_")


def map_columns(headers: Iterable[str]) -> dict[str, str]:
    """Query field -> the file's header for it; the name column is required."""
    by_norm = {_norm(h): h for h in headers if h}
    found = {}
    for field_name, spellings in COLUMNS.items():
        for s in spellings:
            if s in by_norm:
                found[field_name] = by_norm[s]
                break
    if "name" not in found:
        wanted = ", ".join(COLUMNS["name"])
        raise SanctionWatchError(f"no name column: expected a header among {wanted}")
    return found


def schema_of(value: str | None) -> str | None:
    if not value:
        return None
    return KIND_TO_SCHEMA.get(value.strip().lower(), value.strip() or None)


def row_query(row: dict[str, Any], cols: dict[str, str]) -> Query:
    def get(key: str) -> str | None:
        value = row.get(cols[key]) if key in cols else None
        return str(value).strip() if value not in (None, "") else None

    name = get("name")
    if not name:
        raise ValueError("empty name")
    return Query(
        names=[name],
        schema=schema_of(get("schema")),
        birth_dates=[v] if (v := get("birth_date")) else [],
        countries=[v] if (v := get("country")) else [],
        imo=[v] if (v := get("imo")) else [],
        identifiers=[v] if (v := get("identifier")) else [],
    )


def explain(features: Iterable[FeatureResult]) -> str:
    return "; ".join(f"{f.name} {f.score:.2f}: {f.detail}" for f in features)


@dataclass
class ScreenResult:
    rows: int = 0
    matches: int = 0
    errors: list[InputError] = field(default_factory=list)


def read_rows(path: Path) -> tuple[list[str], Iterator[dict[str, Any]]]:
    """Headers and rows of a CSV (any common delimiter), XLSX or ODS file."""
    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        return _xlsx_rows(path)
    fh = path.open(newline="", encoding="utf-8-sig", errors="strict")
    sample = fh.read(8192)
    fh.seek(0)
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(fh, dialect=dialect)
    return list(reader.fieldnames or []), _closing(reader, fh)


def _closing(rows: Iterable[dict[str, Any]], fh: IO[str]) -> Iterator[dict[str, Any]]:
    with fh:
        yield from rows


def _xlsx_rows(path: Path) -> tuple[list[str], Iterator[dict[str, Any]]]:
    # The list readers' spreadsheet parser: safe XML settings, no extra dependency.
    from sanctionwatch.lists.sheets import ods_rows, xlsx_rows

    rows = ods_rows(path) if path.suffix.lower() == ".ods" else xlsx_rows(path)
    headers = next(rows, [])
    return headers, (dict(zip(headers, r, strict=False)) for r in rows if any(r))


def screen_file(
    served: Served,
    src: Path,
    out: IO[str],
    *,
    threshold: float = THRESHOLD,
    progress: Callable[[], None] | None = None,
) -> ScreenResult:
    """Write each input row with its best hit (score, match flag, explanation) as CSV."""
    try:
        headers, rows = read_rows(src)
    except (OSError, UnicodeDecodeError) as err:
        raise SanctionWatchError(f"{src}: cannot read: {err}") from None
    cols = map_columns(headers)
    writer = csv.DictWriter(out, fieldnames=[*headers, *OUT_FIELDS], lineterminator="\n")
    writer.writeheader()
    result = ScreenResult()
    for lineno, row in enumerate(rows, start=2):
        if progress:
            progress()
        try:
            query = row_query(row, cols)
        except ValueError as err:
            result.errors.append(InputError(f"{src}:{lineno}", f"{err}; row skipped"))
            continue
        result.rows += 1
        best, matched = screen_query(served, query, threshold)
        result.matches += matched
        writer.writerow({**row, **best})
    return result


def screen_query(served: Served, query: Query, threshold: float) -> tuple[dict[str, str], bool]:
    """The output columns for one row's query, and whether it matched (also for Spark)."""
    found = served.screen(query, limit=1)
    best = dict.fromkeys(OUT_FIELDS, "")
    if not found:
        return best, False
    hit, listed = found[0]
    matched = hit.score >= threshold
    best.update(
        match_id=hit.entity_id,
        match_name=listed.caption,
        match_list=listed.list_name,
        score=f"{hit.score:.3f}",
        match="true" if matched else "false",
        explanation=explain(hit.features),
    )
    return best, matched


def compare_pairs(src: Path, out: IO[str], *, threshold: float = THRESHOLD) -> ScreenResult:
    """Score each `left,right,schema` row; add `score` and `match` columns."""
    headers, rows = read_rows(src)
    missing = {"left", "right"} - {_norm(h) for h in headers}
    if missing:
        raise SanctionWatchError(f"{src}: missing column(s) {', '.join(sorted(missing))}")
    writer = csv.DictWriter(out, fieldnames=[*headers, "score", "match"], lineterminator="\n")
    writer.writeheader()
    result = ScreenResult()
    for lineno, row in enumerate(rows, start=2):
        left, right = (row.get("left") or "").strip(), (row.get("right") or "").strip()
        if not left or not right:
            result.errors.append(InputError(f"{src}:{lineno}", "empty left or right; row skipped"))
            continue
        schema = schema_of(row.get("schema"))
        res = score(Query(names=[left], schema=schema), Query(names=[right], schema=schema))
        result.rows += 1
        result.matches += res.score >= threshold
        writer.writerow(
            {**row, "score": f"{res.score:.4f}", "match": str(res.score >= threshold).lower()}
        )
    return result
