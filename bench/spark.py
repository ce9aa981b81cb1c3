"""Spark throughput beside the single-process commands: extraction and customer screening.

    .venv/bin/python bench/spark.py --db sqlite:///all-lists.db [--articles 20000] [--rows 100000]
        [--only extract|screen] [--runs single 1 2] [--work DIR]

The store should hold every shipped list (`sanctionwatch lists load ../shared/lists`).
Articles are the shared corpus's texts made distinct (each gets its own dateline and
dispatch number), as one JSON lines file; customers are list names (half of them
changed) and made-up names, as one CSV. Each run is a fresh process, as a command
would be: the single-process functions (`extract`, `screen-file` with the store, as
the CLI runs them) and the Spark jobs in local mode on 1 and 2 cores; every run writes
its output in full into the work folder, and each Spark output is compared with the
single process's, byte for byte.

Per run: wall time (session start, i.e. the JVM, and writing the output included),
and CPU seconds of the whole process tree (the driver, the JVM, the Python workers;
sampled from /proc twice a second, as exited workers leave no other trace), so figures
on a shared machine can be compared: items per CPU-second, and for 2 cores the speed-up
over 1 core in wall time and the CPU that the second core cost. Inputs in the work
folder are reused, so runs can be split across invocations (`--only`, `--runs`) and
compared at the end (`--report`).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CITIES = ["Brussels", "Washington", "London", "Ottawa", "Canberra", "Geneva", "Seoul", "Tokyo"]
GIVEN = ["Anna", "Pavel", "Li", "Omar", "Maria", "John", "Aisha", "Kenji", "Olga", "Carlos"]
FAMILY = ["Novak", "Chen", "Haddad", "Silva", "Kowalski", "Okafor", "Lindqvist", "Moreau"]


def make_articles(path: Path, count: int) -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))]
    rnd = random.Random(3)
    with path.open("w", encoding="utf-8") as fh:
        for n in range(count):
            text = texts[n % len(texts)]
            city = rnd.choice(CITIES)
            body = f"{city}, dispatch {n + 1}. {text}"
            fh.write(json.dumps({"id": f"a{n + 1}", "text": body}, ensure_ascii=False) + "\n")


def make_customers(path: Path, count: int, captions: list[str]) -> None:
    rnd = random.Random(5)
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["name", "type", "country"])
        for n in range(count):
            if n % 2:
                name = rnd.choice(captions)
                if rnd.random() < 0.5:
                    at = rnd.randrange(len(name))
                    name = name[:at] + rnd.choice("aeiou") + name[at + 1 :]
            else:
                name = f"{rnd.choice(GIVEN)} {rnd.choice(FAMILY)} {rnd.randrange(10, 99)}"
            writer.writerow([name, "", ""])


def _procs() -> dict[int, tuple[int, str, float, float]]:
    """pid -> (parent, command, own CPU s, CPU s of the children it reaped)."""
    ticks = os.sysconf("SC_CLK_TCK")
    out: dict[int, tuple[int, str, float, float]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            stat = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        comm = stat[stat.index("(") + 1 : stat.rindex(")")]
        rest = stat[stat.rindex(")") + 2 :].split()
        own = (int(rest[11]) + int(rest[12])) / ticks  # utime stime
        reaped = (int(rest[13]) + int(rest[14])) / ticks  # cutime cstime
        out[int(entry)] = (int(rest[1]), comm, own, reaped)
    return out


class TreeCPU:
    """CPU seconds of a process and its descendants, as driver (the process), jvm, and
    python workers (Python processes under the JVM).

    Sampled twice a second: PySpark's daemon ignores SIGCHLD, so a worker that exits
    leaves no trace in any parent's reaped-children time; its CPU is its last sample.
    """

    def __init__(self, root: int) -> None:
        self.root = root
        self.seen: dict[int, tuple[str, float, float]] = {}  # pid -> kind, own, reaped
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(0.5):
            self.sample()

    def sample(self) -> None:
        procs = _procs()
        children: dict[int, list[int]] = defaultdict(list)
        for pid, (ppid, *_) in procs.items():
            children[ppid].append(pid)
        stack = [(self.root, "driver")]
        while stack:
            pid, kind = stack.pop()
            if pid not in procs:
                continue
            _, comm, own, reaped = procs[pid]
            if pid != self.root:
                jvm = comm == "java"
                kind = "jvm" if jvm else ("driver" if kind == "driver" else "python workers")
            self.seen[pid] = (kind, own, reaped)
            stack.extend((child, kind) for child in children[pid])

    def totals(self) -> dict[str, float]:
        self._stop.set()
        self.sample()
        out = {"driver": 0.0, "jvm": 0.0, "python workers": 0.0}
        for pid, (kind, own, reaped) in self.seen.items():
            # only the driver's reaped children count: below it every process is sampled
            # itself (Spark's launcher is reaped by the script that then becomes the JVM)
            out[kind] += own + (reaped if pid == self.root else 0.0)
        return out


# --- one run, in its own process ------------------------------------------------------


def child(kind: str, run: str, work: Path, db: str) -> None:
    """Run one job; print a JSON line with its wall time and its process tree's CPU."""
    cpu = TreeCPU(os.getpid())
    t0 = time.perf_counter()
    out = work / f"{kind}-{run}.{'jsonl' if kind == 'extract' else 'csv'}"
    items = errors = 0
    if run == "single" and kind == "extract":
        from sanctionwatch.batch import run_extract

        with out.open("w", encoding="utf-8") as fh:
            result = run_extract(
                [str(work / "articles.jsonl")], None, write_line=lambda s: fh.write(s + "\n")
            )
        items, errors = result.articles, result.failed
    elif run == "single":
        from sanctionwatch.screenfile import screen_file
        from sanctionwatch.served import load_served
        from sanctionwatch.store import get_engine

        engine = get_engine(db)
        with out.open("w", encoding="utf-8", newline="") as fh:
            screened = screen_file(load_served(engine), work / "customers.csv", fh, engine=engine)
        items, errors = screened.rows, len(screened.errors)
    else:
        from sanctionwatch import sparkjobs

        master = f"local[{run}]"
        if kind == "extract":
            done = sparkjobs.spark_extract([str(work / "articles.jsonl")], out, master=master)
        else:
            from sanctionwatch.store import get_engine

            done = sparkjobs.spark_screen(
                get_engine(db), work / "customers.csv", out, threshold=0.7, master=master
            )
        items, errors = done.items, len(done.errors)
    wall = time.perf_counter() - t0
    used = cpu.totals()  # before the session stops: the JVM and workers are alive
    print(json.dumps({"items": items, "errors": errors, "wall": wall, "cpu": used}), flush=True)
    if run != "single":
        from pyspark.sql import SparkSession

        active = SparkSession.getActiveSession()
        if active is not None:
            active.stop()


# --- the bench --------------------------------------------------------------------------


def prepare(work: Path, db: str, articles: int, rows: int) -> None:
    """Inputs in `work`, made once (the same seeds give the same files)."""
    done = work / "inputs.json"
    want = {"articles": articles, "rows": rows}
    if done.exists() and json.loads(done.read_text()) == want:
        return
    from sanctionwatch.served import load_served
    from sanctionwatch.store import get_engine

    make_articles(work / "articles.jsonl", articles)
    served = load_served(get_engine(db))  # also keeps the index file the Spark workers read
    make_customers(
        work / "customers.csv", rows, sorted({e.caption for e in served.entities.values()})
    )
    done.write_text(json.dumps(want))


def run_one(kind: str, run: str, work: Path, db: str) -> dict[str, object]:
    cmd = [sys.executable, __file__, "--child", kind, run, "--work", str(work), "--db", db]
    load = os.getloadavg()[0]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        sys.exit(f"{kind} {run} failed ({done.returncode}):\n{done.stderr[-3000:]}")
    figures = json.loads(lines[-1])
    figures.update(kind=kind, run=run, load=(load, os.getloadavg()[0]))
    with (work / "figures.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps(figures) + "\n")
    return figures


def show(f: dict) -> None:  # type: ignore[type-arg]
    cpu = sum(f["cpu"].values())
    parts = ", ".join(f"{k} {v:.1f}" for k, v in f["cpu"].items() if v)
    label = (
        f"{f['kind']} {'one process' if f['run'] == 'single' else 'spark local[' + f['run'] + ']'}"
    )
    rate = f["items"] / f["wall"]
    print(
        f"{label:<28} {f['items']:>8,} in {f['wall']:7.1f} s wall = {rate:6.1f}/s;"
        f" CPU {cpu:7.1f} s ({parts}) = {f['items'] / cpu:6.1f} per CPU-s;"
        f" load {f['load'][0]:.1f}-{f['load'][1]:.1f}",
        flush=True,
    )


def compare(work: Path, kind: str) -> None:
    ext = "jsonl" if kind == "extract" else "csv"
    single = work / f"{kind}-single.{ext}"
    for other in sorted(work.glob(f"{kind}-[0-9]*.{ext}")):
        if not single.exists():
            print(f"{other.name}: no single-process output to compare with")
            continue
        same = single.read_bytes() == other.read_bytes()
        print(f"{other.name} {'identical to' if same else 'DIFFERS from'} {single.name}")


def summary(work: Path) -> None:
    runs: dict[tuple[str, str], dict] = {}  # type: ignore[type-arg]
    figures = work / "figures.jsonl"
    if not figures.exists():  # `--runs` with none: the inputs were only prepared
        return
    for line in figures.read_text().splitlines():
        f = json.loads(line)
        runs[f["kind"], f["run"]] = f  # the latest of each
    for kind in ("extract", "screen"):
        one, two = runs.get((kind, "1")), runs.get((kind, "2"))
        if one and two:
            cpu1, cpu2 = sum(one["cpu"].values()), sum(two["cpu"].values())
            print(
                f"{kind}: 2 cores / 1 core wall speed-up {one['wall'] / two['wall']:.2f}x"
                f" (loaded machine); CPU 2 cores / 1 core {cpu2 / cpu1:.2f}"
            )
        single = runs.get((kind, "single"))
        for run in ("1", "2"):
            spark = runs.get((kind, run))
            if single and spark:
                ratio = sum(spark["cpu"].values()) / sum(single["cpu"].values())
                print(f"{kind}: spark local[{run}] CPU / one process CPU {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="store URL with every shipped list loaded")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--only", choices=["extract", "screen"])
    parser.add_argument("--runs", nargs="*", default=["single", "1", "2"])
    parser.add_argument("--work", type=Path, help="folder for inputs, outputs and figures")
    parser.add_argument("--report", action="store_true", help="compare and sum up runs done")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp())
    work.mkdir(parents=True, exist_ok=True)
    if args.child:
        child(args.child[0], args.child[1], work, args.db)
        return
    if args.report:
        for kind in ("extract", "screen"):
            compare(work, kind)
        summary(work)
        return
    prepare(work, args.db, args.articles, args.rows)
    print(f"inputs: {args.articles:,} articles, {args.rows:,} customer rows (in {work})")
    kinds = [args.only] if args.only else ["extract", "screen"]
    for kind in kinds:
        if (args.articles if kind == "extract" else args.rows) == 0:
            continue
        for run in args.runs:
            show(run_one(kind, run, work, args.db))
        compare(work, kind)
    summary(work)


if __name__ == "__main__":
    main()
