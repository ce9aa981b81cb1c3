"""Commands over profiles: one party across lists, and the judgements that shape them."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from sanctionwatch.cli.common import DbOption, app, engine_for, err, working
from sanctionwatch.exc import SanctionWatchError

profiles_app = typer.Typer(help="Profiles: the entries of several lists that are one party.")
app.add_typer(profiles_app, name="profiles")

ReasonOption = Annotated[str, typer.Option(help="Why (kept with the judgement).")]
UserOption = Annotated[str, typer.Option(help="Who decided (kept with the judgement).")]


@profiles_app.command("build")
def build(db: DbOption = None) -> None:
    """Group the current lists' entities into profiles (also runs after every list load)."""
    from sanctionwatch.store.profiles import build_profiles

    with working("Grouping list entities into profiles"):
        counts = build_profiles(engine_for(db))
    err.print(
        f"profiles: {counts['grouped']:,} of {counts['entities']:,} list entities "
        f"form {counts['profiles']:,} profiles"
    )


@profiles_app.command("show")
def show(
    entity_id: Annotated[str, typer.Argument(help="A list entity id.")],
    db: DbOption = None,
) -> None:
    """The profile of a list entity: its members, their lists and what joined each (JSON)."""
    from sanctionwatch.store.profiles import profile_members_of, profiles_of

    engine = engine_for(db)
    profile_id = profiles_of(engine, [entity_id]).get(entity_id)
    if profile_id is None:
        err.print(f"{entity_id}: in no profile (no other list has the same party)")
        raise typer.Exit(1)
    members = profile_members_of(engine, profile_id)
    typer.echo(
        json.dumps({"profile": profile_id, "members": members}, ensure_ascii=False, indent=2)
    )


def _judged(counts: dict[str, int]) -> None:
    err.print(
        f"profiles rebuilt: {counts['profiles']:,} profiles of {counts['grouped']:,} entities"
    )


@profiles_app.command("split")
def split(
    entity_id: Annotated[str, typer.Argument(help="The entry to take out of its profile.")],
    reason: ReasonOption,
    user: UserOption,
    db: DbOption = None,
) -> None:
    """Take an entry out of its profile (judged a different party from every other member)."""
    from sanctionwatch.store.profiles import split_off

    try:
        _judged(split_off(engine_for(db), entity_id, reason=reason, user=user))
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc)) from None


@profiles_app.command("join")
def join(
    entity_a: Annotated[str, typer.Argument(help="A list entity id.")],
    entity_b: Annotated[str, typer.Argument(help="Another list entity id, the same party.")],
    reason: ReasonOption,
    user: UserOption,
    db: DbOption = None,
) -> None:
    """Join two entries (and their profiles): judged the same party."""
    from sanctionwatch.store.profiles import judge

    try:
        _judged(judge(engine_for(db), [(entity_a, entity_b)], "same", reason=reason, user=user))
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc)) from None


@profiles_app.command("judgements")
def judgements(db: DbOption = None) -> None:
    """Every stored judgement, oldest first (JSON lines)."""
    from sanctionwatch.store.profiles import judgements as stored

    for row in stored(engine_for(db)):
        typer.echo(json.dumps(row, ensure_ascii=False))
