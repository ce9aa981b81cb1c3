"""The screening index on disk: loaded results equal built ones; bad files are rebuilt."""

from __future__ import annotations

import logging
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from sanctionwatch import indexfile
from sanctionwatch.lists import read_list
from sanctionwatch.screening import Query
from sanctionwatch.screening.query import prepare
from sanctionwatch.served import build_served, load_served
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import ListVersionInfo, store_list_version
from sanctionwatch.store.versions import current_basis
from tests.conftest import LISTS

UN = LISTS / "un" / "consolidated.xml"
ZALA = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"


def _load(engine, path: Path, name: str, sha: str) -> None:  # type: ignore[no-untyped-def]
    read = read_list(path)
    info = ListVersionInfo(name=name, format=read.format, source=str(path), sha256=sha)
    store_list_version(engine, info, read.entities(), force=True)


@pytest.fixture
def un_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = get_engine(f"sqlite:///{tmp_path / 'un.db'}")
    _load(engine, UN, "un_sc", "un-1")
    return engine


@pytest.fixture
def zala_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    engine = get_engine(f"sqlite:///{tmp_path / 'zala.db'}")
    _load(engine, ZALA, "zala", "zala-1")
    return engine


def _queries(served) -> list[Query]:  # type: ignore[no-untyped-def]
    """Names from the list itself, whole, shortened and misspelt, with and without a kind."""
    out = []
    for n, listed in enumerate(sorted(served.entities.values(), key=lambda e: e.entity_id)):
        if n % 7:
            continue
        words = listed.caption.split()
        out.append(Query(names=[listed.caption], schema=listed.schema))
        out.append(Query(names=[" ".join(words[:2])]))
        out.append(Query(names=[listed.caption.replace("a", "e", 1)]))
    return out


def _results(served, queries) -> list:  # type: ignore[no-untyped-def]
    return [
        [(h.entity_id, h.score, [f.detail for f in h.features], e) for h, e in served.screen(q, 5)]
        for q in queries
    ]


def test_a_loaded_index_answers_as_the_built_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SANCTIONWATCH_INDEX_DIR")  # the default: beside the SQLite file
    un_store = get_engine(f"sqlite:///{tmp_path / 'un.db'}")
    _load(un_store, UN, "un_sc", "un-1")
    built = load_served(un_store)  # builds and writes
    files = list((tmp_path / "un.db.index").glob("*.swindex"))
    assert len(files) == 1
    loaded = load_served(un_store)
    assert isinstance(loaded.entities, indexfile.ShardedMap)  # read from the file, lazily
    queries = _queries(built)
    assert len(queries) > 300
    assert _results(loaded, queries) == _results(built, queries)
    # Name forms come back whole, the merge keys the index precomputed too (they are
    # left out of a form's ==).
    indexed = [e for e in sorted(built.entities) if built.index.get(e) is not None]
    assert len(indexed) > 300
    for entity_id in indexed[:300]:
        old, new = built.index.get(entity_id), loaded.index.get(entity_id)
        assert old is not None and new is not None
        for was, now in zip(old.forms, new.forms, strict=True):
            assert (now.word_keys, now.joined_keys) == (was.word_keys, was.joined_keys)
            assert now == was
    loaded.warm()
    assert isinstance(loaded.entities, dict)
    assert _results(loaded, queries[:60]) == _results(built, queries[:60])
    assert len(loaded.index) == len(built.index)


def test_a_warmed_index_holds_one_object_per_slot_in_its_postings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Decoded from the file, each posting is an int object of its own; warmed, every key
    # that lists a slot holds that slot's one object, as an index built in the process
    # does, and the postings are the built ones.
    monkeypatch.delenv("SANCTIONWATCH_INDEX_DIR")
    un_store = get_engine(f"sqlite:///{tmp_path / 'un.db'}")
    _load(un_store, UN, "un_sc", "un-1")
    built = load_served(un_store)
    loaded = load_served(un_store)
    loaded.warm()
    postings = vars(loaded.index)["_postings"]
    assert isinstance(postings, dict)
    assert postings == dict(vars(built.index)["_postings"])
    slots = [slot for listed in postings.values() for slot in listed]
    assert len(slots) > 10 * len(loaded.index)
    assert len({id(slot) for slot in slots}) == len(set(slots))


@pytest.mark.parametrize("damage", ["truncate", "flip", "garbage", "empty"])
def test_a_damaged_file_is_rebuilt_with_a_warning(
    zala_store, tmp_path: Path, damage: str, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    built = load_served(zala_store)
    [path] = indexfile.index_dir(zala_store).glob("*.swindex")
    data = path.read_bytes()
    if damage == "truncate":
        path.write_bytes(data[: len(data) // 2])
    elif damage == "flip":
        at = len(data) - 1000
        path.write_bytes(data[:at] + bytes([data[at] ^ 0xFF]) + data[at + 1 :])
    elif damage == "garbage":
        path.write_bytes(b"not an index at all")
    else:
        path.write_bytes(b"")
    with caplog.at_level(logging.WARNING, logger="sanctionwatch.served"):
        again = load_served(zala_store)
    assert "rebuilding the screening index" in caplog.text and path.name in caplog.text
    assert not isinstance(again.entities, indexfile.ShardedMap)  # rebuilt, not trusted
    queries = _queries(built)
    assert _results(again, queries) == _results(built, queries)
    indexfile.load(path, path.stem)  # and the rewritten file is whole


def test_an_index_of_another_layout_is_kept_in_memory_only(
    zala_store, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:  # type: ignore[no-untyped-def]
    # ARCHITECTURE.md: if the screening package changes the Index's attributes, the index
    # is kept in memory only, never written (and so never misread).
    built = load_served(zala_store)
    assert set(vars(built.index)) == indexfile.INDEX_ATTRS  # today's layout is written
    for path in indexfile.index_dir(zala_store).glob("*.swindex"):
        path.unlink()
    monkeypatch.setattr(indexfile, "INDEX_ATTRS", indexfile.INDEX_ATTRS | {"_a_new_part"})
    with caplog.at_level(logging.WARNING, logger="sanctionwatch.indexfile"):
        again = load_served(zala_store)
    assert "it is not written to disk" in caplog.text
    assert list(indexfile.index_dir(zala_store).glob("*.swindex")) == []
    queries = _queries(built)
    assert _results(again, queries) == _results(built, queries)


def test_a_list_change_or_a_code_change_gives_another_file(
    un_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    load_served(un_store)
    folder = indexfile.index_dir(un_store)
    first = {p.name for p in folder.glob("*.swindex")}
    _load(un_store, ZALA, "zala", "zala-1")
    served = load_served(un_store)
    assert any(e.list_name == "zala" for e in served.entities.values())
    second = {p.name for p in folder.glob("*.swindex")}
    assert len(second) == 2 and first < second
    # Another scorer or vocabulary: another key, so the old file is never used for it.
    key = indexfile.basis_key([r.key() for r in current_basis(un_store)])
    monkeypatch.setattr(indexfile, "code_fingerprint", lambda: "other-code")
    assert indexfile.basis_key([r.key() for r in current_basis(un_store)]) != key


def test_pruning_spares_the_file_another_checkout_still_reads(
    zala_store, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    # Two releases screening from one store (a rolling upgrade, a bench's base tree) each
    # write their own file; pruning keeps the files last written or read, so the release
    # that keeps reading its file keeps it while the other writes several.
    load_served(zala_store)
    folder = indexfile.index_dir(zala_store)
    [ours] = folder.glob("*.swindex")
    real = indexfile.code_fingerprint

    def other_release(n: int) -> None:
        monkeypatch.setattr(indexfile, "code_fingerprint", lambda: f"other-{n}")
        load_served(zala_store)
        monkeypatch.setattr(indexfile, "code_fingerprint", real)

    for n in range(1, indexfile.KEEP_FILES + 2):
        os.utime(ours, (1, 1))  # older than anything written since (coarse clocks)
        load_served(zala_store)  # read, not rebuilt: the same file
        assert [p.name for p in folder.glob("*.swindex") if p.name == ours.name]
        other_release(n)
    names = {p.name for p in folder.glob("*.swindex")}
    assert len(names) == indexfile.KEEP_FILES and ours.name in names
    assert not any(p.stat().st_mtime == 1 for p in folder.glob("*.swindex"))


def test_where_index_files_live(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SANCTIONWATCH_INDEX_DIR", raising=False)
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    sqlite = create_engine(f"sqlite:///{tmp_path / 's.db'}")
    assert indexfile.index_dir(sqlite) == Path(f"{tmp_path / 's.db'}.index")
    assert indexfile.index_dir(create_engine("sqlite://")) is None
    pg = create_engine("postgresql+psycopg://user:secret@db.example/sw")
    folder = indexfile.index_dir(pg)
    assert folder is not None and folder.parent == tmp_path / "cache" / "sanctionwatch" / "index"
    assert "secret" not in str(folder)
    other = indexfile.index_dir(create_engine("postgresql+psycopg://user:secret@db.example/x"))
    assert other != folder  # one folder per store
    monkeypatch.setenv("SANCTIONWATCH_INDEX_DIR", str(tmp_path / "idx"))
    assert indexfile.index_dir(pg).parent == tmp_path / "idx"  # type: ignore[union-attr]
    monkeypatch.setenv("SANCTIONWATCH_INDEX_DIR", "off")
    assert indexfile.index_dir(pg) is None


def test_index_dir_off_keeps_nothing_on_disk(
    zala_store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("SANCTIONWATCH_INDEX_DIR", "off")
    served = load_served(zala_store)
    assert not list(tmp_path.rglob("*.swindex"))
    assert len(served.index) == len(build_served(zala_store, current_basis(zala_store)).index)


def test_the_store_is_shared_on_postgresql_too(store_url: str) -> None:
    engine = get_engine(store_url)
    _load(engine, ZALA, "zala", "zala-1")
    built, loaded = load_served(engine), load_served(engine)
    queries = _queries(built)
    assert _results(loaded, queries) == _results(built, queries)


def test_a_warmed_index_has_loaded_what_the_first_han_query_needs() -> None:
    # pypinyin's dictionaries take a third of a CPU-second to load: `warm_index` loads
    # them, so the first query in Han characters of a warmed process does not pay for
    # them; a process that never warms (`screen`) never loads them for Latin names.
    script = """
import sys
from sanctionwatch import indexfile
from sanctionwatch.screening import Index, Query
index = Index.build([Query(names=["Kim Jong Un"], id="a"), Query(names=["Ocean Star"], id="b")])
index.match(Query(names=["Kim Jong Un"]))
assert "pypinyin" not in sys.modules
indexfile.warm_index(index)
loaded = set(sys.modules)
assert "pypinyin" in loaded
index.match(Query(names=["\u91d1\u6b63\u6069"]))  # Han: read in pinyin
print(sorted(set(sys.modules) - loaded))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=120
    )
    assert done.stdout.strip() == "[]", done.stdout


_PREPARED_IN_A_PROCESS = """
import marshal, sys
from sanctionwatch.indexfile import LazyEntities
from sanctionwatch.lists import read_list
from sanctionwatch.screening.query import prepare
rows = [e for e in read_list(sys.argv[1]).entities() if e["schema"] != "Sanction"]
sys.stdout.buffer.write(marshal.dumps(LazyEntities.encode([prepare(e) for e in rows])))
"""


def _state(query: Query | None) -> dict[str, object]:
    """Every attribute of a prepared entity, each name form as all its fields (those left
    out of a form's == too)."""
    assert query is not None
    state = dict(vars(query))
    state["forms"] = [tuple(getattr(f, n) for n in indexfile._FORM_FIELDS) for f in query.forms]
    return state


def test_an_entity_read_from_an_index_file_equals_one_prepared_afresh() -> None:
    # Index files are written by other processes, whose string hashes (PYTHONHASHSEED)
    # differ: a name form's hooks once followed a set's order, so ~31,900 of the shipped
    # lists' 31,963 entities read back from a file differed from a fresh prepare (in
    # that order only; the scorer reads hooks as a set, so no score differed).
    rows = [e for e in read_list(UN).entities() if e["schema"] != "Sanction"]
    fresh = [_state(prepare(e)) for e in rows]
    assert sum(len(s["forms"]) for s in fresh) > 1000
    for seed in ("1", "2"):
        done = subprocess.run(
            [sys.executable, "-c", _PREPARED_IN_A_PROCESS, str(UN)],
            capture_output=True,
            check=True,
            timeout=300,
            env={**os.environ, "PYTHONHASHSEED": seed},
        )
        read = indexfile.LazyEntities(marshal.loads(done.stdout), len(rows)).materialize()
        assert [_state(q) for q in read] == fresh
