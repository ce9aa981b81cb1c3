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
from tests.conftest import CONS_DEC, CONS_JUNE, LISTS, UN, store_list

ZALA = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"


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


def _cons_after_scorer_change(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Any:
    """A store serving the UN list and OFAC's June consolidated list, then given the
    December version after a scorer change (another `code_fingerprint` only)."""
    engine = get_engine(f"sqlite:///{tmp_path / 's.db'}")
    store_list(engine, UN, "un_sc", "un-1")
    store_list(engine, CONS_JUNE, "ofac_cons", "cons-2025-06")
    load_served(engine)
    monkeypatch.setattr(indexfile, "code_fingerprint", lambda: "other-scorer")
    store_list(engine, CONS_DEC, "ofac_cons", "cons-2025-12")
    return engine


def test_a_new_ofac_version_built_after_a_scorer_change_equals_a_fresh_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Two real OFAC consolidated versions: the second index, built after the scorer or
    retrieval code changed (another `code_fingerprint`, the same preparation), borrows
    the unchanged entities' preparation and is the index a fresh build gives."""
    engine = _cons_after_scorer_change(tmp_path, monkeypatch)
    basis = current_basis(engine)
    prepared: list[Any] = []
    real_prepare = served.Index.build

    def spy(items: Any, keys: Any = None) -> Any:
        items = list(items)
        prepared.extend(i for i in items if not isinstance(i, Query))
        return real_prepare(items, keys)

    monkeypatch.setattr(served.Index, "build", staticmethod(spy))
    reused = load_served(engine, basis)
    lent = len(reused.index) - len(prepared)
    assert lent > 1000  # UN's entities and OFAC's unchanged ones came prepared
    assert prepared  # what the new version changed was prepared again
    monkeypatch.undo()
    fresh = build_served(engine, basis)
    assert _plain(reused.index) == _plain(fresh.index)
    assert dict(reused.digests) == dict(fresh.digests)
    for name in ("Banco Nacional de Cuba", "KIM Jong Un", "Hamas", "Rosneft"):
        query = Query(names=[name])
        assert [(h.entity_id, h.score) for h in reused.index.match(query)] == [
            (h.entity_id, h.score) for h in fresh.index.match(query)
        ]


def _keyed_load(engine: Any, monkeypatch: pytest.MonkeyPatch) -> tuple[Any, int, int]:
    """The index over the current lists loaded with `previous` lending, and how many
    entities were prepared again and how many had their index keys computed again."""
    from sanctionwatch.screening import index as compiled_module
    from tests.screening.helpers import python_source

    # The Python copy of the module: compiled, `Index.add` calls `name_keys` directly.
    index_module = python_source(compiled_module)
    prepared: list[Any] = []
    keyed: list[Any] = []
    real_build, real_keys = index_module.Index.build, index_module.name_keys

    def build(items: Any, keys: Any = None) -> Any:
        items = list(items)
        prepared.extend(i for i in items if not isinstance(i, Query))
        return real_build(items, keys)

    def count_keys(form: Any) -> Any:
        keyed.append(form)
        return real_keys(form)

    with monkeypatch.context() as patch:
        patch.setattr(served, "Index", index_module.Index)
        patch.setattr(index_module.Index, "build", staticmethod(build))
        patch.setattr(index_module, "name_keys", count_keys)
        reused = load_served(engine)
    return reused, len(prepared), len(keyed)


def test_a_scorer_change_still_lends_the_unchanged_entities_index_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After a scorer change (another `code_fingerprint`, the same `keys_fingerprint`)
    only the entities a new list version changed have their index keys computed; with
    other key code, every entity has. Either way the index is a fresh build's."""
    engine = _cons_after_scorer_change(tmp_path, monkeypatch)
    reused, prepared, keyed = _keyed_load(engine, monkeypatch)
    # every indexed entity's forms: the most a build computes keys for
    prepared_forms = sum(len(e.forms) for e in reused.index._entities if e is not None)
    assert prepared and keyed  # the changed entities were prepared and keyed again
    assert keyed < prepared_forms / 4  # the unchanged ones (UN, most of OFAC) were lent
    fresh = build_served(engine, current_basis(engine))
    assert _plain(reused.index) == _plain(fresh.index)
    for name in ("Banco Nacional de Cuba", "KIM Jong Un", "Hamas", "Rosneft"):
        query = Query(names=[name])
        assert [(h.entity_id, h.score) for h in reused.index.match(query)] == [
            (h.entity_id, h.score) for h in fresh.index.match(query)
        ]

    # other key code (retrieval in index.py): nothing is lent but the preparation
    monkeypatch.setattr(indexfile, "keys_fingerprint", lambda: "other-keys")
    monkeypatch.setattr(indexfile, "code_fingerprint", lambda: "other-retrieval")
    rekeyed, _prepared, keyed_all = _keyed_load(engine, monkeypatch)
    assert keyed_all == prepared_forms  # every form's keys computed again
    assert _plain(rekeyed.index) == _plain(fresh.index)


def test_a_changed_preparation_forces_a_full_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 's.db'}")
    store_list(engine, CONS_JUNE, "ofac_cons", "cons-2025-06")
    first = load_served(engine)
    folder = indexfile.index_dir(engine)
    assert folder is not None and first.digests
    assert served._previous(folder, folder / "none.swindex") is not None
    monkeypatch.setattr(indexfile, "prepare_fingerprint", lambda: "other-preparation")
    assert served._previous(folder, folder / "none.swindex") is None
    store_list(engine, CONS_DEC, "ofac_cons", "cons-2025-12")
    built: list[Any] = []
    real_build = served.Index.build

    def spy(items: Any, keys: Any = None) -> Any:
        items = list(items)
        built.extend(items)
        return real_build(items, keys)

    monkeypatch.setattr(served.Index, "build", staticmethod(spy))
    load_served(engine)
    assert built and not any(isinstance(i, Query) for i in built)  # every entity prepared


def _package_imports(path: Path, root: Path) -> set[Path]:
    """The files of `sanctionwatch` modules that `path` imports (at any depth in it)."""
    import ast

    found: set[Path] = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        names: list[str] = []
        if isinstance(node, ast.ImportFrom) and node.module:
            names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
        elif isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        for name in names:
            if not name.startswith("sanctionwatch."):
                continue
            parts = name.split(".")[1:]
            for candidate in (
                root.joinpath(*parts).with_suffix(".py"),
                root.joinpath(*parts, "__init__.py"),
            ):
                if candidate.is_file():
                    found.add(candidate)
    return found


def test_the_preparation_key_covers_every_module_preparing_reaches() -> None:
    # A module that shapes a prepared entity but is missing from the key would let an
    # index file lend entities prepared by old code: follow query.py's imports.
    root = Path(indexfile.__file__).resolve().parent
    covered = {root / name for name in indexfile._PREPARE_FILES}
    seen: set[Path] = set()
    todo = [root / "screening" / "query.py"]
    while todo:
        path = todo.pop()
        if path in seen:
            continue
        seen.add(path)
        todo.extend(_package_imports(path, root) - seen)
    assert seen <= covered, sorted(str(p.relative_to(root)) for p in seen - covered)
