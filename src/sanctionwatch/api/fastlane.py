"""The common /match, /search and /entities request answered past the middleware stack.

Every request otherwise passes eight ASGI layers (Starlette's error and exception
middleware, FastAPI's telemetry, body-limit and exit-stack layers, `SecurityHeaders`,
`Guard`) and FastAPI's router, which tries each route's pattern in turn, before the
`QuickRoute` handler that answers it; in a profile of the server's event loop under
`bench/load.py`'s mix that was about as much CPU as the handlers themselves.

`FastLane` takes a request for a quick route's path (`QuickRoute.quick_path`, with its
method) that the guard lets through as it is, and calls the route's `answer_quickly`
straight away, with the guard's body checks and the security headers applied as the
layers apply them. Anything it does not answer takes the whole stack, which answers as
before: a request the guard refuses, one with query parameters or a body the quick
path leaves to FastAPI, every request to a server with CORS (its middleware adds
`Vary: Origin` to every answer), FastAPI's
telemetry switched on, an endpoint error no API handler words (a 500), and any request
to another path. An `ApiError` (400, 404, 503) is answered by the same handler the
exception middleware would call.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from fastapi import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Receive, Scope, Send

from sanctionwatch.api.quickroute import QuickRoute, plain_params
from sanctionwatch.api.security import Guard, _replay, _send_all

Handler = Callable[[Request, Exception], Awaitable[Response]]


@dataclass(frozen=True)
class _Lane:
    method: str
    prefix: str  # the path up to its first parameter, to skip the pattern quickly
    pattern: re.Pattern[str]
    route: QuickRoute


def _flat(routes: Sequence[Any]) -> Iterator[Any]:
    """The routes in the order the router tries them, those of included routers in
    their place (FastAPI keeps an included router whole). An included router with a
    prefix or dependencies of its own stands for a route that could match anything."""
    for route in routes:
        router, context = (getattr(route, n, None) for n in ("original_router", "include_context"))
        if router is None:
            yield route
        elif context is None or context.prefix or context.dependencies:
            yield _ANYTHING
        else:
            yield from _flat(router.routes)


class _Anything:
    path = ""


_ANYTHING = _Anything()


class FastLane:
    """The quick routes of `routes`, answered for `app` (the FastAPI application)."""

    def __init__(
        self,
        routes: Sequence[Any],
        guard: Guard,
        handlers: dict[Any, Handler],
        cors: bool,
        shape: tuple[int, int] = (0, 0),
    ) -> None:
        """`cors`: the app has CORS middleware (then the lane answers nothing). `shape`:
        the app's middleware and route counts the lane was built for (`shape_of`)."""
        self.guard = guard
        self.cors = cors
        self.shape = shape
        # The app's handlers (the live mapping, so one added later counts), the 500 one
        # (`Exception`, which logs) included: replaying a failed request through the
        # stack would run its work twice and could answer a passing failure with a 200
        self.handlers = handlers
        self.lanes: list[_Lane] = []
        routes = list(_flat(routes))
        for route in routes:
            if not isinstance(route, QuickRoute) or route.path != route.quick_path:
                continue
            if not self._first_for(route, routes):
                continue  # an earlier route could take its requests: leave them to the router
            prefix = route.path.split("{", 1)[0]
            for method in sorted(route.methods or ()):
                if method != "HEAD":
                    self.lanes.append(_Lane(method, prefix, route.path_regex, route))

    @staticmethod
    def shape_of(app: Any) -> tuple[int, int]:
        """What the lane depends on: a middleware or route added after it was built
        changes this, and the app then sends every request down the whole stack."""
        return len(app.user_middleware), len(app.router.routes)

    @staticmethod
    def _first_for(route: QuickRoute, routes: Sequence[Any]) -> bool:
        """No route before `route` has a path that could match the same requests."""
        prefix = route.path.split("{", 1)[0]
        for other in routes:
            if other is route:
                return True
            path = getattr(other, "path", None)
            if path is None or path.startswith(prefix) or prefix.startswith(path.split("{", 1)[0]):
                return False
        return False

    def lane(self, scope: Scope) -> tuple[_Lane, dict[str, str]] | None:
        method, path = scope["method"], scope["path"]
        for lane in self.lanes:
            if lane.method == method and path.startswith(lane.prefix):
                found = lane.pattern.match(path)
                if found is not None:
                    return lane, found.groupdict()
        return None

    async def __call__(
        self, app: ASGIApp, scope: Scope, receive: Receive, send: Send, full: ASGIApp
    ) -> None:
        """Answer the request, or hand it to `full` (the whole stack) untouched. `send`
        adds the security headers already (`SanctionWatchAPI.__call__` wraps it with
        `secure_send` for every HTTP request): a second wrapper here only found them
        present, at a list, a set and a dict per answer."""
        chosen = None if self.cors else self.lane(scope)
        if chosen is None or not chosen[0].route.quick:
            await full(scope, receive, send)
            return
        guard = self.guard
        if guard._refuse_key(scope) or guard._refuse_type(scope):
            await full(scope, receive, send)  # refused there, in the same words
            return
        lane, path_params = chosen
        body = b""
        if scope["method"] == "POST":
            read = await guard._read_body(receive)
            if read is None:
                await _send_all(send, guard._too_large())
                return
            body = read
        params = plain_params(scope.get("query_string", b""), lane.route.quick_params)
        if params is None:
            await full(scope, _replay(body, receive), send)
            return
        scope["app"] = app
        scope["path_params"] = path_params
        request = Request(scope, _replay(body, receive))
        try:
            response = await lane.route.answer_quickly(request, params)
        except Exception as exc:  # noqa: BLE001 - worded by its handler, or by the stack
            handler = self._handler(exc)
            if handler is None:
                await full(scope, _replay(body, receive), send)
                return
            response = await handler(request, exc)
        if response is None:  # left to FastAPI (a body that does not validate)
            await full(scope, _replay(body, receive), send)
            return
        await response(scope, _replay(body, receive), send)

    def _handler(self, exc: Exception) -> Handler | None:
        for kind in type(exc).__mro__:
            handler = self.handlers.get(kind)
            if handler is not None:
                return handler
        return None
