"""Preparing the serving files after one list gets a new version (what `lists load`
does) lends what the lists that did not change already had, and writes the same index
and snapshot files as a build from nothing."""

from __future__ import annotations

import marshal
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch import indexfile, served
from sanctionwatch.api import snapshot
from sanctionwatch.api.prepare import prepare
from sanctionwatch.lists import read_list
from sanctionwatch.store import get_engine
from tests.conftest import CONS_DEC, CONS_JUNE, UN, store_list


def _decoded(path: Path) -> dict[str, Any]:
    """A file's header (less what names the file) and its parts, every blob decoded:
    marshal's bytes for equal values may differ (shared references), the values not."""
    header, parts = indexfile.load(path, path.name.split(".")[0])
    out: dict[str, Any] = {"header": {k: v for k, v in header.items() if k != "key"}}
    for name, value in parts.items():
        if isinstance(value, list) and value and isinstance(value[0], bytes):
            value = [marshal.loads(blob) for blob in value]
        out[name] = value
    return out


def test_a_new_version_prepares_the_files_a_full_rebuild_writes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 's.db'}")
    store_list(engine, UN, "un_sc", "un-1")
    store_list(engine, CONS_JUNE, "ofac_cons", "cons-2025-06")
    prepare(engine)  # the files a server of these two versions reads
    store_list(engine, CONS_DEC, "ofac_cons", "cons-2025-12")

    lent: dict[str, Any] = {}
    real_build = served.Index.build

    def spy(items: Any, keys: Any = None) -> Any:
        lent.update(keys or {})
        return real_build(items, keys)

    with monkeypatch.context() as patched:
        patched.setattr(served.Index, "build", staticmethod(spy))
        basis = prepare(engine)
    # UN's entities (and OFAC's unchanged ones) came with their index keys
    un_ids = {e["id"] for e in read_list(UN).entities()}
    assert len(un_ids & set(lent)) > 1000

    index_path = served.index_file(engine, basis)
    snapshot_path = snapshot.snapshot_file(engine, basis)
    assert index_path is not None and index_path.exists()
    assert snapshot_path is not None and snapshot_path.exists()

    # The same files built from nothing: no earlier file to lend from.
    full = tmp_path / "full"
    full.mkdir()
    fresh = served.build_served(engine, basis)
    served._write(fresh, full / index_path.name, index_path.name.split(".")[0])
    _basis, status = snapshot.consistent_state(engine)
    snapshot.write_snapshot(
        full / snapshot_path.name, snapshot._build(engine, basis, status), basis
    )

    assert _decoded(index_path) == _decoded(full / index_path.name)
    assert _decoded(snapshot_path) == _decoded(full / snapshot_path.name)
