"""A store grown in batches of 100 articles, all lists loaded: does each batch cost the same?

    python bench/scale.py [--articles 10000] [--batch 100] [--db URL] [--from FILE] [--link]
    python bench/scale.py --resume --db URL --articles 100000   # grow a store made before

Every shipped list is loaded first (as bench/lists_load.py does), or a SQLite store
that already holds them is copied (`--from`). Then batches of distinct articles are
stored through the ingest path: `save_report` per article, then `update_events` (the
incremental events update), then, with --link, `aftercare.after_ingest` (linking the
new targets). Per batch it prints wall and CPU seconds of the store + events steps and
two Python heap figures (tracemalloc): the batch's own peak (the most it allocated
above what was held when it started) and what is still held when it ends (bounded
caches fill, then stay; anything else growing would be a leak). Linking apart. At the
end: last batches against the first (goal: within 1.5x), one more real article
ingested with `run_ingest` (extraction included) without linking and, when lists are
loaded, another with linking (the index file built first, as a store in use has it;
not when the batches left their targets unlinked: that would time the backlog), and
the events table's first page and page 100 (`list_events`, p50 of 20). With
`--db URL --no-lists --articles 0` it only measures that end on a store grown before
(a stopped run's: its last queued actions are placed first, untimed). `--resume` grows
such a store on from the copies it holds to --articles copies (lists as they are).
`--link-queued` links the targets batches without --link left queued (untimed, see
`link_queued`), and `--cli N` then times what a user runs: `sanctionwatch ingest` on N
distinct articles, a process each (start-up, extraction, store, events and linking).

    python bench/scale.py --db sqlite:///100k.db --no-lists --articles 0 --link-queued --cli 5

Distinct texts are built from the corpus: copy k of corpus article j is its text
with a numbered line, its action dates moved k*10 days on, and its target names
suffixed with k, so copies are new decisions (as a growing newsroom store holds)
and not one ever-growing event. Copies are made a batch at a time. Extraction runs
once per corpus text up front (bench/extract.py measures it: it is per article and
flat).
"""

from __future__ import annotations

import argparse
import dataclasses
import resource
import shutil
import statistics
import sys
import tempfile
import time
import tracemalloc
from datetime import timedelta
from pathlib import Path

from sqlalchemy import func, select

from sanctionwatch.extract import extract
from sanctionwatch.model import Article, Report
from sanctionwatch.store import count_articles, get_engine, save_report
from sanctionwatch.store.events import EventFilter, list_events
from sanctionwatch.store.events_writer import update_events
from sanctionwatch.store.lists import list_status
from sanctionwatch.store.tables import articles, targets_pending

sys.path.insert(0, str(Path(__file__).resolve().parent))
from lists_load import LISTS, SOURCES
from store_corpus import DEFAULT_CORPUS, corpus_texts

SHIFT_DAYS = 10  # beyond the events date window: each copy is a new decision


PREFIX = "bench-"


def copy_id(i: int) -> str:
    return f"{PREFIX}{i:06d}"


def copies_held(engine) -> int:  # type: ignore[no-untyped-def]
    """How many copies a store grown before holds: the next copy number to make.

    Copies are stored in order, so the highest id says where a run stopped; a count
    that disagrees (a copy missing) is refused rather than resumed with gaps.
    """
    bench = articles.c.id.like(f"{PREFIX}%")
    with engine.connect() as conn:
        held, last = conn.execute(select(func.count(), func.max(articles.c.id)).where(bench)).one()
    if not held:
        return 0
    following = int(last.removeprefix(PREFIX)) + 1
    if following != held:
        raise SystemExit(f"store holds {held:,} bench copies but the last is {last}: not resumable")
    return following


def copies(base: list[Report], start: int, stop: int) -> list[Report]:
    """Copies `start` to `stop` (exclusive) of the corpus reports, made when needed."""
    out = []
    for i in range(start, stop):
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
        out.append(Report(Article(id=copy_id(i), text=text, published=art.published), acts))
    return out


@dataclasses.dataclass
class Cost:
    wall: float  # seconds
    cpu: float  # seconds of this process's CPU
    peak: float  # MB allocated at most above what was held at the start
    held: float  # MB still held at the end


def timed(fn, *args):  # type: ignore[no-untyped-def]
    before = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    t0, c0 = time.perf_counter(), time.process_time()
    value = fn(*args)
    wall, cpu = time.perf_counter() - t0, time.process_time() - c0
    held, peak = tracemalloc.get_traced_memory()
    return value, Cost(wall, cpu, (peak - before) / 2**20, held / 2**20)


def store_batch(engine, batch: list[Report]) -> int:  # type: ignore[no-untyped-def]
    stored = sum(save_report(engine, r, "bench") for r in batch)
    update_events(engine)
    return stored


def one_more(engine, report: Report, line: str, *, link: bool) -> None:  # type: ignore[no-untyped-def]
    """Ingest one more article with `run_ingest` (extraction included), linking or not."""
    import sanctionwatch.aftercare as aftercare
    from sanctionwatch.batch import run_ingest

    real = aftercare.after_ingest
    if not link:  # linking is timed apart
        aftercare.after_ingest = lambda _engine, _new: None  # type: ignore[assignment]
    try:
        with tempfile.TemporaryDirectory() as one:
            path = Path(one) / "one-more.txt"
            path.write_text(f"{report.article.text}\n\n{line}", encoding="utf-8")
            t0, c0 = time.perf_counter(), time.process_time()
            result = run_ingest([str(path)], engine)
            took, cpu = time.perf_counter() - t0, time.process_time() - c0
    finally:
        aftercare.after_ingest = real  # type: ignore[assignment]
    steps = "extract, store, events" + (", link" if link else "")
    print(f"one more article (run_ingest: {steps}): {took:.2f} s (cpu {cpu:.2f} s)")
    print(f"  {result.summary()}")


def link_queued(engine, chunk: int = 5000) -> int:  # type: ignore[no-untyped-def]
    """Link the targets a run without --link left queued, `chunk` at a time (untimed).

    A store in use has its targets linked, so the one-more article must not time a
    backlog. Screening 234,000 copies costs half an hour of CPU, so each copy gets the
    links its corpus original screens to (the name without the copy's number, screened
    once): the links table then holds what a linked store of this size holds. Each
    chunk commits on its own, so a stopped run goes on where it stopped.
    """
    import re
    from types import SimpleNamespace

    from sanctionwatch.linking import _link_rows
    from sanctionwatch.served import load_served
    from sanctionwatch.store.links import _TARGET_COLS, replace_links
    from sanctionwatch.store.tables import targets

    served = load_served(engine)
    queue = (
        select(*_TARGET_COLS)
        .join(targets_pending, targets_pending.c.target_pk == targets.c.pk)
        .order_by(targets.c.pk)
        .limit(chunk)
    )
    screened: dict[tuple, list[dict]] = {}  # type: ignore[type-arg]
    done = 0
    while True:
        with engine.connect() as conn:
            found = list(conn.execute(queue))
        if not found:
            return done
        rows = []
        for t in found:
            base = SimpleNamespace(**{**t._mapping, "name": re.sub(r" \d+$", "", t.name)})
            key = tuple(v for k, v in vars(base).items() if k != "pk")
            if key not in screened:
                screened[key] = _link_rows(served, [base])
            rows += [{**r, "target_pk": t.pk} for r in screened[key]]
        replace_links(engine, [t.pk for t in found], rows)
        done += len(found)
        print(f"linked {done:,} queued targets, {len(screened):,} screened", flush=True)


def cli_ingest(url: str, base: list[Report], runs: int) -> None:
    """`sanctionwatch ingest FILE --db URL`, as a user runs it: a new process each time
    (start-up, extraction, store, events, linking of the article's new targets, which
    the command does by default). `runs` distinct articles: the corpus texts naming
    the most targets, each with a new line. Wall and CPU (user + system) per command."""
    import os
    import subprocess

    exe = Path(sys.executable).with_name("sanctionwatch")
    picks = sorted(base, key=lambda r: -sum(len(a.targets) for a in r.actions))[:runs]
    walls, cpus = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for n, report in enumerate(picks):
            path = Path(tmp) / f"one-more-{n}.txt"
            line = f"Ingested by bench/scale.py --cli, run {n}, {time.time_ns()}."
            path.write_text(f"{report.article.text}\n\n{line}", encoding="utf-8")
            before = os.times()
            t0 = time.perf_counter()
            done = subprocess.run(
                [str(exe), "ingest", str(path), "--db", url], capture_output=True, text=True
            )
            wall = time.perf_counter() - t0
            after = os.times()
            cpu = (after.children_user - before.children_user) + (
                after.children_system - before.children_system
            )
            if done.returncode:
                raise SystemExit(f"ingest failed: {done.stderr}")
            walls.append(wall)
            cpus.append(cpu)
            said = done.stderr.strip().splitlines()[-1]
            print(f"  cli ingest {n + 1}: {wall:.2f} s (cpu {cpu:.2f} s): {said}", flush=True)
    print(
        f"one more article, `sanctionwatch ingest` (start-up, extract, store, events, link),"
        f" median of {len(walls)}: {statistics.median(walls):.2f} s"
        f" (cpu {statistics.median(cpus):.2f} s)"
    )


def ratio(costs: list[Cost], field: str) -> str:
    first = statistics.mean(getattr(c, field) for c in costs[:3])
    last = statistics.mean(getattr(c, field) for c in costs[-3:])
    return f"first 3 mean {first:.2f}, last 3 mean {last:.2f}, ratio {last / first:.2f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--db", help="store URL (default: a fresh temporary SQLite file)")
    parser.add_argument(
        "--from", dest="template", type=Path, help="copy this SQLite store (lists loaded) first"
    )
    parser.add_argument("--link", action="store_true", help="also link each batch's targets")
    parser.add_argument("--no-lists", action="store_true", help="skip loading the lists")
    parser.add_argument(
        "--cli",
        type=int,
        default=0,
        metavar="N",
        help="at the end, run `sanctionwatch ingest` on N distinct articles (a process each)",
    )
    parser.add_argument(
        "--link-queued",
        action="store_true",
        help="before the end, link the targets the batches left queued (untimed; see link_queued)",
    )
    parser.add_argument(
        "--resume",
        action="store_true",
        help="grow the store at --db on from the copies it holds (lists not loaded again)",
    )
    args = parser.parse_args()
    if args.resume and (not args.db or args.template):
        parser.error("--resume needs --db URL (the store to grow) and no --from")
    tmp = tempfile.mkdtemp()
    url = args.db or f"sqlite:///{tmp}/scale.db"
    if args.template:
        # The copy goes where --db points (a SQLite URL), so the grown store is kept.
        target = Path(url.removeprefix("sqlite:///"))
        if not url.startswith("sqlite:///"):
            parser.error("--from copies a SQLite file: --db must be a sqlite:/// URL")
        if args.db and target.exists():
            parser.error(f"--from would overwrite {target}: remove it or drop --db")
        shutil.copyfile(args.template, target)
    engine = get_engine(url)
    print(f"store: {url}" + (f" (a copy of {args.template})" if args.template else ""))
    if not args.no_lists and not args.template and not args.resume:
        from sanctionwatch.loading import load_source

        t0 = time.perf_counter()
        entities = sum(load_source(engine, str(LISTS / rel))[0].entities for rel in SOURCES)
        took = time.perf_counter() - t0
        print(f"lists: {entities:,} entities from {len(SOURCES)} files in {took:.0f} s")
    texts = corpus_texts(DEFAULT_CORPUS)
    base = [extract(Article(id=f"c{i}", text=t, published=d)) for i, (t, d) in enumerate(texts)]
    # One more article: the corpus text naming the most targets, with a new line.
    extra = max(base, key=lambda r: sum(len(a.targets) for a in r.actions))
    first = 0
    if args.resume:
        update_events(engine)  # a stopped run's last queued actions, placed untimed
        first = copies_held(engine)
        print(f"resuming at copy {first:,} of {args.articles:,}")
    tracemalloc.start()
    costs: list[Cost] = []
    for start in range(first, args.articles, args.batch):
        batch = copies(base, start, min(start + args.batch, args.articles))
        stored, cost = timed(store_batch, engine, batch)
        if stored != len(batch):  # a copy's text stored before: the copies are not distinct
            raise SystemExit(f"batch at copy {start:,}: {stored} of {len(batch)} stored")
        costs.append(cost)
        line = (
            f"batch {start // args.batch + 1:4d} -> {start + len(batch):7,} articles: "
            f"store+events {cost.wall:6.2f} s (cpu {cost.cpu:5.2f} s), "
            f"peak {cost.peak:5.1f} MB, held {cost.held:6.1f} MB"
        )
        if args.link:
            from sanctionwatch.aftercare import after_ingest

            targets = sum(len(a.targets) for r in batch for a in r.actions)
            _, link = timed(after_ingest, engine, targets)
            line += f"; link {link.wall:6.2f} s (cpu {link.cpu:5.2f} s), peak {link.peak:6.1f} MB"
        print(line, flush=True)
        del batch
        if len(costs) == 1:
            after_first = tracemalloc.take_snapshot()
    if costs:
        # What the heap gained after the first batch: a bounded cache shows as a few lines
        # that stop growing; a leak as one that grows with every batch.
        grown = tracemalloc.take_snapshot().compare_to(after_first, "lineno")
        print("held MB grown since the first batch, by where it was allocated:")
        for stat in grown[:5]:
            mb = stat.size_diff / 2**20
            print(f"  {mb:+6.1f} MB {stat.count_diff:+8,} blocks  {stat.traceback}")
    tracemalloc.stop()
    if costs:
        print("store+events per batch (goal: last within 1.5x of first):")
        print(f"  wall s: {ratio(costs, 'wall')}")
        print(f"  cpu s:  {ratio(costs, 'cpu')}")
        print(f"  peak MB above start: {ratio(costs, 'peak')}")
        print(f"  held MB at end: {ratio(costs, 'held')}")
    update_events(engine)  # a store grown by a run that was stopped: its last batch placed
    if args.link_queued:
        print(f"linked {link_queued(engine):,} queued targets first (untimed)")
    held = count_articles(engine)
    print(f"store: {held:,} articles")
    with engine.connect() as conn:
        queued = conn.scalar(select(func.count()).select_from(targets_pending)) or 0
    # The added line names the store's size: a store measured before holds the last one.
    one_more(engine, extra, f"One more, at {held:,}.", link=args.link)
    if queued and not args.link:
        # The batches stored targets without linking them: linking one more article would
        # first screen every one of them, which measures the backlog, not the article.
        print(f"one more article, linked: not measured ({queued:,} targets queued unlinked)")
    elif not args.link and list_status(engine):
        # Linking as an ingest does it, the index file for these lists already on disk.
        from sanctionwatch.linking import link_new_targets
        from sanctionwatch.served import load_served

        link_new_targets(engine, load_served(engine))  # the unlinked one's targets, untimed
        one_more(engine, extra, f"One more, linked, at {held:,}.", link=True)
    if args.cli and queued and not args.link:
        print(f"`sanctionwatch ingest`: not measured ({queued:,} targets queued; --link-queued)")
    elif args.cli:
        from sanctionwatch.served import load_served

        load_served(engine)  # the index file a store in use has beside it (built at list load)
        cli_ingest(url, base, args.cli)
    for label, offset in (("first page", 0), ("page 100", 99 * 50)):
        samples = []
        for _ in range(20):
            t0 = time.perf_counter()
            total, _rows = list_events(engine, EventFilter(offset=offset))
            samples.append(time.perf_counter() - t0)
        p50 = statistics.median(samples) * 1000
        print(f"events table, {label} of {total:,} events: p50 {p50:.1f} ms")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"process: peak RSS {rss:,.0f} MB, cpu {time.process_time():,.0f} s")


if __name__ == "__main__":
    main()
