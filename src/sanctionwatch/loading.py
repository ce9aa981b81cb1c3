"""Loading official lists into the store: from a path, a URL, or every configured source.

Reading (`sanctionwatch.lists`) and storing (`sanctionwatch.store.lists`) stay
ignorant of each other; this module joins them, and runs what must follow a
load: re-linking news targets and re-screening watched parties.
"""

from __future__ import annotations

import json
import logging
import os
import re
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlparse

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError, IntegrityError

from sanctionwatch import settings
from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.store.lists import ListVersionInfo, LoadOutcome, store_list_version

log = logging.getLogger(__name__)
MAX_NAMED = 20  # entities named one by one in a warning about a shrunken list
T = TypeVar("T")


@dataclass
class LoadReport:
    """What one `lists load` or `lists update` did, list by list."""

    loaded: list[LoadOutcome] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)  # (source, message)
    warnings: list[str] = field(default_factory=list)


def is_url(source: str) -> bool:
    return urlparse(source).scheme in ("http", "https")


def load_source(
    engine: Engine, source: str, *, name: str | None = None, force: bool = False
) -> tuple[LoadOutcome, list[str]]:
    """Read one list file, directory or URL and store it as a new version of `name`."""
    from sanctionwatch.lists.fetch import download

    if not is_url(source):
        return load_path(engine, Path(source), label=source, name=name, force=force)
    with tempfile.TemporaryDirectory() as tmp:
        path = download(source, Path(tmp), **_download_limits())
        return load_path(engine, path, label=source, name=name, force=force)


def load_path(
    engine: Engine, path: Path, *, label: str, name: str | None, force: bool
) -> tuple[LoadOutcome, list[str]]:
    """Store the list at `path` (a file, or a directory of one CSV set); `label` is its source."""
    from sanctionwatch.lists import read_list

    if not path.exists():
        raise SanctionWatchError(f"{label}: no such file or directory")
    read = read_list(path)
    info = ListVersionInfo(
        name=name or _default_name(read.default_name, read.format, path),
        format=read.format,
        source=label,
        sha256=read.sha256,
        list_date=read.list_date,
    )
    try:
        outcome = store_list_version(
            engine, info, _counting(read, info), force=force, min_ratio=_min_ratio()
        )
    except DBAPIError as exc:
        if not _is_contention(exc):
            raise
        # Two loads of one list: the other committed (or holds the store) first.
        raise SanctionWatchError(
            f"{label}: list {info.name!r} is being loaded by another process at the same time; "
            "this load was rolled back and the list serves as before: run it again once the "
            "other has finished"
        ) from None
    return outcome, [*read.warnings, *_lost_entities(engine, outcome)]


def _is_contention(exc: DBAPIError) -> bool:
    """A clash on the version number, a lock wait given up, or a serialisation failure."""
    if isinstance(exc, IntegrityError):
        return True
    text = str(exc.orig).lower()
    return any(s in text for s in ("database is locked", "could not serialize", "deadlock", "lock"))


def _lost_entities(engine: Engine, outcome: LoadOutcome) -> list[str]:
    """A warning naming the entities of the previous version that the new one lacks."""
    if outcome.unchanged or outcome.previous_entities is None or outcome.version is None:
        return []
    from sanctionwatch.store.lists import removed_parties

    try:
        from_version, to_version, gone = removed_parties(engine, outcome.name)
    except SanctionWatchError:
        return []
    if to_version != outcome.version or not gone:
        return []
    shown = ", ".join(f"{e['id']} ({e['caption']})" for e in gone[:MAX_NAMED])
    more = f" and {len(gone) - MAX_NAMED:,} more" if len(gone) > MAX_NAMED else ""
    return [
        f"{outcome.name}: version {outcome.version} lacks {len(gone):,} entities that version "
        f"{from_version} had: {shown}{more} (see `sanctionwatch lists diff {outcome.name}`)"
    ]


def _default_name(suggested: str, fmt: str, path: Path) -> str:
    """The reader's suggestion, except for FtM exports, which all look alike.

    OpenSanctions publishes every dataset as `<dataset>/entities.ftm.json`, so the
    folder names the list; two FtM files must not become versions of one list.
    """
    if fmt != "ftm_json":
        return suggested
    stem = path.name.split(".")[0]
    base = path.parent.name if stem in ("entities", "targets", "") else stem
    return "ftm_" + re.sub(r"[^a-z0-9]+", "_", base.lower()).strip("_")


def _counting(read: Any, info: ListVersionInfo) -> Iterator[dict[str, Any]]:
    """The reader's entities; once drained, its record and warning counts go into `info`."""
    yield from read.entities()
    info.records = read.records
    info.warnings = len(read.warnings)


def _download_limits() -> dict[str, Any]:
    return {
        "max_bytes": settings.get_int("LIST_MAX_BYTES"),
        "timeout": float(settings.get("HTTP_TIMEOUT")),
    }


def _min_ratio() -> float:
    return float(settings.get("LIST_MIN_RATIO"))


def configured_sources() -> list[dict[str, Any]]:
    """The official sources, or those of the file named by SANCTIONWATCH_LIST_SOURCES."""
    path = settings.get("LIST_SOURCES")
    if not path:
        from sanctionwatch.lists.sources import official_sources

        return official_sources()
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, json.JSONDecodeError) as err:
        raise SanctionWatchError(f"{path}: cannot read list sources: {err}") from None
    if isinstance(data, dict):  # the shape of the built-in table, {"sources": [...]}
        data = data.get("sources")
    if not isinstance(data, list) or not all(
        isinstance(d, dict) and "name" in d and ("url" in d or "urls" in d) for d in data
    ):
        raise SanctionWatchError(
            f"{path}: expected a JSON list of objects with 'name' and 'url' (or 'urls')"
        )
    return data


def update_sources(
    engine: Engine,
    names: list[str] | None = None,
    *,
    force: bool = False,
    on_done: Callable[[str, LoadOutcome | None, str | None], None] | None = None,
) -> LoadReport:
    """Fetch each configured list and load it; a list that fails keeps serving as it was."""
    sources = configured_sources()
    if names:
        unknown = sorted(set(names) - {s["name"] for s in sources})
        if unknown:
            known = ", ".join(s["name"] for s in sources)
            raise SanctionWatchError(f"unknown list {', '.join(unknown)}: configured are {known}")
        sources = [s for s in sources if s["name"] in names]
    report = LoadReport()
    for src in sources:
        try:
            outcome, warnings = _update_one(engine, src, force=force)
        except SanctionWatchError as err:
            report.failed.append((src["name"], str(err)))
            if on_done:
                on_done(src["name"], None, str(err))
            continue
        report.loaded.append(outcome)
        report.warnings.extend(warnings)
        if on_done:
            on_done(src["name"], outcome, None)
    return report


def _update_one(
    engine: Engine, src: dict[str, Any], *, force: bool
) -> tuple[LoadOutcome, list[str]]:
    from sanctionwatch.lists.fetch import download_source
    from sanctionwatch.lists.sources import source_urls

    with tempfile.TemporaryDirectory() as tmp:
        # A multi-file set (OFAC's CSVs) arrives as one folder, which reads as one list.
        target = download_source(src, tmp, **_download_limits())
        label = " ".join(source_urls(src))
        return load_path(engine, target, label=label, name=src["name"], force=force)


def yielding(work: Callable[[], T], niceness: int | None = None) -> T:
    """`work()` at `niceness` (default: the LOAD_NICENESS setting) more than this process,
    so that a server on this host, answering meanwhile, keeps the cores.

    A list load is CPU-seconds of background work (storing the list, then the serving
    files, profiles and links derived from it); at the server's priority it took a core
    from the requests for as long. Linux keeps a niceness per thread: `work` runs in a
    thread of its own, reniced, and the process (a test session calling the CLI, say)
    keeps its priority. Elsewhere, or with niceness 0, it runs here as it is. What it
    raises is raised here; the caller waits for it.
    """
    if niceness is None:
        from sanctionwatch import settings

        niceness = settings.get_int("LOAD_NICENESS")
    if niceness <= 0 or not sys.platform.startswith("linux"):
        return work()
    done: list[T] = []
    failed: list[BaseException] = []

    def run() -> None:
        try:
            tid = threading.get_native_id()
            try:
                now = os.getpriority(os.PRIO_PROCESS, tid)
                os.setpriority(os.PRIO_PROCESS, tid, min(19, now + niceness))
            except OSError as err:  # not allowed here: at the process's priority
                log.debug("cannot lower this thread's priority: %s", err)
            done.append(work())
        except BaseException as exc:  # noqa: BLE001 - raised again in the caller
            failed.append(exc)

    # A daemon: an interrupted caller (Ctrl-C) ends the process, as it would without the
    # thread; an unfinished load's transaction is then rolled back.
    thread = threading.Thread(target=run, name="sanctionwatch-load", daemon=True)
    thread.start()
    thread.join()
    if failed:
        raise failed[0]
    return done[0]
