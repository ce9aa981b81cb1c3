"""FollowTheMoney entities as JSON lines (OpenSanctions exports), passed through as they are."""

from __future__ import annotations

import codecs
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from followthemoney import model
from followthemoney.exc import InvalidData
from followthemoney.proxy import EntityProxy

from sanctionwatch.lists.common import ListFormatError, ListRead, Reader, parse_date, to_date
from sanctionwatch.lists.source import open_bytes

AUTHORITY = "OpenSanctions"


def lines(path: Path) -> Iterator[tuple[int, bytes]]:
    with open_bytes(path) as fh:
        for number, line in enumerate(fh, start=1):
            if line.strip():
                yield number, line


def _entity(data: Any) -> EntityProxy:
    if not isinstance(data, dict) or not data.get("id") or not data.get("schema"):
        raise InvalidData("not an entity object with an id and a schema")
    return model.get_proxy(data, cleaned=True)


def _text(ctx: ListRead, number: int, line: bytes) -> str:
    """One line's text: UTF-8 as JSON must be, else Windows-1252 named in a warning."""
    if number == 1:
        line = line.removeprefix(codecs.BOM_UTF8)
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        ctx.warn(f"{ctx.path.name}, line {number}: not UTF-8; read as Windows-1252")
        return line.decode("cp1252", errors="replace")


def read(ctx: ListRead) -> Iterator[EntityProxy]:
    for number, line in lines(ctx.path):
        ctx.records += 1
        try:
            proxy = _entity(json.loads(_text(ctx, number, line)))
        except (ValueError, InvalidData) as exc:
            # json's errors (and UnicodeDecodeError) are ValueErrors
            if ctx.records == 1:
                raise ListFormatError(ctx.path, f"line {number}", f"not FtM JSON: {exc}") from exc
            ctx.skip(ctx.path, f"line {number}", f"not an FtM entity: {exc}")
            continue
        yield proxy


def list_date(path: Path) -> date | None:
    # The latest last_change among the first entities stands in for an export date.
    dates: list[str] = []
    for number, line in lines(path):
        if number > 1000:
            break
        try:
            data = json.loads(line)
        except ValueError:
            continue
        if isinstance(data, dict):
            dates.append(str(data.get("last_change") or data.get("last_seen") or ""))
    latest = max(dates, default="")
    return to_date(parse_date(latest[:10]))


READER = Reader("ftm_json", AUTHORITY, "ftm", read, list_date)
