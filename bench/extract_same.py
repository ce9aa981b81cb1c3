"""Whether extraction reports are byte-identical to a saved run: the check for a change
meant to make extraction faster without changing what it finds.

    python bench/extract_same.py save DIR [--extra big.jsonl] [--corpus ../shared/corpus]
    python bench/extract_same.py compare DIR [--extra big.jsonl]  # after the change

Runs `sanctionwatch extract SET --out DIR/SET` on the corpus sets (dev, train, seeds
and corpus/written) and on any `--extra` input (e.g. bench/extract.py's big.jsonl,
kept with `--keep`), then, with `compare`, lists every report that differs or is
missing and exits 1 if any does.
"""

from __future__ import annotations

import argparse
import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"


def corpus_sets(corpus: Path) -> dict[str, Path]:
    """The shared sets (from a git worktree, pass `--corpus` to the shared corpus) and ours."""
    sets = {name: corpus / name for name in ("dev", "train", "seeds")}
    for path in sets.values():
        if not path.is_dir():
            sys.exit(f"extract_same.py: no corpus set at {path} (pass --corpus)")
    return {**sets, "written": ROOT / "corpus" / "written"}


def command() -> list[str]:
    script = Path(sys.executable).with_name("sanctionwatch")
    return [str(script)] if script.exists() else [sys.executable, "-m", "sanctionwatch.cli"]


def run(inputs: dict[str, Path], out: Path) -> None:
    for name, path in inputs.items():
        shutil.rmtree(out / name, ignore_errors=True)
        subprocess.run(
            [*command(), "extract", str(path), "--out", str(out / name)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )


def differing(saved: Path, fresh: Path) -> list[str]:
    out = []
    for path in sorted(saved.rglob("*.json")):
        other = fresh / path.relative_to(saved)
        if not other.exists() or not filecmp.cmp(path, other, shallow=False):
            out.append(str(path.relative_to(saved)))
    extra = {p.relative_to(fresh) for p in fresh.rglob("*.json")}
    out += sorted(str(p) for p in extra - {p.relative_to(saved) for p in saved.rglob("*.json")})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("save", "compare"))
    parser.add_argument("dir", type=Path)
    parser.add_argument("--extra", type=Path, action="append", default=[])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    inputs = {**corpus_sets(args.corpus), **{p.stem: p for p in args.extra}}
    if args.mode == "save":
        run(inputs, args.dir)
        print(f"saved {sum(1 for _ in args.dir.rglob('*.json'))} reports in {args.dir}")
        return
    with tempfile.TemporaryDirectory(prefix="sw-extract-same-") as tmp:
        run(inputs, Path(tmp))
        bad = differing(args.dir, Path(tmp))
        total = sum(1 for _ in args.dir.rglob("*.json"))
    for name in bad:
        print(f"differs: {name}")
    print(f"{total - len(bad)} of {total} reports identical")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
