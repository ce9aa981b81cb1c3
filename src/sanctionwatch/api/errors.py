"""The errors API users see: a few exceptions carrying an HTTP status, one JSON shape.

Every error response of every endpoint has the body
`{"status": 400, "detail": "one readable sentence", "errors": [{"loc": ..., "msg": ...}]}`.
`detail` is what yente clients show (yente uses the same key); `errors` lists
field-level problems when there are several. `HANDLERS` maps each exception
type to that shape, so FastAPI's own validation and routing errors look the
same as ours.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from fastapi import Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException
from starlette.responses import Response

from sanctionwatch.api.json import JSONResponse

log = logging.getLogger(__name__)


class ErrorItem(BaseModel):
    loc: str = Field(..., examples=["query.threshold"])
    msg: str = Field(..., examples=["Input should be a valid number"])


class ErrorResponse(BaseModel):
    status: int = Field(..., examples=[400])
    detail: str = Field(..., examples=["Invalid algorithm: fuzzy-v9"])
    errors: list[ErrorItem] = Field(default_factory=list)


class ApiError(Exception):
    """An error with an HTTP status and a message that says what to do next."""

    status = 500

    def __init__(self, detail: str, errors: Sequence[ErrorItem] = ()) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = list(errors)


class BadRequest(ApiError):
    status = 400


class NotFound(ApiError):
    status = 404


class NotReady(ApiError):
    status = 503


def error_response(
    status: int, detail: str, errors: Sequence[ErrorItem] = (), loc: str = "request"
) -> Response:
    """The error body; an error with no field-level items gets one naming `loc`, so
    `errors` always says where and what (as the README promises)."""
    items = list(errors) or [ErrorItem(loc=loc, msg=detail)]
    body = {"status": status, "detail": detail, "errors": [e.model_dump() for e in items]}
    return JSONResponse(body, status_code=status)


def _loc(parts: Sequence[Any]) -> str:
    return ".".join(str(p) for p in parts)


def _validation_items(exc: RequestValidationError) -> list[ErrorItem]:
    return [ErrorItem(loc=_loc(e.get("loc", ())), msg=str(e.get("msg", ""))) for e in exc.errors()]


def _validation_detail(exc: RequestValidationError, items: list[ErrorItem]) -> str:
    kinds = {e.get("type") for e in exc.errors()}
    if "json_invalid" in kinds:
        return 'Invalid JSON in the request body: send one JSON object, e.g. {"queries": {...}}'
    if any(i.loc == "body" for i in items):
        return "Missing request body: send a JSON object with `queries`"
    first = "; ".join(f"{i.loc}: {i.msg}" for i in items[:3])
    more = f" (and {len(items) - 3} more)" if len(items) > 3 else ""
    return f"Invalid request: {first}{more}"


async def _on_validation(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    items = _validation_items(exc)
    return error_response(400, _validation_detail(exc, items), items)


async def _on_api_error(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, ApiError)
    return error_response(exc.status, exc.detail, exc.errors)


async def _on_http(_request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    return error_response(exc.status_code, str(exc.detail), loc="path")


async def _on_unexpected(request: Request, exc: Exception) -> Response:
    log.exception("unhandled error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_response(500, "Internal server error: the failure is logged on the server")


Handler = Callable[[Request, Exception], Awaitable[Response]]
HANDLERS: dict[int | type[Exception], Handler] = {
    RequestValidationError: _on_validation,
    ApiError: _on_api_error,
    HTTPException: _on_http,
    Exception: _on_unexpected,
}
