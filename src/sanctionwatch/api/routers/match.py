"""POST /match/{dataset}: query by example, scored by the screening index."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING, Annotated, Any

from anyio import to_thread
from fastapi import APIRouter, Query, Request, Response
from pydantic import ValidationError

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
from sanctionwatch.api.errors import ErrorResponse, NotReady
from sanctionwatch.api.filters import EntityFilter
from sanctionwatch.api.json import JSONResponse
from sanctionwatch.api.models import EntityMatchQuery, EntityMatchResponse
from sanctionwatch.api.querying import MatchParams, match_queries
from sanctionwatch.api.quickroute import PLAIN_SCORE, QuickRoute, plain_int
from sanctionwatch.api.workers import Budget

if TYPE_CHECKING:
    from sanctionwatch.api.processes import ScoringProcesses

Score = Annotated[float, Query(ge=0.0, le=1.0)]


def _plain_score(value: str) -> float | None:
    if not PLAIN_SCORE.fullmatch(value) or not 0.0 <= (score := float(value)) <= 1.0:
        return None
    return score


def _plain_algorithm(value: str) -> str | None:
    return value if value.isascii() and value.isprintable() else None


# The query parameters of the common /match request (single plain values of limit,
# threshold, cutoff and algorithm), read as FastAPI would validate them; anything else
# takes FastAPI's path, which parses, validates and words any error.
QUICK_PARAMS = {
    "limit": plain_int,
    "threshold": _plain_score,
    "cutoff": _plain_score,
    "algorithm": _plain_algorithm,
}


class QuickMatchRoute(QuickRoute):
    """/match with FastAPI's parameter solving skipped for the common request
    (`quickroute.py`): one whose query string `QUICK_PARAMS` reads and whose body
    pydantic validates straight from its JSON bytes. Solving the dependencies and the
    eleven query parameters cost a fifth of the server process's CPU per /match request.
    """

    quick_path = "/match/{dataset}"
    quick_params = QUICK_PARAMS

    async def answer_quickly(self, request: Request, params: dict[str, Any]) -> Response | None:
        try:
            body = EntityMatchQuery.model_validate_json(await request.body())
        except ValidationError:
            return None  # FastAPI's path words the error
        return await match(
            request,
            body,
            await get_snapshot(request),
            request.app.state.workers,
            request.path_params["dataset"],
            **params,
        )


router = APIRouter(tags=["Matching"], route_class=QuickMatchRoute)


def _covers(scoring: ScoringProcesses, scope: frozenset[str]) -> bool:
    """Whether the snapshot `scoring` was forked with holds every list of `scope`."""
    return scope <= {name for name, _version in scoring.fingerprint}


@router.post(
    "/match/{dataset}",
    response_model=EntityMatchResponse,
    responses={
        400: {"model": ErrorResponse, "description": "Invalid query, or over a limit"},
        404: {"model": ErrorResponse, "description": "No such dataset"},
        413: {"model": ErrorResponse, "description": "Request body too large"},
        415: {"model": ErrorResponse, "description": "Body is not application/json"},
        503: {"model": ErrorResponse, "description": "Index not ready, busy, or out of time"},
    },
)
async def match(
    request: Request,
    body: EntityMatchQuery,
    snapshot: SnapshotDep,
    workers: WorkersDep,
    dataset: DatasetPath,
    limit: Annotated[int, Query(ge=0, description="Results per query.")] = 5,
    threshold: Annotated[
        Score, Query(description="Score at or above which `match` is true.")
    ] = 0.7,
    cutoff: Annotated[Score, Query(description="Results scoring below this are left out.")] = 0.5,
    algorithm: Annotated[
        str, Query(description="See /algorithms; `best` is the recommended one.")
    ] = "best",
    include_dataset: IncludeDataset = [],  # noqa: B006 - FastAPI copies defaults
    exclude_dataset: ExcludeDataset = [],  # noqa: B006
    exclude_schema: ExcludeSchema = [],  # noqa: B006
    topics: Topics = [],  # noqa: B006
    changed_since: ChangedSince = None,
    exclude_entity_ids: Annotated[
        list[str], Query(max_length=100, description="Never return these ids.")
    ] = [],  # noqa: B006
) -> JSONResponse:
    """Match entities by example: a batch of queries, each a schema and properties,
    scored against the loaded lists. Keys of `queries` are yours; each comes back
    under the same key in `responses`, with results sorted by score.

    ```json
    {"queries": {"q1": {"schema": "Person",
                        "properties": {"name": ["Maria Osetrova"], "birthDate": ["1988-01-07"]}}}}
    ```
    gives
    ```json
    {"responses": {"q1": {"status": 200, "total": {"value": 1, "relation": "eq"},
                          "query": {...},
                          "results": [{"id": "...", "caption": "...", "schema": "Person",
                                       "properties": {...}, "datasets": ["..."],
                                       "score": 0.93, "match": true,
                                       "features": {"name_match": 0.93},
                                       "explanations": {"name_match": {"score": 0.93, ...}}}]}},
     "matcher": {"name": "..."}, "limit": 5}
    ```
    Each result carries every field of /entities/{id} (not nested). `cutoff` is
    lowered to `threshold` when above it. Names, their words and the queries per
    request are limited (see the settings `SANCTIONWATCH_API_MAX_*`); past a limit
    the answer is a 400 naming it.
    """
    scope = resolve_scope(snapshot, dataset, include_dataset, exclude_dataset)
    entity_filter = EntityFilter.make(
        scope,
        exclude_schema,
        topics=frozenset(topics),
        exclude_ids=frozenset(exclude_entity_ids),
        changed_since=changed_since,
    )
    params = MatchParams(
        algorithm=algorithm,
        limit=check_limit(limit, request),
        threshold=threshold,
        cutoff=min(cutoff, threshold),
        max_batch=request.app.state.max_batch,
        limits=request.app.state.limits,
    )
    profiles = request.app.state.profiles
    # One party on several lists is one result (its other entries in `referents`): the
    # profiles are read from the store, so off the event loop too.
    holder = request.app.state.holder
    scoring = holder.current_scoring()
    if scoring is not None and not _covers(scoring, scope):
        # A swap's switch (`IndexHolder._switch`): the processes hold other lists than
        # the snapshot the scope was resolved on (a list added): scored here instead.
        scoring = None
    if scoring is None:  # scored by a thread of this process
        answer = await workers.run(
            lambda budget: profiles.collapse_results(
                match_queries(snapshot, body, entity_filter, params, budget)
            )
        )
        return JSONResponse(answer)
    # by a scoring process, against the snapshot it was forked with

    def start(budget: Budget) -> asyncio.Future[Any]:
        try:
            return scoring.submit(match_queries, budget, body, entity_filter, params)
        except RuntimeError:  # retired by a swap a moment ago: the new set scores it
            successor = holder.current_scoring()
            if successor is None or not _covers(successor, scope):
                raise NotReady("The scoring processes are being replaced; retry now") from None
            return successor.submit(match_queries, budget, body, entity_filter, params)

    answer = await workers.run_future(start)
    collapsed = profiles.collapse_quickly(answer)  # no store read: here, on the loop
    if collapsed is None:
        collapsed = await to_thread.run_sync(profiles.collapse_results, answer)
    return JSONResponse(collapsed)
