"""Property-based: whatever an article file holds, reading yields articles or named errors.

Seeds are real articles of the shared corpus; hypothesis damages their bytes, wraps
them in gzip, mixes encodings, and writes JSON lines of any value and sidecars of any
content. `read_articles` must yield only `Article`s and `InputError`s (never raise),
and the extractor must take every article it yields.
"""

from __future__ import annotations

import gzip
import json
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sanctionwatch.documents.readers import read_articles
from sanctionwatch.exc import InputError
from sanctionwatch.extract import extract
from sanctionwatch.model import Article
from tests.conftest import CORPUS, EXAMPLES

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
SUFFIXES = [".txt", ".html", ".jsonl", ".txt.gz", ".html.gz", ".jsonl.gz"]
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=10,
)


@cache
def seeds() -> list[bytes]:
    files = (
        sorted((CORPUS / "dev").glob("*.txt"))[:3] + sorted((EXAMPLES / "news").glob("*.txt"))[:2]
    )
    return [f.read_bytes()[:3000] for f in files]


def read(name: str, data: bytes, sidecar: bytes | None = None) -> list[Article | InputError]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(gzip.compress(data) if name.endswith(".gz") else data)
        if sidecar is not None:
            (Path(tmp) / (name.split(".")[0] + ".meta.json")).write_bytes(sidecar)
        items = list(read_articles([tmp], max_bytes=20_000))
    for item in items:
        assert isinstance(item, Article | InputError), item
        if isinstance(item, Article):
            extract(item)  # the extractor takes whatever the readers let through
    return items


@st.composite
def damaged(draw: st.DrawFn) -> bytes:
    data = bytearray(draw(st.sampled_from(seeds())))
    for _ in range(draw(st.integers(0, 4))):
        at = draw(st.integers(0, len(data)))
        action = draw(st.sampled_from(["cut", "flip", "insert", "recode"]))
        if action == "cut":
            del data[at:]
        elif action == "flip" and at < len(data):
            data[at] = draw(st.integers(0, 255))
        elif action == "insert":
            data[at:at] = draw(st.binary(max_size=12))
        elif action == "recode":  # a stretch in another encoding: mixed files
            piece = draw(st.text(max_size=20)).encode(
                draw(st.sampled_from(["cp1252", "latin-1", "utf-16"])), errors="replace"
            )
            data[at:at] = piece
    return bytes(data)


@given(damaged(), st.sampled_from(SUFFIXES), st.none() | st.binary(max_size=60))
@SETTINGS
def test_damaged_article_files(data: bytes, suffix: str, sidecar: bytes | None) -> None:
    read("article" + suffix, data, sidecar)


@given(st.lists(JSON, min_size=1, max_size=5), st.booleans())
@SETTINGS
def test_jsonl_lines_of_any_value(values: list[object], gz: bool) -> None:
    lines = [json.dumps(v) for v in values]
    items = read("batch.jsonl" + (".gz" if gz else ""), "\n".join(lines).encode())
    assert len(items) <= len(values)


@given(
    st.dictionaries(
        st.sampled_from(["id", "text", "title", "url", "published", "source", "html"]),
        JSON,
        max_size=6,
    )
)
@SETTINGS
def test_jsonl_articles_with_any_fields(record: dict[str, object]) -> None:
    record.setdefault("text", "The EU sanctioned Acme Trading LLC on 3 March 2024.")
    [item] = read("one.jsonl", json.dumps(record).encode())
    if isinstance(item, Article):
        assert item.text
