"""Decisions ARCHITECTURE.md states about the code's layout, checked on the source."""

from __future__ import annotations

import ast

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "src" / "sanctionwatch"


@pytest.mark.parametrize("folder", ["web", "exports"])
def test_the_page_and_the_exports_hold_no_sql(folder: str) -> None:
    # "`web/` and `exports/` hold no SQL: `store/browse.py` answers their questions."
    found = []
    for path in sorted((PACKAGE / folder).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                modules = [(a.name, None) for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                modules = [(node.module or "", a.name) for a in node.names]
            else:
                continue
            for module, name in modules:
                sql = module.startswith("sqlalchemy") and name != "Engine"  # a type hint
                if sql or module == "sanctionwatch.store.tables" or module.endswith("sqlite3"):
                    found.append(f"{path.relative_to(PACKAGE)}: {module} {name or ''}")
    assert found == []
