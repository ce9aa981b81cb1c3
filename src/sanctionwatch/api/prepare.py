"""The serving files (screening index, API snapshot) for the store's current lists.

Building them for every shipped list takes CPU-minutes. A server that did it in its own
process would hold its interpreter lock all that time, and every request would wait
behind it; so the server has it done by a child process (`python -m
sanctionwatch.api.prepare`, at a lower CPU priority) and then reads the two files in a
fraction of a second. `lists load` and `lists update` prepare them too, so a server on
the same host usually finds them written already.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys

from sqlalchemy import Engine

from sanctionwatch import indexfile, settings
from sanctionwatch.store.versions import Basis

log = logging.getLogger(__name__)


def prepare(engine: Engine) -> Basis:
    """Write the index and snapshot files for the current lists unless they exist.

    When both are missing (after every list load), the list entities are read from the
    store and decoded once for the two: decoding them was about a tenth of a load's CPU.
    The snapshot is built first: it only reads them, the index merges into them.
    """
    from sanctionwatch.api.snapshot import consistent_state, load_snapshot, snapshot_file
    from sanctionwatch.gcpause import paused_gc
    from sanctionwatch.served import index_file, load_served
    from sanctionwatch.store.versions import version_entities

    basis, status = consistent_state(engine)
    paths = (index_file(engine, basis), snapshot_file(engine, basis))
    if not all(path is not None and not path.exists() for path in paths):
        load_served(engine, basis)
        load_snapshot(engine, basis, status)
        return basis
    with paused_gc():  # what is read here lives on until both are built
        rows = list(version_entities(engine, basis))
    load_snapshot(engine, basis, status, rows=rows)
    load_served(engine, basis, rows=rows)
    return basis


def files_kept(engine: Engine) -> bool:
    return indexfile.index_dir(engine) is not None


def prepared(engine: Engine) -> bool:
    """Whether both files for the current lists are written (checked by name only)."""
    from sanctionwatch.api.snapshot import consistent_state, snapshot_file
    from sanctionwatch.served import index_file

    basis, _status = consistent_state(engine)
    paths = (index_file(engine, basis), snapshot_file(engine, basis))
    return all(path is not None and path.exists() for path in paths)


def prepare_elsewhere(engine: Engine, yield_cpu: bool = True) -> bool:
    """`prepare` in a child process unless done; False (the reason logged) when it failed.
    `yield_cpu`: at a lower CPU priority (a server answering meanwhile goes first)."""
    if not files_kept(engine):
        return False
    if prepared(engine):
        return True
    env = {
        **os.environ,
        # the URL goes by environment, not argv, so a password never shows in `ps`
        "SANCTIONWATCH_DB": engine.url.render_as_string(hide_password=False),
    }
    command = [sys.executable, "-m", "sanctionwatch.api.prepare"]
    niceness = settings.get_int("LOAD_NICENESS")  # as a `lists load` beside the server
    if yield_cpu and niceness > 0:
        command += ["--nice", str(niceness)]
    try:
        done = subprocess.run(
            command,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as err:
        log.warning("cannot start the index builder (%s); building in this process", err)
        return False
    if done.returncode != 0:
        tail = done.stderr.strip().splitlines()[-3:]
        log.warning(
            "the index builder failed (exit %s: %s); building in this process",
            done.returncode,
            " | ".join(tail),
        )
        return False
    return True


def main(argv: list[str] | None = None) -> None:
    """`python -m sanctionwatch.api.prepare [--nice N]`: the store is SANCTIONWATCH_DB."""
    import argparse

    from sanctionwatch import logs
    from sanctionwatch.store import get_engine

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("--nice", type=int, default=0, help="lower this process's priority")
    args = parser.parse_args(argv)
    if args.nice:
        os.nice(args.nice)
    logs.configure(None)
    prepare(get_engine(settings.get("DB")))


if __name__ == "__main__":
    main()
