"""Liveness, readiness and an on-demand index refresh."""

from __future__ import annotations

from typing import Annotated

import anyio
from anyio import to_thread
from fastapi import APIRouter, Query

from sanctionwatch.api.deps import HolderDep
from sanctionwatch.api.errors import ErrorResponse, NotReady
from sanctionwatch.api.json import JSONResponse
from sanctionwatch.api.models import StatusResponse

router = APIRouter(tags=["System information"])
MAX_WAIT = 600


@router.get("/healthz", response_model=StatusResponse)
async def healthz() -> JSONResponse:
    """The process is up (it may still be building its index: see /readyz)."""
    return JSONResponse({"status": "ok"})


@router.get(
    "/readyz",
    response_model=StatusResponse,
    responses={503: {"model": ErrorResponse, "description": "Index not built yet"}},
)
async def readyz(holder: HolderDep) -> JSONResponse:
    """The index is built and requests are answered; 503 until then. (No lookup table is
    left to load: countries are cleaned by `sanctionwatch.countries`, a blink.)"""
    holder.current()
    return JSONResponse({"status": "ok"})


@router.post(
    "/updatez",
    response_model=StatusResponse,
    responses={
        202: {"model": StatusResponse, "description": "Still building; the old index serves"},
        401: {"model": ErrorResponse, "description": "No API key"},
        403: {"model": ErrorResponse, "description": "Wrong API key, or none configured"},
        503: {"model": ErrorResponse, "description": "The build failed"},
    },
)
async def updatez(
    holder: HolderDep,
    wait: Annotated[
        float, Query(ge=0, le=MAX_WAIT, description="Seconds to wait for a new index.")
    ] = 60,
    phases: Annotated[
        bool,
        Query(description="When lists were swapped in: each step's wall and CPU time too."),
    ] = False,
) -> JSONResponse:
    """Check the store for new list versions now and re-index if there are any.

    Needs an API key. The same check runs by itself every
    SANCTIONWATCH_API_REFRESH_SECONDS; this endpoint is for a script that has just
    loaded a list. It answers `{"status": "ok"}` once the index serves every list
    version committed before the call (at once when nothing changed), or, when that
    takes longer than `wait` seconds, 202 `{"status": "building"}` while the build
    goes on and the previous index serves. With `phases=true`, a call that swapped in
    new lists also answers how, step by step (`bench/load.py --phases` reads them).
    """
    with anyio.move_on_after(wait):
        swapped = await to_thread.run_sync(
            lambda: holder.refresh(wait=True), abandon_on_cancel=True
        )
        if holder.last_error:
            raise NotReady(f"{holder.last_error}; the previous index keeps serving")
        if swapped and phases:  # how the new snapshot came to serve, step by step (benches)
            return JSONResponse(
                {"status": "ok", "phases": [phase.as_dict() for phase in holder.phases]}
            )
        return JSONResponse({"status": "ok"})
    detail = (
        f"A new index is still being built after {wait:g} s; the previous one serves until "
        "it is ready (POST /updatez again, or watch `index_stale` in /catalog)"
    )
    return JSONResponse({"status": "building", "detail": detail}, status_code=202)
