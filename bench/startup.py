"""Start-up of the command: `sanctionwatch --help` and `extract -` of one short article.

    python bench/startup.py [--runs 5] [--article PATH]

Each command runs `--runs` times in a fresh process; the best wall time is printed
with the CPU time (user + system) of that run, which a busy shared machine inflates
far less than the wall time.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_ARTICLE = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev" / "dev-01.txt"
)


def command() -> list[str]:
    """The installed entry point beside this interpreter, or the module as a fallback."""
    script = Path(sys.executable).with_name("sanctionwatch")
    if script.exists():
        return [str(script)]
    found = shutil.which("sanctionwatch")
    return [found] if found else [sys.executable, "-m", "sanctionwatch.cli"]


def run_once(args: list[str], stdin: bytes) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one run in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, input=stdin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def stale_bytecode() -> int:
    """Modules of the package without current bytecode: each run compiles them afresh
    where PYTHONDONTWRITEBYTECODE is set (`make setup` writes it)."""
    import importlib.util

    package = Path(__file__).resolve().parents[1] / "src" / "sanctionwatch"
    stale = 0
    for source in package.rglob("*.py"):
        compiled = Path(importlib.util.cache_from_source(str(source)))
        if not compiled.exists() or compiled.stat().st_mtime < source.stat().st_mtime:
            stale += 1
    return stale


def best(args: list[str], stdin: bytes, runs: int) -> tuple[float, float]:
    return min(run_once(args, stdin) for _ in range(runs))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument(
        "--article",
        type=Path,
        default=DEFAULT_ARTICLE,
        help="text whose first 600 characters are the short article",
    )
    args = parser.parse_args()
    short = args.article.read_text(encoding="utf-8")[:600].encode("utf-8")
    cmd = command()
    print(f"command: {' '.join(cmd)}; best of {args.runs} runs; load {os.getloadavg()[0]:.1f}")
    stale = stale_bytecode()
    if stale and os.environ.get("PYTHONDONTWRITEBYTECODE"):
        print(f"note: {stale} modules without current bytecode are compiled in every run")
    for label, argv, stdin in (
        ("sanctionwatch --help", [*cmd, "--help"], b""),
        ("sanctionwatch extract - (600 chars)", [*cmd, "extract", "-"], short),
    ):
        wall, cpu = best(argv, stdin, args.runs)
        print(f"{label:38} wall {wall:.2f} s  cpu {cpu:.2f} s")


if __name__ == "__main__":
    main()
