"""The typer app with every command registered (`sanctionwatch.cli.app`).

Data goes to stdout, messages and progress to stderr, so commands compose as
filters. Each area's commands live in their own module and register on `app`.
"""

from __future__ import annotations

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
from sanctionwatch.cli.common import app, table_console

__all__ = ["app", "run"]


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


def run() -> None:
    """The command line through typer (`sanctionwatch.cli.main` decides when)."""
    app()
