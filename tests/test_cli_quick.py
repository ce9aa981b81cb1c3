"""`sanctionwatch ingest FILES --db STORE` run without typer (cli/quick.py): the same
command line read the same way, the same rows stored, the same output; anything else
still answered by the typer app."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from typer.testing import CliRunner

from sanctionwatch.cli import app, main
from sanctionwatch.cli.quick import plain_ingest, quick_ingest
from sanctionwatch.store import get_engine
from sanctionwatch.store.tables import metadata
from tests.conftest import EXAMPLES, LISTS, STORES, drop_store, new_store_url

runner = CliRunner()
ZALA = LISTS / "ftm" / "yente-zala" / "entities.ftm.json"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["ingest", "a.txt"], (["a.txt"], None)),
        (["ingest", "a.txt", "--db", "s.db"], (["a.txt"], "s.db")),
        (["ingest", "--db", "s.db", "a.txt", "b/"], (["a.txt", "b/"], "s.db")),
        (["ingest", "a.txt", "--db=pg://x", "-"], (["a.txt", "-"], "pg://x")),
        (["ingest", "--db", "one.db", "a", "--db", "two.db"], (["a"], "two.db")),
        (["ingest"], None),  # no path: typer's usage error
        (["ingest", "--db", "s.db"], None),
        (["ingest", "a.txt", "--db"], None),  # the value is missing
        (["ingest", "a.txt", "--db="], None),
        (["ingest", "a.txt", "--db", "--help"], None),
        (["ingest", "--help"], None),
        (["ingest", "a.txt", "--"], None),
        (["ingest", "a.txt", "-x"], None),
        (["--log-level", "DEBUG", "ingest", "a.txt"], None),
        (["extract", "a.txt"], None),
        ([], None),
    ],
)
def test_only_the_plain_ingest_line_is_read_here(
    args: list[str], expected: tuple[list[str], str | None] | None
) -> None:
    assert plain_ingest(args) == expected


def _rows(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows, in key order, without the times of day they were written."""
    engine = get_engine(url)
    out: dict[str, list[dict[str, Any]]] = {}
    with engine.connect() as conn:
        for table in metadata.sorted_tables:
            keys = list(table.primary_key.columns) or list(table.columns)
            rows = conn.execute(select(table).order_by(*keys)).mappings()
            out[table.name] = [
                {k: v for k, v in row.items() if not k.endswith("_at")} for row in rows
            ]
    return out


# Parties the example articles name, so that their targets have links to store.
NAMED = [
    {"id": "t-gpn", "schema": "Company", "properties": {"name": ["Gazprom Neft PJSC"]}},
    {"id": "t-lukoil", "schema": "Company", "properties": {"name": ["LUKOIL"]}},
    {"id": "t-tc", "schema": "Organization", "properties": {"name": ["Tornado Cash"]}},
    {"id": "t-nkc", "schema": "Person", "properties": {"name": ["NO Kwang Chol"]}},
]


@pytest.fixture(params=STORES)
def two_stores(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[tuple[str, str]]:
    """Two fresh stores of one kind, each with the same list loaded (so ingests link)."""
    entities = tmp_path / "list" / "entities.ftm.json"
    entities.parent.mkdir()
    lines = [json.dumps(e) for e in NAMED]
    entities.write_text(ZALA.read_text("utf-8") + "\n".join(lines) + "\n", encoding="utf-8")
    urls = []
    for name in ("typer", "quick"):
        folder = tmp_path / name
        folder.mkdir()
        urls.append(new_store_url(request.param, folder))
    try:
        for url in urls:
            loaded = runner.invoke(app, ["lists", "load", str(entities), "--db", url])
            assert loaded.exit_code == 0, loaded.output
        yield urls[0], urls[1]
    finally:
        for url in urls:
            drop_store(url)


def test_quick_ingest_stores_and_says_what_the_typer_command_does(
    two_stores: tuple[str, str], capsys: pytest.CaptureFixture[str]
) -> None:
    typer_url, quick_url = two_stores
    news = str(EXAMPLES / "news")
    missing = str(EXAMPLES / "no-such-article.txt")
    said = []
    for _ in range(2):  # the second time every article is already stored
        by_typer = runner.invoke(app, ["ingest", news, missing, "--db", typer_url])
        assert by_typer.exit_code == 1  # the missing file
        with pytest.raises(SystemExit) as exit_:
            quick_ingest(["ingest", news, missing, "--db", quick_url])
        assert exit_.value.code == 1
        quick_said = capsys.readouterr().err
        assert quick_said == by_typer.output
        said.append(quick_said)
    assert "targets on a list" in said[0] and "0 stored" in said[1]
    typer_rows, quick_rows = _rows(typer_url), _rows(quick_url)
    assert quick_rows["targets"] and quick_rows["events"]
    assert {r["entity_id"] for r in quick_rows["links"] if r["match"]} >= {"t-gpn", "t-lukoil"}
    assert quick_rows == typer_rows


def test_main_leaves_other_lines_and_a_bad_store_to_typer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    article = EXAMPLES / "news" / "us-gazprom-neft.txt"
    bad = tmp_path / "no-such-folder" / "s.db"
    monkeypatch.setattr(sys, "argv", ["sanctionwatch", "ingest", str(article), "--db", str(bad)])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 2  # typer's usage error, naming --db
    assert "--db" in capsys.readouterr().err
    monkeypatch.setattr(sys, "argv", ["sanctionwatch", "ingest", "--help"])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 0
    assert "Usage: sanctionwatch ingest" in capsys.readouterr().out


def test_plain_ingest_loads_no_typer_pydantic_or_rich(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    article = EXAMPLES / "news" / "us-gazprom-neft.txt"
    probe = (
        "import json, sys\n"
        "from sanctionwatch.cli import main\n"
        f"sys.argv = ['sanctionwatch', 'ingest', {str(article)!r}, '--db', {str(db)!r}]\n"
        "main()\n"
        "heavy = ('typer', 'pydantic', 'click', 'rich')\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout.splitlines()[-1]) == []
    assert done.stderr == "1 articles, 1 actions, 1 stored, 0 already stored, 1 events, 0 failed\n"


@pytest.mark.parametrize(
    "line",
    [
        "1 articles, 2 actions, 1 stored, 0 already stored, 3 events, 0 failed",
        "plain words, 12 numbers",
        "[red]error[/red] a.txt: no such file",
        "an emoji :smile: code",
        "a [bracket] and a path C:\\x",
        "a\ttab, a \x1b[1mcontrol\x1b[0m code and ünïcode",
    ],
)
def test_say_writes_what_rich_writes(line: str, capsys: pytest.CaptureFixture[str]) -> None:
    from sanctionwatch.cli.output import err
    from sanctionwatch.cli.quick import say

    err.print(line)
    by_rich = capsys.readouterr().err
    say(line)
    assert capsys.readouterr().err == by_rich
