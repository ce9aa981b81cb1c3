"""The API's snapshot on disk: read back equal to the built one, used instead of the
store, rebuilt when a list version changes, and refused (then rebuilt) when damaged."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sanctionwatch import indexfile
from sanctionwatch.api import prepare as prepare_module
from sanctionwatch.api import snapshot as snap
from sanctionwatch.api import state
from sanctionwatch.api.matching import ScreeningMatcher, build_matcher
from sanctionwatch.api.snapshot import consistent_state, load_snapshot, snapshot_file
from sanctionwatch.api.state import IndexHolder
from sanctionwatch.served import index_file
from tests.api.conftest import DEMO, _entity, demo_store, load_list

NEW = _entity("demo-new", "Person", name=["Kim Yong Bok Jr"], country=["kp"])


@pytest.fixture
def store(tmp_path: Path) -> Engine:
    return demo_store(f"sqlite:///{tmp_path / 's.db'}")


def _plain(snapshot: snap.Snapshot) -> dict[str, Any]:
    """Everything a snapshot serves, as plain values."""
    full = snapshot.materialized()
    return {
        "fingerprint": full.fingerprint,
        "lists": full.lists,
        "entities": dict(full.entities),
        "reverse": dict(full.reverse),
        "postings": dict(full.text.postings),
        "names": dict(full.text.names),
    }


def _load(engine: Engine) -> snap.Snapshot:
    basis, status = consistent_state(engine)
    return load_snapshot(engine, basis, status)


def test_a_written_snapshot_is_read_back_equal_and_the_store_is_not_read(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    built = _load(store)
    assert not built.lazy
    basis, _ = consistent_state(store)
    path = snapshot_file(store, basis)
    assert path is not None and path.exists()

    def no_store(*_args: Any) -> None:
        raise AssertionError("the snapshot was rebuilt from the store")

    monkeypatch.setattr(snap, "_build", no_store)
    again = _load(store)
    assert again.lazy  # read from the file, decoded on first use
    assert again.get("demo-kim") == built.get("demo-kim")
    assert again.text.search("kim yong") == built.text.search("kim yong")
    assert _plain(again) == _plain(built)
    assert len(again.entities) == len(built.entities) > 90


def test_a_new_list_version_gives_a_new_snapshot_file(store: Engine) -> None:
    first = _load(store)
    folder = indexfile.index_dir(store)
    assert folder is not None
    before = {p.name for p in folder.glob("*" + snap.SNAPSHOT_SUFFIX)}
    load_list(store, "demo", [*DEMO, NEW], "demo-2")
    second = _load(store)
    after = {p.name for p in folder.glob("*" + snap.SNAPSHOT_SUFFIX)}
    assert before < after and len(after) == 2
    assert first.get("demo-new") is None
    assert second.get("demo-new") is not None and second.fingerprint != first.fingerprint
    assert second.lists["demo"]["version"] == first.lists["demo"]["version"] + 1


def test_a_code_change_gives_another_key(store: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    basis, _ = consistent_state(store)
    key = snap.snapshot_key(basis)
    monkeypatch.setattr(snap, "code_fingerprint", lambda: "other-code")
    assert snap.snapshot_key(basis) != key


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty", "other-key"])
def test_a_damaged_snapshot_file_is_refused_and_rebuilt(
    store: Engine, damage: str, caplog: pytest.LogCaptureFixture
) -> None:
    built = _load(store)
    basis, _ = consistent_state(store)
    path = snapshot_file(store, basis)
    assert path is not None
    data = path.read_bytes()
    if damage == "truncate":  # a write cut short (the rename makes this rare, not impossible)
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        at = len(data) - 100
        path.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :])
    elif damage == "garbage":
        path.write_bytes(b"not a snapshot at all")
    elif damage == "empty":
        path.write_bytes(b"")
    else:  # a file copied in under another state's name
        load_list(store, "demo", [*DEMO, NEW], "demo-2")
        newer = _load(store)
        other = snapshot_file(store, consistent_state(store)[0])
        assert other is not None and newer.get("demo-new") is not None
        other.write_bytes(data)
        path, built = other, newer
    with caplog.at_level(logging.WARNING, logger="sanctionwatch.api.snapshot"):
        again = _load(store)
    expected = {
        "truncate": "truncated",
        "flip": "checksum mismatch",
        "garbage": "not an index file",
        "empty": "not an index file",
        "other-key": "written for another list state",
    }[damage]
    assert path.name in caplog.text and expected in caplog.text
    assert "rebuilding the API snapshot" in caplog.text
    assert not again.lazy  # rebuilt from the store, not trusted
    assert _plain(again) == _plain(built)
    assert snap.read_snapshot(path).get("demo-kim") == built.get("demo-kim")  # rewritten whole


def test_the_server_reads_the_files_prepare_wrote(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    basis = prepare_module.prepare(store)  # what `lists load` runs after a load
    for path in (index_file(store, basis), snapshot_file(store, basis)):
        assert path is not None and path.exists()

    def no_build(*_args: Any) -> None:
        raise AssertionError("built in the server process")

    monkeypatch.setattr(snap, "_build", no_build)
    monkeypatch.setattr("sanctionwatch.served.build_served", no_build)
    monkeypatch.setattr(prepare_module.subprocess, "run", no_build)  # no child needed
    holder = IndexHolder(store, build_matcher)
    assert holder.refresh()
    snapshot = holder.current()
    assert snapshot.get("demo-kim") is not None and snapshot.matcher is not None
    hits = snapshot.matcher.match(
        {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}},
        algorithm="best",
        candidates=5,
        accept=lambda _id: True,
        weights={},
        config={},
    )
    assert hits and hits[0].entity_id == "demo-kim"


def test_a_server_without_the_files_has_a_child_process_write_them(store: Engine) -> None:
    basis, _ = consistent_state(store)
    assert not prepare_module.prepared(store)
    assert prepare_module.prepare_elsewhere(store)  # a real `python -m` child
    for path in (index_file(store, basis), snapshot_file(store, basis)):
        assert path is not None and path.exists()
    assert prepare_module.prepared(store)


def test_a_failing_child_leaves_the_build_to_the_server(
    store: Engine, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(prepare_module.sys, "executable", "/bin/false")
    with caplog.at_level(logging.WARNING, logger="sanctionwatch.api.prepare"):
        assert not prepare_module.prepare_elsewhere(store)
    assert "the index builder failed" in caplog.text
    holder = IndexHolder(store, build_matcher)
    assert holder.refresh()  # built in this process instead
    assert holder.current().get("demo-kim") is not None


@pytest.mark.parametrize("slice_seconds", [0.0, 3600.0])
def test_a_swap_decodes_in_cpu_slices_with_a_pause_after_each(
    store: Engine, monkeypatch: pytest.MonkeyPatch, slice_seconds: float
) -> None:
    """While an old snapshot serves, the new one is decoded a CPU slice at a time with a
    pause after each (not after every blob: that made a swap's decoding 11 s long for
    1.9 s of CPU), every blob's objects frozen out of the collector's sight as they
    come; what serves is the same either way."""
    import gc

    from sanctionwatch.api import state

    _load(store)  # the files are written
    holder = IndexHolder(store)
    lazy = snap.build_snapshot(store)
    assert lazy.lazy
    sleeps: list[float] = []
    monkeypatch.setattr(state, "DECODE_SLICE", slice_seconds)
    monkeypatch.setattr(state.time, "sleep", sleeps.append)
    blobs = sum(1 for _ in snap.build_snapshot(store).warm_steps())
    frozen = gc.get_freeze_count()
    collecting = gc.isenabled()
    try:
        decoded = holder._decoded(lazy, pause=True)
    finally:
        monkeypatch.undo()
    assert gc.isenabled() == collecting
    assert gc.get_freeze_count() > frozen
    if slice_seconds == 0:  # every blob is a slice of its own
        assert len(sleeps) >= blobs > 1
    else:  # one slice: no pause at all
        assert sleeps == []
    assert _plain(decoded) == _plain(_load(store))
    assert [p.name for p in holder._timing] == ["decode", "materialize"]


@pytest.mark.parametrize(("in_process_max", "child"), [(5000, False), (0, True)])
def test_a_server_hands_the_build_to_a_child_only_past_in_process_max(
    store: Engine, monkeypatch: pytest.MonkeyPatch, in_process_max: int, child: bool
) -> None:
    # README and ARCHITECTURE.md: up to 5,000 list entities the server builds its files
    # itself; more, and a child process writes them (the demo store has a handful).
    calls: list[bool] = []

    def elsewhere(_engine: Engine, yield_cpu: bool = True) -> bool:
        calls.append(yield_cpu)
        return False  # as a failed child: the server then builds here

    assert state.IN_PROCESS_MAX == 5000
    monkeypatch.setattr(state, "IN_PROCESS_MAX", in_process_max)
    monkeypatch.setattr(state, "prepare_elsewhere", elsewhere)
    holder = IndexHolder(store, build_matcher)
    assert holder.refresh()
    assert holder.current().get("demo-kim") is not None
    assert calls == ([False] if child else [])  # at start-up nothing serves: full priority


@pytest.mark.parametrize(("warm_max", "decoded"), [(250_000, True), (0, False)])
def test_a_server_decodes_the_index_in_full_only_up_to_warm_max(
    store: Engine, monkeypatch: pytest.MonkeyPatch, warm_max: int, decoded: bool
) -> None:
    # ARCHITECTURE.md: long-lived processes decode the index file whole up to WARM_MAX
    # (250,000) entities; past it the index stays lazy, decoded as queries touch it.
    assert state.WARM_MAX == 250_000
    monkeypatch.setattr(state, "WARM_MAX", warm_max)
    prepare_module.prepare(store)  # the files a server reads, as `lists load` writes them
    holder = IndexHolder(store, build_matcher)
    assert holder.refresh()
    matcher = holder.current().matcher
    assert isinstance(matcher, ScreeningMatcher)
    index = matcher.index
    lazy = [
        name
        for name, value in vars(index).items()
        if isinstance(value, indexfile.LazyEntities | indexfile.ShardedMap)
    ]
    assert (lazy == []) is decoded, lazy


def test_the_decoded_snapshot_has_loaded_what_the_first_han_query_needs(tmp_path: Path) -> None:
    """The scoring processes are forked from the decoded snapshot: pypinyin's
    dictionaries (a quarter of a CPU-second) are loaded by then, not by each process on
    its first query with a Han character, mid-request. A server reading the files
    `lists load` prepared, in a fresh interpreter (no earlier test has loaded them)."""
    url = f"sqlite:///{tmp_path / 'han.db'}"
    prepare = "from sanctionwatch.api.prepare import prepare; prepare(demo_store(sys.argv[1]))"
    serve = """
holder = IndexHolder(get_engine(sys.argv[1]), build_matcher)
before = "pypinyin" in sys.modules
holder.refresh()
print(before, "pypinyin" in sys.modules)
"""
    head = """
import sys
from sanctionwatch.api.matching import build_matcher
from sanctionwatch.api.state import IndexHolder
from sanctionwatch.store import get_engine
from tests.api.conftest import demo_store
"""
    root = Path(__file__).resolve().parents[2]
    for script in (prepare, serve):
        done = subprocess.run(
            [sys.executable, "-c", head + script, url],
            capture_output=True,
            text=True,
            check=True,
            timeout=300,
            cwd=root,
        )
    assert done.stdout.split() == ["False", "True"], done.stdout + done.stderr
