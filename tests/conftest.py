"""Fixture strategy: use the smallest real input that shows the behaviour.

Real articles and list files come from ../shared (read-only, never copied here);
small hand-written inputs are made in tmp_path by the test that needs them. The
store runs on a temporary SQLite file, or on PostgreSQL when
SANCTIONWATCH_TEST_PG_URL is set (see the `store_url` fixture).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings as hypothesis_settings

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
LISTS = SHARED / "lists"
EXAMPLES = REPO / "examples"
# Real lists the list-version tests store: the UN list and two OFAC consolidated editions
UN = LISTS / "un" / "consolidated.xml"
CONS_JUNE = LISTS / "ofac" / "consolidated" / "2025-06" / "consolidated.xml"
CONS_DEC = LISTS / "ofac" / "consolidated" / "2025-12"  # a CSV set folder


def store_list(engine: Any, path: Path, name: str, sha: str) -> None:
    """Read the list at `path` and store it as a version of list `name` (digest `sha`)."""
    from sanctionwatch.lists import read_list
    from sanctionwatch.store.lists import ListVersionInfo, store_list_version

    read = read_list(path)
    info = ListVersionInfo(name=name, format=read.format, source=str(path), sha256=sha)
    store_list_version(engine, info, list(read.entities()), force=True)


# Property-based tests: a quick run by default, ten times the inputs under --slow.
hypothesis_settings.register_profile("default", max_examples=100, deadline=None)
hypothesis_settings.register_profile("slow", max_examples=1000, deadline=None)


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run tests marked slow")


def pytest_configure(config: pytest.Config) -> None:
    hypothesis_settings.load_profile("slow" if config.getoption("--slow") else "default")
    # A compiled screening module (mypyc, `make setup`) shadows its .py: an edited source
    # would not be what the tests run.
    from sanctionwatch.compiled import stale

    if lines := stale():
        raise pytest.UsageError("\n".join(lines))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _index_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Screening index files go to the test's folder, never the user's cache."""
    monkeypatch.setenv("SANCTIONWATCH_INDEX_DIR", str(tmp_path / "index-files"))


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"{SHARED} is missing: the tests read the shared corpus and lists from there")
    return SHARED


STORES = ("sqlite", "postgresql")


def new_store_url(kind: str, directory: Path) -> str:
    """A fresh, empty store of `kind` (a SQLite file in `directory`, or a PostgreSQL database).

    Without SANCTIONWATCH_TEST_PG_URL a PostgreSQL test is reported as skipped; under
    CI=true that is an error, so a CI run cannot pass without testing PostgreSQL.
    """
    if kind == "sqlite":
        return f"sqlite:///{directory / 'test.db'}"
    server = os.environ.get("SANCTIONWATCH_TEST_PG_URL")
    if not server:
        message = "PostgreSQL: set SANCTIONWATCH_TEST_PG_URL (make test starts a server)"
        if os.environ.get("CI") == "true":
            pytest.fail(message + "; CI=true requires it")
        pytest.skip(message)
    from tests.pg import fresh_database

    return fresh_database(server)


def drop_store(url: str) -> None:
    if url.startswith("postgresql"):
        from tests.pg import drop_database

        drop_database(url)


@pytest.fixture(params=STORES)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store: every test that takes it runs on SQLite and on PostgreSQL."""
    url = new_store_url(request.param, tmp_path)
    yield url
    drop_store(url)


@pytest.fixture(scope="module", params=STORES)
def module_store_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    """`store_url` for a module's shared store (built once per module and per engine)."""
    url = new_store_url(request.param, tmp_path_factory.mktemp("store"))
    yield url
    drop_store(url)
