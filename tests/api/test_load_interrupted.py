"""`lists load` prepares the serving files before linking, watch and profiles. A load
that fails before its commit leaves the previous version serving and writes no file; one
whose aftercare fails after the files were prepared has committed: the files it wrote are
keyed by the new version and equal to what a server would build for it."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

import sanctionwatch.aftercare as aftercare
import sanctionwatch.store.lists as store_lists
from sanctionwatch import served
from sanctionwatch.api.prepare import prepared
from sanctionwatch.api.snapshot import _build, consistent_state, load_snapshot
from sanctionwatch.cli import app
from sanctionwatch.indexfile import index_dir
from sanctionwatch.store import get_engine
from tests.conftest import LISTS

UN = LISTS / "un" / "consolidated.xml"


def _files(folder: Path | None) -> set[str]:
    assert folder is not None
    return {p.name for p in folder.iterdir() if not p.name.startswith(".tmp-")}


def test_an_interrupted_load_leaves_no_file_a_server_would_trust(
    store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SANCTIONWATCH_INDEX_DIR", str(tmp_path / "index"))  # PostgreSQL's
    runner = CliRunner()
    load = ["lists", "load", str(UN), "--name", "un_sc", "--force", "--db", store_url]
    assert runner.invoke(app, load).exit_code == 0
    engine = get_engine(store_url)
    folder = index_dir(engine)
    before, _ = consistent_state(engine)
    files = _files(folder)
    assert prepared(engine) and files

    def broken(*args: object) -> None:
        raise RuntimeError("interrupted before the commit")

    # 1. fails inside the load's transaction, before it commits
    with monkeypatch.context() as patched:
        patched.setattr(store_lists, "_prune", broken)
        failed = runner.invoke(app, load)
    assert failed.exit_code != 0 and "before the commit" in str(failed.exception)
    assert consistent_state(engine)[0] == before  # the previous version serves
    assert _files(folder) == files and prepared(engine)  # nothing written, nothing stale

    # 2. committed, files prepared, then linking fails
    with monkeypatch.context() as patched:
        patched.setattr(aftercare, "after_lists_changed", broken)
        failed = runner.invoke(app, load)
    assert failed.exit_code != 0 and "before the commit" in str(failed.exception)
    basis, status = consistent_state(engine)
    assert basis != before and prepared(engine)
    assert _files(folder) > files  # the new version's files beside the old ones
    kept = load_snapshot(engine, basis, status, build=False)  # read from its file
    fresh = _build(engine, basis, status)
    assert dict(kept.materialized().entities) == dict(fresh.entities)
    kept_index = served.read_kept(folder, basis)  # type: ignore[arg-type]
    assert kept_index is not None
    assert dict(kept_index.digests) == dict(served.build_served(engine, basis).digests)
    # the old version's files name the old version only: never read for the new one
    assert served.index_file(engine, basis).name not in files  # type: ignore[union-attr]
