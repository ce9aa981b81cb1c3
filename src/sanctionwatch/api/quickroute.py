"""Routes that answer their common request without FastAPI's parameter solving.

Solving an endpoint's dependencies and query parameters (most of them lists that are
rarely sent) costs more of the server process's CPU than the rest of a cheap request:
a /search or /entities request spent about two thirds of its time there. A
`QuickRoute` reads the query string itself when it holds only plain single values of
the parameters it knows (`plain_params`) and calls the endpoint directly with the
values FastAPI would have given it; any other request (a list parameter, a value to
be coerced, an unknown name, a body that does not validate) takes FastAPI's own path,
so every error is worded as before. Errors the endpoint raises are answered by the same
handlers on either path.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine, Mapping
from typing import Any
from urllib.parse import parse_qsl

from fastapi import Request, Response
from fastapi.routing import APIRoute

Reader = Callable[[str], Any]  # a value as FastAPI would give it, or None: not plain
PLAIN_INT = re.compile(r"0|[1-9][0-9]{0,5}")
PLAIN_SCORE = re.compile(r"(0|1)(\.[0-9]{1,16})?|\.[0-9]{1,16}")
BOOLEANS = {"true": True, "false": False, "1": True, "0": False}


def plain_int(value: str) -> int | None:
    """A non-negative int written plainly ('007', '+3', '1e2' are left to FastAPI)."""
    return int(value) if PLAIN_INT.fullmatch(value) else None


def plain_bool(value: str) -> bool | None:
    return BOOLEANS.get(value)


def plain_text(value: str) -> str | None:
    return value


def plain_params(query_string: bytes, readers: Mapping[str, Reader]) -> dict[str, Any] | None:
    """The query parameters when each is one of `readers`, given once, with a value its
    reader takes; None for anything else."""
    params: dict[str, Any] = {}
    if not query_string:
        return params
    for name, value in parse_qsl(query_string.decode("latin-1"), keep_blank_values=True):
        reader = readers.get(name)
        if reader is None or name in params or not value:
            return None
        read = reader(value)
        if read is None:
            return None
        params[name] = read
    return params


class QuickRoute(APIRoute):
    """A route whose `answer_quickly` answers the common request; FastAPI the rest.
    Only the route at `quick_path` does (any other route of its router is plain), and
    only for a query string that `plain_params` reads with `quick_params`."""

    quick = True  # tests turn it off to compare
    quick_path = ""
    quick_params: Mapping[str, Reader] = {}

    async def answer_quickly(self, request: Request, params: dict[str, Any]) -> Response | None:
        """The answer without FastAPI's parameter solving, given the plain query
        parameters `params`, or None to let FastAPI answer."""
        return None

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        standard = super().get_route_handler()

        async def handler(request: Request) -> Response:
            if self.quick and self.path == self.quick_path:
                query_string = request.scope.get("query_string", b"")
                params = plain_params(query_string, self.quick_params)
                if params is not None:
                    answer = await self.answer_quickly(request, params)
                    if answer is not None:
                        return answer
            return await standard(request)

        return handler
