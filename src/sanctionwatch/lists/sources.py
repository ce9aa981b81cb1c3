"""The official download addresses of each list, kept as data in data/sources.json."""

from __future__ import annotations

import copy
import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def _load() -> tuple[dict[str, Any], ...]:
    path = resources.files("sanctionwatch.lists").joinpath("data", "sources.json")
    return tuple(json.loads(path.read_text("utf-8"))["sources"])


def official_sources() -> list[dict[str, Any]]:
    """Each source: name, authority, format, and `url` or `urls` (multi-file sets)."""
    return copy.deepcopy(list(_load()))  # callers may edit their copy, never the table


def source_urls(source: dict[str, Any]) -> list[str]:
    """The URLs of a source, one or several (an OFAC CSV set is four files)."""
    return list(source["urls"]) if "urls" in source else [source["url"]]
