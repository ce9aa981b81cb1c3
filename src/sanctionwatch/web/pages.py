"""The analysts' pages: one APIRouter, server-rendered, reading the store."""

from __future__ import annotations

import csv
import io
import json
from typing import Annotated, Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from sqlalchemy import Engine

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.model import STATUSES, TARGET_KINDS
from sanctionwatch.store import browse
from sanctionwatch.store.events import LIST_STATUSES, list_events
from sanctionwatch.store.listdiff import CSV_COLUMNS, csv_rows
from sanctionwatch.store.lists import diff_list, list_status, list_versions_of
from sanctionwatch.store.profiles import judge, split_off
from sanctionwatch.web import views
from sanctionwatch.web.params import PAGE_SIZES, parse_diff_filter, parse_events, parse_status
from sanctionwatch.web.rendering import article_label, error_page, page_url, render

router = APIRouter(include_in_schema=False)
MAX_NAME = 300  # longest name or id the entity page accepts


def get_engine(request: Request) -> Engine:
    engine: Engine = request.app.state.web_engine
    return engine


EngineDep = Annotated[Engine, Depends(get_engine)]


@router.get("/", response_class=HTMLResponse, name="web-home")
def home(request: Request, engine: EngineDep) -> HTMLResponse:
    """The timeline of news actions per month, by authority, for one status or all."""
    status, errors = parse_status(request.query_params)
    if errors:
        return error_page(request, 400, "Bad filter", errors)
    context = {
        "title": "Timeline",
        "status": status,
        "statuses": STATUSES,
        "timeline": browse.timeline(engine, status),
        "matrix": browse.status_matrix(engine),
    }
    return render(request, "home.html", context)


@router.get("/web/events", response_class=HTMLResponse, name="web-events")
def events_table(request: Request, engine: EngineDep) -> HTMLResponse:
    """Events with filters and server-side paging."""
    parsed = parse_events(request.query_params)
    if parsed.errors:
        return error_page(request, 400, "Bad filter", parsed.errors)
    total, rows = list_events(engine, parsed.query)
    pages = max(1, -(-total // parsed.per_page))
    if parsed.page > pages:
        return error_page(
            request,
            404,
            "No such page",
            [
                f"Page {parsed.page} is past the last page: {total:,} events at "
                f"{parsed.per_page} a page make {pages} page{'s' if pages > 1 else ''}.",
                "Go back to the first page, or show more rows a page.",
            ],
        )
    context = {
        "title": "Events",
        "rows": rows,
        "total": total,
        "page": parsed.page,
        "pages": pages,
        "per_page": parsed.per_page,
        "page_sizes": PAGE_SIZES,
        "filters": _filter_values(request),
        "facets": browse.facet_values(engine),
        "statuses": STATUSES,
        "kinds": TARGET_KINDS,
        "list_statuses": LIST_STATUSES,
    }
    return render(request, "events.html", context)


def _filter_values(request: Request) -> dict[str, Any]:
    params = request.query_params
    keys = ("since", "until", "kind", "country", "program", "listed", "q")
    values: dict[str, Any] = {k: params.get(k, "") for k in keys}
    values["authority"] = params.getlist("authority")
    values["status"] = params.getlist("status")
    values["per_page"] = params.get("per_page", "")
    return values


@router.get("/web/events/{event_id}", response_class=HTMLResponse, name="web-event")
def event_page(request: Request, event_id: str, engine: EngineDep) -> Response:
    """One event: reports side by side, disagreements, evidence marked in each article."""
    event = views.event_view(engine, event_id)
    if event is None:
        return error_page(
            request, 404, "No such event", [f"No event has the id {event_id!r}.", _rebuilt_hint()]
        )
    if event["id"] != event_id:  # merged into an older event: its id answers for good
        return RedirectResponse(request.url_for("web-event", event_id=event["id"]), 301)
    return render(request, "event.html", {"title": event["title"], "event": event})


def _rebuilt_hint() -> str:
    return "Event ids never change (a merged event's id leads to the one it joined)."


@router.get("/web/articles/{article_id}", response_class=HTMLResponse, name="web-article")
def article_page(request: Request, article_id: str, engine: EngineDep) -> HTMLResponse:
    """One article's text with every action's evidence marked."""
    article = views.article_view(engine, article_id)
    if article is None:
        return error_page(request, 404, "No such article", [f"No article has id {article_id!r}."])
    title = article_label(article)
    return render(request, "article.html", {"title": title, "article": article})


@router.get("/web/entity", response_class=HTMLResponse, name="web-entity")
def entity_page(request: Request, engine: EngineDep) -> HTMLResponse:
    """A party: by news name (`?name=`) or by list entity id (`?id=`)."""
    name = (request.query_params.get("name") or "").strip()
    entity_id = (request.query_params.get("id") or "").strip()
    if not name and not entity_id:
        return error_page(request, 400, "Which party?", [_ENTITY_HELP])
    if len(name) > MAX_NAME or len(entity_id) > MAX_NAME:
        return error_page(request, 400, "Too long", [f"Names and ids are at most {MAX_NAME}."])
    if entity_id:
        entity = views.entity_by_id(engine, entity_id)
        if entity is None:
            return error_page(
                request, 404, "No such list entity", [f"No current list has {entity_id!r}."]
            )
    else:
        entity = views.entity_by_name(engine, name)
    return render(request, "entity.html", {"title": entity["name"], "entity": entity})


_ENTITY_HELP = "Give a name from the news (?name=Rosneft) or a list entity id (?id=...)."


@router.get("/web/screen", response_class=HTMLResponse, name="web-screen")
def screen_page(request: Request) -> HTMLResponse:
    """The screening box; the browser posts to the API's /match/default."""
    root = request.scope.get("root_path", "").rstrip("/")
    context = {
        "title": "Screen a name",
        "endpoint": f"{root}/match/default",
        "reviews": page_url(request, "web-decide"),
    }
    return render(request, "screen.html", context)


@router.get("/web/lists", response_class=HTMLResponse, name="web-lists")
def lists_page(request: Request, engine: EngineDep) -> HTMLResponse:
    """Every loaded list's current version: dates and counts."""
    return render(request, "lists.html", {"title": "Lists", "lists": list_status(engine)})


@router.get("/web/lists/{name}", response_class=HTMLResponse, name="web-list")
def list_page(request: Request, name: str, engine: EngineDep) -> HTMLResponse:
    """One list: its versions and what changed in the latest load, filterable."""
    versions = list_versions_of(engine, name)
    if not versions:
        return error_page(request, 404, "No such list", [f"No list named {name!r} is loaded."])
    keep, errors = parse_diff_filter(request.query_params)
    if errors:
        return error_page(request, 400, "Bad filter", errors)
    diff: dict[str, Any] | None = None
    note = None
    try:
        diff = diff_list(engine, name, keep)
    except SanctionWatchError as err:  # one version only: nothing to compare yet
        note = str(err)
    context = {
        "title": name,
        "name": name,
        "versions": versions,
        "diff": diff,
        "note": note,
        "filters": vars(keep),
        "shown": DIFF_ROWS_SHOWN,
    }
    return render(request, "list.html", context)


DIFF_ROWS_SHOWN = 200  # rows per section on the page; the downloads have them all


@router.get("/web/lists/{name}/diff.{fmt}", name="web-list-diff")
def list_diff_download(request: Request, name: str, fmt: str, engine: EngineDep) -> Response:
    """The latest diff of a list, filtered as on the page, as CSV (one row per changed
    field) or JSON (the shape of `sanctionwatch lists diff --format json`)."""
    if fmt not in ("csv", "json"):
        return error_page(request, 404, "No such download", ["Use diff.csv or diff.json."])
    keep, errors = parse_diff_filter(request.query_params)
    if errors:
        return error_page(request, 400, "Bad filter", errors)
    try:
        diff = diff_list(engine, name, keep)
    except SanctionWatchError as err:
        return error_page(request, 404, "No diff", [str(err)])
    filename = f"{name}-{diff['from_version']}-{diff['to_version']}-diff.{fmt}"
    headers = {"Content-Disposition": f'attachment; filename="{filename}"'}
    if fmt == "json":
        body = json.dumps(diff, ensure_ascii=False, indent=1)
        return Response(body, media_type="application/json", headers=headers)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerows(csv_rows(diff))
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)


MAX_FORM = 8192  # bytes of a posted form


async def read_form(request: Request) -> dict[str, str]:
    """A small urlencoded form (the page's own), first value of each field."""
    body = await request.body()
    if len(body) > MAX_FORM:
        raise SanctionWatchError(f"the form is over {MAX_FORM} bytes")
    pairs = parse_qs(body.decode("utf-8", errors="replace"), keep_blank_values=True)
    return {k: v[0].strip() for k, v in pairs.items()}


def _back(form: dict[str, str], request: Request) -> str:
    back = form.get("back", "")
    # only a path on this site: never an open redirect
    return (
        back
        if back.startswith("/") and not back.startswith("//")
        else page_url(request, "web-lists")
    )


@router.post("/web/profiles/judge", name="web-judge")
async def judge_profile(request: Request, engine: EngineDep) -> Response:
    """Split an entry off its profile, or join two entries: a stored, reversible judgement."""
    try:
        form = await read_form(request)
        who = {"reason": form.get("reason", ""), "user": form.get("user", "")}
        if form.get("decision") == "different":
            split_off(engine, form.get("entity_a", ""), **who)
        elif form.get("decision") == "same":
            pair = (form.get("entity_a", ""), form.get("entity_b", ""))
            judge(engine, [pair], "same", **who)
        else:
            raise SanctionWatchError("decision: use 'different' (split off) or 'same' (join)")
    except SanctionWatchError as err:
        return error_page(request, 400, "Judgement not stored", [str(err)])
    return RedirectResponse(_back(form, request), status_code=303)


@router.post("/web/reviews", name="web-decide")
async def decide_hit(request: Request, engine: EngineDep) -> Response:
    """The screening box's confirm/dismiss buttons: the same decision as `POST /reviews`,
    from the page itself (no API key; the guard refuses it from another site)."""
    from anyio import to_thread
    from fastapi.exceptions import RequestValidationError
    from pydantic import ValidationError

    from sanctionwatch.api.routers.reviews import ReviewRequest, store_review

    try:
        body = ReviewRequest.model_validate_json(await request.body())
    except ValidationError as exc:  # answered in the API's one error shape
        raise RequestValidationError(exc.errors()) from None
    row = await to_thread.run_sync(lambda: store_review(engine, body))
    return JSONResponse(row, status_code=201)


@router.get("/web/reviews", response_class=HTMLResponse, name="web-reviews")
def reviews_page(request: Request, engine: EngineDep) -> HTMLResponse:
    """Every decision on a screening hit, newest first."""
    from sanctionwatch.store.reviews import list_reviews

    context = {"title": "Decisions", "reviews": list_reviews(engine)}
    return render(request, "reviews.html", context)


@router.get("/web/watch", response_class=HTMLResponse, name="web-watch")
def watch_page(request: Request, engine: EngineDep) -> HTMLResponse:
    """The watch list: saved parties with their current hits, and the latest changes."""
    from sanctionwatch.store.watch import current_hits, list_changes, list_parties

    parties = [
        {**p.to_dict(), "hits": list(current_hits(engine, p.pk).values())}
        for p in list_parties(engine)
    ]
    context = {"title": "Watch list", "parties": parties, "changes": list_changes(engine)[:200]}
    return render(request, "watch.html", context)
