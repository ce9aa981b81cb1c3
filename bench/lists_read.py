"""Time a cold read of every shipped list: seconds, records and entities per file.

    .venv/bin/python bench/lists_read.py [LISTS_DIR]

The OFAC legacy CSV sets are read as one list each (their directory); the other
files one by one. Prints one line per list and a total.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

from sanctionwatch.lists import read_list
from sanctionwatch.lists.common import clean_country

LISTS = Path(__file__).resolve().parents[1].parent / "shared" / "lists"
OFAC_PARTS = {"add.csv", "alt.csv", "sdn_comments.csv", "cons_add.csv", "cons_alt.csv"}


def targets(root: Path) -> list[Path]:
    """Every list file, with an OFAC CSV set's siblings folded into its directory."""
    out: list[Path] = []
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.name == "README.md" or path.name in OFAC_PARTS:
            continue
        if path.name in ("sdn.csv", "cons_prim.csv", "cons_comments.csv"):
            if path.name != "cons_comments.csv" and path.parent not in out:
                out.append(path.parent)
            continue
        out.append(path)
    return out


def main() -> None:
    root = Path(sys.argv[1]) if len(sys.argv) > 1 else LISTS
    total_time, total_entities = 0.0, 0
    # rigour builds its country-name table on the first lookup; shown apart, paid once.
    start = time.perf_counter()
    clean_country("France")
    total_time += time.perf_counter() - start
    print(f"{total_time:6.2f}s  (country-name table, built once per process)")
    for path in targets(root):
        start = time.perf_counter()
        read = read_list(path)
        schemas = Counter(e["schema"] for e in read.entities())
        seconds = time.perf_counter() - start
        total_time += seconds
        total_entities += sum(schemas.values())
        counts = " ".join(f"{k}={v}" for k, v in sorted(schemas.items()))
        print(
            f"{seconds:6.2f}s  {path.relative_to(root)!s:50} {read.format:18} "
            f"records={read.records} warnings={len(read.warnings)} {counts}"
        )
    print(f"{total_time:6.2f}s  total, {total_entities} entities")


if __name__ == "__main__":
    main()
