"""The command line end to end: real files in, reports and tables out, exit codes honest."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sanctionwatch.cli import app
from tests.conftest import CORPUS, EXAMPLES

runner = CliRunner()


def test_extract_writes_one_report_per_article(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(CORPUS / "seeds"), "--out", str(out)])
    assert result.exit_code == 0, result.output
    stems = sorted(p.stem for p in out.glob("*.json"))
    assert stems == sorted(
        p.name[: -len(".gold.json")] for p in (CORPUS / "seeds").glob("*.gold.json")
    )
    report = json.loads(next(out.glob("*.json")).read_text())
    assert set(report) == {"article", "actions"}


def test_extract_goes_on_past_bad_inputs_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("The EU on Monday sanctioned the tanker Star (IMO 9113379).")
    (tmp_path / "empty.txt").write_text("")
    out = tmp_path / "out"
    result = runner.invoke(
        app,
        [
            "extract",
            str(tmp_path / "good.txt"),
            str(tmp_path / "empty.txt"),
            str(tmp_path / "missing.txt"),
            "-o",
            str(out),
        ],
    )
    assert result.exit_code == 1
    assert [p.name for p in out.glob("*.json")] == ["good.json"]
    assert f"{tmp_path / 'empty.txt'}: empty file" in result.output
    assert f"{tmp_path / 'missing.txt'}: no such file or directory" in result.output
    assert "2 failed" in result.output


def test_extract_to_stdout_as_json_lines() -> None:
    text = "WASHINGTON, Jan. 10 -- The US Treasury on Friday sanctioned two Russian oil firms."
    result = runner.invoke(app, ["extract", "-"], input=text)
    assert result.exit_code == 0, result.output
    first = result.stdout.splitlines()[0]
    assert json.loads(first)["article"]["id"] == "stdin"


def test_ingest_is_idempotent_and_actions_filter(store_url: str) -> None:
    db = store_url
    first = runner.invoke(app, ["ingest", str(EXAMPLES / "news"), "--db", db])
    assert first.exit_code == 0, first.output
    assert "0 already stored" in first.output
    again = runner.invoke(app, ["ingest", str(EXAMPLES / "news"), "--db", db])
    assert "0 stored" in again.output and "0 failed" in again.output
    rows = runner.invoke(app, ["actions", "--db", db, "--format", "json"])
    actions = [json.loads(line) for line in rows.stdout.splitlines()]
    assert actions, "the demo articles yield actions"
    eu = runner.invoke(app, ["actions", "--db", db, "--authority", "EU", "--format", "json"])
    assert all(json.loads(line)["authority"] == "EU" for line in eu.stdout.splitlines())
    csv_out = runner.invoke(app, ["actions", "--db", db, "--format", "csv"])
    assert csv_out.stdout.splitlines()[0].startswith("date,authority,agency,status")


def test_bad_filter_values_are_usage_errors(store_url: str) -> None:
    db = store_url
    for args, needle in [
        (["--since", "yesterday"], "is not a date"),
        (["--status", "maybe"], "is not one of"),
        (["--kind", "tank"], "is not one of"),
        (["--format", "xml"], "is not one of"),
    ]:
        result = runner.invoke(app, ["actions", "--db", db, *args])
        assert result.exit_code == 2 and needle in result.output, args
