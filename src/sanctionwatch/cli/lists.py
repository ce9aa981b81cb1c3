"""Commands over official lists: load, status, diff, update."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, app, engine_for, err, table_console
from sanctionwatch.exc import SanctionWatchError

if TYPE_CHECKING:  # the store is imported by the commands that open it, not by --help
    from sanctionwatch.store.lists import LoadOutcome

lists_app = typer.Typer(help="Official sanctions lists: load, inspect, compare and update.")
app.add_typer(lists_app, name="lists")

ForceOption = Annotated[
    bool, typer.Option("--force", help="Load even when the list shrank a lot or did not change.")
]


def _outcome_line(source: str, out: LoadOutcome) -> str:
    if out.unchanged:
        return (
            f"{out.name}: unchanged since the last load ({out.entities:,} entities), from {source}"
        )
    before = f" (was {out.previous_entities:,})" if out.previous_entities is not None else ""
    return f"{out.name}: version {out.version}, {out.entities:,} entities{before}, from {source}"


def _after_load(engine: Any) -> None:
    """What follows every load: re-link news targets, re-screen watched parties."""
    from sanctionwatch.aftercare import after_lists_changed

    for line in after_lists_changed(engine):
        err.print(line)


@lists_app.command("load")
def load(
    sources: Annotated[list[str], typer.Argument(help="List files, CSV-set directories or URLs.")],
    name: Annotated[
        str | None, typer.Option(help="Name to store it under (default: from its format).")
    ] = None,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    """Load list files or URLs; each is one transaction, the old version serves until it commits."""
    from sanctionwatch.loading import load_source

    if name and len(sources) > 1:
        raise typer.BadParameter("--name needs exactly one source", param_hint="--name")
    engine = engine_for(db)
    failed = 0
    for source in sources:
        try:
            outcome, warnings = load_source(engine, source, name=name, force=force)
        except SanctionWatchError as exc:
            err.print(f"[red]error[/red] {exc}", soft_wrap=True)
            failed += 1
            continue
        for warning in warnings:
            err.print(f"[yellow]warning[/yellow] {warning}", soft_wrap=True)
        err.print(_outcome_line(source, outcome))
    if failed < len(sources):
        _after_load(engine)
    if failed:
        raise typer.Exit(1)


@lists_app.command("update")
def update(
    names: Annotated[
        list[str] | None, typer.Argument(help="Lists to update (default: all).")
    ] = None,
    force: ForceOption = False,
    db: DbOption = None,
) -> None:
    """Fetch every configured list from its official URL (or SANCTIONWATCH_LIST_SOURCES)."""
    from sanctionwatch.loading import update_sources

    def done(name: str, outcome: LoadOutcome | None, error: str | None) -> None:
        if error:
            err.print(f"[red]error[/red] {name}: {error} (the previous version keeps serving)")
        elif outcome is not None:
            err.print(_outcome_line(name, outcome))

    engine = engine_for(db)
    try:
        report = update_sources(engine, names, force=force, on_done=done)
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc)) from None
    for warning in report.warnings:
        err.print(f"[yellow]warning[/yellow] {warning}", soft_wrap=True)
    if report.loaded:
        _after_load(engine)
    if report.failed:
        raise typer.Exit(1)


@lists_app.command("status")
def status(
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """Each loaded list: version, list date, records, entities, when it was loaded."""
    from sanctionwatch.store.lists import list_status

    rows = list_status(engine_for(db))
    if fmt == "json":
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=2))
        return
    table = Table(title=f"{len(rows)} lists")
    cols = (
        "name",
        "version",
        "format",
        "list_date",
        "records",
        "entities",
        "warnings",
        "loaded_at",
    )
    for col in cols:
        table.add_column(col.replace("_", " "), overflow="fold")
    for r in rows:
        table.add_row(*(str(r[c]) if r[c] is not None else "" for c in cols))
    table_console().print(table)


@lists_app.command("diff")
def diff(
    name: Annotated[str, typer.Argument(help="A list name, as in `lists status`.")],
    db: DbOption = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="text or json.")] = "text",
) -> None:
    """Entities added, removed and changed between a list's last two versions."""
    from sanctionwatch.store.lists import diff_list

    try:
        result = diff_list(engine_for(db), name)
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc), param_hint="NAME") from None
    if fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    typer.echo(f"{name}: version {result['from_version']} -> {result['to_version']}")
    for key, mark in (("added", "+"), ("removed", "-"), ("changed", "~")):
        typer.echo(f"{len(result[key])} {key}")
        for item in result[key]:
            typer.echo(f"  {mark} {item['id']}  {item['caption']}")
