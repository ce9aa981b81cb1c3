"""Whether the screening and extraction hot paths run compiled (mypyc, see setup.py).

An installed package may carry C extensions of some screening and extraction modules,
built in place beside their source by `make setup`. Python imports the extension before
the .py, so an edited .py would silently not run: `stale()` names each compiled module
whose source no longer matches the digest recorded when it was built (tests/conftest.py
refuses to start on one). A tree without extensions (pure Python) is never stale.
"""

from __future__ import annotations

import hashlib
import json
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent  # the folder that holds the package
RECORD = "sanctionwatch/compiled.json"  # under SRC, written by setup.py after a build
FAILED = "sanctionwatch/compile-failed.txt"  # under SRC: why mypyc refused the source


def source_digest(py: Path) -> str:
    """What the record keeps for a compiled module's source (setup.py writes it at build
    time, `stale()` compares it now)."""
    return hashlib.sha256(py.read_bytes()).hexdigest()


def compiled_sources(src: Path = SRC) -> list[Path]:
    """The .py files that an extension module beside them shadows."""
    found = []
    for py in sorted((src / "sanctionwatch").rglob("*.py")):
        if any(py.with_suffix(suffix).is_file() for suffix in EXTENSION_SUFFIXES):
            found.append(py)
    return found


def stale(src: Path = SRC) -> list[str]:
    """One line for each compiled module built from other source than its .py now."""
    sources = compiled_sources(src)
    if not sources:
        return []
    try:
        record: dict[str, str] = json.loads((src / RECORD).read_text())
    except (OSError, ValueError):
        record = {}
    lines = []
    for py in sources:
        name = py.relative_to(src).as_posix()
        if record.get(name) != source_digest(py):
            lines.append(
                f"{py.relative_to(src.parent)} changed since it was compiled: run make setup"
            )
    return lines


def main(src: Path = SRC) -> None:
    """One line for `make setup`: compiled or not (pip hides a failed build's warning).
    Exits 1 where mypyc was there but refused our source (a type error, or an internal
    error on a construct it does not take): the pure-Python fallback is for machines
    without the tools, not for a defect that would make every install silently slower."""
    failed = src / FAILED
    if failed.is_file():
        print(f"sanctionwatch: {failed.read_text().strip()}; see `pip install -v -e .`")
        raise SystemExit(1)
    sources = compiled_sources(src)
    if not sources:
        print("sanctionwatch: runs as pure Python (not compiled)")
        return
    names = ", ".join(py.stem for py in sources)
    print(f"sanctionwatch: compiled with mypyc ({names})")
    for line in stale(src):
        print(line)


if __name__ == "__main__":
    main()
