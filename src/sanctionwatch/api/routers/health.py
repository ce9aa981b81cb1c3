"""Liveness, readiness and an on-demand index refresh."""

from __future__ import annotations

from anyio import to_thread
from fastapi import APIRouter

from sanctionwatch.api.deps import HolderDep
from sanctionwatch.api.errors import ErrorResponse, NotReady
from sanctionwatch.api.json import JSONResponse
from sanctionwatch.api.models import StatusResponse

router = APIRouter(tags=["System information"])


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
    """The index is built and requests can be answered; 503 until then."""
    holder.current()
    return JSONResponse({"status": "ok"})


@router.post("/updatez", response_model=StatusResponse)
async def updatez(holder: HolderDep) -> JSONResponse:
    """Check the store for new list versions now and re-index if there are any.

    The same check runs by itself every SANCTIONWATCH_API_REFRESH_SECONDS; this
    endpoint is for a script that has just loaded a list. Answers once the new
    index serves (or at once when nothing changed).
    """
    await to_thread.run_sync(holder.refresh)
    if holder.last_error:
        raise NotReady(f"{holder.last_error}; the previous index keeps serving")
    return JSONResponse({"status": "ok"})
