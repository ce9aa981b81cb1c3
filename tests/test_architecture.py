"""Decisions ARCHITECTURE.md states about the code's layout, checked on the source."""

from __future__ import annotations

import ast
import re

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


def test_every_abstraction_in_the_table_is_defined_where_it_says() -> None:
    text = (REPO / "ARCHITECTURE.md").read_text(encoding="utf-8")
    table = text.split("| abstraction | where | what it holds |", 1)[1].split("\n\n", 1)[0]
    missing = []
    rows = table.splitlines()[2:]
    for row in rows:
        cells = [c.strip() for c in row.strip("|").split("|")]
        names = re.findall(r"`([A-Za-z_]\w*)(?:\([^)]*\))?`", cells[0])
        files = []
        for where in re.findall(r"`([\w/.]+)`", cells[1]):
            path = PACKAGE / where
            assert path.exists(), f"ARCHITECTURE.md names {where}, which does not exist"
            files += sorted(path.rglob("*.py")) if path.is_dir() else [path]
        source = "\n".join(f.read_text(encoding="utf-8") for f in files if f.suffix == ".py")
        stems = {f.stem for f in files}
        for name in names:
            defined = rf"^\s*(?:async def|def|class) {name}\b|^\s*{name}\s*[:=]"
            if name not in stems and not re.search(defined, source, re.MULTILINE):
                missing.append(f"{name} in {cells[1]}")
    assert len(rows) > 20 and missing == []
