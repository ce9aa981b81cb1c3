"""Messages on stderr, shared by the typer commands and the quick `ingest` (no typer here)."""

from __future__ import annotations

from rich.console import Console

from sanctionwatch.exc import InputError

# Messages are never wrapped, so a path or URL in them stays whole for grep and copy.
err = Console(stderr=True, highlight=False, soft_wrap=True)


def report_error(error: InputError) -> None:
    err.print(f"[red]error[/red] {error.where}: {error.message}", soft_wrap=True)
