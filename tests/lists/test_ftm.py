"""FollowTheMoney JSON lines, passed through with their ids and schemata."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from sanctionwatch.lists import ListFormatError, read_list
from tests.lists.conftest import read_cached


def test_counts() -> None:
    t1 = read_cached("ftm/yente-t1/entities.ftm.json")
    assert Counter(e["schema"] for e in t1.entities.values()) == {
        "Person": 4,
        "Organization": 2,
        "Address": 1,
    }
    zala = read_cached("ftm/yente-zala/entities.ftm.json")
    assert zala.metadata["records"] == 91
    assert len(zala.entities) == 91
    assert len(zala.of_schema("Sanction")) == 41
    assert zala.metadata["list_date"] == "2026-04-29"


def test_sanction_links_survive() -> None:
    zala = read_cached("ftm/yente-zala/entities.ftm.json")
    for sanction in zala.of_schema("Sanction"):
        for target in sanction["properties"].get("entity", []):
            assert target in zala.entities


def test_bad_line_is_skipped(tmp_path: Path) -> None:
    good = {"id": "p1", "schema": "Person", "properties": {"name": ["Jane Doe"]}}
    path = tmp_path / "entities.ftm.json"
    lines = [json.dumps(good), "{not json", json.dumps({**good, "id": "p2"})]
    path.write_text("\n".join(lines))
    read = read_list(path)
    assert [e["id"] for e in read.entities()] == ["p1", "p2"]
    assert len(read.warnings) == 1
    assert read.warnings[0].startswith("entities.ftm.json, line 2: not an FtM entity")


def test_unknown_schema_on_the_first_line_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "entities.ftm.json"
    path.write_text(json.dumps({"id": "x", "schema": "Spaceship", "properties": {}}) + "\n")
    with pytest.raises(ListFormatError, match=r"entities\.ftm\.json, line 1: not FtM JSON"):
        list(read_list(path).entities())
