"""Extraction work per article, counted by callgrind on a fixed slice of articles.

    valgrind --tool=callgrind --toggle-collect=functools_reduce \\
        .venv/bin/python bench/extract_callgrind.py ARTICLES.jsonl [--warm 5] [--count 40]

Extracts the first `--warm` articles of the file (start-up, the pattern cache and the
word caches fill), then the next `--count` articles inside `functools.reduce`, so that
callgrind, told to collect only inside that C function, counts those articles' work
alone: each report built and written to JSON as `sanctionwatch extract --out` writes
it. Instruction counts are repeatable where CPU timings on a shared machine are not;
compare two trees by running each (e.g. a copy on `PYTHONPATH`) on the same file,
such as the first 45 lines of `bench/extract.py --articles 200 --keep DIR`'s input.
The line printed at the end (report sizes) must agree between trees whose reports do.
"""

from __future__ import annotations

import argparse
import functools
import gc
import json
from pathlib import Path

from sanctionwatch.cli.quick import YOUNG
from sanctionwatch.documents.readers import read_articles
from sanctionwatch.extract import extract
from sanctionwatch.model import Article


def report_size(total: int, article: Article) -> int:
    """`total` plus the size of the article's report as `extract --out` writes it."""
    payload = extract(article).to_dict()
    return total + len(json.dumps(payload, ensure_ascii=False, indent=2))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", type=Path)
    parser.add_argument("--warm", type=int, default=5)
    parser.add_argument("--count", type=int, default=40)
    args = parser.parse_args()
    gc.set_threshold(YOUNG, *gc.get_threshold()[1:])  # as `sanctionwatch extract` runs
    items = [a for a in read_articles([args.articles]) if isinstance(a, Article)]
    warm = 0
    for article in items[: args.warm]:  # a plain loop: callgrind does not count these
        warm = report_size(warm, article)
    counted = functools.reduce(report_size, items[args.warm : args.warm + args.count], 0)
    print(f"warm-up reports {warm} bytes; counted reports {counted} bytes")


if __name__ == "__main__":
    main()
