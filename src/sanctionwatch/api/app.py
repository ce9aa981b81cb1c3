"""The app factory: a fresh FastAPI app per call, its index built from the store."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager

import anyio
from anyio import to_thread
from fastapi import FastAPI
from sqlalchemy import Engine

from sanctionwatch import __version__, settings
from sanctionwatch.api.errors import HANDLERS
from sanctionwatch.api.matching import MatcherFactory, build_matcher
from sanctionwatch.api.routers import catalog, entities, health, match, reviews, search, watch
from sanctionwatch.api.state import IndexHolder

log = logging.getLogger(__name__)
Lifespan = Callable[[FastAPI], AbstractAsyncContextManager[None]]

DESCRIPTION = """Screen names against the official sanctions lists loaded into a
SanctionWatch store. The endpoints follow yente's API, so yente clients work unchanged.
Errors always have the body `{"status": ..., "detail": "...", "errors": [...]}`."""


async def _refresh_loop(holder: IndexHolder, every: float) -> None:
    while True:
        await anyio.sleep(every)
        await to_thread.run_sync(holder.refresh)


def _lifespan(holder: IndexHolder, refresh_seconds: float, wait: bool) -> Lifespan:
    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        async with anyio.create_task_group() as tasks:
            if wait:
                await to_thread.run_sync(holder.refresh)
            else:
                tasks.start_soon(to_thread.run_sync, holder.refresh)
            if refresh_seconds > 0:
                tasks.start_soon(_refresh_loop, holder, refresh_seconds)
            yield
            tasks.cancel_scope.cancel()

    return lifespan


def create_app(
    engine: Engine,
    *,
    matcher_factory: MatcherFactory = build_matcher,
    refresh_seconds: float | None = None,
    wait_for_index: bool = True,
) -> FastAPI:
    """The HTTP API over `engine`'s current lists.

    The index is built at startup: before the server accepts requests when
    `wait_for_index`, else in the background while /readyz answers 503.
    `refresh_seconds` (default SANCTIONWATCH_API_REFRESH_SECONDS; 0 turns it off)
    is how often the store is checked for new list versions.
    """
    every = settings.get_int("API_REFRESH_SECONDS") if refresh_seconds is None else refresh_seconds
    holder = IndexHolder(engine, matcher_factory)
    app = FastAPI(
        title="SanctionWatch",
        description=DESCRIPTION,
        version=__version__,
        exception_handlers=HANDLERS,
        lifespan=_lifespan(holder, every, wait_for_index),
        # Clients that post JSON without a Content-Type header keep working, as with yente.
        strict_content_type=False,
    )
    app.state.holder = holder
    app.state.max_limit = settings.get_int("API_MAX_LIMIT")
    app.state.max_batch = settings.get_int("API_MAX_BATCH")
    for module in (match, search, entities, catalog, health, watch, reviews):
        app.include_router(module.router)
    from sanctionwatch import web  # the analysts' page, served from the same store

    web.mount(app, engine)
    return app
