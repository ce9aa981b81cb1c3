"""Fixture strategy: the real list files from ../shared/lists, each read once per session.

Reading every shipped list takes a few seconds, so `read_cached` keeps each read's
entities and metadata for all tests that look at the same file. Bad inputs are
small files written by each test into tmp_path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from sanctionwatch.lists import read_list

LISTS = Path(__file__).resolve().parents[2].parent / "shared" / "lists"


@dataclass
class Read:
    """A drained `ListRead`: its metadata, warnings and entities by id."""

    metadata: dict[str, Any]
    warnings: list[str]
    entities: dict[str, dict[str, Any]] = field(default_factory=dict)

    def of_schema(self, schema: str) -> list[dict[str, Any]]:
        return [e for e in self.entities.values() if e["schema"] == schema]

    def prop(self, entity_id: str, prop: str) -> list[str]:
        return list(self.entities[entity_id]["properties"].get(prop, []))


_CACHE: dict[str, Read] = {}


def read_cached(rel: str) -> Read:
    if rel not in _CACHE:
        read = read_list(LISTS / rel)
        entities = {e["id"]: e for e in read.entities()}
        _CACHE[rel] = Read(read.metadata(), list(read.warnings), entities)
    return _CACHE[rel]


@pytest.fixture(scope="session")
def lists_dir() -> Path:
    if not LISTS.is_dir():
        pytest.fail(f"{LISTS} is missing: the list tests read the shipped files from there")
    return LISTS
