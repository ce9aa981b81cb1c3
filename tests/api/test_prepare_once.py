"""`prepare` reads and decodes the list entities once for the index and the snapshot:
both equal what each builds alone from the store, also for an id on two lists (which
the index merges into the row it read first)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch import served
from sanctionwatch.api import prepare as prepare_module
from sanctionwatch.api.snapshot import _build, consistent_state, read_snapshot, snapshot_file
from sanctionwatch.lists import read_list
from sanctionwatch.store import get_engine, versions
from sanctionwatch.store.lists import ListVersionInfo, store_list_version
from tests.conftest import LISTS

ZALA = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"


def _store(engine: Any, name: str, entities: list[dict[str, Any]]) -> None:
    info = ListVersionInfo(name=name, format="ftm", source=name, sha256=name)
    store_list_version(engine, info, entities)


def _plain(value: Any) -> Any:
    return json.loads(json.dumps(value, sort_keys=True, default=str))


def test_one_read_gives_the_files_each_builds_alone(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 's.db'}")
    entities = list(read_list(ZALA).entities())
    person = next(e for e in entities if e.get("schema") == "Person")
    # the same person on a second list, with a name the first lacks: merged by both
    twin = {**person, "properties": {**person["properties"], "name": ["Twin Name Example"]}}
    _store(engine, "zala", entities)
    _store(engine, "other", [twin])
    reads: list[int] = []
    real = versions.version_entities

    def counted(*args: Any) -> Any:
        reads.append(1)
        return real(*args)

    with monkeypatch.context() as patched:
        patched.setattr(versions, "version_entities", counted)
        basis = prepare_module.prepare(engine)
    assert len(reads) == 1  # one read of the store for both files

    basis_now, status = consistent_state(engine)
    assert basis_now == basis
    path = snapshot_file(engine, basis)
    assert path is not None and path.exists()
    written = read_snapshot(path).materialized()
    alone = _build(engine, basis, status)
    assert _plain(dict(written.entities)) == _plain(alone.entities)
    assert written.entities[str(person["id"])]["datasets"] == ["other", "zala"]
    assert _plain(dict(written.reverse)) == _plain(alone.reverse)
    assert {k: set(v) for k, v in written.text.names.items()} == {
        k: set(v) for k, v in alone.text.names.items()
    }
    assert dict(written.text.postings) == dict(alone.text.postings)

    kept = served.load_served(engine, basis)  # from the file prepare wrote
    fresh = served.build_served(engine, basis)
    assert dict(kept.digests) == dict(fresh.digests)
    assert {k: v.encode() for k, v in kept.entities.items()} == {
        k: v.encode() for k, v in fresh.entities.items()
    }
    names = kept.index.get(str(person["id"])).names
    assert "Twin Name Example" in names and person["properties"]["name"][0] in names
