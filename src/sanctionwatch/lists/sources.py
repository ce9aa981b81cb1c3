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


# Titles of lists loaded under a reader's default name that has no built-in source.
EXTRA_TITLES = {
    "us_ofac_enhanced": "US OFAC SDN List, Enhanced XML",
}


def list_title(name: str) -> str:
    """A loaded list's human title: the built-in source's, else its name made readable
    ('ftm_yente_zala' -> 'Ftm yente zala')."""
    for source in _load():
        if source["name"] == name and source.get("title"):
            return str(source["title"])
    return EXTRA_TITLES.get(name) or name.replace("_", " ").capitalize()
