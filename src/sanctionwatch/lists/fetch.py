"""Downloading a list file from its official URL: streamed, size-capped, HTML refused."""

from __future__ import annotations

import os
import re
import tempfile
import urllib.error
import urllib.request
from email.message import Message
from pathlib import Path
from typing import Any
from urllib.parse import unquote, urlsplit

from sanctionwatch.lists.common import ListFormatError
from sanctionwatch.lists.sources import source_urls

USER_AGENT = "SanctionWatch list updater (+https://github.com/sanctionwatch)"
CHUNK = 1 << 16
DEFAULT_MAX_BYTES = 512 * 1024 * 1024  # the full EU XML is ~25 MB; leave ample room
_HTML = re.compile(rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S)
_SAFE_NAME = re.compile(r"[^A-Za-z0-9._ -]+")


def _fail(url: str, message: str) -> ListFormatError:
    return ListFormatError(url, None, f"download from {url} failed: {message}")


def file_name(url: str, headers: Message | None = None) -> str:
    """A safe local name: Content-Disposition's filename, else the URL's last segment."""
    name = headers.get_filename() if headers is not None else None
    if not name:
        name = unquote(urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1])
    name = _SAFE_NAME.sub("_", Path(name).name).strip(" .")
    return name or "download"


def download(
    url: str,
    dest_dir: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 60.0,
    name: str | None = None,
) -> Path:
    """Fetch `url` into `dest_dir` and return the file's path.

    The body goes to a temporary file beside the destination and is renamed into
    place only when complete, so a failed download never leaves a partial list.
    Raises ListFormatError (naming the URL) on an HTTP error, a network error, a
    body over `max_bytes`, or an HTML page where a list file was expected.
    """
    if urlsplit(url).scheme not in ("http", "https"):
        raise _fail(url, "only http and https URLs are fetched")
    dest_dir = Path(dest_dir)
    dest_dir.mkdir(parents=True, exist_ok=True)
    request = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            length = response.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise _fail(url, f"the server announces {length} bytes, over max_bytes={max_bytes}")
            target = dest_dir / (name or file_name(response.geturl(), response.headers))
            content_type = response.headers.get_content_type()
            tmp = _stream(url, response, dest_dir, max_bytes)
    except urllib.error.HTTPError as exc:
        raise _fail(url, f"HTTP {exc.code} {exc.reason}") from exc
    except (urllib.error.URLError, TimeoutError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise _fail(url, f"{type(exc).__name__}: {reason}") from exc
    try:
        _check_body(url, tmp, content_type)
    except ListFormatError:
        tmp.unlink(missing_ok=True)
        raise
    os.replace(tmp, target)
    return target


def download_source(
    source: dict[str, Any],
    dest_dir: str | Path,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = 60.0,
) -> Path:
    """Download every file of an `official_sources()` entry; return what `read_list` takes.

    A multi-file set (the OFAC CSV files) lands in its own folder, which is returned;
    a single file is returned itself.
    """
    urls = source_urls(source)
    folder = Path(dest_dir) / source["name"] if len(urls) > 1 else Path(dest_dir)
    paths = [download(url, folder, max_bytes=max_bytes, timeout=timeout) for url in urls]
    return folder if len(paths) > 1 else paths[0]


def _stream(url: str, response: object, dest_dir: Path, max_bytes: int) -> Path:
    """Copy the response body to a temporary file, stopping at the size cap."""
    fd, name = tempfile.mkstemp(prefix=".download-", dir=dest_dir)
    tmp = Path(name)
    size = 0
    try:
        with os.fdopen(fd, "wb") as out:
            while chunk := response.read(CHUNK):  # type: ignore[attr-defined]
                size += len(chunk)
                if size > max_bytes:
                    raise _fail(url, f"body exceeds max_bytes={max_bytes}")
                out.write(chunk)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return tmp


def _check_body(url: str, path: Path, content_type: str) -> None:
    with path.open("rb") as fh:
        start = fh.read(1024)
    if not start.strip():
        raise _fail(url, "the server sent an empty body")
    if content_type == "text/html" or _HTML.match(start.removeprefix(b"\xef\xbb\xbf")):
        raise _fail(url, "the server sent an HTML page, not a list file (error or login page?)")
