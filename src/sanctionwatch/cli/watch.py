"""Commands over watched parties: add, list, remove, changes."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, app, engine_for, err, table_console
from sanctionwatch.exc import SanctionWatchError

watch_app = typer.Typer(
    help="Saved parties, screened again after every list load or update.", no_args_is_help=True
)
app.add_typer(watch_app, name="watch")


@watch_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="The party's name.")],
    schema: Annotated[
        str, typer.Option(help="Person, Organization, Company, Vessel, Airplane.")
    ] = "Person",
    birth_date: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO code of nationality or country.")] = None,
    imo: Annotated[str | None, typer.Option(help="IMO number of a vessel.")] = None,
    db: DbOption = None,
) -> None:
    """Save a party and screen it now against the loaded lists."""
    from sanctionwatch.store.watch import add_party
    from sanctionwatch.watch import screen_party

    engine = engine_for(db)
    try:
        party = add_party(engine, name, schema, birth_date, country, imo)
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc)) from None
    changes = screen_party(engine, party)
    err.print(f"watching #{party.pk} {party.name}: {len(changes)} hits now")
    for change in changes:
        typer.echo(json.dumps(change, ensure_ascii=False))


@watch_app.command("list")
def list_(db: DbOption = None) -> None:
    """Saved parties with their current hits."""
    from sanctionwatch.store.watch import current_hits, list_parties

    engine = engine_for(db)
    table = Table(title="watched parties")
    for col in ("id", "name", "schema", "birth date", "country", "imo", "current hits"):
        table.add_column(col, overflow="fold")
    for p in list_parties(engine):
        hits = current_hits(engine, p.pk)
        shown = "; ".join(f"{h.caption} ({h.list_name}, {h.score:.2f})" for h in hits.values())
        table.add_row(
            str(p.pk), p.name, p.schema, p.birth_date or "", p.country or "", p.imo or "", shown
        )
    table_console().print(table)


@watch_app.command("remove")
def remove(
    party_id: Annotated[int, typer.Argument(help="The id shown by `watch list`.")],
    db: DbOption = None,
) -> None:
    """Stop watching a party (its hit history goes with it)."""
    from sanctionwatch.store.watch import remove_party

    if not remove_party(engine_for(db), party_id):
        raise typer.BadParameter(f"no watched party #{party_id} (see `sanctionwatch watch list`)")
    err.print(f"removed #{party_id}")


@watch_app.command("changes")
def changes(
    party_id: Annotated[int | None, typer.Option("--party", help="Only this party.")] = None,
    limit: Annotated[int, typer.Option(min=1)] = 100,
    db: DbOption = None,
) -> None:
    """New and gone hits, newest first, as JSON lines."""
    from sanctionwatch.store.watch import list_changes

    for change in list_changes(engine_for(db), party_id, limit):
        typer.echo(json.dumps(change, ensure_ascii=False))
