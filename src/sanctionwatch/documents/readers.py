"""Read news articles from files, directories and stdin.

`read_articles` yields an `Article` for each article it can read and an
`InputError` for each item it cannot, so a batch goes on past a bad file and
the caller decides how to report it. JSON lines are streamed, so memory stays
flat however long the input is.
"""

from __future__ import annotations

import gzip
import io
import json
import logging
import re
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any, cast
from urllib.parse import urlparse

from sanctionwatch import settings
from sanctionwatch.documents.encoding import decode
from sanctionwatch.documents.html import html_to_article_text, looks_like_html
from sanctionwatch.exc import InputError
from sanctionwatch.model import Article

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES
# Files that sit beside articles but are not articles.
NOT_ARTICLES = (".gold.json", ".meta.json")

ReadItem = Article | InputError


def read_articles(
    paths: Iterable[str | Path],
    *,
    stdin: IO[bytes] | None = None,
    max_bytes: int | None = None,
) -> Iterator[ReadItem]:
    """Yield every article under `paths` (files, directories read recursively, or `-`).

    >>> [a.id for a in read_articles(["examples/news"]) if isinstance(a, Article)][:1]
    ['eu-15th-package']
    """
    limit = max_bytes if max_bytes is not None else settings.get_int("MAX_ARTICLE_BYTES")
    for raw in paths:
        if str(raw) == "-":
            yield from _read_stdin(stdin or sys.stdin.buffer, limit)
            continue
        path = Path(raw)
        if path.is_dir():
            for file in sorted(p for p in path.rglob("*") if p.is_file() and is_article_file(p)):
                yield from read_file(file, limit)
        elif path.is_file():
            if not is_article_file(path):
                yield InputError(
                    str(path),
                    "not an article file: expected .txt, .html, .htm or .jsonl, optionally .gz",
                )
                continue
            yield from read_file(path, limit)
        else:
            yield InputError(str(path), "no such file or directory")


def is_article_file(path: Path) -> bool:
    name = path.name.lower()
    if name.endswith(NOT_ARTICLES) or name.startswith("."):
        return False
    return _format_suffix(path) in ARTICLE_SUFFIXES


def stem_of(path: Path) -> str:
    """The file name without its format suffixes: `dev-01.txt.gz` -> `dev-01`."""
    name = path.name
    if name.lower().endswith(".gz"):
        name = name[:-3]
    return Path(name).stem


def read_file(path: Path, limit: int) -> Iterator[ReadItem]:
    suffix = _format_suffix(path)
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_jsonl(path, limit)
            return
        data = _read_limited(path, limit)
        text = decode(data, str(path))
        if is_url_list(text):
            # e.g. a corpus's URLS.txt beside its articles: nothing to extract, nothing failed
            log.warning("%s: skipped, a list of URLs rather than an article text", path)
            return
        meta = _read_sidecar(path)
        is_html = suffix in HTML_SUFFIXES or looks_like_html(text)
        yield _article(str(path), stem_of(path), text, meta, is_html, path=str(path))
    except InputError as err:
        yield err
    except (OSError, EOFError, gzip.BadGzipFile) as err:
        yield InputError(str(path), f"could not be read: {err}")


def is_url_list(text: str) -> bool:
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return bool(lines) and all(_URL_LINE.match(line) for line in lines)


_URL_LINE = re.compile(r"^(https?://|www\.)\S+$", re.I)


def _format_suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes = suffixes[:-1]
    return suffixes[-1] if suffixes else ""


def _open(path: Path) -> IO[bytes]:
    if path.name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.open(path, "rb"))
    return path.open("rb")


def _read_limited(path: Path, limit: int) -> bytes:
    with _open(path) as fh:
        data = fh.read(limit + 1)
    if len(data) > limit:
        raise InputError(
            str(path),
            f"larger than {limit:,} bytes, the limit for one article "
            f"(set {settings.SETTINGS['MAX_ARTICLE_BYTES'].env} to raise it)",
        )
    return data


def _read_sidecar(path: Path) -> dict[str, Any]:
    sidecar = path.with_name(stem_of(path) + ".meta.json")
    if not sidecar.is_file():
        return {}
    try:
        meta = json.loads(sidecar.read_text(encoding="utf-8-sig"))  # a BOM is not an error
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        log.warning("%s: sidecar ignored, not valid JSON: %s", sidecar, err)
        return {}
    if not isinstance(meta, dict):
        log.warning("%s: sidecar ignored, expected a JSON object", sidecar)
        return {}
    return meta


def _read_stdin(stream: IO[bytes], limit: int) -> Iterator[ReadItem]:
    data = stream.read(limit + 1)
    if len(data) > limit:
        yield InputError("<stdin>", f"larger than {limit:,} bytes, the limit for one article")
        return
    try:
        text = decode(data, "<stdin>")
    except InputError as err:
        yield err
        return
    if text.lstrip().startswith("{"):
        yield from _jsonl_lines(io.BytesIO(data), "<stdin>", "stdin", limit)
        return
    try:
        yield _article("<stdin>", "stdin", text, {}, looks_like_html(text), path="-")
    except InputError as err:
        yield err


def _read_jsonl(path: Path, limit: int) -> Iterator[ReadItem]:
    with _open(path) as fh:
        yield from _jsonl_lines(fh, str(path), stem_of(path), limit)


def _jsonl_lines(fh: IO[bytes], where: str, stem: str, limit: int) -> Iterator[ReadItem]:
    seen_any = False
    for lineno, line in enumerate(_limited_lines(fh, limit), start=1):
        here = f"{where}:{lineno}"
        if line is None:
            yield InputError(here, f"line longer than {limit:,} bytes, skipped")
            continue
        if not line.strip():
            continue
        seen_any = True
        try:
            yield _jsonl_article(here, stem, lineno, line)
        except InputError as err:
            yield err
    if not seen_any:
        yield InputError(where, "empty file: no JSON lines")


def _limited_lines(fh: IO[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines of a binary stream; None for a line over `limit` (skipped, not held in memory)."""
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while True:  # drain the rest of the long line
                rest = fh.readline(1 << 20)
                if not rest or rest.endswith(b"\n"):
                    break
            yield None
            continue
        yield line


def _jsonl_article(where: str, stem: str, lineno: int, line: bytes) -> Article:
    try:
        record = json.loads(decode(line, where))
    except json.JSONDecodeError as err:
        raise InputError(where, f"malformed JSON: {err.msg} at column {err.colno}") from None
    if not isinstance(record, dict):
        raise InputError(where, "expected a JSON object with a 'text' field")
    text = record.get("text")
    html = record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise InputError(where, "no 'text' (or 'html') string field")
    ident = record.get("id")
    stem_id = safe_stem(str(ident)) if ident not in (None, "") else f"{stem}-{lineno}"
    body = text if isinstance(text, str) else str(html)
    return _article(where, stem_id, body, record, not isinstance(text, str), path=where)


_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def safe_stem(value: str) -> str:
    """A file-name-safe form of an article id, for `<stem>.json` reports."""
    return _UNSAFE.sub("_", value).strip("._")[:150] or "article"


def _article(
    where: str, stem: str, text: str, meta: dict[str, Any], is_html: bool, path: str
) -> Article:
    title = _str(meta.get("title"))
    published = parse_published(meta.get("published"), where)
    if is_html:
        text, html_title, html_date = html_to_article_text(text, where)
        title = title or html_title
        published = published or html_date
    if not text.strip():
        raise InputError(where, "empty: no text")
    url = _str(meta.get("url"))
    source = _str(meta.get("source")) or (urlparse(url).hostname if url else None)
    return Article(
        id=stem,
        text=text,
        title=title,
        published=published,
        url=url,
        source=source,
        path=path,
    )


def _str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def parse_published(value: object, where: str) -> date | None:
    """An ISO date or date-time string as a date; a bad value is logged and dropped."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if len(text) == 10:
            return date.fromisoformat(text)
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date()
    except ValueError:
        log.warning("%s: publication date %r is not an ISO date; ignored", where, text)
        return None
