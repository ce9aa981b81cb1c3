"""Fetch one entity by id, with its neighbours inlined."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Request, Response

from sanctionwatch.api.deps import SnapshotDep, get_snapshot
from sanctionwatch.api.errors import ErrorResponse, NotFound
from sanctionwatch.api.json import JSONResponse
from sanctionwatch.api.models import EntityResponse
from sanctionwatch.api.nesting import nested_entity
from sanctionwatch.api.quickroute import QuickRoute, plain_bool

QUICK_PARAMS = {"nested": plain_bool}


class QuickEntityRoute(QuickRoute):
    """/entities/{id} without FastAPI's parameter solving when its query string is
    empty or a plain `nested` (`quickroute.py`)."""

    quick_path = "/entities/{entity_id}"
    quick_params = QUICK_PARAMS

    async def answer_quickly(self, request: Request, params: dict[str, Any]) -> Response | None:
        entity_id = request.path_params["entity_id"]
        return await fetch_entity(request, await get_snapshot(request), entity_id, **params)


router = APIRouter(tags=["Data access"], route_class=QuickEntityRoute)


@router.get(
    "/entities/{entity_id}",
    response_model=EntityResponse,
    responses={404: {"model": ErrorResponse, "description": "No such entity"}},
)
async def fetch_entity(
    request: Request,
    snapshot: SnapshotDep,
    entity_id: Annotated[str, Path(examples=["NK-2Tbri3s6GgNtAwsSXh4qpL"])],
    nested: Annotated[
        bool, Query(description="Inline adjacent entities (sanctions, owners).")
    ] = True,
) -> JSONResponse:
    """One entity of a loaded list. With `nested` (the default), entities it refers to
    and entities that refer to it, such as the Sanction records naming a person,
    are inlined one level deep."""
    entity = snapshot.get(entity_id)
    if entity is None:
        raise NotFound(f"No entity with id {entity_id!r} in the loaded lists (try /search)")
    body = nested_entity(snapshot, entity) if nested else entity
    # the entries of other lists that are the same party, as yente's `referents`
    return JSONResponse(request.app.state.profiles.with_referents(body))
