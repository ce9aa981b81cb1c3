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
from typing import IO, TYPE_CHECKING, Any

from sanctionwatch.countries import country_code
from sanctionwatch.exc import InputError, SanctionWatchError
from sanctionwatch.screening import THRESHOLD, FeatureResult, Query, score

if TYPE_CHECKING:  # `screen` uses explain and schema_of without loading the store
    from sqlalchemy import Engine

    from sanctionwatch.hits import BatchLookup
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
OUT_FIELDS = (
    "rank",
    "match_id",
    "match_name",
    "match_list",
    "score",
    "match",
    "explanation",
    "review",
    "review_reason",
    "review_by",
)
MAX_HITS = 20  # hits kept per row, best first


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
        # as the API cleans them ('North Korea' -> 'kp'); an unknown value is kept as written
        countries=[country_code(v, fuzzy=True) or v] if (v := get("country")) else [],
        imo=[v] if (v := get("imo")) else [],
        identifiers=[v] if (v := get("identifier")) else [],
    )


def explain(features: Iterable[FeatureResult]) -> str:
    return "; ".join(f"{f.name} {f.score:.2f}: {f.detail}" for f in features)


@dataclass
class ScreenResult:
    rows: int = 0
    matches: int = 0  # rows with at least one hit at or above the threshold
    hits: int = 0  # hits at or above the threshold, one per party
    dismissed: int = 0  # of those, dismissed earlier (record unchanged since)
    errors: list[InputError] = field(default_factory=list)


_DELIMITERS = ",;\t|"


def _delimiter(header: str) -> str:
    """The delimiter that splits the header line into the most columns (',' by default).

    Only the delimiter is guessed: quoting is always the standard one (a field in double
    quotes, a quote inside written twice), which `csv.Sniffer` sometimes guesses wrong
    (no doubled quotes), and then adds quotes to a name such as ООО "БАЙ".
    """
    best, most = ",", 1
    for delimiter in _DELIMITERS:
        fields = next(csv.reader([header], delimiter=delimiter), [])
        if len(fields) > most:
            best, most = delimiter, len(fields)
    return best


class Rows:
    """The rows of a file; `line` is the file line the current row starts on (a quoted
    field may span lines). Closes the file when done."""

    def __init__(self, rows: Iterable[dict[str, Any]], fh: IO[str] | None, path: Path) -> None:
        self._rows, self._fh, self._path = rows, fh, path
        self.line = 1

    def __iter__(self) -> Iterator[dict[str, Any]]:
        reader = self._rows if isinstance(self._rows, csv.DictReader) else None
        rows = iter(self._rows)
        try:
            while True:
                start = reader.line_num + 1 if reader is not None else self.line + 1
                try:
                    row = next(rows)
                except StopIteration:
                    return
                except csv.Error as err:
                    raise SanctionWatchError(
                        f"{self._path}:{start}: malformed CSV: {err}"
                    ) from None
                self.line = start
                yield row
        finally:
            if self._fh is not None:
                self._fh.close()


def read_rows(path: Path) -> tuple[list[str], Rows]:
    """Headers and rows of a CSV (',', ';', tab or '|' separated), XLSX or ODS file.

    CSV is read by the `csv` module with standard quoting: fields may hold separators,
    quotes (doubled) and line breaks. A malformed row raises `SanctionWatchError` naming
    the file and line.
    """
    if path.suffix.lower() in (".xlsx", ".xlsm", ".ods"):
        return _xlsx_rows(path)
    fh = path.open(newline="", encoding="utf-8-sig", errors="strict")
    header = fh.readline()
    fh.seek(0)
    reader = csv.DictReader(fh, delimiter=_delimiter(header.rstrip("\r\n")), strict=True)
    try:
        headers = list(reader.fieldnames or [])
    except csv.Error as err:
        fh.close()
        raise SanctionWatchError(f"{path}:1: not a readable CSV header: {err}") from None
    return headers, Rows(reader, fh, path)


def _xlsx_rows(path: Path) -> tuple[list[str], Rows]:
    # The list readers' spreadsheet parser: safe XML settings, no extra dependency.
    from sanctionwatch.lists.sheets import ods_rows, xlsx_rows

    rows = ods_rows(path) if path.suffix.lower() == ".ods" else xlsx_rows(path)
    headers = next(rows, [])
    return headers, Rows((dict(zip(headers, r, strict=False)) for r in rows if any(r)), None, path)


def screen_file(
    served: Served,
    src: Path,
    out: IO[str],
    *,
    threshold: float = THRESHOLD,
    progress: Callable[[], None] | None = None,
    engine: Engine | None = None,
) -> ScreenResult:
    """Write each input row once per hit at or above `threshold`, ranked (`rank` 1 is the
    best), or once with its best candidate (or none) when no hit reaches it.

    A party on several lists is one hit naming them all (`match_list`). With `engine`,
    each hit shows the analyst's decision in force on it for this row's party
    (`review`, `review_reason`, `review_by`); a dismissed hit stays dismissed until
    its list record changes.
    """
    try:
        headers, rows = read_rows(src)
    except (OSError, UnicodeDecodeError) as err:
        raise SanctionWatchError(f"{src}: cannot read: {err}") from None
    cols = map_columns(headers)
    writer = csv.DictWriter(out, fieldnames=[*headers, *OUT_FIELDS], lineterminator="\n")
    writer.writeheader()
    result = ScreenResult()
    lookup = batch_lookup(engine)
    for row in rows:
        lineno = rows.line
        if progress:
            progress()
        try:
            query = row_query(row, cols)
        except ValueError as err:
            result.errors.append(InputError(f"{src}:{lineno}", f"{err}; row skipped"))
            continue
        result.rows += 1
        screened = screen_query(served, query, threshold, lookup)
        result.matches += screened.matched
        result.hits += screened.hits
        result.dismissed += screened.dismissed
        for out_row in screened.rows:
            writer.writerow({**row, **out_row})
    return result


@dataclass
class Screened:
    """One input row's output: its rows (one per ranked hit, or one with the best
    candidate or none), and what they add to the file's tallies."""

    rows: list[dict[str, str]]
    matched: bool
    hits: int
    dismissed: int


def batch_lookup(engine: Engine | None) -> BatchLookup | None:
    """The store's profiles and reviews for a batch of rows, read once (see `BatchLookup`)."""
    from sanctionwatch.hits import BatchLookup

    return BatchLookup(engine) if engine is not None else None


def screen_query(
    served: Served, query: Query, threshold: float, lookup: BatchLookup | None = None
) -> Screened:
    """The output columns for one row's query (also what Spark runs per row)."""
    from sanctionwatch.hits import rank_hits  # the store's reviews: not needed by `screen`
    from sanctionwatch.store.reviews import in_force

    ranked = rank_hits(lookup, query, served.screen(query, limit=MAX_HITS), threshold)
    matched = [r for r in ranked if r.hit.score >= threshold]
    rows: list[dict[str, str]] = []
    for r in ranked:
        review = r.review or {}
        rows.append(
            {
                "rank": str(r.rank),
                "match_id": r.hit.entity_id,
                "match_name": r.listed.caption,
                "match_list": "; ".join(r.lists),
                "score": f"{r.hit.score:.3f}",
                "match": "true" if r.hit.score >= threshold else "false",
                "explanation": explain(r.hit.features),
                "review": _review_state(review),
                "review_reason": review.get("reason", ""),
                "review_by": f"{review['user']} {review['at']}" if review else "",
            }
        )
    if not ranked:
        rows.append(dict.fromkeys(OUT_FIELDS, ""))
    return Screened(
        rows,
        bool(matched),
        len(matched),
        sum(in_force(r.review, "dismissed") for r in matched),
    )


def _review_state(review: dict[str, Any]) -> str:
    if not review:
        return ""
    if review["current"]:
        return review["decision"]
    return f"{review['decision']} earlier; list record changed since, review again"


def compare_pairs(src: Path, out: IO[str], *, threshold: float = THRESHOLD) -> ScreenResult:
    """Score each `left,right,schema` row; add `score` and `match` columns. The score is
    the higher of the two directions, since neither name is the screened party.

    Headers are matched as `map_columns` does ('Left', ' RIGHT ' work); every input field
    is written back as read.
    """
    try:
        headers, rows = read_rows(src)
    except (OSError, UnicodeDecodeError) as err:
        raise SanctionWatchError(f"{src}: cannot read: {err}") from None
    by_norm = {_norm(h): h for h in headers if h}
    missing = {"left", "right"} - set(by_norm)
    if missing:
        raise SanctionWatchError(f"{src}: missing column(s) {', '.join(sorted(missing))}")
    writer = csv.DictWriter(out, fieldnames=[*headers, "score", "match"], lineterminator="\n")
    writer.writeheader()
    result = ScreenResult()
    for row in rows:
        left = (row.get(by_norm["left"]) or "").strip()
        right = (row.get(by_norm["right"]) or "").strip()
        if not left or not right:
            where = f"{src}:{rows.line}"
            result.errors.append(InputError(where, "empty left or right; row skipped"))
            continue
        schema = schema_of(row.get(by_norm["schema"])) if "schema" in by_norm else None
        one, other = Query(names=[left], schema=schema), Query(names=[right], schema=schema)
        # Neither name is the query here: an extra word on either side costs alike.
        res = max(score(one, other), score(other, one), key=lambda r: r.score)
        result.rows += 1
        result.matches += res.score >= threshold
        writer.writerow(
            {**row, "score": f"{res.score:.4f}", "match": str(res.score >= threshold).lower()}
        )
    return result
