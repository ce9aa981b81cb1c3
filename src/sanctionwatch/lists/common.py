"""Shared pieces of the list readers: the error, the read result and entity helpers."""

from __future__ import annotations

import csv
import io
import logging
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.proxy import EntityProxy
from followthemoney.types import registry
from followthemoney.util import sanitize_text

from sanctionwatch.countries import ascii_code
from sanctionwatch.exc import InputError

Entity = dict[str, Any]
log = logging.getLogger(__name__)


class ListFormatError(InputError):
    """A list file that cannot be read at all (as opposed to one bad record).

    The message names the file, the record (a row number or record id) when
    there is one, and what was wrong.
    """

    def __init__(self, path: Path | str, record: str | int | None, message: str) -> None:
        self.path = Path(path)
        self.record = record
        # record names its unit: "row 12", "line 3", "record 36" (an id), "record #5"
        where = self.path.name if record is None else f"{self.path.name}, {record}"
        super().__init__(where, message)


def csv_rows(path: Path, text: str) -> Iterator[list[str]]:
    """CSV rows of decoded `text`; lines may end in CR, LF or CRLF (a stray CR inside
    a record ends it, as the csv module reads a file opened with newline=""). A record
    the csv module cannot read at all stops the file with its row named."""
    reader = csv.reader(io.StringIO(text, newline=""))
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raise ListFormatError(path, f"row {reader.line_num}", f"unreadable CSV: {exc}") from exc
        yield row


@dataclass(frozen=True)
class Reader:
    """One list format: how to read it and what a read of it is called by default."""

    format: str
    authority: str
    default_name: str
    read: Callable[[ListRead], Iterator[EntityProxy]]
    list_date: Callable[[Path], date | None] = lambda path: None


class ListRead:
    """One official list file (or CSV set) opened for reading; `entities()` streams it."""

    def __init__(
        self,
        paths: list[Path],
        *,
        format: str,
        authority: str,
        default_name: str,
        list_date: date | None,
        sha256: str,
        producer: Callable[[ListRead], Iterator[EntityProxy]],
    ) -> None:
        self.paths = paths
        self.format = format
        self.authority = authority
        self.default_name = default_name
        self.list_date = list_date
        self.sha256 = sha256
        self.records = 0
        self.warnings: list[str] = []
        self._producer = producer
        self._seen: set[str] = set()
        self._started = False

    @property
    def path(self) -> Path:
        return self.paths[0]

    @property
    def name(self) -> str:
        return self.default_name

    def warn(self, message: str) -> None:
        self.warnings.append(message)
        # The caller reports `warnings` (the CLI prints them); logging them too would double up.
        log.info(message)

    def skip(self, path: Path, record: str | int, message: str) -> None:
        """Note a bad record that is left out; the rest of the file is still read."""
        self.warn(f"{path.name}, {record}: {message}; skipped")

    def proxies(self) -> Iterator[EntityProxy]:
        """Yield FtM entity proxies once; duplicate ids are skipped with a warning."""
        if self._started:
            raise RuntimeError("a ListRead can only be consumed once; call read_list again")
        self._started = True
        for proxy in self._producer(self):
            if proxy.id is None or not proxy.properties:
                continue
            if proxy.id in self._seen:
                self.warn(f"{self.path.name}: duplicate entity id {proxy.id}; skipped")
                continue
            self._seen.add(proxy.id)
            yield proxy

    def entities(self) -> Iterator[Entity]:
        """Yield FtM entity dicts (`id`, `schema`, `properties`), as the store takes them."""
        for proxy in self.proxies():
            yield proxy.to_dict()

    def __iter__(self) -> Iterator[Entity]:
        return self.entities()

    def metadata(self) -> dict[str, Any]:
        """What is known about the read; `records` and `warnings` are final once drained."""
        return {
            "name": self.default_name,
            "format": self.format,
            "authority": self.authority,
            "list_date": self.list_date.isoformat() if self.list_date else None,
            "paths": [str(p) for p in self.paths],
            "sha256": self.sha256,
            "records": self.records,
            "warnings": len(self.warnings),
        }

    def __repr__(self) -> str:
        return f"<ListRead {self.format} {self.path}>"


def make(schema: str, entity_id: str) -> EntityProxy:
    proxy = model.make_entity(schema)
    proxy.id = entity_id
    return proxy


_SPACES = re.compile(r"\s+")


def norm(text: str | None) -> str:
    """Collapse whitespace (incl. no-break spaces) and strip."""
    if not text:
        return ""
    return _SPACES.sub(" ", text).strip()


@lru_cache(maxsize=4096)
def clean_country(text: str) -> str | None:
    # Cached: FtM's country lookup is the slowest part of building an entity.
    value = _country(text)
    if value is None and "/" in text:  # bilingual "Russia / Russie"
        value = _country(text.split("/")[0].strip())
    return value


def _country(text: str) -> str | None:
    """FtM's (exact) country cleaning. ASCII values are answered by `countries`, as FtM
    answers them (the ASCII spellings of names in other scripts included: 'Rossiya',
    'Adygeya'), without rigour's transliterated name table: building that table cost a
    third of the CPU of loading OFAC's SDN list. Other scripts go to FtM."""
    if text.isascii():
        clean = sanitize_text(text)
        return ascii_code(clean) if clean else None
    return registry.country.clean(text)


_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    )
}
_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ]\d\d:.*|[+-]\d\d:\d\d)?$")
_DMY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_TEXT_DATE = re.compile(r"^(?:(\d{1,2})\s+)?([A-Za-z]{3})[a-z]*\.?\s+(\d{4})$")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def _iso(year: int, month: int = 0, day: int = 0) -> str:
    if not month or month > 12:
        return f"{year:04d}"
    if not day or day > 31:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}"


def parse_date(text: str | None, *, month_first: bool = False) -> str | None:
    """ISO or partial ISO from the date spellings the lists use; `00` parts are unknown."""
    text = norm(text)
    if not text:
        return None
    if m := _ISO.match(text):
        return _iso(int(m[1]), int(m[2] or 0), int(m[3] or 0))
    if m := _DMY.match(text):
        a, b = int(m[1]), int(m[2])
        day, month = (b, a) if month_first else (a, b)
        return _iso(int(m[3]), month, day)
    if m := _TEXT_DATE.match(text):
        named = _MONTHS.get(m[2].lower())
        if named:
            return _iso(int(m[3]), named, int(m[1] or 0))
    return None


def parse_dates(text: str | None) -> list[str]:
    """All dates in free text: an exact date if it parses, else the years it names."""
    exact = parse_date(text)
    if exact:
        return [exact]
    text = norm(text)
    years = _YEAR.findall(text)
    if len(years) == 2 and re.search(r"\bto\b|-", text):  # "1958 to 1960": every year
        lo, hi = int(years[0]), int(years[1])
        if 0 < hi - lo <= 10:
            return [str(y) for y in range(lo, hi + 1)]
    return list(dict.fromkeys(years))


# Types added as read (whitespace normalised). URLs are included: rigour's URL cleaner
# costs more than the rest of a read together, and list URLs are kept as published.
_IMO = re.compile(r"\b(\d{7})\b")
_VERBATIM = (registry.name, registry.string, registry.text, registry.identifier, registry.url)


def put(proxy: EntityProxy, prop: str, values: str | Iterable[str | None] | None) -> None:
    """Add values to a property if the schema has it, cleaning by property type."""
    if values is None:
        return
    spec = proxy.schema.get(prop)
    if spec is None:
        return
    if isinstance(values, str):
        values = [values]
    for raw in values:
        value = norm(raw)
        if not value:
            continue
        if spec.type == registry.date:
            for iso in parse_dates(value):
                proxy.add(prop, iso, cleaned=True)
        elif spec.type == registry.country:
            code = clean_country(value)
            if code:
                proxy.add(prop, code, cleaned=True)
        elif prop == "imoNumber":
            # "IMO 9187655", "Vessel Registration Identification IMO 9187655": the seven
            # digits are what screening compares across lists.
            proxy.add(prop, _IMO.findall(value) or [value], cleaned=True)
        elif spec.type in _VERBATIM:
            proxy.add(prop, value, cleaned=True)
        else:
            proxy.add(prop, value)


def sanction(
    entity: EntityProxy,
    *,
    record_id: str | None = None,
    key: str | None = None,
    authority: str,
    programs: Iterable[str] = (),
    listing_date: str | None = None,
    source_url: str | None = None,
    reason: str | None = None,
    provisions: Iterable[str] = (),
    modified: str | None = None,
    unsc_id: str | None = None,
) -> EntityProxy:
    """One Sanction entity per listing; `key` tells apart several listings of one entity."""
    sid = f"{entity.id}-sanction" if key is None else f"{entity.id}-sanction-{key}"
    proxy = make("Sanction", sid)
    proxy.add("entity", entity.id, cleaned=True)
    put(proxy, "authority", authority)
    put(proxy, "program", list(programs))
    put(proxy, "listingDate", listing_date)
    put(proxy, "sourceUrl", source_url)
    put(proxy, "recordId", record_id)
    put(proxy, "reason", reason)
    put(proxy, "provisions", list(provisions))
    put(proxy, "modifiedAt", modified)
    put(proxy, "unscId", unsc_id)
    return proxy


def to_date(iso: str | None) -> date | None:
    """A full date from `parse_date`'s output; partial dates give None."""
    if iso is None or len(iso) != 10:
        return None
    try:
        return date.fromisoformat(iso)
    except ValueError:
        return None
