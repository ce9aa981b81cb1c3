"""What is loaded (/catalog) and how matches are scored (/algorithms)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter

from sanctionwatch.api import matching
from sanctionwatch.api.datasets import COLLECTIONS
from sanctionwatch.api.deps import HolderDep, SnapshotDep
from sanctionwatch.api.json import JSONResponse
from sanctionwatch.api.models import AlgorithmResponse, CatalogResponse
from sanctionwatch.lists.sources import list_title

router = APIRouter(tags=["System information"])


def _list_entry(status: dict[str, Any]) -> dict[str, Any]:
    return {
        "name": status["name"],
        "title": list_title(status["name"]),
        # no source path or URL: a local path says nothing to a client and much to an attacker
        "summary": f"{list_title(status['name'])}: version {status['version']}, "
        f"{status['entities']:,} entities, list date {status['list_date'] or 'not stated'}",
        "version": str(status["version"]),
        "updated_at": status["list_date"] or status["loaded_at"],
        "last_export": status["loaded_at"],
        "entity_count": status["entities"],
        "load": True,
        "index_current": True,
        "index_version": str(status["version"]),
        "children": [],
    }


def _collection_entry(name: str, title: str, lists: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "name": name,
        "title": title,
        "summary": f"{title}: {', '.join(s['name'] for s in lists) or 'none yet'}",
        "entity_count": sum(s["entities"] for s in lists),
        "load": True,
        "index_current": True,
        "children": [s["name"] for s in lists],
    }


@router.get("/catalog", response_model=CatalogResponse)
async def catalog(snapshot: SnapshotDep, holder: HolderDep) -> JSONResponse:
    """The loaded lists, each with its version and entity count, and the collections over them.

    `index_stale` is true while the store has a list version the index does not
    serve yet (it is re-indexed within SANCTIONWATCH_API_REFRESH_SECONDS).
    """
    lists = list(snapshot.lists.values())
    datasets = [_list_entry(s) for s in lists]
    datasets += [_collection_entry(n, t, lists) for n, t in COLLECTIONS.items()]
    names = [d["name"] for d in datasets]
    body = {"datasets": datasets, "current": names, "outdated": [], "index_stale": holder.stale}
    return JSONResponse(body)


@router.get("/algorithms", response_model=AlgorithmResponse)
async def algorithms(snapshot: SnapshotDep) -> JSONResponse:
    """The scoring algorithms /match accepts, with the features each one weighs.

    `best` and `default` name the recommended one; `algorithm=best` always works.
    """
    return JSONResponse(matching.algorithms_doc(snapshot.matcher))
