"""A /search whose rarest word few entities hold is answered on the event loop, the rest
in a worker thread; both answer the same bytes, for one word and several, fuzzy or not."""

from __future__ import annotations

from collections import Counter
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from sanctionwatch.api.routers import search as search_router
from sanctionwatch.api.workers import Workers
from sanctionwatch.names import name_tokens
from tests.api.conftest import make_app, serve

PATHS = [
    "/search/default?q=kim",
    "/search/default?q=kim%20yong%20bok&limit=3",
    "/search/default?q=kim%20trading&fuzzy=true",
    "/search/default?q=limited",
    "/search/default?q=zzqx",  # no entity holds it
    "/search/default?q=",  # no words: every entity
    "/search/default?q=kim&countries=kp",  # FastAPI's path
    "/search/zala?q=kim&schema=Person",
]


def _answers(app: Any) -> list[tuple[int, bytes, dict[str, str]]]:
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        out = []
        for path in PATHS:
            answer = http.get(path)
            headers = {k: v for k, v in answer.headers.items() if k != "date"}
            out.append((answer.status_code, answer.content, headers))
        return out


def test_small_searches_skip_the_worker_threads_and_answer_the_same(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    threaded: Counter[str] = Counter()
    run = Workers.run

    async def counting(self: Workers, work: Any) -> Any:
        threaded["runs"] += 1
        return await run(self, work)

    monkeypatch.setattr(Workers, "run", counting)
    inline = _answers(make_app(engine))
    inline_runs = threaded["runs"]
    monkeypatch.setattr(search_router, "INLINE_HITS", -1)  # every search in a thread
    threaded.clear()
    assert _answers(make_app(engine)) == inline
    assert threaded["runs"] == len(PATHS)
    assert all(status == 200 for status, _, _ in inline)
    assert 0 < inline_runs < len(PATHS)  # some searches took a thread, some did not


def test_most_hits_bounds_the_hits(engine: Engine) -> None:
    from sanctionwatch.api.state import IndexHolder
    from tests.api.conftest import TokenMatcher

    holder = IndexHolder(engine, TokenMatcher)
    holder.refresh()
    text = holder.current().text
    words = sorted({w for name in list(text.postings)[:200] for w in name_tokens(name)})
    checked = 0
    for left, right in zip(words, words[5:], strict=False):
        for query in (left, f"{left} {right}"):
            for fuzzy in (False, True):
                most = text.most_hits(query, any_token=fuzzy)
                ranks = text.search(query, any_token=fuzzy)
                assert most is not None and ranks is not None
                assert len(ranks) <= most
                checked += 1
    assert checked > 100
    assert text.most_hits("") is None and text.search("") is None
