"""Extraction throughput on one core: articles per second and peak memory.

    python bench/extract.py [--articles 2000] [--corpus /work/shared/corpus]

Articles are built by cycling the corpus texts under distinct ids and streamed
one at a time through `extract`, so memory holds one article at a time.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import resource
import time
import tracemalloc
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from sanctionwatch.extract import extract
from sanctionwatch.model import Article

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_texts(root: Path) -> list[tuple[str, date | None]]:
    """Each corpus text with its sidecar's publication date, if it has one."""
    texts: list[tuple[str, date | None]] = []
    for path in sorted(root.glob("*/*.txt")):
        if path.name == "URLS.txt":
            continue
        meta = path.with_suffix(".meta.json")
        published = (
            json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.exists() else None
        )
        texts.append(
            (path.read_text(encoding="utf-8"), date.fromisoformat(published) if published else None)
        )
    return texts


def stream(texts: list[tuple[str, date | None]], n: int) -> Iterator[Article]:
    for i, (text, published) in enumerate(itertools.islice(itertools.cycle(texts), n)):
        yield Article(id=f"bench-{i:06d}", text=text, published=published)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument(
        "--tracemalloc", action="store_true", help="trace Python allocations (slower)"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity"):  # one core, as the figure claims
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    texts = corpus_texts(args.corpus)
    extract(Article(id="warm-up", text=texts[0][0]))  # vocabularies load once, outside the timing
    if args.tracemalloc:
        tracemalloc.start()
    actions = 0
    start, cpu_start = time.perf_counter(), time.process_time()
    for article in stream(texts, args.articles):
        actions += len(extract(article).actions)
    elapsed = time.perf_counter() - start
    cpu = time.process_time() - cpu_start  # unaffected by other processes on a shared machine
    print(f"articles: {args.articles} ({len(texts)} distinct texts), actions: {actions}")
    print(
        f"elapsed: {elapsed:.2f} s, throughput: {args.articles / elapsed:.0f} articles/s (1 core)"
    )
    print(f"cpu: {cpu:.2f} s, throughput: {args.articles / cpu:.0f} articles per cpu-second")
    if args.tracemalloc:
        _, peak = tracemalloc.get_traced_memory()
        print(f"peak traced Python memory: {peak / 2**20:.1f} MiB")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"peak RSS: {rss / 1024:.1f} MiB")


if __name__ == "__main__":
    main()
