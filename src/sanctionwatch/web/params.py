"""Query-string parsing for the page: bad values become messages, never a 500.

The page reads its parameters itself (rather than through FastAPI's
validation) so that a bad value gets an HTML page saying what to fix, whatever
error handlers the host app installs for its JSON API.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from sanctionwatch.model import STATUSES, TARGET_KINDS
from sanctionwatch.store.events import LIST_STATUSES, EventFilter
from sanctionwatch.store.listdiff import DiffFilter

PAGE_SIZES = (20, 25, 50, 100)  # offered in the form; any size up to MAX_PER_PAGE is accepted
MAX_PER_PAGE = 200
MAX_TEXT = 200  # longest search or programme text accepted
MAX_PAGE = 100_000  # past any real table; keeps offsets inside the store's integers


@dataclass
class Parsed:
    query: EventFilter
    page: int = 1
    per_page: int = 50
    errors: list[str] = field(default_factory=list)


def _date(value: str, name: str, errors: list[str]) -> date | None:
    try:
        return date.fromisoformat(value)
    except ValueError:
        errors.append(f"{name}: {value!r} is not a date; use YYYY-MM-DD, e.g. 2025-01-31")
        return None


def _choice(value: str, name: str, allowed: Sequence[str], errors: list[str]) -> str | None:
    if value in allowed:
        return value
    errors.append(f"{name}: {value!r} is not one of {', '.join(allowed)}")
    return None


def _digits(value: str) -> bool:
    # str.isdigit() is also true of '²' and other Unicode digits that int() refuses.
    return value.isascii() and value.isdigit()


def _int(value: str, name: str, low: int, high: int, errors: list[str]) -> int | None:
    # Length first: int() of thousands of digits is slow, and past 4,300 an error.
    if len(value) <= len(str(high)) and _digits(value) and low <= int(value) <= high:
        return int(value)
    errors.append(f"{name}: {value[:20]!r} is not a whole number from {low} to {high:,}")
    return None


def _text(value: str, name: str, errors: list[str]) -> str | None:
    if len(value) > MAX_TEXT:
        errors.append(f"{name}: longer than {MAX_TEXT} characters; shorten it")
        return None
    return value or None


def _country(value: str, errors: list[str]) -> str | None:
    if len(value) == 2 and value.isalpha():
        return value.upper()
    errors.append(f"country: {value!r} is not a two-letter ISO code, e.g. RU or KP")
    return None


def _values(params: Mapping[str, str], name: str) -> list[str]:
    getlist = getattr(params, "getlist", None)
    raw = getlist(name) if getlist else [params.get(name, "")]
    return [v.strip() for v in raw if v and v.strip()]


def _one(params: Mapping[str, str], name: str) -> str:
    return (params.get(name) or "").strip()


def parse_events(params: Mapping[str, str]) -> Parsed:
    """The events table's filters and page from a query string."""
    errors: list[str] = []
    q = EventFilter()
    q.authority = [a.upper()[:10] for a in _values(params, "authority")] or None
    statuses = [_choice(s, "status", STATUSES, errors) for s in _values(params, "status")]
    q.status = [s for s in statuses if s] or None
    if v := _one(params, "since"):
        q.since = _date(v, "since", errors)
    if v := _one(params, "until"):
        q.until = _date(v, "until", errors)
    if q.since and q.until and q.since > q.until:
        errors.append("since is after until; swap the dates")
    if v := _one(params, "kind"):
        q.kind = _choice(v, "kind", TARGET_KINDS, errors)
    if v := _one(params, "country"):
        q.country = _country(v, errors)
    if v := _one(params, "program"):
        q.program = _text(v, "program", errors)
    if v := _one(params, "listed"):
        q.listed = _choice(v, "listed", LIST_STATUSES, errors)
    if v := _one(params, "q"):
        q.q = _text(v, "q", errors)
    page, per_page = 1, 50
    if v := _one(params, "page"):
        page = _int(v, "page", 1, MAX_PAGE, errors) or 1
    if v := _one(params, "per_page"):
        per_page = _page_size(v, errors) or per_page
    q.limit, q.offset = per_page, (page - 1) * per_page
    return Parsed(q, page, per_page, errors)


def _page_size(value: str, errors: list[str]) -> int | None:
    """Rows a page: any whole number from 1 to MAX_PER_PAGE (the form offers PAGE_SIZES)."""
    if not (len(value) <= 6 and _digits(value) and int(value) >= 1):
        errors.append(f"per_page: {value[:20]!r} is not a whole number of at least 1")
        return None
    if int(value) > MAX_PER_PAGE:
        errors.append(f"per_page: {value} is more than {MAX_PER_PAGE}; ask for fewer rows")
        return None
    return int(value)


def parse_status(params: Mapping[str, str]) -> tuple[str | None, list[str]]:
    errors: list[str] = []
    value = _one(params, "status")
    return (_choice(value, "status", STATUSES, errors) if value else None), errors


def parse_diff_filter(params: Mapping[str, str]) -> tuple[DiffFilter, list[str]]:
    """A list diff's filters: programme (part of one), schema, two-letter country."""
    errors: list[str] = []
    program = _text(_one(params, "program"), "program", errors)
    schema = _text(_one(params, "schema"), "schema", errors)
    country = _country(v, errors) if (v := _one(params, "country")) else None
    return DiffFilter(program=program, schema=schema, country=country), errors
