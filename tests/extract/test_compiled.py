"""The extraction modules compiled by mypyc (`make setup`, setup.py COMPILED) write the
reports their Python source writes: corpus articles extracted in a process that imports
the package's compiled modules and in one that reads every module from its .py."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from sanctionwatch.compiled import SRC, compiled_sources
from tests.conftest import CORPUS

EXTRACT = SRC / "sanctionwatch" / "extract"
compiled = pytest.mark.skipif(
    not any(p.is_relative_to(EXTRACT) for p in compiled_sources()),
    reason="extraction runs as Python here",
)

# Run in a child process: extract the files named in argv, print one JSON report a line.
# With "python" first, the package's own folders are searched for .py files only (their
# C extensions skipped), so every module of the package runs from its source.
CHILD = """
import importlib.machinery as m, json, sys
from pathlib import Path
if sys.argv[1] == "python":
    src = {src!r}
    source_only = m.FileFinder.path_hook(
        (m.SourceFileLoader, m.SOURCE_SUFFIXES), (m.SourcelessFileLoader, m.BYTECODE_SUFFIXES)
    )
    def hook(path):
        if not str(Path(path).resolve()).startswith(src):
            raise ImportError
        return source_only(path)
    sys.path_hooks.insert(0, hook)
    sys.path_importer_cache.clear()
from sanctionwatch.batch import read_articles
from sanctionwatch.extract import extract, names
print(names.__file__, flush=True)
for article in read_articles(sys.argv[2:]):
    print(json.dumps(extract(article).to_dict(), sort_keys=True), flush=True)
"""


def reports(mode: str, paths: list[Path]) -> tuple[str, list[str]]:
    code = CHILD.format(src=str(SRC.resolve()))
    out = subprocess.run(
        [sys.executable, "-c", code, mode, *map(str, paths)],
        capture_output=True,
        text=True,
        check=True,
        cwd=SRC.parent,
    ).stdout.splitlines()
    return out[0], out[1:]


@compiled
def test_compiled_extraction_writes_the_reports_of_the_source() -> None:
    # every third article of each corpus set: headlines, lists, bylines, threats, lifts
    paths = [
        p
        for part in ("dev", "train", "seeds")
        for p in sorted((CORPUS / part).glob("*.txt"))[::3]
        if p.name not in ("URLS.txt", "README.txt")
    ]
    assert len(paths) > 40
    fast_module, fast = reports("compiled", paths)
    slow_module, slow = reports("python", paths)
    assert not fast_module.endswith(".py") and slow_module.endswith("names.py")
    assert len(fast) == len(paths) and fast == slow
    assert sum(len(json.loads(r)["actions"]) for r in fast) > 50  # not all empty
