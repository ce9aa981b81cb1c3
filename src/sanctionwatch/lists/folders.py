"""Which files of a folder are lists: `lists load DIR` loads each one it recognises.

A folder that is itself an OFAC CSV set (sdn.csv with its add/alt/comments
files) reads as one list. Otherwise every file under it is tried: an OFAC set
found in a subfolder is one list, any other file is a list when its content
says which reader it needs, and each file that is no list is named with the
reason. A folder's own files come before its subfolders, and subfolders in
name order, so dated editions (`2024-05/`, `2025-12/`) load oldest first and
the newest serves.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sanctionwatch.lists import ofac_csv
from sanctionwatch.lists.common import ListFormatError
from sanctionwatch.lists.detect import detect

MAX_FILES = 10_000  # a folder with more entries than this is not a folder of lists


@dataclass
class FolderPlan:
    """The lists found under a folder (files or OFAC set folders) and the files skipped."""

    lists: list[Path] = field(default_factory=list)
    skipped: list[tuple[Path, str]] = field(default_factory=list)


def is_set_folder(path: Path) -> bool:
    """A folder holding an OFAC CSV set (sdn.csv or cons_prim.csv): one list."""
    return path.is_dir() and ofac_csv.find_set(path) is not None


def plan_folder(folder: Path) -> FolderPlan:
    """Every list under `folder`, in load order, and every other file with why it is skipped."""
    plan = FolderPlan()
    seen = 0
    pending = [folder]
    while pending:
        current = pending.pop(0)
        entries = sorted(current.iterdir(), key=lambda p: p.name)
        seen += len(entries)
        if seen > MAX_FILES:
            raise ListFormatError(folder, None, f"more than {MAX_FILES:,} files; name the lists")
        in_set: set[Path] = set()
        if is_set_folder(current):
            plan.lists.append(current)
            found = ofac_csv.find_set(current)
            in_set = {p.resolve() for p in found.paths} if found else set()
        for path in entries:
            if path.is_dir():
                continue
            if path.resolve() in in_set:
                continue
            if path.name.startswith("."):
                plan.skipped.append((path, "a hidden file"))
                continue
            try:
                detect(path)
            except ListFormatError as exc:
                plan.skipped.append((path, exc.message))
                continue
            plan.lists.append(path)
        # subfolders after the folder's own files, in name order
        pending[0:0] = [p for p in entries if p.is_dir() and not p.name.startswith(".")]
    return plan
