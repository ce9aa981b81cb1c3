"""Spark throughput beside the single-process commands: extraction and customer screening.

    .venv/bin/python bench/spark.py --db sqlite:///all-lists.db [--articles 20000] [--rows 100000]

The store should hold every shipped list (`bench/lists_load.py --db ...`). Articles are
the shared corpus's texts made distinct (each gets its own dateline and dispatch number),
as one JSON lines file; customers are list names (half of them changed) and made-up
names, as one CSV. Each is run by the single-process function (`extract`,
`screen-file`) and by the Spark job in local mode on 1 and 2 cores; every run writes its
output in full. Spark times include the session start (the JVM) and writing the output.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import tempfile
import time
from pathlib import Path

from sanctionwatch.batch import run_extract
from sanctionwatch.screenfile import screen_file
from sanctionwatch.served import load_served
from sanctionwatch.store import get_engine

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


def timed(label: str, items: int, run) -> float:  # type: ignore[no-untyped-def]
    t0 = time.perf_counter()
    run()
    took = time.perf_counter() - t0
    print(f"{label:<34} {items:>8,} in {took:7.1f} s = {items / took:8,.0f}/s", flush=True)
    return took


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="store URL with every shipped list loaded")
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--cores", type=int, nargs="+", default=[1, 2])
    args = parser.parse_args()
    from sanctionwatch import sparkjobs

    tmp = Path(tempfile.mkdtemp())
    engine = get_engine(args.db)
    served = load_served(engine)  # the index file the Spark workers read
    articles, customers = tmp / "articles.jsonl", tmp / "customers.csv"
    make_articles(articles, args.articles)
    make_customers(customers, args.rows, sorted({e.caption for e in served.entities.values()}))
    print(f"inputs: {args.articles:,} articles, {args.rows:,} customer rows (in {tmp})")

    if args.articles:
        sink: list[str] = []
        timed(
            "extract, one process",
            args.articles,
            lambda: run_extract([str(articles)], None, write_line=sink.append),
        )
        for cores in args.cores:
            out = tmp / f"reports-{cores}.jsonl"
            master = f"local[{cores}]"
            timed(
                f"spark extract, {master}",
                args.articles,
                lambda out=out, master=master: (
                    sparkjobs.spark_extract([str(articles)], out, master=master),
                    _stop(),
                ),
            )
    if args.rows:
        timed(
            "screen-file, one process",
            args.rows,
            lambda: screen_file(served, customers, io.StringIO()),
        )
        for cores in args.cores:
            out = tmp / f"hits-{cores}.csv"
            master = f"local[{cores}]"
            timed(
                f"spark screen, {master}",
                args.rows,
                lambda out=out, master=master: (
                    sparkjobs.spark_screen(engine, customers, out, threshold=0.7, master=master),
                    _stop(),
                ),
            )


def _stop() -> None:
    from pyspark.sql import SparkSession

    active = SparkSession.getActiveSession()
    if active is not None:
        active.stop()


if __name__ == "__main__":
    main()
