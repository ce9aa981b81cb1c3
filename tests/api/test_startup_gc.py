"""`serve` keeps garbage collection off during start-up; it must come back on after the
first index build, whether the store has lists or not and whether the build worked."""

import asyncio
import contextlib
import gc
import os
import time
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from sanctionwatch.api.processes import ScoringProcesses
from sanctionwatch.store import get_engine
from tests.api.conftest import make_app, serve


@pytest.fixture
def gc_off() -> Iterator[None]:
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        gc.unfreeze()
        if was:
            gc.enable()


def _until(done: Callable[[], bool]) -> bool:
    for _ in range(600):  # up to 30 s on a loaded machine
        if done():
            return True
        time.sleep(0.05)
    return False


def _ready(url: str) -> None:
    with httpx.Client(base_url=url, timeout=30) as http:
        assert _until(lambda: http.get("/readyz").status_code == 200), "never ready"


@pytest.mark.parametrize("with_lists", [True, False])
def test_collection_is_back_on_after_the_first_build(
    gc_off: None, engine: Engine, tmp_path: Path, with_lists: bool
) -> None:
    store = engine if with_lists else get_engine(f"sqlite:///{tmp_path / 'empty.db'}")
    app = make_app(store, wait_for_index=False, collect_after_start=True)
    assert not gc.isenabled()
    with serve(app) as url:
        if with_lists:
            _ready(url)
        else:  # nothing to build: the start-up ends at once
            _until(gc.isenabled)
        assert gc.isenabled()


def test_collection_left_alone_without_the_flag(gc_off: None, engine: Engine) -> None:
    with serve(make_app(engine, wait_for_index=False)) as url:
        _ready(url)
        assert not gc.isenabled()


def _collecting(_snapshot: object, _budget: object) -> tuple[int, bool]:
    return os.getpid(), gc.isenabled()


@contextlib.contextmanager
def _scoring_after_a_match(
    engine: Engine,
) -> Iterator[tuple[ScoringProcesses, asyncio.AbstractEventLoop]]:
    """`serve` with two scoring processes forked inside its first build (collection off
    then), once one /match has been answered: the processes and the loop that talks to
    them."""
    app = make_app(engine, wait_for_index=False, collect_after_start=True, processes=2)
    body = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}}}
    with serve(app) as url:
        _ready(url)
        assert httpx.post(f"{url}/match/default", json=body, timeout=30).status_code == 200
        scoring = app.state.holder.scoring
        assert scoring is not None and scoring._loop is not None
        yield scoring, scoring._loop


def test_scoring_processes_forked_at_start_up_collect(gc_off: None, engine: Engine) -> None:
    """Forked inside the first build, while `serve` has collection off, each scoring
    process must turn it on for itself, or no reference cycle it makes is ever freed."""
    with _scoring_after_a_match(engine) as (scoring, loop):

        async def ask() -> list[tuple[int, bool]]:
            deadline = time.monotonic() + 30
            calls = [scoring._submit(c, _collecting, deadline, 30.0, ()) for c in scoring._children]
            return list(await asyncio.gather(*calls))

        answers = asyncio.run_coroutine_threadsafe(ask(), loop).result(timeout=60)
    assert sorted(pid for pid, _ in answers) == scoring.pids
    assert all(collecting for _, collecting in answers)


class _Node:
    """A weakly referenced object, to see whether a reference cycle was freed."""

    other: object = None


_KEPT: list[dict[str, list[int]]] = []  # what a call keeps, as a cache's new entries
_DROPPED: list[weakref.ref[_Node]] = []


def _keep_and_drop(_snapshot: object, _budget: object) -> bool:
    _KEPT.extend({"n": [i]} for i in range(5000))  # enough for young collections to run
    cycle = _Node()
    cycle.other = cycle
    _DROPPED.append(weakref.ref(cycle))
    return gc.isenabled()


def _kept_frozen_cycle_freed(_snapshot: object, _budget: object) -> tuple[bool, bool]:
    seen = {id(o) for o in gc.get_objects()}  # every tracked object the collector walks
    return _DROPPED[-1]() is None, not any(id(kept) in seen for kept in _KEPT)


def test_scoring_processes_freeze_what_calls_keep_between_calls(
    gc_off: None, engine: Engine
) -> None:
    """Between two calls a scoring process collects the young objects (a cycle a call
    dropped is freed) and freezes what survives, so no later collection walks what
    the calls kept (a full collection inside a call, walking every object kept since
    the fork, was the /match p99 tail)."""
    with _scoring_after_a_match(engine) as (scoring, loop):
        child = scoring._children[0]

        def call(work: Callable[[object, object], Any]) -> Any:
            async def ask() -> Any:  # one call at a time: the process is idle between them
                return await scoring._submit(child, work, time.monotonic() + 30, 30.0, ())

            return asyncio.run_coroutine_threadsafe(ask(), loop).result(timeout=60)

        assert call(_keep_and_drop)
        # The process collects once it finds no call waiting; on a busy machine the next
        # call may come first, and the collection waits for the end of that one.
        assert _until(lambda: call(_kept_frozen_cycle_freed) == (True, True))
