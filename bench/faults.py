"""kill -9 at random moments of `ingest` and `lists load`, then consistency checks.

    python bench/faults.py [--moments 20] [--pg URL] [--seed 1] [--json]

For each store (a SQLite file, and PostgreSQL when `--pg` or SANCTIONWATCH_TEST_PG_URL
names a server; each run gets a fresh database there):

- ingest: a clean reference ingest of the shared dev corpus gives each article's action
  count; then, `--moments` times, an ingest into a fresh store is killed (SIGKILL) after
  a random delay, and the store is checked: no article without all its actions (a
  half-written article), then ingest is re-run to completion and the store must equal
  the reference (articles, actions; events when --events).
- lists load: version 1 of a list is loaded, a load of version 2 is killed at a random
  moment, and the store must serve a complete version: version 1 untouched, or version 2
  with every entity; then the load is re-run and must serve version 2.

Prints one line per moment and a summary; exits 1 when any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from sanctionwatch.store import get_engine
from sanctionwatch.store.tables import (
    actions,
    articles,
    event_actions,
    list_entities,
    list_versions,
)

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
OFAC = SHARED / "lists" / "ofac" / "2024-05" / "sdn.csv"
CLI = str(Path(sys.executable).parent / "sanctionwatch")


@contextmanager
def fresh_store(kind: str, pg: str | None, tmp: Path) -> Iterator[str]:
    if kind == "sqlite":
        yield f"sqlite:///{tmp / f'{uuid.uuid4().hex[:8]}.db'}"
        return
    assert pg is not None
    url = make_url(pg)
    name = f"sw_faults_{uuid.uuid4().hex[:10]}"
    admin = create_engine(url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield url.set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


def run(args: list[str], url: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([CLI, *args, "--db", url], capture_output=True, text=True, check=False)


def killed_after(args: list[str], url: str, delay: float) -> bool:
    """Start a command, SIGKILL it after `delay` s; True if it was still running."""
    proc = subprocess.Popen(
        [CLI, *args, "--db", url], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
        return True


def action_counts(url: str) -> dict[str, int]:
    """Actions per article, by content hash."""
    engine = get_engine(url)
    query = (
        select(articles.c.content_hash, func.count(actions.c.pk))
        .select_from(articles.outerjoin(actions, actions.c.article_pk == articles.c.pk))
        .group_by(articles.c.content_hash)
    )
    with engine.connect() as conn:
        return {h: int(n) for h, n in conn.execute(query)}


def actions_in_events(url: str) -> tuple[int, int]:
    engine = get_engine(url)
    with engine.connect() as conn:
        total = int(conn.scalar(select(func.count()).select_from(actions)) or 0)
        grouped = int(conn.scalar(select(func.count()).select_from(event_actions)) or 0)
    engine.dispose()
    return total, grouped


def ingest_moment(
    url: str, corpus: Path, reference: tuple[dict[str, int], int], span: float, rng: random.Random
) -> dict:
    delay = rng.uniform(0.2, span)
    killed = killed_after(["ingest", str(corpus)], url, delay)
    partial = action_counts(url)
    half = sorted(h for h, n in partial.items() if n != reference[0].get(h))
    rerun = run(["ingest", str(corpus)], url)
    after = action_counts(url)
    total, grouped = actions_in_events(url)
    return {
        "delay": round(delay, 2),
        "killed": killed,
        "stored_before_rerun": len(partial),
        "half_written": len(half),
        "rerun_clean": "Traceback" not in rerun.stderr,
        "equal_to_reference": after == reference[0],
        # Actions a clean ingest also leaves out of events (background mentions) are no fault.
        "actions_in_no_event": total - grouped - reference[1],
    }


def version_state(url: str, name: str) -> dict[str, Any]:
    engine = get_engine(url)
    with engine.connect() as conn:
        current = conn.execute(
            select(list_versions).where(
                list_versions.c.name == name, list_versions.c.is_current.is_(True)
            )
        ).all()
        rows = [
            int(
                conn.scalar(
                    select(func.count())
                    .select_from(list_entities)
                    .where(list_entities.c.version_pk == c.pk)
                )
                or 0
            )
            for c in current
        ]
    engine.dispose()
    return {
        "current": len(current),
        "version": current[0].version if current else None,
        "complete": bool(current) and rows[0] == current[0].entities,
        "entities": rows[0] if rows else 0,
    }


def load_moment(url: str, v1: Path, v2: Path, span: float, rng: random.Random) -> dict:
    first = run(["lists", "load", str(v1), "--name", "ofac"], url)
    assert first.returncode == 0, first.stderr
    before = version_state(url, "ofac")
    delay = rng.uniform(0.2, span)
    killed = killed_after(["lists", "load", str(v2), "--name", "ofac"], url, delay)
    after_kill = version_state(url, "ofac")
    serving_ok = after_kill["current"] == 1 and after_kill["complete"]
    if after_kill["version"] == before["version"]:
        serving_ok = serving_ok and after_kill["entities"] == before["entities"]
    rerun = run(["lists", "load", str(v2), "--name", "ofac"], url)
    final = version_state(url, "ofac")
    return {
        "delay": round(delay, 2),
        "killed": killed,
        "serving_after_kill": f"v{after_kill['version']}",
        "previous_or_complete": serving_ok,
        "rerun_clean": rerun.returncode == 0 and "Traceback" not in rerun.stderr,
        "final_complete": final["current"] == 1 and final["complete"] and final["version"] >= 2,
    }


def timed(args: list[str], url: str) -> float:
    started = time.monotonic()
    done = run(args, url)
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr, done.stderr
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--moments", type=int, default=20, help="kills per command and store")
    parser.add_argument("--pg", default=os.environ.get("SANCTIONWATCH_TEST_PG_URL"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="articles to ingest")
    parser.add_argument("--list-lines", type=int, default=3000, help="rows of version 2")
    parser.add_argument("--events", action="store_true", help="also require events to be current")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    stores = ["sqlite"] + (["postgresql"] if args.pg else [])
    results: dict[str, dict[str, list[dict]]] = {}
    failed = False
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        lines = OFAC.read_bytes().splitlines(keepends=True)
        (tmp / "v1").mkdir()
        (tmp / "v2").mkdir()
        v1, v2 = tmp / "v1" / "sdn.csv", tmp / "v2" / "sdn.csv"
        v1.write_bytes(b"".join(lines[: args.list_lines // 2]))
        v2.write_bytes(b"".join(lines[: args.list_lines]))
        for kind in stores:
            with fresh_store(kind, args.pg, tmp) as ref:
                span = timed(["ingest", str(args.corpus)], ref)
                total, grouped = actions_in_events(ref)
                reference = (action_counts(ref), total - grouped)
            with fresh_store(kind, args.pg, tmp) as ref:
                run(["lists", "load", str(v1), "--name", "ofac"], ref)
                load_span = timed(["lists", "load", str(v2), "--name", "ofac"], ref)
            out: dict[str, list[dict]] = {"ingest": [], "lists load": []}
            for _ in range(args.moments):
                with fresh_store(kind, args.pg, tmp) as url:
                    out["ingest"].append(ingest_moment(url, args.corpus, reference, span, rng))
                with fresh_store(kind, args.pg, tmp) as url:
                    out["lists load"].append(load_moment(url, v1, v2, load_span, rng))
            results[kind] = out
            for moment in out["ingest"]:
                bad = moment["half_written"] or not moment["equal_to_reference"]
                bad = bad or not moment["rerun_clean"]
                bad = bad or (args.events and moment["actions_in_no_event"] > 0)
                failed |= bool(bad)
                if not args.json:
                    print(f"{kind:10} ingest     {moment}")
            for moment in out["lists load"]:
                bad = not (
                    moment["previous_or_complete"]
                    and moment["rerun_clean"]
                    and moment["final_complete"]
                )
                failed |= bad
                if not args.json:
                    print(f"{kind:10} lists load {moment}")
            if not args.json:
                killed = sum(m["killed"] for m in out["ingest"] + out["lists load"])
                half = sum(m["half_written"] for m in out["ingest"])
                stale = sum(m["actions_in_no_event"] > 0 for m in out["ingest"])
                print(
                    f"{kind}: {killed} of {2 * args.moments} runs killed mid-way; "
                    f"{half} half-written articles; {stale} re-runs left actions in no event"
                )
    if args.json:
        print(json.dumps(results))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
