"""`sanctionwatch ingest FILES [--db STORE]` without building the typer app.

Adding one article to a store is the write a newsroom runs most, once per article,
so its start-up is most of its cost. Typer builds a command object for every command
of the app and coerces each value through pydantic before `ingest` starts: 0.1-0.2 s
of CPU with their imports, which this plain reading of the same command line spares.

Only the plain form is read here: `ingest`, then paths (`-` is stdin) and `--db URL`
or `--db=URL` in any order, with `SANCTIONWATCH_DB` when `--db` is absent, as the
typer command reads them. Anything else (`--help`, a global option, `--`, another
option, no path, an empty or missing `--db` value, shell completion) and a store
that cannot be opened are left to the typer app, so its messages and exit codes stay
the only ones. What runs is what the typer command runs (`ingest_into`), with the
same output. Rich (a twentieth of a second to import) is imported only to print
an error; the summary line, plain words and numbers, is written as rich writes it.
"""

from __future__ import annotations

import errno
import gc
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from sanctionwatch.exc import InputError, SanctionWatchError

if TYPE_CHECKING:
    from sqlalchemy import Engine

DB = "--db"
# Start-up allocates some hundred thousand objects that live as long as the process
# (modules, the models, the index directory) and almost no garbage; the collector's
# default (a pass every 700 new objects) spent 0.05-0.08 s of CPU walking them.
# Passes every YOUNG objects keep a long batch's memory as bounded as before.
YOUNG = 100_000


def plain_ingest(args: Sequence[str]) -> tuple[list[str], str | None] | None:
    """The paths and --db value of a plain `ingest` command line; None for any other."""
    if not args or args[0] != "ingest":
        return None
    paths: list[str] = []
    db: str | None = None
    rest = iter(args[1:])
    for arg in rest:
        if arg == DB:
            value = next(rest, None)
            if not value or value.startswith("-"):
                return None  # missing or odd: typer's error (or reading) stands
            db = value
        elif arg.startswith(DB + "="):
            db = arg[len(DB) + 1 :]
            if not db:
                return None
        elif arg == "-" or not arg.startswith("-"):
            paths.append(arg)
        else:
            return None  # --help, --, an option ingest does not have: typer answers
    return (paths, db) if paths else None


def quick_ingest(args: Sequence[str]) -> bool:
    """Run a plain `ingest` command line; False (nothing done) for typer to run it."""
    if os.environ.get("_SANCTIONWATCH_COMPLETE"):
        return False
    parsed = plain_ingest(args)
    if parsed is None:
        return False
    paths, db = parsed
    gc.set_threshold(YOUNG, *gc.get_threshold()[1:])
    from sanctionwatch import logs
    from sanctionwatch.store import get_engine, normalise_url

    logs.configure(None)  # what the app's callback does with no --log-level
    try:
        engine = get_engine(normalise_url(db))
    except SanctionWatchError:
        return False  # typer reports it as a usage error naming --db
    try:
        ingest_into(paths, engine)
    except KeyboardInterrupt:
        sys.exit(130)  # as typer exits on an interrupt
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        sys.exit(1)  # as typer exits when a pipe closes
    return True


def ingest_into(paths: list[str], engine: Engine) -> None:
    """What `ingest` does once the store is open (the typer command runs this too):
    extract, store, update events, link; the summary on stderr; exit 1 if any failed."""
    from sanctionwatch.batch import run_ingest

    result = run_ingest(paths, engine, on_error=_report_error)
    say(result.summary())
    if result.failed:
        sys.exit(1)


def _report_error(error: InputError) -> None:
    from sanctionwatch.cli.output import report_error

    report_error(error)


# What rich reads in a line of printable ASCII: markup ([bold]) and emoji codes (:smile:).
_RICH_READS = frozenset("[]:")


def say(line: str) -> None:
    """`err.print(line)` (cli/output.py): a line rich would print as it stands is
    written to stderr directly, anything else through rich."""
    if line.isascii() and line.isprintable() and _RICH_READS.isdisjoint(line):
        sys.stderr.write(line + "\n")
        sys.stderr.flush()
        return
    from sanctionwatch.cli.output import err

    err.print(line)
