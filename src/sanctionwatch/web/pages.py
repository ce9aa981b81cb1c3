"""The analysts' pages: one APIRouter, server-rendered, reading the store."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.model import STATUSES, TARGET_KINDS
from sanctionwatch.store.events import LIST_STATUSES, list_events
from sanctionwatch.store.lists import diff_list, list_status, list_versions_of
from sanctionwatch.web import queries, views
from sanctionwatch.web.params import PAGE_SIZES, parse_events, parse_status
from sanctionwatch.web.rendering import error_page, render

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
        "timeline": queries.timeline(engine, status),
        "matrix": queries.status_matrix(engine),
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
    context = {
        "title": "Events",
        "rows": rows,
        "total": total,
        "page": parsed.page,
        "pages": pages,
        "per_page": parsed.per_page,
        "page_sizes": PAGE_SIZES,
        "filters": _filter_values(request),
        "facets": queries.facet_values(engine),
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
    title = article["title"] or article["id"]
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
    context = {"title": "Screen a name", "endpoint": f"{root}/match/default"}
    return render(request, "screen.html", context)


@router.get("/web/lists", response_class=HTMLResponse, name="web-lists")
def lists_page(request: Request, engine: EngineDep) -> HTMLResponse:
    """Every loaded list's current version: dates and counts."""
    return render(request, "lists.html", {"title": "Lists", "lists": list_status(engine)})


@router.get("/web/lists/{name}", response_class=HTMLResponse, name="web-list")
def list_page(request: Request, name: str, engine: EngineDep) -> HTMLResponse:
    """One list: its versions and what changed in the latest load."""
    versions = list_versions_of(engine, name)
    if not versions:
        return error_page(request, 404, "No such list", [f"No list named {name!r} is loaded."])
    diff: dict[str, Any] | None = None
    note = None
    try:
        diff = diff_list(engine, name)
    except SanctionWatchError as err:  # one version only: nothing to compare yet
        note = str(err)
    context = {"title": name, "name": name, "versions": versions, "diff": diff, "note": note}
    return render(request, "list.html", context)
