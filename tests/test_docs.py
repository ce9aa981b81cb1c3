"""The README keeps up with the code: every setting and command is documented."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from typer.main import get_command

from sanctionwatch.cli import app
from sanctionwatch.settings import SETTINGS
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def test_every_setting_is_in_the_readme() -> None:
    missing = [s.env for s in SETTINGS.values() if f"`{s.env}`" not in README]
    assert missing == []


def test_every_command_has_help_and_a_readme_mention() -> None:
    group = get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert command.help, f"command {name} has no help text"
        assert f"sanctionwatch {name}" in README, f"command {name} is not in the README"


def test_ci_runs_the_readme_test_command() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci and "make test" in README


def test_the_readme_gives_every_settings_default() -> None:
    # The settings table's second column is the default the code uses; `(empty)` for "".
    for setting in SETTINGS.values():
        row = re.search(rf"^\| `{setting.env}` \| ([^|]*) \|", README, re.MULTILINE)
        assert row, f"{setting.env} has no row in the README's settings table"
        shown = row.group(1).strip()
        expected = f"`{setting.default}`" if setting.default else "(empty)"
        assert shown == expected, f"{setting.env}: README says {shown}, the code {expected}"


def test_the_readme_lists_the_customer_file_headers_and_output_columns_of_screen_file() -> None:
    from sanctionwatch.screenfile import COLUMNS, KIND_TO_SCHEMA, OUT_FIELDS

    rows = {"name (required)": "name", "type": "schema", "birth date": "birth_date"}
    rows |= {"country": "country", "IMO": "imo", "identifier": "identifier"}
    for label, field in rows.items():
        row = re.search(rf"^\| {re.escape(label)} \| (.*) \|$", README, re.MULTILINE)
        assert row, f"no README row for {label}"
        assert tuple(re.findall(r"`([^`]+)`", row.group(1))) == COLUMNS[field], label
        if field == "schema":
            kinds = re.search(r"\(([^)]*)\)", row.group(1))
            assert kinds and set(re.split(r"[/, ]+", kinds.group(1))) == set(KIND_TO_SCHEMA)
    assert len(rows) == len(COLUMNS)
    added = re.search(r"adding\s+(`rank`.*?`review_by`)", README, re.DOTALL)
    assert added
    decisions = {"confirmed", "dismissed"}  # the values of `review`, not columns
    named = [w for w in re.findall(r"`(\w+)`", added.group(1)) if w not in decisions]
    assert tuple(named) == OUT_FIELDS


def test_the_readme_gives_the_apis_parameters_and_defaults(tmp_path: Path) -> None:
    from sanctionwatch.api import create_app
    from sanctionwatch.store import get_engine

    spec = create_app(get_engine(f"sqlite:///{tmp_path / 's.db'}"), refresh_seconds=0).openapi()

    def defaults(path: str, method: str) -> dict[str, Any]:
        parameters = spec["paths"][path][method]["parameters"]
        return {p["name"]: p["schema"].get("default") for p in parameters if p["in"] == "query"}

    row = re.search(r"^\| `POST /match/\{dataset\}` \|.*Parameters: (.*) \|$", README, re.M)
    assert row
    named = re.findall(r"`(\w+)`(?: \(`?([^)`]+)`?\))?", row.group(1))
    match = defaults("/match/{dataset}", "post")
    assert {name for name, _ in named} == set(match)
    for name, default in named:
        if default:
            assert str(match[name]) == default, name
    assert defaults("/updatez", "post")["wait"] == 60
    assert "after `wait` seconds, default 60" in README


def test_every_path_in_the_readmes_source_tree_exists() -> None:
    tree = README.split("src/sanctionwatch/\n", 1)[1].split("```", 1)[0]
    paths = []
    for line in tree.splitlines():
        name = line.split()[0]
        paths.append(f"src/sanctionwatch/{name}" if line.startswith("  ") else name)
    assert len(paths) >= 9
    assert [p for p in paths if not (REPO / p).exists()] == []
