"""A new list version's index lends the unchanged entities' prepared names from the
previous file: the result is the index a fresh build gives."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from sanctionwatch import indexfile, served
from sanctionwatch.lists import read_list
from sanctionwatch.screening import Query
from sanctionwatch.served import build_served, load_served
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import ListVersionInfo, store_list_version
from sanctionwatch.store.versions import current_basis
from tests.conftest import LISTS

ZALA = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"
UN = LISTS / "un" / "consolidated.xml"


def _load(engine: Any, path: Path, name: str, sha: str, keep: int | None = None) -> None:
    entities = list(read_list(path).entities())
    if keep is not None:  # an older edition: fewer entities, one of them renamed
        entities = entities[:keep]
        first = next(e for e in entities if e.get("schema") == "Person")
        first["properties"] = {**first["properties"], "name": ["Renamed Person Example"]}
    info = ListVersionInfo(name=name, format="ftm", source=str(path), sha256=sha)
    store_list_version(engine, info, entities, force=True)


def _plain(index: Any) -> dict[str, Any]:
    parts = indexfile.index_parts(index)
    assert parts is not None
    entities = indexfile.LazyEntities(parts["entities"], parts["count"]).materialize()
    decoded = {k: v for k, v in parts.items() if k != "entities"}
    for key in ("slot", "postings", "deletes"):
        decoded[key] = indexfile.ShardedMap(parts[key]).materialize()
    decoded["entities"] = [None if e is None else indexfile.encode_query(e) for e in entities]
    return decoded


def test_an_index_built_with_a_previous_one_equals_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 's.db'}")
    _load(engine, UN, "un_sc", "un-1")
    _load(engine, ZALA, "zala", "zala-1", keep=60)
    load_served(engine)  # written, with each entity's digest
    _load(engine, ZALA, "zala", "zala-2")  # a new version: 31 added, one renamed back
    basis = current_basis(engine)
    lent: list[str] = []
    previous_index = served._previous  # the file the load below borrows from

    def spy(folder: Path, target: Path) -> Any:
        found = previous_index(folder, target)
        assert found is not None, "the previous file was not offered"
        lent.extend(found.digests)
        return found

    monkeypatch.setattr(served, "_previous", spy)
    reused = load_served(engine, basis)
    assert lent  # the previous file lent its entities
    fresh = build_served(engine, basis)
    assert _plain(reused.index) == _plain(fresh.index)
    assert dict(reused.digests) == dict(fresh.digests)
    query = Query(names=["Renamed Person Example"])
    assert [h.entity_id for h in reused.index.match(query)] == [
        h.entity_id for h in fresh.index.match(query)
    ]


def test_a_file_of_other_code_lends_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 's.db'}")
    _load(engine, ZALA, "zala", "zala-1", keep=60)
    first = load_served(engine)
    folder = indexfile.index_dir(engine)
    assert folder is not None and first.digests
    monkeypatch.setattr(indexfile, "code_fingerprint", lambda: "other-code")
    assert served._previous(folder, folder / "none.swindex") is None
