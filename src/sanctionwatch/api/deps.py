"""Parameters and dependencies shared by several routers."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Query, Request

from sanctionwatch.api.errors import BadRequest
from sanctionwatch.api.snapshot import Snapshot
from sanctionwatch.api.state import IndexHolder
from sanctionwatch.api.workers import Workers


# The dependencies are `async def` although they do not await: FastAPI runs a plain
# `def` dependency in its thread pool, a thread hop per dependency per request that
# cost more CPU than the lookup itself.
async def get_holder(request: Request) -> IndexHolder:
    holder: IndexHolder = request.app.state.holder
    return holder


async def get_snapshot(request: Request) -> Snapshot:
    holder: IndexHolder = request.app.state.holder
    return holder.current()


async def get_workers(request: Request) -> Workers:
    workers: Workers = request.app.state.workers
    return workers


def max_limit(request: Request) -> int:
    value: int = request.app.state.max_limit
    return value


def check_limit(limit: int, request: Request) -> int:
    """A limit within 0..SANCTIONWATCH_API_MAX_LIMIT, or a 400 that states the limit."""
    top = max_limit(request)
    if limit > top:
        raise BadRequest(
            f"limit={limit} is over the maximum of {top} (SANCTIONWATCH_API_MAX_LIMIT)"
        )
    return limit


HolderDep = Annotated[IndexHolder, Depends(get_holder)]
SnapshotDep = Annotated[Snapshot, Depends(get_snapshot)]
WorkersDep = Annotated[Workers, Depends(get_workers)]
DatasetPath = Annotated[
    str,
    Path(
        description="A loaded list name (see /catalog), or `default` for every list.",
        examples=["default"],
    ),
]
IncludeDataset = Annotated[
    list[str], Query(description="Only results from these datasets (lists).")
]
ExcludeDataset = Annotated[list[str], Query(description="No results from these datasets.")]
ExcludeSchema = Annotated[list[str], Query(description="No results of these schemata.")]
Topics = Annotated[list[str], Query(description="Only results with any of these topics.")]
ChangedSince = Annotated[
    str | None,
    Query(
        pattern=r"^\d{4}-\d{2}-\d{2}(T\d{2}(:\d{2}(:\d{2})?)?)?$",
        description="Only entities changed since this date (those with no date are kept).",
    ),
]
