"""Decisions on screening hits over HTTP: confirm or dismiss a hit, list decisions.

A decision names the screened party the way /match received it (schema and
properties) and the hit's entity id; /match then shows it on that hit as
`review`, and a dismissal holds until the list record changes.
"""

from __future__ import annotations

from typing import Annotated, Any

from anyio import to_thread
from fastapi import APIRouter, Query
from pydantic import BaseModel, Field
from sqlalchemy import Engine

from sanctionwatch.api.deps import HolderDep
from sanctionwatch.api.errors import BadRequest, ErrorItem, ErrorResponse
from sanctionwatch.api.json import JSONResponse
from sanctionwatch.exc import SanctionWatchError

router = APIRouter(tags=["Review"])


class Screened(BaseModel):
    schema_: str | None = Field(None, alias="schema", max_length=50)
    properties: dict[str, list[Annotated[str, Field(max_length=500)]]] = Field(
        ..., max_length=20, examples=[{"name": ["Kim Yong Bok"], "country": ["kp"]}]
    )


class ReviewRequest(BaseModel):
    query: Screened
    entity_id: str = Field(..., max_length=200, examples=["ofac-12345"])
    decision: str = Field(..., examples=["dismissed"], description="confirmed or dismissed")
    reason: str = Field(..., max_length=1000)
    user: str = Field(..., max_length=100)


def store_review(engine: Engine, body: ReviewRequest) -> dict[str, Any]:
    """Store one decision (the API's `POST /reviews` and the page's buttons); a bad
    decision is a 400 naming it."""
    from sanctionwatch.store.reviews import record_review, subject_of_example

    try:
        subject = subject_of_example(body.query.schema_, body.query.properties)
        return record_review(
            engine, subject, body.entity_id, body.decision, reason=body.reason, user=body.user
        )
    except SanctionWatchError as exc:
        raise BadRequest(str(exc), [ErrorItem(loc="body", msg=str(exc))]) from None


@router.post(
    "/reviews",
    status_code=201,
    responses={400: {"model": ErrorResponse, "description": "Invalid decision"}},
)
async def post_review(body: ReviewRequest, holder: HolderDep) -> JSONResponse:
    """Confirm or dismiss the hit `entity_id` for the party in `query` (as sent to /match)."""
    row = await to_thread.run_sync(lambda: store_review(holder.engine, body))
    return JSONResponse(row, status_code=201)


@router.get("/reviews")
async def get_reviews(
    holder: HolderDep, limit: Annotated[int, Query(ge=1, le=1000)] = 200
) -> JSONResponse:
    """The latest decisions, newest first; `current` is false once the record changed."""
    from sanctionwatch.store.reviews import list_reviews

    rows = await to_thread.run_sync(lambda: list_reviews(holder.engine, limit))
    return JSONResponse({"reviews": rows})
