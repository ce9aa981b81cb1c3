"""The screening index at 1,000,000 entities: build, file size, load time, memory, queries/s.

    .venv/bin/python bench/index_scale.py --db sqlite:///all-lists.db [--entities 1000000]

The store should hold every shipped list (`bench/lists_load.py --db ...` loads them).
Its parties are indexed as they are, plus generated variants of each (tokens reordered,
one dropped, a letter changed, a company word or number added) until there are
`--entities` in all. The index is written as `load_served` writes it; a fresh process
then loads it and screens names taken from the lists (some changed), first lazily
(straight after loading, as `sanctionwatch screen` does) and again after `warm()` (as
the API does up to `WARM_MAX` entities; a larger index stays lazy). The same is
measured for the real lists alone, for comparison.
"""

from __future__ import annotations

import argparse
import gc
import json
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from sanctionwatch import indexfile
from sanctionwatch.screening import Index, Query
from sanctionwatch.screening import text as screening_text
from sanctionwatch.served import WARM_MAX, collect, served_from_bytes
from sanctionwatch.store import get_engine
from sanctionwatch.store.versions import current_basis, version_entities

WORDS = ["Holding", "Trading", "Group", "International", "Shipping", "Energy", "Invest"]


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def variant(name: str, rnd: random.Random) -> str:
    tokens = name.split()
    choice = rnd.randrange(5)
    if choice == 0 and len(tokens) > 1:
        rnd.shuffle(tokens)
    elif choice == 1 and len(tokens) > 2:
        tokens.pop(rnd.randrange(1, len(tokens) - 1))
    elif choice == 2:
        t = rnd.randrange(len(tokens))
        word = tokens[t]
        if len(word) > 3:
            at = rnd.randrange(1, len(word))
            tokens[t] = word[:at] + rnd.choice("aeiouyklmnrst") + word[at + 1 :]
    elif choice == 3:
        tokens.append(rnd.choice(WORDS))
    else:
        tokens.append(str(rnd.randrange(2, 999)))
    return " ".join(tokens)


def grown(
    parties: list[dict[str, Any]], total: int, rnd: random.Random
) -> Iterator[dict[str, Any]]:
    yield from parties
    made, round_ = len(parties), 0
    while made < total:
        round_ += 1
        for p in parties:
            if made >= total:
                return
            props = dict(p.get("properties") or {})
            props["name"] = [variant(n, rnd) for n in (props.get("name") or [p["id"]])[:2]]
            for key in ("alias", "weakAlias", "previousName"):
                props.pop(key, None)
            yield {"id": f"{p['id']}~{round_}", "schema": p["schema"], "properties": props}
            made += 1


CLEAR_EVERY = 100_000  # entities between clearing the name caches during a build


def clear_name_caches() -> None:
    """Empty screening.text's name caches (each bounded at up to 200,000 entries): across a
    million mostly distinct names they hold what will not be asked again."""
    for value in vars(screening_text).values():
        if hasattr(value, "cache_clear"):
            value.cache_clear()


def build_streamed(entities: Iterable[dict[str, Any]]) -> tuple[Index, list[bytes]]:
    """`Index.build`, but each prepared entity is encoded for the file as soon as its
    blob of ENTITY_SHARD is full and dropped from memory: what stays are the postings.

    (A prepared entity is most of the index's memory; the file needs it only encoded.)
    Every id must be new: a replaced entity would stay in its blob.
    """
    index, blobs, done = Index(), [], 0
    slots = vars(index)["_entities"]
    per = indexfile.ENTITY_SHARD

    def flush(upto: int) -> int:
        blobs.append(indexfile.LazyEntities.encode(slots[done:upto])[0])
        slots[done:upto] = [None] * (upto - done)
        return upto

    enabled = gc.isenabled()
    gc.disable()  # as Index.build: it allocates only what it keeps
    try:
        for n, entity in enumerate(entities, 1):
            index.add(entity)
            if len(slots) - done >= per:
                done = flush(done + per)
            if n % CLEAR_EVERY == 0:
                clear_name_caches()
        if done < len(slots):  # the last, part-filled blob
            done = flush(len(slots))
    finally:
        if enabled:
            gc.enable()
    gc.freeze()  # as Index.build: collections then skip the millions of objects built
    if vars(index)["_dead"]:
        raise SystemExit("an entity id came twice: the streamed build needs unique ids")
    return index, blobs


def build(args: argparse.Namespace) -> None:
    engine = get_engine(args.db)
    basis = current_basis(engine)
    parties, listed = collect(version_entities(engine, basis))
    print(f"store: {len(parties):,} parties on {len(basis)} lists")
    rnd = random.Random(7)
    # What hits show, kept encoded (plain tuples), not as a million objects.
    shown: dict[str, tuple[Any, ...]] = {k: v.encode() for k, v in listed.items()}
    del listed

    def tracked() -> Iterator[dict[str, Any]]:
        for e in grown(parties, args.entities, rnd):
            if e["id"] not in shown:
                base = shown[e["id"].split("~")[0]]
                shown[e["id"]] = (e["id"], e["properties"]["name"][0], e["schema"], *base[3:])
            yield e

    t0, c0 = time.perf_counter(), time.process_time()
    index, blobs = build_streamed(tracked())
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    print(
        f"build: {len(index):,} entities in {took:.0f} s (cpu {cpu:.0f} s); "
        f"peak RSS {rss_mb():,.0f} MB"
    )
    t0 = time.perf_counter()
    parts = indexfile.index_parts(index)
    assert parts is not None
    del index
    parts["entities"] = blobs
    parts["listed"] = indexfile.ShardedMap.encode(shown)
    shown.clear()
    indexfile.dump(Path(args.out), "bench", {"basis": []}, parts)
    size = Path(args.out).stat().st_size
    print(
        f"write: {time.perf_counter() - t0:.1f} s, file {size / 2**20:,.0f} MiB; "
        f"build peak RSS {rss_mb():,.0f} MB"
    )


def queries(db: str, n: int) -> list[dict[str, Any]]:
    engine = get_engine(db)
    parties, _ = collect(version_entities(engine, current_basis(engine)))
    rnd = random.Random(11)
    picked = rnd.sample(parties, min(n, len(parties)))
    out = []
    for p in picked:
        name = ((p.get("properties") or {}).get("name") or [p["id"]])[0]
        out.append({"names": [variant(name, rnd) if rnd.random() < 0.5 else name], "schema": None})
    return out


def measure(args: argparse.Namespace) -> None:
    """In a fresh process: load the file, screen, warm, screen again."""
    names = json.loads(Path(args.queries).read_text())
    t0, c0 = time.perf_counter(), time.process_time()
    served = served_from_bytes(Path(args.out).read_bytes(), "bench")
    load, load_cpu = time.perf_counter() - t0, time.process_time() - c0
    print(f"  load: {load:.2f} s (cpu {load_cpu:.2f} s), RSS {rss_mb():,.0f} MB")
    qs = [Query(**q) for q in names]
    t0, c0 = time.perf_counter(), time.process_time()
    for q in qs:
        served.screen(q, limit=5)
    cold = len(qs) / (time.perf_counter() - t0)
    cold_cpu = len(qs) / (time.process_time() - c0)
    print(
        f"  {len(qs)} queries straight after loading: {cold:,.0f} queries/s "
        f"({cold_cpu:,.0f} per CPU-second), RSS {rss_mb():,.0f} MB"
    )
    if len(served.index) > WARM_MAX:
        # As the API and Spark workers do: a very large index stays lazy (decoded in full
        # it would take about 9 KB per entity); the second pass reuses what the first decoded.
        print(f"  warm() skipped above {WARM_MAX:,} entities; the same queries again:")
    else:
        t0 = time.perf_counter()
        served.warm()
        print(f"  warm(): {time.perf_counter() - t0:.1f} s, RSS {rss_mb():,.0f} MB")
    t0, c0 = time.perf_counter(), time.process_time()
    for q in qs:
        served.screen(q, limit=5)
    warm = len(qs) / (time.perf_counter() - t0)
    warm_cpu = len(qs) / (time.process_time() - c0)
    print(
        f"  the same queries again: {warm:,.0f} queries/s ({warm_cpu:,.0f} per CPU-second), "
        f"peak RSS {rss_mb():,.0f} MB"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="store URL with every shipped list loaded")
    parser.add_argument("--entities", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=2000)
    parser.add_argument("--out", help="index file to write (default: a temporary file)")
    parser.add_argument("--grown-only", action="store_true", help="skip the shipped lists alone")
    parser.add_argument("--measure", help=argparse.SUPPRESS)  # child process modes
    parser.add_argument("--build", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.build:
        args.out = args.build
        build(args)
        return
    if args.measure:
        args.queries, args.out = args.measure.split("::")
        measure(args)
        return
    tmp = Path(tempfile.mkdtemp())
    qfile = tmp / "queries.json"
    qfile.write_text(json.dumps(queries(args.db, args.queries)))
    runs = [("the shipped lists alone", 0), (f"{args.entities:,} entities", args.entities)]
    if args.grown_only:
        runs = runs[1:]
    for label, total in runs:
        out = tmp / f"index-{total}.swindex"
        print(f"== {label}", flush=True)
        # Each build and each measurement in its own process: its peak memory is its own.
        subprocess.run(
            [
                sys.executable,
                __file__,
                "--db",
                args.db,
                "--entities",
                str(total),
                "--build",
                str(out),
            ],
            check=True,
        )
        subprocess.run(
            [sys.executable, __file__, "--db", args.db, "--measure", f"{qfile}::{out}"], check=True
        )
        out.unlink()


if __name__ == "__main__":
    main()
