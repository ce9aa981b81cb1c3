"""Screening commands: serve the API, screen a name or a file, compare pairs, links."""

from __future__ import annotations

import json
import sys
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer

from sanctionwatch.cli.common import DbOption, app, engine_for, err, table_console


@app.command("serve")
def serve(
    db: DbOption = None,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    processes: Annotated[
        str | None,
        typer.Option(
            help="Processes that score /match: a number, or auto (one per core); 1 scores "
            "in threads of this process. Default: SANCTIONWATCH_API_PROCESSES (auto).",
        ),
    ] = None,
) -> None:
    """Serve the HTTP API (/match, /search, /entities, /catalog; docs at /docs)."""
    import gc

    # Start-up creates millions of objects that live as long as the server (imports,
    # country tables, the decoded snapshot): collections before /readyz would walk
    # them again and again and free nothing. The start-up decode turns collection
    # back on once the first index build has ended, with all of it frozen out of the
    # collector's sight (api/app.py `_start`).
    gc.disable()
    import uvicorn

    from sanctionwatch import settings
    from sanctionwatch.api import create_app
    from sanctionwatch.api.processes import default_count
    from sanctionwatch.cli.news import catch_up

    chosen = (processes or settings.get("API_PROCESSES")).strip().lower()
    if chosen == "auto":
        count = default_count()
    elif chosen.isascii() and chosen.isdigit() and 1 <= int(chosen) <= 64:
        count = int(chosen)
    else:
        raise typer.BadParameter(
            f"--processes / SANCTIONWATCH_API_PROCESSES: {chosen!r} is not auto or a number "
            "from 1 to 64"
        )
    engine = engine_for(db)
    catch_up(engine)
    application = create_app(
        engine, wait_for_index=False, processes=count, collect_after_start=True
    )
    scoring = f"{count} scoring processes" if count > 1 else "scoring in threads"
    err.print(f"serving on http://{host}:{port} (API docs at /docs; {scoring})")
    # No access log: at the warning level its lines were never shown, but uvicorn still
    # built each one's arguments (client address, path) per request.
    uvicorn.run(application, host=host, port=port, log_level="warning", access_log=False)


def _served(db: str | None):  # type: ignore[no-untyped-def]
    from sanctionwatch.served import load_served
    from sanctionwatch.store.lists import list_status

    engine = engine_for(db)
    if not list_status(engine):
        raise typer.BadParameter(
            "no lists are loaded: run `sanctionwatch lists load PATH` first", param_hint="--db"
        )
    with err.status("indexing the loaded lists"):
        return load_served(engine)


def _one_per_party(hits: list[Any], profile_of: dict[str, str]) -> list[Any]:
    """The best hit of each profile (a party on several lists shows once)."""
    seen: set[str] = set()
    out = []
    for hit, listed in hits:
        pid = profile_of.get(hit.entity_id)
        if pid is None or pid not in seen:
            out.append((hit, listed))
        if pid is not None:
            seen.add(pid)
    return out


def _screen_one(db: str | None, query: Any, limit: int) -> list[Any]:
    """The hits of one query, one per party.

    A SQLite store at the newest schema whose index file for the current lists exists
    is read without SQLAlchemy (`store.fastread`); anything else (no file yet, a stale
    or damaged one, another database) goes through the store as every command does.
    """
    from contextlib import closing

    from sanctionwatch.store import fastread
    from sanctionwatch.store.location import normalise_url

    url = normalise_url(db)
    conn = fastread.open_current(url)
    if conn is not None:
        from sanctionwatch import indexfile
        from sanctionwatch.served import read_kept
        from sanctionwatch.store.location import sqlite_file

        with closing(conn):
            basis = fastread.current_basis(conn)
            folder = indexfile.store_index_dir(url, "sqlite", sqlite_file(url))
            served = read_kept(folder, basis) if basis and folder is not None else None
            if served is not None:
                found = served.screen(query, limit=limit)
                return _one_per_party(found, fastread.profiles_of(conn, _ids(found)))
    from sanctionwatch.store.profiles import profiles_of

    found = _served(db).screen(query, limit=limit)
    return _one_per_party(found, profiles_of(engine_for(db), _ids(found)))


def _ids(hits: list[Any]) -> list[str]:
    return [h.entity_id for h, _ in hits]


ThresholdOption = Annotated[
    float, typer.Option(min=0.0, max=1.0, help="Score at or above which a hit is a match.")
]


@app.command("screen")
def screen(
    name: Annotated[str, typer.Argument(help="The name to screen.")],
    schema: Annotated[
        str | None, typer.Option(help="Person, Organization, Company, Vessel, Airplane.")
    ] = None,
    birth_date: Annotated[str | None, typer.Option(help="YYYY, YYYY-MM or YYYY-MM-DD.")] = None,
    country: Annotated[str | None, typer.Option(help="ISO code or country name.")] = None,
    imo: Annotated[str | None, typer.Option(help="IMO number of a vessel.")] = None,
    threshold: ThresholdOption = 0.7,
    limit: Annotated[int, typer.Option(min=1, max=100, help="Hits to show.")] = 5,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """Screen one name against the loaded lists: ranked hits with score and explanation."""
    from rich.table import Table

    from sanctionwatch.countries import country_code
    from sanctionwatch.screenfile import explain, schema_of
    from sanctionwatch.screening import Query

    code = country_code(country.strip(), fuzzy=True) if country else None
    if country and code is None:
        raise typer.BadParameter(
            f"{country!r} is no country name or code (e.g. RU, RUS, Russia)", param_hint="--country"
        )
    query = Query(
        names=[name],
        schema=schema_of(schema),
        birth_dates=[birth_date] if birth_date else [],
        countries=[code] if code else [],
        imo=[imo] if imo else [],
    )
    hits = _screen_one(db, query, limit)
    if fmt == "json":
        for hit, listed in hits:
            typer.echo(
                json.dumps(
                    {
                        "id": hit.entity_id,
                        "caption": listed.caption,
                        "schema": listed.schema,
                        "list": listed.list_name,
                        "score": hit.score,
                        "match": hit.score >= threshold,
                        # asdict, not __dict__: compiled by mypyc (setup.py) it has none
                        "features": [asdict(f) for f in hit.features],
                    },
                    ensure_ascii=False,
                )
            )
        return
    table = Table(title=f"{name}: {sum(h.score >= threshold for h, _ in hits)} matches")
    for col in ("score", "match", "name", "schema", "list", "id", "why"):
        table.add_column(col, overflow="fold")
    for hit, listed in hits:
        table.add_row(
            f"{hit.score:.3f}",
            "yes" if hit.score >= threshold else "",
            listed.caption,
            listed.schema,
            listed.list_name,
            hit.entity_id,
            explain(hit.features),
        )
    table_console().print(table)


@app.command("screen-file")
def screen_file_cmd(
    src: Annotated[Path, typer.Argument(help="A CSV (or .xlsx) file with a name column.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="CSV to write (- for stdout).")],
    threshold: ThresholdOption = 0.7,
    db: DbOption = None,
) -> None:
    """Screen every row of a customer file; rows without a name are reported, not fatal."""
    from rich.progress import Progress

    from sanctionwatch.exc import SanctionWatchError
    from sanctionwatch.screenfile import screen_file

    served = _served(db)
    engine = engine_for(db)
    handle = sys.stdout if str(out) == "-" else out.open("w", newline="", encoding="utf-8")
    try:
        with Progress(console=err, transient=True, disable=not err.is_terminal) as bar:
            task = bar.add_task("screening", total=None)
            result = screen_file(
                served,
                src,
                handle,
                threshold=threshold,
                progress=lambda: bar.advance(task),
                engine=engine,
            )
    except SanctionWatchError as exc:
        raise typer.BadParameter(str(exc), param_hint="SRC") from None
    finally:
        if handle is not sys.stdout:
            handle.close()
    for error in result.errors:
        err.print(f"[yellow]warning[/yellow] {error}", soft_wrap=True)
    err.print(
        f"{result.rows} rows screened, {result.matches} with a match ({result.hits} hits, "
        f"{result.dismissed} of them dismissed earlier), {len(result.errors)} skipped"
    )


@app.command("compare")
def compare(
    pairs: Annotated[Path, typer.Option("--pairs", help="CSV with columns left,right,schema.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="CSV to write (- for stdout).")],
    threshold: ThresholdOption = 0.7,
) -> None:
    """Score name pairs (adds `score` and `match` columns), for pairwise benchmarks."""
    from sanctionwatch.exc import SanctionWatchError
    from sanctionwatch.screenfile import compare_pairs

    handle = sys.stdout if str(out) == "-" else out.open("w", newline="", encoding="utf-8")
    try:
        result = compare_pairs(pairs, handle, threshold=threshold)
    except (SanctionWatchError, OSError) as exc:
        raise typer.BadParameter(str(exc), param_hint="--pairs") from None
    finally:
        if handle is not sys.stdout:
            handle.close()
    for error in result.errors:
        err.print(f"[yellow]warning[/yellow] {error}", soft_wrap=True)
    err.print(f"{result.rows} pairs scored, {result.matches} matches")


@app.command("links")
def links_cmd(
    unlisted: Annotated[
        bool,
        typer.Option("--unlisted", help="Only targets reported sanctioned with no list match."),
    ] = False,
    relink: Annotated[
        bool, typer.Option("--relink", help="Screen every news target again first.")
    ] = False,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    db: DbOption = None,
) -> None:
    """News targets linked to list entities (score, list, listing lag), or those not listed."""
    from rich.table import Table

    from sanctionwatch.linking import list_links, relink_all

    engine = engine_for(db)
    if relink:
        summary = relink_all(engine, _served(db))
        err.print(f"{summary.linked} of {summary.targets} news targets match a list entity")
    rows = list_links(engine, unlisted=unlisted)
    if fmt == "json":
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False))
        return
    title = "reported, not listed" if unlisted else "news targets and their best list match"
    table = Table(title=f"{len(rows)} {title}")
    for col in (
        "target",
        "authority",
        "news date",
        "list match (or nearest)",
        "score",
        "listed on",
        "lag (days)",
    ):
        table.add_column(col, overflow="fold")
    for r in rows:
        match = f"{r['caption']} ({r['list']})" if r["caption"] else ""
        if r["caption"] and r["other_kind"]:
            match += f" [{r['schema']}; the news says {r['kind']}]"
        if match and not r["match"]:
            match = f"nearest: {match}"
        table.add_row(
            r["target"],
            r["authority"],
            r["news_date"] or "",
            match,
            f"{r['score']:.2f}" if r["score"] is not None else "",
            r["listed_on"] or "",
            str(r["lag_days"]) if r["lag_days"] is not None else "",
        )
    table_console().print(table)
