"""The `sanctionwatch` command: thin commands over library calls.

Data goes to stdout, messages and progress to stderr, so commands compose as
filters. Each area's commands live in their own module and register on `app`.
"""

from __future__ import annotations

import sys
from typing import Annotated

import typer

import sanctionwatch.cli.screening  # noqa: F401 - registers its commands
from sanctionwatch import __version__, logs, settings
from sanctionwatch.cli import (  # noqa: F401 - registers their commands
    lists,
    news,
    profiles,
    review,
    spark,
    watch,
)
from sanctionwatch.cli.common import app, err, table_console
from sanctionwatch.exc import SanctionWatchError

__all__ = ["app", "main"]


@app.callback()
def main_options(
    log_level: Annotated[
        str | None, typer.Option(help="DEBUG, INFO, WARNING or ERROR (messages go to stderr).")
    ] = None,
    version: Annotated[bool, typer.Option("--version", help="Print the version and exit.")] = False,
) -> None:
    logs.configure(log_level)
    if version:
        typer.echo(__version__)
        raise typer.Exit()


@app.command("settings")
def show_settings() -> None:
    """Print every setting: environment variable, current value and help."""
    from rich.table import Table

    table = Table(title="Settings")
    for col in ("variable", "value", "help"):
        table.add_column(col, overflow="fold")
    for s in settings.SETTINGS.values():
        table.add_row(s.env, s.value(), s.help)
    table_console().print(table)


def main() -> None:
    try:
        app()
    except BrokenPipeError:  # `sanctionwatch actions | head` closes stdout early
        sys.stderr.close()
        sys.exit(0)
    except SanctionWatchError as exc:
        err.print(f"[red]error[/red] {exc}")
        sys.exit(2)


if __name__ == "__main__":
    main()
