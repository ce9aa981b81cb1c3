"""Commands to confirm or dismiss screening hits, with a reason and a name."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from sanctionwatch.cli.common import DbOption, app, engine_for, err, table_console
from sanctionwatch.exc import SanctionWatchError

review_app = typer.Typer(help="Decisions on screening hits: confirm, dismiss, list.")
app.add_typer(review_app, name="review")

EntityOption = Annotated[str, typer.Option("--entity", help="The hit's list entity id.")]
ReasonOption = Annotated[str, typer.Option(help="Why (kept with the decision).")]
UserOption = Annotated[str, typer.Option(help="Who decided (kept with the decision).")]
SchemaOption = Annotated[str | None, typer.Option(help="As screened: Person, Vessel, ...")]


def _decide(
    decision: str,
    name: str,
    entity: str,
    reason: str,
    user: str,
    schema: str | None,
    birth_date: str | None,
    country: str | None,
    identifier: str | None,
    db: str | None,
) -> None:
    from sanctionwatch.screenfile import schema_of
    from sanctionwatch.store.reviews import record_review, subject_key

    try:
        subject = subject_key(
            [name],
            schema_of(schema),
            [birth_date] if birth_date else [],
            [country] if country else [],
            [identifier] if identifier else [],
        )
        row = record_review(engine_for(db), subject, entity, decision, reason=reason, user=user)
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc)) from None
    err.print(f"{decision}: {entity} ({row['list']}) for {name!r}, by {row['user']}")


def _command(decision: str):  # type: ignore[no-untyped-def]
    def command(
        name: Annotated[str, typer.Argument(help="The screened name, as in the file or query.")],
        entity: EntityOption,
        reason: ReasonOption,
        user: UserOption,
        schema: SchemaOption = None,
        birth_date: Annotated[str | None, typer.Option(help="As screened.")] = None,
        country: Annotated[str | None, typer.Option(help="As screened.")] = None,
        identifier: Annotated[str | None, typer.Option(help="As screened (or an IMO).")] = None,
        db: DbOption = None,
    ) -> None:
        _decide(decision, name, entity, reason, user, schema, birth_date, country, identifier, db)

    command.__doc__ = (
        f"Mark a hit {decision} for a screened party (the same fields as the screened row, "
        "so re-screening finds the decision); a dismissal holds until the list record changes."
    )
    return command


review_app.command("confirm")(_command("confirmed"))
review_app.command("dismiss")(_command("dismissed"))


@review_app.command("list")
def list_cmd(
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """The latest decisions, newest first; `current` is false once the record changed."""
    from rich.table import Table

    from sanctionwatch.store.reviews import list_reviews

    rows = list_reviews(engine_for(db))
    if fmt == "json":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} decisions")
    for col in ("at", "decision", "entity_id", "list", "subject", "user", "reason", "current"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            *(str(r[c]) for c in ("at", "decision", "entity_id", "list", "subject")),
            r["user"],
            r["reason"],
            "yes" if r["current"] else "record changed",
        )
    table_console().print(table)
