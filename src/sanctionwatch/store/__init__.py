"""The store: the only shared state. SQLite by default, PostgreSQL by URL.

The names below are imported on first use, so a module of this package that needs no
SQLAlchemy (`fastread`, `basis`, `location`) is imported without it: `screen` answers
from a SQLite store and its index file without paying half a second for SQLAlchemy.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sanctionwatch.store.db import get_engine
    from sanctionwatch.store.location import normalise_url
    from sanctionwatch.store.news import ActionFilter, count_articles, list_actions, save_report

_HOMES = {
    "ActionFilter": "news",
    "count_articles": "news",
    "get_engine": "db",
    "list_actions": "news",
    "normalise_url": "location",
    "save_report": "news",
}

__all__ = [
    "ActionFilter",
    "count_articles",
    "get_engine",
    "list_actions",
    "normalise_url",
    "save_report",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value
