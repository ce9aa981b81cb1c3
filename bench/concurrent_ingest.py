"""Two ingests at once into one store, many runs: is every distinct article stored once?

    python bench/concurrent_ingest.py [--runs 20] [--articles 1000] [--shared 900]
                                      [--pg postgresql+psycopg://user:pw@host/postgres]

Issue 9's check: two writers store 1,000 articles each, 900 of them the same
texts, starting together. Each run uses a fresh store (SQLite file, or a fresh
PostgreSQL database on the server given by --pg) and then checks: both writers
exit 0, every distinct text stored exactly once, every news action in exactly
one event, nothing left queued. The writers run the store path of `ingest`
(`save_report` per article, then `update_events`); the extraction is done once
up front (distinct texts are corpus reports with a numbered line appended), since
it is not what two writers can collide on. The small CLI version is in
tests/store/test_concurrency.py.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import sys
import tempfile
import time
import uuid
from pathlib import Path

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from sanctionwatch.extract import extract
from sanctionwatch.model import Article, Report
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.events_writer import events_behind, update_events
from sanctionwatch.store.tables import actions, articles, event_actions

sys.path.insert(0, str(Path(__file__).resolve().parent))
from store_corpus import DEFAULT_CORPUS, corpus_texts

REPORTS: list[Report] = []  # built before the writers fork, so they inherit them


def build_reports(n: int) -> list[Report]:
    base = [
        extract(Article(id=f"c{i}", text=t, published=d))
        for i, (t, d) in enumerate(corpus_texts(DEFAULT_CORPUS))
    ]
    out = []
    for i in range(n):
        src = base[i % len(base)]
        art = src.article
        copy = Article(
            id=f"bench-{i:05d}", text=f"{art.text}\n\nBench copy {i}.", published=art.published
        )
        out.append(Report(copy, src.actions))
    return out


def writer(url: str, lo: int, hi: int, start: mp.synchronize.Event, out: mp.Queue) -> None:
    engine = get_engine(url)
    start.wait()
    stored = sum(save_report(engine, REPORTS[i], "bench") for i in range(lo, hi))
    update_events(engine)
    out.put(stored)


def fresh_url(pg: str | None, directory: Path, run: int) -> str:
    if pg is None:
        return f"sqlite:///{directory / f'run{run}.db'}"
    name = f"sw_bench_{uuid.uuid4().hex[:10]}"
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    admin.dispose()
    return make_url(pg).set(database=name).render_as_string(hide_password=False)


def drop(pg: str | None, url: str) -> None:
    if pg is None:
        return
    admin = create_engine(pg, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'DROP DATABASE IF EXISTS "{make_url(url).database}" WITH (FORCE)'))
    admin.dispose()


def check(url: str, distinct: int) -> str | None:
    engine = get_engine(url)
    with engine.connect() as conn:
        stored = conn.scalar(select(func.count()).select_from(articles))
        news = conn.scalar(select(func.count()).select_from(actions).where(~actions.c.background))
        placed = conn.scalar(select(func.count()).select_from(event_actions))
    engine.dispose()
    if stored != distinct:
        return f"{stored} articles stored, {distinct} distinct"
    if news != placed:
        return f"{news} news actions, {placed} in events"
    if events_behind(engine):
        return "actions left queued"
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--shared", type=int, default=900)
    parser.add_argument("--pg", help="a PostgreSQL server URL; each run makes a database there")
    args = parser.parse_args()
    offset = args.articles - args.shared
    distinct = args.articles + offset
    REPORTS.extend(build_reports(distinct))
    ctx = mp.get_context("fork")
    failures = 0
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(1, args.runs + 1):
            url = fresh_url(args.pg, Path(tmp), run)
            get_engine(url).dispose()  # migrate once, before the writers race
            start, out = ctx.Event(), ctx.Queue()
            procs = [
                ctx.Process(target=writer, args=(url, lo, lo + args.articles, start, out))
                for lo in (0, offset)
            ]
            for p in procs:
                p.start()
            t0 = time.perf_counter()
            start.set()
            for p in procs:
                p.join()
            took = time.perf_counter() - t0
            codes = [p.exitcode for p in procs]
            stored = sorted(out.get() for _ in range(sum(c == 0 for c in codes)))
            problem = check(url, distinct) if codes == [0, 0] else f"exit codes {codes}"
            failures += problem is not None
            print(
                f"run {run:2d}: {took:5.1f} s, stored {stored} (sum {sum(stored)} of {distinct}), "
                + (problem or "ok"),
                flush=True,
            )
            drop(args.pg, url)
    engine = "PostgreSQL" if args.pg else "SQLite"
    print(f"{engine}: {args.runs - failures} of {args.runs} runs ok")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
