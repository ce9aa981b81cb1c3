"""What every request passes before a router sees it, and what every response carries.

`Guard` (pure ASGI, so it sees the raw request before anything is parsed):
  - API keys: a request that changes state (any method but GET, HEAD and OPTIONS,
    except `POST /match/...`, which only reads) needs a key from SANCTIONWATCH_API_KEYS,
    sent as `Authorization: Bearer <key>` or `X-API-Key: <key>`; with
    SANCTIONWATCH_API_KEYS_FOR_READS every request but /healthz and /readyz does.
    No key is 401, a wrong one 403; with no keys configured writes are refused (403).
  - A request body must be JSON (`Content-Type: application/json`): a form or
    text/plain post is what a cross-site page can send without asking.
  - A body over SANCTIONWATCH_API_MAX_BODY_BYTES is refused (413) before it is parsed.

The page's own writes (`POST /web/...`: profile judgements, review decisions) need
no key: a browser cannot hold one. They are guarded against cross-site requests
instead: a request whose `Origin` is another site, or whose `Sec-Fetch-Site` says
cross-site, is refused (403). They take a small form or JSON body. Whoever can
reach the page can write through it: bind the server to loopback or put the page
behind the proxy's authentication (SECURITY.md).

`SecurityHeaders` adds a Content-Security-Policy, `nosniff`, frame denial and a
referrer policy to every response that does not set its own (the page does).
"""

from __future__ import annotations

import hmac
from collections.abc import Sequence
from typing import Any

import orjson
from starlette.types import ASGIApp, Message, Receive, Scope, Send

READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
OPEN_PATHS = frozenset({"/healthz", "/readyz"})
BODY_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})
# The API and static files are never framed and run nothing; /docs needs Swagger UI's
# script and styles (from its CDN) and one inline script that starts it.
API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
DOCS_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'unsafe-inline' https://cdn.jsdelivr.net; "
    "img-src 'self' data: https://fastapi.tiangolo.com https://cdn.redoc.ly; "
    "connect-src 'self'; worker-src blob:; font-src https://fonts.gstatic.com; "
    "frame-ancestors 'none'; base-uri 'none'; form-action 'none'"
)
PAGE_WRITES = "/web/"
DOCS_PATHS = frozenset({"/docs", "/redoc", "/docs/oauth2-redirect"})
HEADERS = {
    b"x-content-type-options": b"nosniff",
    b"x-frame-options": b"DENY",
    b"referrer-policy": b"no-referrer",
    b"cross-origin-resource-policy": b"same-origin",
}


def _error(status: int, detail: str, extra: Sequence[tuple[bytes, bytes]] = ()) -> list[Message]:
    # the one error shape of `api/errors.py`: `errors` always says where and what
    body = orjson.dumps(
        {"status": status, "detail": detail, "errors": [{"loc": "request", "msg": detail}]}
    )
    headers = [
        (b"content-type", b"application/json"),
        (b"content-length", str(len(body)).encode()),
        *extra,
    ]
    return [
        {"type": "http.response.start", "status": status, "headers": headers},
        {"type": "http.response.body", "body": body},
    ]


def _header(scope: Scope, name: bytes) -> str | None:
    for key, value in scope.get("headers", ()):
        if key == name:
            return str(value.decode("latin-1"))
    return None


def is_write(method: str, path: str) -> bool:
    """True for requests that may change state: every method but the reading ones."""
    return method not in READ_METHODS and not path.startswith("/match/")


def _refuse_cross_site(scope: Scope) -> list[Message] | None:
    """A page write must come from this site's own page (a CSRF guard: browsers send
    `Origin` and `Sec-Fetch-Site` on every cross-site POST)."""
    site = (_header(scope, b"sec-fetch-site") or "").strip().lower()
    origin = (_header(scope, b"origin") or "").strip().lower()
    host = (_header(scope, b"host") or "").strip().lower()
    own = not origin or origin.split("://", 1)[-1].rstrip("/") == host
    if site in ("cross-site", "same-site") or not own:
        return _error(
            403,
            f"{scope['method']} {scope['path']} is the page's own form: it is refused from "
            f"another site (Origin {origin or 'none'}, Sec-Fetch-Site {site or 'none'})",
        )
    return None


def _is_json(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip().lower()
    return media == "application/json" or (media.startswith("application/") and "+json" in media)


class Guard:
    def __init__(
        self, app: ASGIApp, *, keys: Sequence[str], keys_for_reads: bool, max_body: int
    ) -> None:
        self.app = app
        self.keys = [k.encode("utf-8") for k in keys]
        self.keys_for_reads = keys_for_reads
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        refusal = self._refuse_key(scope) or self._refuse_type(scope)
        if refusal is not None:
            await _send_all(send, refusal)
            return
        if scope["method"] not in BODY_METHODS:
            await self.app(scope, receive, send)
            return
        body = await self._read_body(receive)
        if body is None:
            await _send_all(send, self._too_large())
            return
        await self.app(scope, _replay(body, receive), send)

    def _refuse_key(self, scope: Scope) -> list[Message] | None:
        method, path = scope["method"], scope["path"]
        write = is_write(method, path)
        if write and path.startswith(PAGE_WRITES):
            return _refuse_cross_site(scope)
        if not write and (not self.keys_for_reads or path in OPEN_PATHS or method == "OPTIONS"):
            return None
        if write and not self.keys:
            return _error(
                403,
                f"{method} {path} changes state and needs an API key, but the server has none "
                "configured (set SANCTIONWATCH_API_KEYS)",
            )
        given = _presented_key(scope)
        if given is None:
            return _error(
                401,
                "An API key is needed: send `Authorization: Bearer <key>` or `X-API-Key: <key>`",
                [(b"www-authenticate", b'Bearer realm="sanctionwatch"')],
            )
        if not self._known(given.encode("utf-8")):
            return _error(403, "The API key is not valid for this server")
        return None

    def _known(self, given: bytes) -> bool:
        # Every key is compared, each in constant time: timing tells nothing of which is close.
        found = False
        for key in self.keys:
            found |= hmac.compare_digest(key, given)
        return found

    def _refuse_type(self, scope: Scope) -> list[Message] | None:
        if scope["method"] not in BODY_METHODS:
            return None
        length = _header(scope, b"content-length")
        chunked = "chunked" in (_header(scope, b"transfer-encoding") or "").lower()
        if not chunked and (length is None or length.strip() in ("", "0")):
            return None  # no body: nothing to misread
        content_type = _header(scope, b"content-type") or ""
        page_form = (
            scope["path"].startswith(PAGE_WRITES)
            and content_type.split(";", 1)[0].strip().lower() == "application/x-www-form-urlencoded"
        )
        if not _is_json(content_type) and not page_form:
            shown = content_type or "none"
            return _error(
                415,
                f"The request body must be JSON, sent with `Content-Type: application/json` "
                f"(got {shown})",
            )
        digits = (length or "").strip()
        if digits.isascii() and digits.isdigit() and int(digits) > self.max_body:
            return self._too_large()
        return None

    def _too_large(self) -> list[Message]:
        return _error(
            413,
            f"The request body is over the limit of {self.max_body:,} bytes "
            "(SANCTIONWATCH_API_MAX_BODY_BYTES); send fewer or shorter queries per request",
        )

    async def _read_body(self, receive: Receive) -> bytes | None:
        """The whole body, or None once it passes the limit (the rest is not read)."""
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)


def _presented_key(scope: Scope) -> str | None:
    auth = _header(scope, b"authorization")
    if auth and auth[:7].lower() == "bearer ":
        return auth[7:].strip()
    key = _header(scope, b"x-api-key")
    return key.strip() if key else None


def _replay(body: bytes, receive: Receive) -> Receive:
    """The body read up front, then the real channel (which reports a disconnect)."""
    sent = False

    async def replay() -> Message:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return await receive()

    return replay


async def _send_all(send: Send, messages: list[Message]) -> None:
    for message in messages:
        await send(message)


def secure_send(scope: Scope, send: Send) -> Send:
    """`send` with the security headers added to the response's start, where the
    response does not set them itself."""
    csp = (DOCS_CSP if scope["path"] in DOCS_PATHS else API_CSP).encode()

    async def send_with_headers(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers: list[Any] = list(message.get("headers", []))
            present = {k.lower() for k, _ in headers}
            for name, value in HEADERS.items():
                if name not in present:
                    headers.append((name, value))
            if b"content-security-policy" not in present:
                headers.append((b"content-security-policy", csp))
            message = {**message, "headers": headers}
        await send(message)

    return send_with_headers


class SecurityHeaders:
    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        await self.app(scope, receive, secure_send(scope, send))
