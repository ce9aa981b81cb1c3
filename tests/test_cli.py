"""The command line end to end: real files in, reports and tables out, exit codes honest."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from sanctionwatch.cli import app
from tests.conftest import CORPUS, EXAMPLES, LISTS

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


def test_lists_load_of_a_folder_loads_each_list_and_names_what_it_skips(tmp_path: Path) -> None:
    import shutil

    folder = tmp_path / "lists"
    (folder / "un").mkdir(parents=True)
    (folder / "ofac" / "cons").mkdir(parents=True)
    shutil.copy(LISTS / "un" / "consolidated.xml", folder / "un")
    for part in ("cons_prim.csv", "cons_add.csv", "cons_alt.csv", "cons_comments.csv"):
        shutil.copy(LISTS / "ofac" / "consolidated" / "2025-12" / part, folder / "ofac" / "cons")
    (folder / "README.md").write_text("# notes about these lists\n")
    db = tmp_path / "f.db"
    result = runner.invoke(app, ["lists", "load", str(folder), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "skipped" in result.output and "README.md: not a known list format" in result.output
    status = runner.invoke(app, ["lists", "status", "--db", str(db), "--format", "json"])
    assert sorted(r["name"] for r in json.loads(status.stdout)) == ["un_sc", "us_ofac_cons"]


def test_long_steps_show_a_spinner_on_a_terminal_and_nothing_in_a_pipe(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import io

    from rich.console import Console

    from sanctionwatch.cli import common

    for terminal, shown in ((True, True), (False, False)):
        out = io.StringIO()
        monkeypatch.setattr(common, "err", Console(file=out, force_terminal=terminal))
        with common.working("Linking news targets"):
            pass
        assert ("Linking news targets" in out.getvalue()) is shown
