"""A store grown in batches of 100 articles, all lists loaded: does each batch cost the same?

    python bench/scale.py [--articles 10000] [--batch 100] [--db URL] [--link]

Every shipped list is loaded first (as bench/lists_load.py does). Then batches
of distinct articles are stored through the ingest path: `save_report` per
article, then `update_events` (the incremental events update), then, with
--link, `aftercare.after_ingest` (linking the new targets). Per batch it
prints seconds and the Python heap peak (tracemalloc) of the store + events
steps and, apart, of linking. At the end: the ratio of the last batch's time
to the first's (goal: within 1.5x), one more real article ingested with
`run_ingest` (extraction included), and the events table's first page
(`list_events`, p50 of 20).

Distinct texts are built from the corpus: copy k of corpus article j is its text
with a numbered line, its action dates moved k*10 days on, and its target names
suffixed with k, so copies are new decisions (as a growing newsroom store holds)
and not one ever-growing event. Extraction runs once per corpus text up front
(bench/extract.py measures it: it is per article and flat).
"""

from __future__ import annotations

import argparse
import dataclasses
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

from sanctionwatch.extract import extract
from sanctionwatch.model import Article, Report
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.events import EventFilter, list_events
from sanctionwatch.store.events_writer import update_events

sys.path.insert(0, str(Path(__file__).resolve().parent))
from extract import DEFAULT_CORPUS, corpus_texts
from lists_load import LISTS, SOURCES

SHIFT_DAYS = 10  # beyond the events date window: each copy is a new decision


def copies(base: list[Report], n: int) -> list[Report]:
    out = []
    for i in range(n):
        k, src = divmod(i, len(base))
        report = base[src]
        shift = timedelta(days=SHIFT_DAYS * k)
        acts = [
            dataclasses.replace(
                a,
                date=a.date + shift if a.date else None,
                targets=[dataclasses.replace(t, name=f"{t.name} {k}") for t in a.targets],
            )
            for a in report.actions
        ]
        art = report.article
        text = f"{art.text}\n\nBench copy {i}."
        out.append(Report(Article(id=f"bench-{i:06d}", text=text, published=art.published), acts))
    return out


def timed(fn, *args):  # type: ignore[no-untyped-def]
    tracemalloc.reset_peak()
    t0 = time.perf_counter()
    value = fn(*args)
    return value, time.perf_counter() - t0, tracemalloc.get_traced_memory()[1] / 2**20


def store_batch(engine, batch: list[Report]) -> int:  # type: ignore[no-untyped-def]
    stored = sum(save_report(engine, r, "bench") for r in batch)
    update_events(engine)
    return stored


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--db", help="store URL (default: a fresh temporary SQLite file)")
    parser.add_argument("--link", action="store_true", help="also link each batch's targets")
    parser.add_argument("--no-lists", action="store_true", help="skip loading the lists")
    args = parser.parse_args()
    tmp = tempfile.mkdtemp()
    url = args.db or f"sqlite:///{tmp}/scale.db"
    engine = get_engine(url)
    print(f"store: {url}")
    if not args.no_lists:
        from sanctionwatch.loading import load_source

        t0 = time.perf_counter()
        entities = sum(load_source(engine, str(LISTS / rel))[0].entities for rel in SOURCES)
        took = time.perf_counter() - t0
        print(f"lists: {entities:,} entities from {len(SOURCES)} files in {took:.0f} s")
    texts = corpus_texts(DEFAULT_CORPUS)
    base = [extract(Article(id=f"c{i}", text=t, published=d)) for i, (t, d) in enumerate(texts)]
    reports = copies(base, args.articles)
    # One more article: the corpus text naming the most targets, with a new line.
    extra = max(base, key=lambda r: sum(len(a.targets) for a in r.actions))
    tracemalloc.start()
    times: list[float] = []
    for start in range(0, args.articles, args.batch):
        batch = reports[start : start + args.batch]
        _, took, peak = timed(store_batch, engine, batch)
        times.append(took)
        line = (
            f"batch {start // args.batch + 1:4d} -> {start + len(batch):6,} articles: "
            f"store+events {took:6.2f} s, peak {peak:6.1f} MB"
        )
        if args.link:
            from sanctionwatch.aftercare import after_ingest

            targets = sum(len(a.targets) for r in batch for a in r.actions)
            _, link_s, link_peak = timed(after_ingest, engine, targets)
            line += f"; link {link_s:6.2f} s, peak {link_peak:6.1f} MB"
        print(line, flush=True)
    tracemalloc.stop()
    first = statistics.mean(times[:3])
    last = statistics.mean(times[-3:])
    print(
        f"store+events per batch: first 3 mean {first:.2f} s, last 3 mean {last:.2f} s, "
        f"ratio {last / first:.2f} (goal <= 1.5)"
    )
    with tempfile.TemporaryDirectory() as one:
        path = Path(one) / "one-more.txt"
        path.write_text(extra.article.text + "\n\nOne more.", encoding="utf-8")
        import sanctionwatch.aftercare as aftercare
        from sanctionwatch.batch import run_ingest

        if not args.link:  # linking is timed apart: today it relinks every target
            aftercare.after_ingest = lambda _engine, _new: None  # type: ignore[assignment]
        t0 = time.perf_counter()
        result = run_ingest([str(path)], engine)
        took = time.perf_counter() - t0
        steps = "extract, store, events" + (", link" if args.link else "")
        print(f"one more article (run_ingest: {steps}): {took:.2f} s")
        print(f"  {result.summary()}")
    samples = []
    for _ in range(20):
        t0 = time.perf_counter()
        total, _rows = list_events(engine, EventFilter())
        samples.append(time.perf_counter() - t0)
    p50 = statistics.median(samples) * 1000
    print(f"events table, first page of {total:,} events: p50 {p50:.1f} ms")


if __name__ == "__main__":
    main()
