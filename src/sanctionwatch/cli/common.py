"""What every command shares: the app, the --db option, the store and error output."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Annotated

import typer
from rich.console import Console

from sanctionwatch import settings
from sanctionwatch.cli.output import err, report_error
from sanctionwatch.exc import SanctionWatchError

__all__ = [
    "DbOption",
    "app",
    "engine_for",
    "err",
    "report_error",
    "table_console",
    "working",
]

if TYPE_CHECKING:  # the store is imported by the commands that open it, not by --help
    from rich.progress import Progress
    from sqlalchemy import Engine

app = typer.Typer(
    help="SanctionWatch: sanctions actions from news and official lists, source-linked.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@contextmanager
def working(what: str) -> Iterator[Progress]:
    """A spinner with the elapsed time on stderr while a long step runs (nothing when
    stderr is no terminal, so logs and pipes stay clean)."""
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(),
        TextColumn("{task.description}"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not err.is_terminal,
    )
    with progress:
        progress.add_task(what, total=None)
        yield progress


def table_console() -> Console:
    """A console for tables on stdout; wide when piped, where there is no terminal to fit."""
    console = Console(highlight=False)
    if not console.is_terminal:
        console = Console(highlight=False, width=160)
    return console


DbOption = Annotated[
    str | None,
    typer.Option(
        "--db",
        help=f"Store URL or SQLite file path [env {settings.SETTINGS['DB'].env}].",
        envvar=settings.SETTINGS["DB"].env,
        show_default=False,
    ),
]


def engine_for(db: str | None) -> Engine:
    """The store's engine, migrated; a bad URL is a usage error naming --db."""
    from sanctionwatch.store import get_engine, normalise_url

    try:
        return get_engine(normalise_url(db))
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc), param_hint="--db") from None
