"""kill -9 at random moments of an ingest and of a list load, on each store, then
consistency checks. The work runs in a forked child (no start-up cost) that is killed
with SIGKILL: mid-transaction for the list load (after a random number of entities),
after a random delay for the ingest. `bench/faults.py` does the same with the real CLI,
20 moments per command and store; `pytest --slow` kills 20 times here too."""

from __future__ import annotations

import multiprocessing
import os
import random
import signal
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sanctionwatch.batch import run_ingest
from sanctionwatch.lists import read_list
from sanctionwatch.loading import load_source
from sanctionwatch.store import db, get_engine
from sanctionwatch.store.lists import ListVersionInfo, list_status, store_list_version
from sanctionwatch.store.tables import actions, articles, list_entities, list_versions
from tests.conftest import CORPUS, LISTS

FORK = multiprocessing.get_context("fork")
OFAC = LISTS / "ofac" / "2024-05" / "sdn.csv"


def moments(request: pytest.FixtureRequest) -> int:
    """Kills per test: 3, or 20 under --slow (the issue's figure)."""
    return 20 if request.config.getoption("--slow") else 3


def _fresh_engine(url: str) -> Any:
    db.get_engine.cache_clear()  # never share the parent's pooled connections
    return get_engine(url)


def _head(path: Path, lines: int) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"".join(OFAC.read_bytes().splitlines(keepends=True)[:lines]))
    return path


def _load_until_killed(url: str, path: str, stop_after: int, ready: Any) -> None:
    engine = _fresh_engine(url)
    read = read_list(path)

    def entities() -> Iterator[dict[str, Any]]:
        for n, entity in enumerate(read.entities()):
            if n == stop_after:
                ready.set()
                time.sleep(60)  # killed here, inside the load's transaction
            yield entity

    info = ListVersionInfo(name="ofac", format="ofac_csv", source=path, sha256="v2")
    store_list_version(engine, info, entities(), force=True)
    ready.set()


def _current(url: str) -> tuple[int, int, int]:
    """(current versions, entities it claims, entity rows it has) of list 'ofac'."""
    engine = get_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(
            select(list_versions).where(
                list_versions.c.name == "ofac", list_versions.c.is_current.is_(True)
            )
        ).all()
        count = conn.scalar(
            select(func.count())
            .select_from(list_entities)
            .where(list_entities.c.version_pk == rows[0].pk)
        )
    return len(rows), rows[0].entities, int(count or 0)


def test_a_list_load_killed_mid_transaction(
    tmp_path: Path, store_url: str, request: pytest.FixtureRequest
) -> None:
    engine = get_engine(store_url)
    load_source(engine, str(_head(tmp_path / "v1" / "sdn.csv", 300)), name="ofac")
    before = list_status(engine)
    v2 = str(_head(tmp_path / "v2" / "sdn.csv", 600))
    rng = random.Random(5)
    for _ in range(moments(request)):
        ready = FORK.Event()
        child = FORK.Process(
            target=_load_until_killed, args=(store_url, v2, rng.randint(0, 1100), ready)
        )
        child.start()
        assert ready.wait(120)
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        assert list_status(engine) == before  # the previous version serves, untouched
        current, claimed, rows = _current(store_url)
        assert current == 1 and claimed == rows
    outcome, _ = load_source(engine, v2, name="ofac")
    assert outcome.version == 2 and _current(store_url)[1:] == (outcome.entities,) * 2


def _ingest(url: str, paths: list[str]) -> None:
    run_ingest(paths, _fresh_engine(url))


def _per_article(url: str) -> dict[str, int]:
    engine = get_engine(url)
    query = (
        select(articles.c.content_hash, func.count(actions.c.pk))
        .select_from(articles.outerjoin(actions, actions.c.article_pk == articles.c.pk))
        .group_by(articles.c.content_hash)
    )
    with engine.connect() as conn:
        return {h: int(n) for h, n in conn.execute(query)}


@pytest.fixture(scope="module")
def reference(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, int], float]:
    """Actions per article of a clean ingest of the dev corpus, and how long it took."""
    url = f"sqlite:///{tmp_path_factory.mktemp('ref') / 'ref.db'}"
    started = time.monotonic()
    run_ingest([str(CORPUS / "dev")], get_engine(url))
    return _per_article(url), time.monotonic() - started


def test_an_ingest_killed_at_random_moments(
    store_url: str, reference: tuple[dict[str, int], float], request: pytest.FixtureRequest
) -> None:
    expected, took = reference
    engine = get_engine(store_url)
    rng = random.Random(7)
    for _ in range(moments(request)):
        child = FORK.Process(target=_ingest, args=(store_url, [str(CORPUS / "dev")]))
        child.start()
        time.sleep(rng.uniform(0.05, took))
        os.kill(child.pid or 0, signal.SIGKILL)
        child.join()
        stored = _per_article(store_url)
        half = {h: n for h, n in stored.items() if n != expected.get(h)}
        assert half == {}, "an article stored without all of its actions"
    run_ingest([str(CORPUS / "dev")], engine)
    assert _per_article(store_url) == expected
