"""Two writers at once, as separate processes: nothing lost, nothing stored twice.

Issue 9: two overlapping ingests lost 900 of 1,900 articles (the loser died on an
IntegrityError), and disjoint ones crashed on PostgreSQL while rebuilding events.
Issue 8: two ingests and a list load at once must lose and duplicate nothing.
The large version (1,000 + 1,000 articles, 20 runs) is `bench/concurrent_ingest.py`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select

from sanctionwatch.batch import run_ingest
from sanctionwatch.linking import relink_all
from sanctionwatch.store import get_engine
from sanctionwatch.store.events_writer import events_behind
from sanctionwatch.store.tables import actions, articles, event_actions, links, list_versions
from tests.conftest import CORPUS, LISTS
from tests.events.test_incremental import _partition

CLI = str(Path(sys.executable).with_name("sanctionwatch"))


def _texts(n: int) -> list[str]:
    files = sorted(CORPUS.glob("dev/*.txt")) + sorted(CORPUS.glob("train/*.txt"))
    return [str(p) for p in files[:n]]


def _run_at_once(*commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    procs = [
        subprocess.Popen([CLI, *c], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        for c in commands
    ]
    out = [p.communicate(timeout=600)[0] for p in procs]
    return [
        subprocess.CompletedProcess(c, p.returncode, o, "")
        for c, p, o in zip(commands, procs, out, strict=True)
    ]


def _consistent(engine: Engine) -> tuple[int, int]:
    """(articles, news actions), after checking each news action is in exactly one event."""
    with engine.connect() as conn:
        stored = conn.scalar(select(func.count()).select_from(articles))
        hashes = conn.scalar(select(func.count(articles.c.content_hash.distinct())))
        news = conn.scalar(select(func.count()).select_from(actions).where(~actions.c.background))
        placed = conn.scalar(select(func.count()).select_from(event_actions))
    assert stored == hashes and news == placed and not events_behind(engine)
    return int(stored or 0), int(news or 0)


@pytest.mark.parametrize(("a", "b"), [((0, 24), (8, 32)), ((0, 16), (16, 32))])
def test_two_ingests_at_once_store_every_article_once(
    store_url: str, tmp_path: Path, a: tuple[int, int], b: tuple[int, int]
) -> None:
    texts = _texts(32)
    runs = _run_at_once(
        ["ingest", *texts[a[0] : a[1]], "--db", store_url],
        ["ingest", *texts[b[0] : b[1]], "--db", store_url],
    )
    for run in runs:
        assert run.returncode == 0, run.stdout
    engine = get_engine(store_url)
    reference = get_engine(f"sqlite:///{tmp_path / 'serial.db'}")
    expected = run_ingest(texts[min(a[0], b[0]) : max(a[1], b[1])], reference)
    stored, _ = _consistent(engine)
    assert stored == expected.stored
    assert _partition(engine) == _partition(reference)  # the events a single ingest makes


@pytest.mark.slow
def test_two_ingests_and_a_list_load_at_once_lose_and_duplicate_nothing(
    store_url: str, tmp_path: Path
) -> None:
    texts = _texts(24)
    un = LISTS / "un" / "consolidated.xml"
    runs = _run_at_once(
        ["ingest", *texts[:16], "--db", store_url],
        ["lists", "load", str(un), "--name", "un_sc", "--db", store_url],
        ["ingest", *texts[8:], "--db", store_url],
    )
    for run in runs:
        assert run.returncode == 0, run.stdout
    engine = get_engine(store_url)
    reference = get_engine(f"sqlite:///{tmp_path / 'serial.db'}")
    assert _consistent(engine)[0] == run_ingest(texts, reference).stored
    assert _partition(engine) == _partition(reference)
    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(list_versions)) == 1
        after = set(conn.execute(select(links.c.target_pk, links.c.entity_id, links.c.score)))
    relink_all(engine)  # the links the last writer left are those of a fresh relink
    with engine.connect() as conn:
        fresh = set(conn.execute(select(links.c.target_pk, links.c.entity_id, links.c.score)))
    assert after == fresh
