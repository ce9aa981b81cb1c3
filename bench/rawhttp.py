"""A light HTTP/1.1 load client for the API benches: keep-alive connections on asyncio
streams, each request encoded to bytes once before the run.

httpx spent about 10 ms of CPU per request in the bench's client process, more than the
server spent answering it; on a 2-core machine the clients then took a core from the
server, and the bench measured its own client. This client parses only the status line
and the body's length (Content-Length or chunked), so the CPU of a run is the server's.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any
from urllib.parse import urlencode

HEAD_END = b"\r\n\r\n"
MAX_HEAD = 64 * 1024  # a response head larger than this is an error, not a hang


def encode(host: str, port: int, method: str, path: str, kwargs: dict[str, Any]) -> bytes:
    """One request as bytes: `kwargs` as for httpx (`json`, `params`, `headers`)."""
    if kwargs.get("params"):
        path = f"{path}?{urlencode(kwargs['params'], doseq=True)}"
    lines = [f"{method} {path} HTTP/1.1", f"Host: {host}:{port}", "Connection: keep-alive"]
    lines += [f"{k}: {v}" for k, v in (kwargs.get("headers") or {}).items()]
    body = b""
    if "json" in kwargs:
        body = json.dumps(kwargs["json"], ensure_ascii=False).encode("utf-8")
        lines.append("Content-Type: application/json")
    if body or method in ("POST", "PUT", "PATCH"):
        lines.append(f"Content-Length: {len(body)}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


def encode_mix(
    base: str, mix: list[tuple[str, str, dict[str, Any]]]
) -> tuple[str, int, list[tuple[str, bytes]]]:
    """The host, the port and each (kind, path, kwargs) of a bench's request mix encoded:
    a "match" is a POST, anything else a GET."""
    host, port = base.removeprefix("http://").rsplit(":", 1)
    encoded = [
        (kind, encode(host, int(port), "POST" if kind == "match" else "GET", path, kwargs))
        for kind, path, kwargs in mix
    ]
    return host, int(port), encoded


class Connection:
    """One keep-alive connection; `send` writes a request and reads its whole answer."""

    def __init__(self, host: str, port: int, timeout: float = 30.0) -> None:
        self.host, self.port, self.timeout = host, port, timeout
        self._reader: asyncio.StreamReader | None = None
        self._writer: asyncio.StreamWriter | None = None

    async def send(self, request: bytes) -> int:
        """The answer's status code; raises OSError, asyncio.IncompleteReadError,
        TimeoutError or ValueError (a malformed answer), after closing the connection."""
        try:
            async with asyncio.timeout(self.timeout):
                return await self._exchange(request)
        except BaseException:
            self.close()
            raise

    async def _exchange(self, request: bytes) -> int:
        if self._writer is None:
            self._reader, self._writer = await asyncio.open_connection(self.host, self.port)
        reader, writer = self._reader, self._writer
        assert reader is not None
        writer.write(request)
        head = await reader.readuntil(HEAD_END)
        if len(head) > MAX_HEAD:
            raise ValueError("response head too large")
        status = int(head[9:12])
        lowered = head.lower()
        at = lowered.find(b"\r\ncontent-length:")
        if at >= 0:
            end = lowered.index(b"\r\n", at + 2)
            await reader.readexactly(int(lowered[at + 17 : end]))
        elif b"\r\ntransfer-encoding: chunked" in lowered:
            while True:
                size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
                await reader.readexactly(size + 2)
                if size == 0:
                    break
        if b"\r\nconnection: close" in lowered:
            self.close()
        return status

    def close(self) -> None:
        if self._writer is not None:
            self._writer.close()
        self._reader = self._writer = None
