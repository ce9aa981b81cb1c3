"""Extraction throughput of the whole command on one core, on texts no cache has seen.

    python bench/extract.py [--articles 4000] [--corpus ../shared/corpus] [--keep DIR]

Builds `big.jsonl`: `--articles` articles made from the corpus texts (dev, seeds,
train) so that almost no sentence repeats: every number is shifted, weekday and
month names rotate, the gold target names are replaced by names drawn from lists
below, the body paragraphs are shuffled, and a reporting line with fresh names is
added. Then it runs, pinned to one core and including start-up,

    sanctionwatch extract big.jsonl --out DIR

once on a quarter of the articles and once on all of them, and prints for each
run articles per wall-second, articles per CPU-second (user + system of the whole
process, start-up included) and its peak RSS; flat memory is the two peaks
agreeing. On a shared machine the CPU figure is the one to compare (the load
average is printed with it); wrap the run in `nice -n 5` there.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
SEED = 20240611


def words(text: str) -> list[str]:
    return text.split()


# Invented names, combined at random: people, firms and ships no corpus text names.
GIVEN = words(
    "Arvid Belinda Corwin Dalia Emeric Farah Gideon Halvard Ilona Jarek Kasimir Leontine "
    "Marek Nadira Osric Pavla Quillon Rosalind Stellan Tamsin Ulric Vesna Wendell Xenia "
    "Yarden Zoltan Anouk Bastian Cosima Darian"
)
FAMILY = words(
    "Abramcek Belovarin Castellane Drobnyak Eskerov Falconetti Grunwaldt Hasselbeck "
    "Ivanchuk Jovancic Kordelev Lindqvist Morozenko Navarrete Oberholzer Petrakis "
    "Quintanar Rasmundsen Stavridis Terzibashyan Uzunova Valtonen Wierzbicki Yeremenko "
    "Zamanov Achterberg Bozhidarov Cirilenko Dunmore Elmquist"
)
FIRM_HEADS = words(
    "Amberline Borealis Crestmark Dunhaven Eastgate Ferrovia Glenmoor Halcyon Ironbridge "
    "Jadestone Kestrel Lodestar Meridian Northwind Orion Pinecrest Quarry Redfern "
    "Saltmarsh Tidewater"
)
FIRM_KINDS = (
    "Trading LLC",
    "Shipping Ltd",
    "Holdings JSC",
    "Marine Services FZE",
    "Industrial Group",
    "Logistics Co",
    "Petroleum Ltd",
    "Technologies LLC",
)
SHIPS = words("Aurora Borea Caspian Dawn Eridanus Falcon Galene Helios Ivory Jade Kalinka Lyra")
DESKS = words("Kyiv Brussels London Washington Seoul Tokyo Geneva Ottawa Canberra Vienna")
WEEKDAYS = words("Monday Tuesday Wednesday Thursday Friday")
MONTHS = words(
    "January February March April May June July August September October November December"
)
NUMBER = re.compile(r"(?<![\w.])\d+(?![\w])")
WEEKDAY = re.compile(r"\b(?:" + "|".join(WEEKDAYS) + r")\b")
MONTH = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def corpus_articles(root: Path) -> list[dict[str, Any]]:
    """Each corpus text with its publication date and its gold targets' names and kinds."""
    found = []
    for path in sorted(root.glob("*/*.txt")):
        if path.name in ("URLS.txt", "README.txt"):
            continue
        meta_path = path.with_suffix(".meta.json")
        gold_path = path.with_suffix(".gold.json")
        meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
        gold = json.loads(gold_path.read_text(encoding="utf-8")) if gold_path.exists() else {}
        targets = {
            t["name"]: t.get("kind") or "organization"
            for action in gold.get("actions", [])
            for t in action.get("targets", [])
            if len(t.get("name", "")) > 3
        }
        found.append(
            {
                "text": path.read_text(encoding="utf-8"),
                "published": meta.get("published"),
                "targets": targets,
            }
        )
    return found


def fresh_name(kind: str, rng: random.Random) -> str:
    if kind == "person":
        return f"{rng.choice(GIVEN)} {rng.choice(FAMILY)}"
    if kind == "vessel":
        return f"{rng.choice(SHIPS)} {rng.choice(FIRM_HEADS)}"
    return f"{rng.choice(FIRM_HEADS)} {rng.choice(FIRM_HEADS)} {rng.choice(FIRM_KINDS)}"


def shifted_number(match: re.Match[str], shift: int) -> str:
    """The number moved by `shift`, keeping its digit count and a day of the month a day."""
    digits = match.group()
    width = len(digits)
    if width <= 2 and 0 < int(digits) <= 31:
        return str((int(digits) - 1 + shift) % 28 + 1).zfill(width)
    value = (int(digits) + shift) % (10**width)
    if width > 1 and value < 10 ** (width - 1):
        value += 10 ** (width - 1)
    return str(value).zfill(width)


def variant(base: dict[str, Any], i: int, rounds: int, rng: random.Random) -> dict[str, Any]:
    text: str = base["text"]
    for name in sorted(base["targets"], key=len, reverse=True):
        text = text.replace(name, fresh_name(base["targets"][name], rng))
    shift = 1 + i // rounds  # each copy of a text shifts its numbers by another step
    text = NUMBER.sub(lambda m: shifted_number(m, shift), text)
    text = WEEKDAY.sub(lambda m: WEEKDAYS[(WEEKDAYS.index(m.group()) + i) % 5], text)
    text = MONTH.sub(lambda m: MONTHS[(MONTHS.index(m.group()) + i) % 12], text)
    head, _, body = text.partition("\n")
    paragraphs = [p for p in body.split("\n") if p.strip()]
    rng.shuffle(paragraphs)
    byline = (
        f"Reporting by {fresh_name('person', rng)} in {rng.choice(DESKS)}; "
        f"editing by {fresh_name('person', rng)} ({i})"
    )
    text = "\n\n".join([head, *paragraphs, byline]) + "\n"
    return {"id": f"bench-{i:05d}", "text": text, "published": base["published"]}


def build(corpus: list[dict[str, Any]], n: int, seed: int) -> Iterator[dict[str, Any]]:
    rng = random.Random(seed)
    order: list[int] = []
    for i in range(n):
        if not order:
            order = list(range(len(corpus)))
            rng.shuffle(order)
        yield variant(corpus[order.pop()], i, len(corpus), rng)


def distinct_share(path: Path) -> tuple[int, float]:
    """Sentences in the file and the share of them that occur exactly once."""
    counts: Counter[str] = Counter()
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            text = json.loads(line)["text"]
            counts.update(s.strip() for s in SENTENCE_END.split(text) if len(s.strip()) > 20)
    total = sum(counts.values())
    return total, sum(1 for c in counts.values() if c == 1) / total


def command() -> list[str]:
    script = Path(sys.executable).with_name("sanctionwatch")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "sanctionwatch.cli"]


def run_extract(path: Path, out: Path, cpu: int) -> tuple[float, float, float]:
    """(wall s, CPU s, peak RSS MiB) of `sanctionwatch extract path --out out` on one core."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*command(), "extract", str(path), "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        preexec_fn=lambda: os.sched_setaffinity(0, {cpu}),
    )
    assert proc.stderr is not None
    errors = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"extract failed ({proc.returncode}): {errors.decode()[-2000:]}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=4000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=SEED)
    parser.add_argument("--cpu", type=int, default=min(os.sched_getaffinity(0)))
    parser.add_argument("--keep", type=Path, help="build the input and reports here, and keep them")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="sw-bench-extract-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = corpus_articles(args.corpus)
    if not corpus:
        parser.error(f"--corpus {args.corpus}: no corpus texts (*/*.txt) there")
    inputs = []
    for n in (args.articles // 4, args.articles):
        path = work / f"big-{n}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for record in build(corpus, n, args.seed):
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        inputs.append((n, path))
    sentences, share = distinct_share(inputs[-1][1])
    print(
        f"input: {args.articles} articles from {len(corpus)} corpus texts, "
        f"{sentences} sentences, {share:.1%} of them occur once"
    )
    print(
        f"command: sanctionwatch extract big.jsonl --out DIR, pinned to cpu {args.cpu}; "
        f"load average {os.getloadavg()[0]:.1f}"
    )
    peaks = []
    for n, path in inputs:
        wall, cpu, rss = run_extract(path, work / f"out-{n}", args.cpu)
        peaks.append(rss)
        print(
            f"{n:>6} articles: wall {wall:6.1f} s, {n / wall:5.0f} articles per wall-second; "
            f"cpu {cpu:6.1f} s, {n / cpu:5.0f} articles per cpu-second; peak RSS {rss:.0f} MiB"
        )
    print(
        f"peak RSS, full size over quarter size: {peaks[-1] / peaks[0]:.2f}; "
        f"load average after: {os.getloadavg()[0]:.1f}"
    )
    if args.keep is None:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
