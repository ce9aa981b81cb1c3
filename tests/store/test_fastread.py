"""The reads `screen` makes without SQLAlchemy give what the store's own queries give."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from sanctionwatch import indexfile
from sanctionwatch.store import fastread, get_engine
from sanctionwatch.store.location import sqlite_file
from sanctionwatch.store.profiles import build_profiles, profiles_of
from sanctionwatch.store.versions import current_basis
from tests.api.conftest import _entity, demo_store, load_list

OTHER = [_entity("uk-kim", "Person", name=["KIM, Yong Bok"], birthDate=["1961-03-02"])]


def test_basis_profiles_and_index_folder_agree_with_the_store(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'f.db'}"
    engine = demo_store(url)
    load_list(engine, "uk", OTHER, "u1")
    load_list(engine, "uk", [*OTHER, _entity("uk-x", "Person", name=["X Y"])], "u2")
    build_profiles(engine)
    conn = fastread.open_current(url)
    assert conn is not None
    with closing(conn):
        basis = fastread.current_basis(conn)
        assert basis == current_basis(engine)
        assert [ref.name for ref in basis] == ["demo", "uk", "zala"]  # uk's second version
        ids = ["demo-kim", "uk-kim", "demo-acme", "no-such-id"]
        found = fastread.profiles_of(conn, ids)
        assert found == profiles_of(engine, ids)
        assert found["demo-kim"] == found["uk-kim"]  # one party on two lists
        many = [f"id-{n}" for n in range(1200)] + ["uk-kim"]  # more ids than one IN holds
        assert fastread.profiles_of(conn, many) == {"uk-kim": found["uk-kim"]}
    # the index folder named from the URL alone is the store's, configured or beside it
    assert indexfile.store_index_dir(url, "sqlite", sqlite_file(url)) == indexfile.index_dir(engine)
    monkeypatch.delenv("SANCTIONWATCH_INDEX_DIR")
    assert indexfile.store_index_dir(url, "sqlite", sqlite_file(url)) == tmp_path / "f.db.index"


def test_a_relative_path_names_the_same_folder_as_the_engine(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    engine = get_engine("sqlite:///rel.db")
    assert indexfile.store_index_dir("sqlite:///rel.db", "sqlite", "rel.db") == (
        indexfile.index_dir(engine)
    )
    conn = fastread.open_current("sqlite:///rel.db")
    assert conn is not None
    conn.close()


def test_stores_it_cannot_read_as_they_are_are_left_to_the_engine(tmp_path: Path) -> None:
    missing = tmp_path / "missing.db"
    assert fastread.open_current(f"sqlite:///{missing}") is None
    assert not missing.exists()  # never created here
    assert fastread.open_current("postgresql://u@localhost/sw") is None
    assert fastread.open_current("sqlite://") is None  # in memory
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    assert fastread.open_current(f"sqlite:///{junk}") is None
    old = tmp_path / "old.db"
    get_engine(f"sqlite:///{old}")
    with closing(sqlite3.connect(old)) as conn, conn:
        conn.execute("UPDATE alembic_version SET version_num = '0001'")
    assert fastread.open_current(f"sqlite:///{old}") is None  # get_engine migrates it
    assert fastread.open_current(f"sqlite:///{old}?mode=ro") is None  # options: the engine's
