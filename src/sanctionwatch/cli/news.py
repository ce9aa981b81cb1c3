"""Commands over news: extract, ingest, actions."""

from __future__ import annotations

import csv
import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.table import Table

from sanctionwatch.cli.common import DbOption, app, engine_for, err, report_error, table_console
from sanctionwatch.model import STATUSES, TARGET_KINDS


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="Directory for one <stem>.json per article; omit for JSON lines on stdout.",
        ),
    ] = None,
    min_confidence: Annotated[
        float,
        typer.Option(
            "--min-confidence",
            min=0.0,
            max=1.0,
            help="Leave out actions and targets the extractor scores below this (0-1).",
        ),
    ] = 0.0,
) -> None:
    """Extract sanctions actions from news articles into JSON reports.

    Reads .txt, .html and .jsonl files (optionally .gz) with <stem>.meta.json sidecars.
    Exits 1 when some inputs failed; the others are still written.
    """
    import gc

    from sanctionwatch.cli.quick import YOUNG

    # as `ingest` does (`quick.YOUNG`): start-up's models and vocabularies live as long as
    # the process, and the default collector walked them every few hundred new objects
    gc.set_threshold(YOUNG, *gc.get_threshold()[1:])
    from sanctionwatch.batch import run_extract

    result = run_extract(
        paths, out, write_line=typer.echo, on_error=report_error, min_confidence=min_confidence
    )
    # the interpreter's collections at exit would walk every object start-up made (the
    # models, the vocabularies): nothing of them is garbage
    gc.freeze()
    err.print(result.summary())
    if result.failed:
        raise typer.Exit(1)


@app.command()
def ingest(
    paths: Annotated[
        list[str], typer.Argument(help="Files, directories (recursive) or - for stdin.")
    ],
    db: DbOption = None,
) -> None:
    """Extract actions from articles and store them (an article already stored is skipped)."""
    from sanctionwatch.cli.quick import ingest_into  # `main` runs the plain line there too

    ingest_into(paths, engine_for(db))


def catch_up(engine: Any) -> None:
    """The check on start: actions left in no event (a crash mid-ingest) are placed now."""
    from sanctionwatch.store.events_writer import catch_up_events

    placed = catch_up_events(engine)
    if placed:
        err.print(f"events: {placed} actions were in no event (an interrupted run?); placed them")


def _parse_date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a date (use YYYY-MM-DD)", param_hint=option
        ) from None


def _check_choice(values: list[str] | None, allowed: tuple[str, ...], option: str) -> None:
    for value in values or []:
        if value not in allowed:
            raise typer.BadParameter(
                f"{value!r} is not one of {', '.join(allowed)}", param_hint=option
            )


@app.command()
def actions(
    db: DbOption = None,
    authority: Annotated[
        list[str] | None, typer.Option(help="US, EU, UN, GB, ... (repeatable).")
    ] = None,
    status: Annotated[
        list[str] | None, typer.Option(help="imposed, proposed, threatened, lifted.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Earliest action date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest action date, YYYY-MM-DD.")] = None,
    target: Annotated[str | None, typer.Option(help="Part of a target's name or alias.")] = None,
    kind: Annotated[
        str | None, typer.Option(help="person, organization, vessel or aircraft.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO code of a targeted country.")] = None,
    program: Annotated[
        str | None, typer.Option(help="Part of the programme, e.g. 'EO 14024'.")
    ] = None,
    news_only: Annotated[
        bool, typer.Option("--news-only", help="Leave out background actions.")
    ] = False,
    limit: Annotated[int | None, typer.Option(min=1, help="At most this many actions.")] = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, json or csv.")] = "table",
) -> None:
    """List stored actions, newest first, with filters."""
    from sanctionwatch.store import ActionFilter, list_actions

    _check_choice(status, STATUSES, "--status")
    _check_choice([kind] if kind else None, TARGET_KINDS, "--kind")
    _check_choice([fmt], ("table", "json", "csv"), "--format")
    flt = ActionFilter(
        authority=authority,
        status=status,
        since=_parse_date(since, "--since"),
        until=_parse_date(until, "--until"),
        target=target,
        kind=kind,
        country=country,
        program=program,
        background=False if news_only else None,
        limit=limit,
    )
    rows = list_actions(engine_for(db), flt)
    if fmt == "json":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        _write_csv(rows)
    else:
        _print_table(rows)


def _counts_text(counts: dict[str, int | None]) -> str:
    return ", ".join(f"{v} {k}" for k, v in counts.items() if v is not None)


def _row_cells(row: dict[str, Any]) -> dict[str, str]:
    return {
        "date": row["date"] or "",
        "authority": row["authority"],
        "agency": row["agency"] or "",
        "status": row["status"] + (" (background)" if row["background"] else ""),
        "targets": "; ".join(t["name"] for t in row["targets"]),
        "counts": _counts_text(row["counts"]),
        "measures": ", ".join(row["measures"]),
        "countries": ", ".join(row["target_countries"]),
        "program": row["program"] or "",
        "article": row["article"]["id"],
    }


def _write_csv(rows: list[dict[str, Any]]) -> None:
    cells = [_row_cells(r) for r in rows]
    fields = list(cells[0]) if cells else list(_row_cells(_EMPTY_ROW))
    writer = csv.DictWriter(sys.stdout, fieldnames=fields, lineterminator="\n")
    writer.writeheader()
    writer.writerows(cells)


_EMPTY_ROW: dict[str, Any] = {
    "date": None,
    "authority": "",
    "agency": None,
    "status": "",
    "background": False,
    "targets": [],
    "counts": {},
    "measures": [],
    "target_countries": [],
    "program": None,
    "article": {"id": ""},
}


def _print_table(rows: list[dict[str, Any]]) -> None:
    table = Table(title=f"{len(rows)} actions", show_lines=False)
    for name in _row_cells(_EMPTY_ROW):
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*_row_cells(row).values())
    table_console().print(table)


@app.command()
def events(
    db: DbOption = None,
    event_id: Annotated[
        str | None,
        typer.Argument(
            help="Show this event with its reports and disagreements; or `rebuild` to "
            "recompute every event from the stored actions (ids are kept)."
        ),
    ] = None,
    authority: Annotated[list[str] | None, typer.Option(help="US, EU, UN, GB, ...")] = None,
    status: Annotated[
        list[str] | None, typer.Option(help="imposed, proposed, threatened, lifted.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Earliest date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Latest date, YYYY-MM-DD.")] = None,
    q: Annotated[
        str | None, typer.Option("--q", help="Part of a target's name or the programme.")
    ] = None,
    kind: Annotated[
        str | None, typer.Option(help="person, organization, vessel or aircraft.")
    ] = None,
    country: Annotated[str | None, typer.Option(help="ISO code of a targeted country.")] = None,
    program: Annotated[str | None, typer.Option(help="Part of a report's programme.")] = None,
    listed: Annotated[
        str | None, typer.Option(help="listed (a target is on a loaded list) or unlisted.")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, help="At most this many events.")] = 50,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
) -> None:
    """List events (one sanctions decision with every report of it), show one, or rebuild them."""
    from sanctionwatch.store.events import LIST_STATUSES, EventFilter, get_event, list_events
    from sanctionwatch.store.events_writer import rebuild_events

    _check_choice(status, STATUSES, "--status")
    _check_choice([kind] if kind else None, TARGET_KINDS, "--kind")
    _check_choice([listed] if listed else None, LIST_STATUSES, "--listed")
    _check_choice([fmt], ("table", "json"), "--format")
    engine = engine_for(db)
    if event_id == "rebuild":
        with err.status("rebuilding events"):
            err.print(f"{rebuild_events(engine)} events rebuilt from the stored actions")
        return
    catch_up(engine)
    if event_id is not None:
        event = get_event(engine, event_id)
        if event is None:
            raise typer.BadParameter(f"no event {event_id!r} (see `sanctionwatch events`)")
        if event["id"] != event_id:
            err.print(f"{event_id} was merged into {event['id']}")
        typer.echo(json.dumps(event, ensure_ascii=False, indent=2))
        return
    flt = EventFilter(
        authority=authority,
        status=status,
        since=_parse_date(since, "--since"),
        until=_parse_date(until, "--until"),
        q=q,
        kind=kind,
        country=country,
        program=program,
        listed=listed,
        limit=limit,
    )
    total, rows = list_events(engine, flt)
    if fmt == "json":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    table = Table(title=f"{len(rows)} of {total} events")
    for col in ("id", "date", "authority", "status", "reports", "title"):
        table.add_column(col, overflow="fold")
    for r in rows:
        table.add_row(
            r["id"], r["date"] or "", r["authority"], r["status"], str(r["reports"]), r["title"]
        )
    table_console().print(table)


@app.command()
def export(
    out: Annotated[
        Path,
        typer.Option("--out", "-o", help="ftm: a file (- for stdout); csv, parquet: a directory."),
    ],
    fmt: Annotated[str, typer.Option("--format", "-f", help="ftm, csv or parquet.")] = "ftm",
    authority: Annotated[
        list[str] | None,
        typer.Option(help="ftm: only actions of this authority (repeat for several)."),
    ] = None,
    since: Annotated[
        str | None,
        typer.Option(help="ftm: only actions dated (or, undated, published) on or after."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Export events, actions, targets and links as FtM JSON lines, CSV or Parquet.

    The FtM file stands alone: the list entities news parties match, and everything
    they refer to, are in it, so every reference resolves.
    """
    from sanctionwatch.exports import EXPORTERS, get_exporter
    from sanctionwatch.exports.ftm import export_ftm

    _check_choice([fmt], tuple(EXPORTERS), "--format")
    if fmt != "ftm" and (authority or since):
        raise typer.BadParameter("--authority and --since filter the ftm export only")
    engine = engine_for(db)
    if fmt == "ftm":
        counts = export_ftm(engine, out, authorities=authority, since=_parse_date(since, "--since"))
    else:
        counts = get_exporter(fmt)(engine, out)
    err.print(", ".join(f"{n} {name}" for name, n in counts.items()) or "nothing to export")
