"""GET /search/{dataset}: find entities by name or identifier."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request, Response

from sanctionwatch.api.datasets import resolve_scope
from sanctionwatch.api.deps import (
    ChangedSince,
    DatasetPath,
    ExcludeDataset,
    ExcludeSchema,
    IncludeDataset,
    SnapshotDep,
    Topics,
    WorkersDep,
    check_limit,
    get_snapshot,
)
from sanctionwatch.api.errors import BadRequest, ErrorResponse
from sanctionwatch.api.filters import EntityFilter
from sanctionwatch.api.json import JSONResponse
from sanctionwatch.api.models import SearchResponse
from sanctionwatch.api.quickroute import QuickRoute, plain_bool, plain_int, plain_text
from sanctionwatch.api.searching import FACETS, search
from sanctionwatch.api.textindex import MAX_FUZZY

MAX_OFFSET = 10_000


def _plain_offset(value: str) -> int | None:
    offset = plain_int(value)
    return offset if offset is not None and offset <= MAX_OFFSET else None


QUICK_PARAMS = {
    "q": plain_text,
    "schema": plain_text,
    "limit": plain_int,
    "offset": _plain_offset,
    "fuzzy": plain_bool,
    "simple": plain_bool,
}


class QuickSearchRoute(QuickRoute):
    """/search without FastAPI's parameter solving when its query string holds only
    plain single values of q, schema, limit, offset, fuzzy and simple (`quickroute.py`)."""

    quick_path = "/search/{dataset}"
    quick_params = QUICK_PARAMS

    async def answer_quickly(self, request: Request, params: dict[str, Any]) -> Response | None:
        return await search_entities(
            request,
            await get_snapshot(request),
            request.app.state.workers,
            request.path_params["dataset"],
            **params,
        )


router = APIRouter(tags=["Matching"], route_class=QuickSearchRoute)
DEFAULT_FACETS = ["countries", "topics", "datasets"]
FacetsQuery = Annotated[list[str], Query(description="Facets to count over all hits.")]


def _check_facets(facets: list[str]) -> list[str]:
    unknown = [f for f in facets if f not in FACETS]
    if unknown:
        raise BadRequest(f"Unknown facet: {', '.join(unknown)}; use {', '.join(FACETS)}")
    return facets


@router.get(
    "/search/{dataset}",
    response_model=SearchResponse,
    responses={
        400: {"model": ErrorResponse, "description": "Invalid query"},
        404: {"model": ErrorResponse, "description": "No such dataset"},
    },
)
async def search_entities(
    request: Request,
    snapshot: SnapshotDep,
    workers: WorkersDep,
    dataset: DatasetPath,
    q: Annotated[str, Query(description="Names or identifiers; every word must match.")] = "",
    schema: Annotated[
        str, Query(description="Only entities of this schema or its children.")
    ] = "Thing",
    limit: Annotated[int, Query(ge=0, description="Results per page.")] = 10,
    offset: Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Results to skip.")] = 0,
    countries: Annotated[
        list[str], Query(description="Only entities linked to these countries.")
    ] = [],  # noqa: B006 - FastAPI copies defaults
    topics: Topics = [],  # noqa: B006
    include_dataset: IncludeDataset = [],  # noqa: B006
    exclude_dataset: ExcludeDataset = [],  # noqa: B006
    exclude_schema: ExcludeSchema = [],  # noqa: B006
    changed_since: ChangedSince = None,
    fuzzy: Annotated[
        bool,
        Query(
            description=f"Any word may match, not every word. Past {MAX_FUZZY:,} such entities, "
            "those holding the most of the words are ranked (`total` then says `gte`)."
        ),
    ] = False,
    simple: Annotated[bool, Query(description="Accepted for yente compatibility.")] = False,
    facets: Annotated[
        list[str], Query(description="Facets to count over all hits.")
    ] = DEFAULT_FACETS,
) -> JSONResponse:
    """Search the loaded lists by name or identifier (case, accents, word order and
    script do not matter), with facet counts of countries, topics and lists over all hits.

    Example: `GET /search/default?q=osetrova&schema=Person&limit=5`
    """
    request.app.state.limits.check_text("query.q", q, words=True)
    entity_filter = EntityFilter.make(
        resolve_scope(snapshot, dataset, include_dataset, exclude_dataset),
        exclude_schema,
        schema=schema,
        topics=frozenset(topics),
        countries=frozenset(c.lower() for c in countries),
        changed_since=changed_since,
    )
    limit, facets = check_limit(limit, request), _check_facets(facets)
    body = await workers.run(
        lambda _budget: search(
            snapshot, q, entity_filter, limit=limit, offset=offset, facets=facets, fuzzy=fuzzy
        )
    )
    return JSONResponse(body)
