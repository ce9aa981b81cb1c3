"""Links from news targets to list entities: what linking reads and writes.

Links for a set of targets are replaced in one transaction together with the targets'
check marks, so a target is either screened with its links stored, or not screened.
"""

from __future__ import annotations

import random
import time
from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Engine, delete, func, insert, select
from sqlalchemy.exc import IntegrityError, OperationalError

from sanctionwatch.store.tables import (
    actions,
    articles,
    links,
    target_checks,
    targets,
    targets_pending,
)
from sanctionwatch.store.versions import Basis, write_basis

CHUNK = 500  # ids per IN (...) clause
RETRIES = 5


def _chunks(values: Iterable[Any]) -> Iterable[list[Any]]:
    items = sorted(set(values))
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


_TARGET_COLS = (
    targets.c.pk,
    targets.c.name,
    targets.c.kind,
    targets.c.role,
    targets.c.country,
    targets.c.aliases,
    targets.c.imo,
)


def all_targets(engine: Engine) -> list[Any]:
    with engine.connect() as conn:
        return list(conn.execute(select(*_TARGET_COLS).order_by(targets.c.pk)))


def unchecked_targets(engine: Engine) -> list[Any]:
    """Targets never screened (new since the last ingest or list change): the queue, by key."""
    # Driven by the queue (ordered by its key): ordered by targets.pk, SQLite scanned every
    # target and probed the queue for each, a cost of the store, not of the new targets.
    query = (
        select(*_TARGET_COLS)
        .select_from(targets_pending)
        .join(targets, targets_pending.c.target_pk == targets.c.pk)
        .order_by(targets_pending.c.target_pk)
    )
    with engine.connect() as conn:
        return list(conn.execute(query))


def targets_linked_to(engine: Engine, entity_ids: Iterable[str]) -> set[int]:
    found: set[int] = set()
    with engine.connect() as conn:
        for chunk in _chunks(entity_ids):
            query = select(links.c.target_pk).where(links.c.entity_id.in_(chunk))
            found.update(r[0] for r in conn.execute(query))
    return found


def replace_links(
    engine: Engine,
    target_pks: Iterable[int] | None,
    rows: list[dict[str, Any]],
    *,
    basis: Basis | None = None,
) -> None:
    """Replace the links of `target_pks` (None: of every target) with `rows`, mark those
    targets screened and, with `basis`, record the list versions the links now reflect.

    Two processes linking the same new targets at once (two ingests) can collide on the
    unique keys, or (PostgreSQL) deadlock on them; the later one then tries again, and now
    sees and replaces the other's rows.
    """
    for attempt in range(RETRIES):
        try:
            _replace(engine, target_pks, rows, basis)
            return
        except (IntegrityError, OperationalError) as exc:
            if attempt == RETRIES - 1 or not _retryable(exc):
                raise
            time.sleep(random.uniform(0.01, 0.05) * (attempt + 1))  # let the twin finish


# PostgreSQL's deadlock_detected and serialization_failure: the transaction was rolled back
# whole, so running it again is safe.
_RETRY_STATES = frozenset({"40P01", "40001"})


def _retryable(exc: IntegrityError | OperationalError) -> bool:
    if isinstance(exc, IntegrityError):
        return True
    return getattr(exc.orig, "sqlstate", None) in _RETRY_STATES


def _replace(
    engine: Engine, target_pks: Iterable[int] | None, rows: list[dict[str, Any]], basis: Any
) -> None:
    now = datetime.now(UTC)
    with engine.begin() as conn:
        if target_pks is None:
            conn.execute(delete(links))
            conn.execute(delete(target_checks))
            conn.execute(delete(targets_pending))
            pks = [r[0] for r in conn.execute(select(targets.c.pk))]
        else:
            pks = sorted(set(target_pks))
            for chunk in _chunks(pks):
                conn.execute(delete(links).where(links.c.target_pk.in_(chunk)))
                conn.execute(delete(target_checks).where(target_checks.c.target_pk.in_(chunk)))
                conn.execute(delete(targets_pending).where(targets_pending.c.target_pk.in_(chunk)))
        # A target deleted meanwhile (its article re-extracted) takes no links or check.
        alive = _existing(conn, pks)
        kept = [r for r in rows if r["target_pk"] in alive]
        if kept:
            conn.execute(insert(links), kept)
        if alive:
            conn.execute(
                insert(target_checks), [{"target_pk": pk, "checked_at": now} for pk in alive]
            )
        if basis is not None:
            write_basis(conn, "links", basis)


def _existing(conn: Connection, pks: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(pks):
        found.update(
            r[0] for r in conn.execute(select(targets.c.pk).where(targets.c.pk.in_(chunk)))
        )
    return found


def link_counts(engine: Engine) -> tuple[int, int]:
    """(news targets, targets with at least one match)."""
    with engine.connect() as conn:
        total = conn.scalar(select(func.count()).select_from(targets)) or 0
        linked = (
            conn.scalar(
                select(func.count(func.distinct(links.c.target_pk))).where(links.c.match.is_(True))
            )
            or 0
        )
    return total, linked


def targets_with_best_link(engine: Engine) -> tuple[list[Any], dict[int, Any]]:
    """Every target with its action and article, and each target's best-scoring link."""
    query = (
        select(
            targets.c.pk,
            targets.c.name,
            targets.c.kind,
            actions.c.authority,
            actions.c.status,
            actions.c.date,
            actions.c.background,
            articles.c.id.label("article_id"),
            articles.c.published,
        )
        .join(actions, actions.c.pk == targets.c.action_pk)
        .join(articles, articles.c.pk == actions.c.article_pk)
        .order_by(targets.c.pk)
    )
    with engine.connect() as conn:
        found = list(conn.execute(query))
        best: dict[int, Any] = {}
        for link in conn.execute(
            select(links).order_by(links.c.match.desc(), links.c.score.desc(), links.c.pk)
        ):
            best.setdefault(link.target_pk, link)
    return found, best
