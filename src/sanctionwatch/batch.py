"""Batch jobs over many articles: extract to report files, or extract and store.

A bad item is reported and skipped; the batch goes on and its result says
what failed, so the command can exit non-zero.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sanctionwatch import __version__
from sanctionwatch.documents.readers import read_articles, safe_stem
from sanctionwatch.exc import InputError
from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import models_digest
from sanctionwatch.model import Article, Report

if TYPE_CHECKING:
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

# Stored with each article, so a later extractor can find what to re-extract: the
# rules' version and which trained models (`models_digest`) made the report.
EXTRACTOR_VERSION = f"rules-{__version__}+models-{models_digest()}"


@dataclass
class BatchResult:
    articles: int = 0
    actions: int = 0
    stored: int = 0
    duplicates: int = 0
    events: int | None = None  # events after the batch, when it stored anything
    repaired: int = 0  # actions an earlier, interrupted ingest had left in no event
    linked: int | None = None  # of the targets this run linked, those on a list (lists loaded)
    errors: list[InputError] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return len(self.errors)

    def summary(self) -> str:
        parts = [f"{self.articles} articles", f"{self.actions} actions"]
        if self.stored or self.duplicates:
            parts.append(f"{self.stored} stored, {self.duplicates} already stored")
        if self.events is not None:
            parts.append(f"{self.events} events")
        if self.repaired:
            parts.append(f"{self.repaired} actions an earlier run left in no event now placed")
        if self.linked is not None:
            parts.append(f"{self.linked} targets on a list")
        parts.append(f"{self.failed} failed")
        return ", ".join(parts)


def extract_reports(items: Iterable[Article | InputError], result: BatchResult) -> Iterator[Report]:
    """Reports for the articles among `items`; read errors and extraction crashes go to `result`."""
    for item in items:
        if isinstance(item, InputError):
            result.errors.append(item)
            continue
        try:
            report = extract(item)
        except Exception as err:  # an edge: one article's crash must not stop the batch
            log.debug("extraction failed", exc_info=True)
            result.errors.append(InputError(item.path or item.id, f"extraction failed: {err!r}"))
            continue
        result.articles += 1
        result.actions += len(report.actions)
        yield report


def run_extract(
    paths: Iterable[str],
    out_dir: Path | None,
    *,
    write_line: Callable[[str], None] | None = None,
    on_error: Callable[[InputError], None] | None = None,
    min_confidence: float = 0.0,
) -> BatchResult:
    """Write one `<stem>.json` report per article into `out_dir`, or JSON lines to `write_line`;
    actions and targets scored below `min_confidence` are left out."""
    result = BatchResult()
    if out_dir is not None:
        out_dir.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    for report in extract_reports(_tap(read_articles(paths), on_error), result):
        if min_confidence > 0:
            report = report.at_least(min_confidence)
        payload = report.to_dict()
        if out_dir is None:
            assert write_line is not None
            write_line(json.dumps(payload, ensure_ascii=False))
            continue
        stem = _unique(safe_stem(report.article.id), used, report.article.path)
        (out_dir / f"{stem}.json").write_text(
            json.dumps(payload, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    return result


def run_ingest(
    paths: Iterable[str],
    engine: Engine,
    *,
    on_error: Callable[[InputError], None] | None = None,
) -> BatchResult:
    """Extract and store every article; each article is its own transaction.

    Another ingest may run at the same time: an article it stores first counts
    here as already stored. Events are then updated from the queue, which also
    places actions an interrupted earlier run left in no event.
    """
    # the store and the linker load here, so `extract` starts without them
    from sanctionwatch.aftercare import after_ingest
    from sanctionwatch.store import save_report
    from sanctionwatch.store.events_writer import catch_up_events, update_events

    result = BatchResult()
    result.repaired = catch_up_events(engine)
    new_targets = 0
    for report in extract_reports(_tap(read_articles(paths), on_error), result):
        if save_report(engine, report, EXTRACTOR_VERSION):
            result.stored += 1
            new_targets += sum(len(a.targets) for a in report.actions)
        else:
            result.duplicates += 1
    update = update_events(engine)
    if result.stored or update.placed or result.repaired:
        result.events = update.events
    result.linked = after_ingest(engine, new_targets)
    return result


def _tap(
    items: Iterable[Article | InputError], on_error: Callable[[InputError], None] | None
) -> Iterator[Article | InputError]:
    """Pass items through, telling `on_error` about each error as it happens."""
    for item in items:
        if on_error is not None and isinstance(item, InputError):
            on_error(item)
        yield item


def _unique(stem: str, used: set[str], path: str | None) -> str:
    """Two inputs with one stem would overwrite each other's report: number the later one."""
    candidate, n = stem, 1
    while candidate in used:
        n += 1
        candidate = f"{stem}-{n}"
    if candidate != stem:
        log.warning(
            "%s: another article has the stem %r; report written as %s.json", path, stem, candidate
        )
    used.add(candidate)
    return candidate
