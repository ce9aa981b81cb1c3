"""The app factory: a fresh FastAPI app per call, its index built from the store."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any, TypedDict, cast

import anyio
from anyio import to_thread
from fastapi import FastAPI
from fastapi.middleware.cors import CORSMiddleware
from sqlalchemy import Engine
from starlette.types import Receive, Scope, Send

from sanctionwatch import __version__, countries, settings
from sanctionwatch.api.errors import HANDLERS, Handler
from sanctionwatch.api.fastlane import FastLane
from sanctionwatch.api.limits import Limits
from sanctionwatch.api.matching import MatcherFactory, build_matcher
from sanctionwatch.api.profiled import Profiles
from sanctionwatch.api.routers import catalog, entities, health, match, reviews, search, watch
from sanctionwatch.api.security import Guard, SecurityHeaders, secure_send
from sanctionwatch.api.state import IndexHolder
from sanctionwatch.api.workers import Workers

log = logging.getLogger(__name__)
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]

DESCRIPTION = """Screen names against the official sanctions lists loaded into a
SanctionWatch store. The endpoints follow yente's API, so yente clients work unchanged.
Errors always have the body `{"status": ..., "detail": "...", "errors": [...]}`.
Requests that change state (`POST /updatez`) need an API key (`Authorization: Bearer <key>`
or `X-API-Key`); request bodies are JSON (`Content-Type: application/json`)."""


async def _refresh_loop(holder: IndexHolder, every: float) -> None:
    while True:
        await anyio.sleep(every)
        await to_thread.run_sync(holder.refresh)


def _start(holder: IndexHolder, collect_after: bool = False) -> None:
    """What a server does before it is ready: the country tables (a third of a second,
    else paid by the first request naming a country or a name with a qualifier), then
    the index. `collect_after`: garbage collection was turned off for the start-up
    (`serve`) and goes back on here, whatever the build did; the decoded snapshot is
    frozen out of its sight by then (`IndexHolder._decoded`)."""
    try:
        countries.preload()
        holder.refresh()
    finally:
        if collect_after:
            gc.freeze()
            gc.enable()


def _lifespan(
    holder: IndexHolder, refresh_seconds: float, wait: bool, collect_after: bool = False
) -> Lifespan:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        # Scoring threads hand the GIL back to the event loop within 1 ms (default 5 ms),
        # so /healthz and cheap requests stay quick while /match requests are scored.
        sys.setswitchinterval(0.001)
        async with anyio.create_task_group() as tasks:
            if wait:  # before the first request
                await to_thread.run_sync(_start, holder, collect_after)
            else:
                tasks.start_soon(to_thread.run_sync, _start, holder, collect_after)
            if refresh_seconds > 0:
                tasks.start_soon(_refresh_loop, holder, refresh_seconds)
            yield
            tasks.cancel_scope.cancel()
        app.state.workers.close()
        holder.close()

    return lifespan


class SanctionWatchAPI(FastAPI):
    """FastAPI, with the common /match, /search and /entities request answered by
    `FastLane` before the middleware stack (`api/fastlane.py`)."""

    fast_lane: FastLane | None = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "http":
            # Starlette's 500 for an unexpected error is sent from outside the middleware
            # stack, past `SecurityHeaders`; headers already set are left as they are
            send = secure_send(scope, send)
        lane = self.fast_lane
        if (
            lane is None
            or scope["type"] != "http"
            or scope.get("root_path")
            or self._native_telemetry.enabled()
            or lane.shape != FastLane.shape_of(self)
        ):
            await super().__call__(scope, receive, send)
            return
        await lane(self, scope, receive, send, super().__call__)


class _Guarding(TypedDict):
    """`Guard`'s keyword arguments."""

    keys: list[str]
    keys_for_reads: bool
    max_body: int


def create_app(
    engine: Engine,
    *,
    matcher_factory: MatcherFactory = build_matcher,
    refresh_seconds: float | None = None,
    wait_for_index: bool = True,
    api_keys: Sequence[str] | None = None,
    keys_for_reads: bool | None = None,
    processes: int = 1,
    collect_after_start: bool = False,
) -> FastAPI:
    """The HTTP API over `engine`'s current lists.

    The index is built at startup: before the server accepts requests when
    `wait_for_index`, else in the background while /readyz answers 503.
    `refresh_seconds` (default SANCTIONWATCH_API_REFRESH_SECONDS; 0 turns it off)
    is how often the store is checked for new list versions. `api_keys` and
    `keys_for_reads` default to SANCTIONWATCH_API_KEYS and SANCTIONWATCH_API_KEYS_FOR_READS.
    `processes` > 1: /match is scored in that many forked processes (`processes.py`).
    `collect_after_start`: the caller turned garbage collection off for the start-up;
    it goes back on once the first index build has ended.
    """
    every = settings.get_int("API_REFRESH_SECONDS") if refresh_seconds is None else refresh_seconds
    holder = IndexHolder(engine, matcher_factory, processes)
    app = SanctionWatchAPI(
        title="SanctionWatch",
        description=DESCRIPTION,
        version=__version__,
        # FastAPI's stub wants coroutine functions; HANDLERS' are (`async def`)
        exception_handlers=cast("dict[int | type[Exception], Any]", HANDLERS),
        lifespan=_lifespan(holder, every, wait_for_index, collect_after_start),
        # `Guard` answers a body without a JSON Content-Type with a 415 naming the header.
        strict_content_type=False,
    )
    limits = Limits.from_settings()
    app.state.limits = limits
    app.state.workers = Workers(
        max(settings.get_int("API_WORKERS"), processes),
        settings.get_int("API_QUEUE"),
        float(settings.get("API_REQUEST_SECONDS")),
    )
    app.state.holder = holder
    app.state.profiles = Profiles(engine)
    app.state.max_limit = settings.get_int("API_MAX_LIMIT")
    app.state.max_batch = settings.get_int("API_MAX_BATCH")
    for module in (match, search, entities, catalog, health, watch, reviews):
        app.include_router(module.router)
    from sanctionwatch import web  # the analysts' page, served from the same store

    web.mount(app, engine)
    # Added innermost first: headers go on every answer, the guard's refusals included.
    guarding: _Guarding = {
        "keys": settings.get_list("API_KEYS") if api_keys is None else list(api_keys),
        "keys_for_reads": (
            settings.get_bool("API_KEYS_FOR_READS") if keys_for_reads is None else keys_for_reads
        ),
        "max_body": limits.body_bytes,
    }
    app.add_middleware(Guard, **guarding)
    origins = settings.get_list("API_CORS_ORIGINS")
    if origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=origins,
            allow_methods=["GET", "POST"],
            allow_headers=["Content-Type", "Authorization", "X-API-Key"],
        )
    app.add_middleware(SecurityHeaders)
    app.fast_lane = FastLane(
        app.router.routes,
        Guard(app.router, **guarding),
        # the live mapping: HANDLERS and FastAPI's own, all `async def`
        cast("dict[Any, Handler]", app.exception_handlers),
        bool(origins),
        FastLane.shape_of(app),
    )
    return app
