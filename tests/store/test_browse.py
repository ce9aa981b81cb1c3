"""The page's and exports' reads: one store interface, and readable link explanations."""

from __future__ import annotations

import json
from pathlib import Path

from sanctionwatch.store.browse import _features, month_range

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "sanctionwatch"


def test_the_page_and_the_exports_hold_no_sql() -> None:
    for folder in ("web", "exports"):
        for path in (PACKAGE / folder).rglob("*.py"):
            text = path.read_text(encoding="utf-8")
            assert "store.tables" not in text and "select(" not in text, path


def test_link_explanations_read_as_rows_whatever_their_shape() -> None:
    linker = [{"name": "name_match", "score": 0.57, "query": "Kim Yong Bok", "candidate": "KIM"}]
    assert _features(json.dumps(linker)) == [
        {"name": "name_match", "score": 0.57, "detail": "Kim Yong Bok ↔ KIM"}
    ]
    assert _features(json.dumps({"name_match": 0.9})) == [
        {"name": "name_match", "score": 0.9, "detail": ""}
    ]
    assert _features("not json")[0]["detail"] == "not json"


def test_month_range_fills_every_gap() -> None:
    assert month_range(["2024-11", "2025-02"]) == ["2024-11", "2024-12", "2025-01", "2025-02"]
    assert month_range([]) == []
