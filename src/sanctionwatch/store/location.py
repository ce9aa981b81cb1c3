"""Where a store is and which schema revision is newest: plain text, no SQLAlchemy."""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from sanctionwatch import settings

MIGRATIONS = Path(__file__).parent / "migrations"


def normalise_url(url: str | None) -> str:
    """A SQLAlchemy URL; a bare file path means a SQLite file."""
    url = url or settings.get("DB")
    if "://" not in url:
        return f"sqlite:///{url}"
    return url


def sqlite_file(url: str) -> str | None:
    """The database file of a plain `sqlite:///PATH` URL; None for any other URL (a
    server, a driver, options, an in-memory or `file:` store)."""
    prefix = "sqlite:///"
    if not url.startswith(prefix) or "?" in url:
        return None
    database = url[len(prefix) :]
    if database in ("", ":memory:") or database.startswith("file:"):
        return None
    return database


_REVISION = re.compile(r"""^(down_revision|revision)\b[^=\n]*=\s*(None|"[^"]*"|'[^']*')""", re.M)


@cache
def head_revision() -> str | None:
    """The newest migration, read from the scripts' text; None unless the scripts form
    one plain chain (then alembic decides, as always)."""
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS / "versions").glob("*.py"):
        found = {k: v.strip("\"'") for k, v in _REVISION.findall(path.read_text("utf-8"))}
        if "revision" not in found or "down_revision" not in found:
            return None
        revisions.add(found["revision"])
        if found["down_revision"] != "None":
            parents.add(found["down_revision"])
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 and parents <= revisions else None
