"""Commands over official lists: load, status, diff, update."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, app, engine_for, err, table_console, working
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
    """What follows every load: the serving files, re-linking news targets, re-screening
    watched parties, profiles. The files first: they are built from one read of the
    lists (`api.prepare`), and linking then reads the index from its file."""
    from sanctionwatch.aftercare import after_lists_changed
    from sanctionwatch.gcpause import paused_gc
    from sanctionwatch.store.profiles import build_profiles

    _prepare_serving(engine)
    with working("Linking news targets and re-screening watched parties") as step:
        for line in after_lists_changed(engine):
            step.console.print(line)
    with working("Grouping list entities into profiles"), paused_gc():
        counts = build_profiles(engine)
    err.print(
        f"profiles: {counts['grouped']:,} of {counts['entities']:,} list entities "
        f"form {counts['profiles']:,} profiles"
    )


def _prepare_serving(engine: Any) -> None:
    """Write the screening index and API snapshot files now, so `screen` and a server
    on this host read them in a blink instead of building them."""
    from sanctionwatch.api.prepare import files_kept, prepare

    if files_kept(engine):
        with working("Preparing the screening index and API snapshot"):
            prepare(engine)


def _expand(sources: list[str]) -> tuple[list[str], list[str]]:
    """Sources with each folder of list files replaced by the lists in it (an OFAC CSV
    set folder stays one list); and a line for each file skipped, naming it and why."""
    from pathlib import Path

    from sanctionwatch.lists.common import ListFormatError
    from sanctionwatch.lists.folders import is_set_folder, plan_folder
    from sanctionwatch.loading import is_url

    out: list[str] = []
    skipped: list[str] = []
    for source in sources:
        path = Path(source)
        if is_url(source) or not path.is_dir() or is_set_folder(path):
            out.append(source)
            continue
        try:
            plan = plan_folder(path)
        except ListFormatError as exc:
            skipped.append(str(exc))
            continue
        out += [str(p) for p in plan.lists]
        skipped += [f"{p}: {why}" for p, why in plan.skipped]
        if not plan.lists:
            skipped.append(f"{source}: no list file in this folder")
    return out, skipped


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
    from sanctionwatch.loading import yielding

    # at a lower priority: a server on this host keeps the cores (`loading.yielding`)
    yielding(lambda: _load(sources, name, force, db))


def _load(sources: list[str], name: str | None, force: bool, db: str | None) -> None:
    from sanctionwatch.gcpause import paused_gc
    from sanctionwatch.loading import load_source

    if name and len(sources) > 1:
        raise typer.BadParameter("--name needs exactly one source", param_hint="--name")
    engine = engine_for(db)
    sources, skipped = _expand(sources)
    for line in skipped:
        err.print(f"[yellow]skipped[/yellow] {line}", soft_wrap=True)
    if name and len(sources) > 1:
        raise typer.BadParameter("--name needs exactly one list", param_hint="--name")
    failed = 0
    for number, source in enumerate(sources, start=1):
        try:
            with working(f"Loading {source} ({number} of {len(sources)})"), paused_gc():
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
    if failed or not sources:
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
    from sanctionwatch.loading import yielding

    yielding(lambda: _update(names, force, db))  # as `load`


def _update(names: list[str] | None, force: bool, db: str | None) -> None:
    from sanctionwatch.gcpause import paused_gc
    from sanctionwatch.loading import update_sources

    def done(name: str, outcome: LoadOutcome | None, error: str | None) -> None:
        if error:
            err.print(f"[red]error[/red] {name}: {error} (the previous version keeps serving)")
        elif outcome is not None:
            err.print(_outcome_line(name, outcome))

    engine = engine_for(db)
    try:
        with working("Fetching and loading the configured lists"), paused_gc():
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
    fmt: Annotated[str, typer.Option("--format", "-f", help="text, json or csv.")] = "text",
    program: Annotated[
        str | None, typer.Option(help="Only parties with a programme containing this.")
    ] = None,
    schema: Annotated[
        str | None, typer.Option(help="Only parties of this type, e.g. Person.")
    ] = None,
    country: Annotated[
        str | None, typer.Option(help="Only parties with this two-letter country.")
    ] = None,
) -> None:
    """Parties added, removed and changed (field by field) between a list's last two versions.

    Listings (programme, listing date) count as fields of their party; values are
    compared without case, punctuation or word order in names, so a load of the
    same list in another format shows only what really changed.
    """
    import csv
    import sys

    from sanctionwatch.store.listdiff import CSV_COLUMNS, DiffFilter, csv_rows
    from sanctionwatch.store.lists import diff_list

    if fmt not in ("text", "json", "csv"):
        raise typer.BadParameter(f"{fmt!r}: use text, json or csv", param_hint="--format")
    if country is not None and not (len(country) == 2 and country.isalpha()):
        raise typer.BadParameter(f"{country!r}: a two-letter code, e.g. RU", param_hint="--country")
    keep = DiffFilter(program=program, schema=schema, country=country)
    try:
        result = diff_list(engine_for(db), name, keep)
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc), param_hint="NAME") from None
    if fmt == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=CSV_COLUMNS)
        writer.writeheader()
        writer.writerows(csv_rows(result))
        return
    typer.echo(f"{name}: version {result['from_version']} -> {result['to_version']}")
    if result["not_compared"]:
        typer.echo(
            f"formats differ ({result['from_format']} -> {result['to_format']}); not compared: "
            + ", ".join(result["not_compared"])
        )
    for key, mark in (("added", "+"), ("removed", "-")):
        typer.echo(f"{len(result[key])} {key}")
        for item in result[key]:
            typer.echo(f"  {mark} {item['id']}  {item['caption']}  ({item['schema']})")
    typer.echo(f"{len(result['changed'])} changed")
    for item in result["changed"]:
        typer.echo(f"  ~ {item['id']}  {item['caption']}")
        for change in item["changes"]:
            old, new = "; ".join(change["old"]) or "-", "; ".join(change["new"]) or "-"
            typer.echo(f"      {change['field']}: {old} -> {new}")
