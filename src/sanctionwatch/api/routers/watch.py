"""The watch list over HTTP: saved parties and the hits that appeared or went."""

from __future__ import annotations

from typing import Annotated

from anyio import to_thread
from fastapi import APIRouter, Query

from sanctionwatch.api.deps import HolderDep
from sanctionwatch.api.errors import BadRequest
from sanctionwatch.api.json import JSONResponse

router = APIRouter(tags=["Watch list"])
MAX_ID = 2**31 - 1  # store keys are 32-bit on PostgreSQL; a larger one names no party


@router.get("/watch/parties")
async def watch_parties(holder: HolderDep) -> JSONResponse:
    """Saved parties (`sanctionwatch watch add`), each with its current hits."""
    from sanctionwatch.store.watch import current_hits, list_parties

    def read() -> list[dict[str, object]]:
        out = []
        for party in list_parties(holder.engine):
            item = party.to_dict()
            item["hits"] = [h.__dict__ for h in current_hits(holder.engine, party.pk).values()]
            out.append(item)
        return out

    return JSONResponse({"parties": await to_thread.run_sync(read)})


@router.get("/watch/changes")
async def watch_changes(
    holder: HolderDep,
    party: Annotated[
        int | None, Query(ge=1, le=MAX_ID, description="Only this party's changes.")
    ] = None,
    limit: Annotated[int, Query(description="At most this many changes, newest first.")] = 100,
) -> JSONResponse:
    """New and gone hits of saved parties, recorded after each list load or update."""
    from sanctionwatch.store.watch import list_changes

    if not 1 <= limit <= 1000:
        raise BadRequest(f"limit={limit} must be between 1 and 1000")
    changes = await to_thread.run_sync(lambda: list_changes(holder.engine, party, limit))
    return JSONResponse({"changes": changes})
