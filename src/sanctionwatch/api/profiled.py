"""Profiles in API answers: one party across lists shows once, its members as `referents`.

A post-processing step over finished response bodies, so the matching and
entity code stays as it is: yente lists the source entries merged into an
entity under `referents`, and so does this API.

The profiles in force and the set of parties with a decision are held in memory
(`Profiles`) and re-read only when the store's marks for them change, so an answer
costs one small query, not one per result. That query gives up at once when a writer
holds a SQLite store (a list load mid-transaction) and the copy in memory answers: it
is what was committed before that write began.
"""

from __future__ import annotations

import sqlite3
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Engine, create_engine
from sqlalchemy.exc import OperationalError

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.names import name_key
from sanctionwatch.store.profiles import all_profiles, serving_marks
from sanctionwatch.store.reviews import reviewed_subjects, reviews_for, subject_of_example

Member = tuple[str, str]  # (entity id, list name)


@dataclass(frozen=True)
class _Groups:
    mark: int = -1
    profile_of: dict[str, str] = field(default_factory=dict)
    members: dict[str, list[Member]] = field(default_factory=dict)


@dataclass(frozen=True)
class _Reviewed:
    mark: int = -1
    subjects: frozenset[str] = frozenset()


def _quick_engine(engine: Engine) -> Engine:
    """An engine whose reads fail at once on a locked SQLite file instead of waiting."""
    url = engine.url
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return engine  # PostgreSQL readers never wait for writers; memory has one connection
    return create_engine(url, connect_args={"timeout": 0})


class _FileVersion:
    """SQLite's `PRAGMA data_version` on one connection held for it: the same number
    until another connection commits to the file. Asked before the marks, it spares a
    pooled query per answer (a tenth of a /match request's CPU) while nothing changes."""

    def __init__(self, path: str) -> None:
        self._path = path
        self._conn: sqlite3.Connection | None = None
        self._failed = False
        self._lock = threading.Lock()

    def get(self) -> int | None:
        """The file's data version, or None when it cannot be read (then ask the store)."""
        with self._lock:
            if self._failed:
                return None
            try:
                if self._conn is None:
                    # Never writes: autocommit, each statement its own instant read.
                    self._conn = sqlite3.connect(
                        self._path, timeout=0, check_same_thread=False, isolation_level=None
                    )
                return int(self._conn.execute("PRAGMA data_version").fetchone()[0])
            except sqlite3.Error:
                self._failed = self._conn is None  # cannot open: stop trying
                return None


def _file_version(engine: Engine) -> _FileVersion | None:
    url = engine.url
    database = url.database or ""
    if url.get_backend_name() != "sqlite" or database in ("", ":memory:"):
        return None
    if database.startswith("file:"):
        return None  # a URI store (shared memory and the like): ask the store each time
    return _FileVersion(database)


class Profiles:
    """The profiles in force and the reviewed parties, cached; see the module doc."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._quick = _quick_engine(engine)
        self._groups = _Groups()
        self._reviewed = _Reviewed()
        self._loading = threading.Lock()
        self._version = _file_version(engine)
        self._seen: int | None = None  # the data version the cached copies were read at

    def _marks(self) -> tuple[int, int] | None:
        try:
            with self._quick.connect() as conn:
                return serving_marks(conn)
        except OperationalError:  # the store is locked by a writer
            return None

    def current(self) -> tuple[_Groups, _Reviewed]:
        version = self._version.get() if self._version is not None else None
        groups, reviewed = self._groups, self._reviewed
        if version is not None and version == self._seen:
            return groups, reviewed  # no commit to the file since the copies were checked
        marks = self._marks()
        if marks is None and groups.mark >= 0 and reviewed.mark >= 0:
            return groups, reviewed
        if marks is None or marks != (groups.mark, reviewed.mark):
            with self._loading:  # one reader re-reads; the others then find it done
                groups, reviewed = self._groups, self._reviewed
                if marks is None or marks[0] != groups.mark:
                    groups = self._groups = self._read_groups()
                if marks is None or marks[1] != reviewed.mark:
                    reviewed = self._reviewed = _Reviewed(*reviewed_subjects(self.engine))
        if marks is not None:
            self._seen = version  # the copies match the marks read after this version
        return groups, reviewed

    def _read_groups(self) -> _Groups:
        mark, rows = all_profiles(self.engine)
        profile_of: dict[str, str] = {}
        members: dict[str, list[Member]] = defaultdict(list)
        for entity_id, list_name, profile_id in rows:
            profile_of[entity_id] = profile_id
            members[profile_id].append((entity_id, list_name))
        return _Groups(mark, profile_of, dict(members))

    def with_referents(self, entity: dict[str, Any]) -> dict[str, Any]:
        """An /entities body with the other entries of its profile in `referents`."""
        groups, _ = self.current()
        entity_id = str(entity.get("id"))
        profile_id = groups.profile_of.get(entity_id)
        if profile_id is None:
            return entity
        members = groups.members[profile_id]
        others = [e for e, _ in members if e != entity_id]
        return {
            **entity,
            "referents": sorted({*entity.get("referents", []), *others}),
            "datasets": sorted({*entity.get("datasets", []), *(n for _, n in members)}),
        }

    def collapse_results(self, body: dict[str, Any]) -> dict[str, Any]:
        """A /match body where each profile appears once per query: its best-scoring
        entry, with the other entries of the profile in `referents` and all their lists
        in `datasets`. May read the store: call it off the event loop."""
        groups, reviewed = self.current()
        return self._collapse(body, groups, reviewed)

    def collapse_quickly(self, body: dict[str, Any]) -> dict[str, Any] | None:
        """`collapse_results(body)` when it needs no read of the store: the SQLite file
        has had no commit since the copies in memory were checked (one instant query
        that never waits) and no query names a party with a decision. None otherwise,
        `body` untouched: then call `collapse_results` off the event loop. (The thread
        hop it spares cost more CPU than the collapse itself.)"""
        if self._version is None:
            return None
        version = self._version.get()
        if version is None or version != self._seen:
            return None
        groups, reviewed = self._groups, self._reviewed
        if reviewed.subjects:
            for response in body.get("responses", {}).values():
                if response["results"] and _subject(response.get("query")) in reviewed.subjects:
                    return None
        return self._collapse(body, groups, reviewed)

    def _collapse(
        self, body: dict[str, Any], groups: _Groups, reviewed: _Reviewed
    ) -> dict[str, Any]:
        for response in body.get("responses", {}).values():
            seen: set[str] = set()
            kept = []
            for result in response["results"]:
                pid = groups.profile_of.get(result["id"])
                if pid is None:
                    kept.append(result)
                    continue
                if pid in seen:
                    continue
                seen.add(pid)
                group = groups.members[pid]
                others = {e for e, _ in group} - {result["id"]}
                result["referents"] = sorted({*result.get("referents", []), *others})
                result["datasets"] = sorted({*result.get("datasets", []), *(n for _, n in group)})
                kept.append(result)
            self._add_reviews(reviewed, response.get("query") or {}, kept)
            dropped = len(response["results"]) - len(kept)
            response["results"] = kept
            if dropped and isinstance(response.get("total"), dict):
                response["total"]["value"] = max(0, response["total"]["value"] - dropped)
        return body

    def _add_reviews(
        self, reviewed: _Reviewed, query: dict[str, Any], results: list[dict[str, Any]]
    ) -> None:
        """Each result's decision in force for the queried party (POST /reviews), or null."""
        if not results:
            return
        if not reviewed.subjects:
            # No party has a decision (the usual case): every result's is null, and only
            # whether the query names a party matters; its full key (every name's sorted
            # words, dates, countries, identifiers) cost half of the collapse's CPU.
            if _names_a_party(query):
                for result in results:
                    result["review"] = None
            return
        subject = _subject(query)
        if subject is None:  # a query with no name has no reviewed party
            return
        decided = {}
        if subject in reviewed.subjects:  # most parties have none: no query for them
            decided = reviews_for(self.engine, subject, [r["id"] for r in results])
        for result in results:
            result["review"] = decided.get(result["id"])


def _names_a_party(query: dict[str, Any] | None) -> bool:
    """`_subject(query) is not None`, without the key: some name has a word
    (`subject_key` refuses a party whose names have none)."""
    names = ((query or {}).get("properties") or {}).get("name", []) or []
    return any(name_key(n) for n in names if n.strip())


def _subject(query: dict[str, Any] | None) -> str | None:
    """The reviewed-party key of a /match query; None for a query with no name."""
    query = query or {}
    try:
        return subject_of_example(query.get("schema"), query.get("properties") or {})
    except SanctionWatchError:
        return None
