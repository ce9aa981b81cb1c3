"""The store: the only shared state. SQLite by default, PostgreSQL by URL."""

from sanctionwatch.store.db import get_engine, normalise_url
from sanctionwatch.store.news import ActionFilter, count_articles, list_actions, save_report

__all__ = [
    "ActionFilter",
    "count_articles",
    "get_engine",
    "list_actions",
    "normalise_url",
    "save_report",
]
