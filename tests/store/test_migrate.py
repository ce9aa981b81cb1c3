"""Opening a store: migrated when behind, and at the newest revision without alembic."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import create_engine, text

from sanctionwatch.store import db


def test_the_head_read_from_the_scripts_is_alembics() -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(db.MIGRATIONS))
    assert [db._head()] == ScriptDirectory.from_config(config).get_heads()


def test_a_store_at_the_head_is_opened_without_migrating(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 's.db'}")
    db.migrate(engine)  # a new store: alembic creates it
    assert db._at_head(engine)

    def no_alembic(*_args: object, **_kw: object) -> None:
        raise AssertionError("alembic ran on a store at the newest revision")

    monkeypatch.setattr("alembic.command.upgrade", no_alembic)
    db.migrate(engine)


def test_a_store_behind_the_head_is_migrated(tmp_path: Path) -> None:
    engine = create_engine(f"sqlite:///{tmp_path / 's.db'}")
    db.migrate(engine, "0010")
    assert not db._at_head(engine)
    db.migrate(engine)
    with engine.connect() as conn:
        assert conn.scalar(text("SELECT version_num FROM alembic_version")) == db._head()
        conn.execute(text("SELECT count(*) FROM reviews"))  # the table 0011 adds


def test_a_new_store_is_not_at_the_head(tmp_path: Path) -> None:
    assert not db._at_head(create_engine(f"sqlite:///{tmp_path / 'new.db'}"))
