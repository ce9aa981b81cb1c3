"""/search's and /entities' quick paths (FastAPI's parameter solving skipped for the
common request) answer exactly as FastAPI's own path does, and hand the rest to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from sanctionwatch.api.quickroute import plain_bool, plain_int, plain_params, plain_text
from sanctionwatch.api.routers import entities as entities_router
from sanctionwatch.api.routers import search as search_router
from tests.api.conftest import make_app, serve

# (path and query string, whether the quick path answers it)
SEARCHES = [
    ("/search/default?q=kim", True),
    ("/search/default?q=kim%20yong&limit=3", True),
    ("/search/default?q=kim&schema=Person&offset=1&limit=1", True),
    ("/search/default?q=bok&fuzzy=true&simple=1", True),
    ("/search/default?q=kim&fuzzy=0&simple=false", True),
    ("/search/default", True),
    ("/search/demo?q=kim", True),
    ("/search/nosuch?q=kim", True),  # a 404 from the endpoint, on either path
    ("/search/default?q=kim&limit=999999", True),  # over the maximum: a 400 from it
    ("/search/default?q=kim&schema=Nosuch", True),  # an unknown schema: a 400 from it
    ("/search/default?q=kim&offset=10001", False),
    ("/search/default?q=kim&limit=-1", False),
    ("/search/default?q=kim&limit=007", False),
    ("/search/default?q=kim&fuzzy=yes", False),
    ("/search/default?q=kim&fuzzy=maybe", False),
    ("/search/default?q=kim&countries=kp", False),
    ("/search/default?q=kim&facets=topics", False),
    ("/search/default?q=kim&facets=nosuch", False),
    ("/search/default?q=kim&limit=2&limit=3", False),
    ("/search/default?q=", False),
    ("/search/default?q=kim&other=1", False),
    ("/search/default?q=kim&changed_since=yesterday", False),
]
FETCHES = [
    ("/entities/demo-kim", True),
    ("/entities/demo-kim?nested=false", True),
    ("/entities/demo-kim?nested=1", True),
    ("/entities/demo-sanction", True),
    ("/entities/nosuch", True),  # a 404 from the endpoint
    ("/entities/demo-kim?nested=no", False),
    ("/entities/demo-kim?nested=maybe", False),
    ("/entities/demo-kim?nested=true&nested=false", False),
    ("/entities/demo-kim?other=1", False),
]


@pytest.fixture(scope="module")
def url(engine: Engine) -> Iterator[str]:
    with serve(make_app(engine)) as base:
        yield base


def _answers(url: str, targets: list[str]) -> list[tuple[int, Any]]:
    with httpx.Client(base_url=url, timeout=30) as http:
        answers = [http.get(target) for target in targets]
    return [(answer.status_code, answer.json()) for answer in answers]


@pytest.mark.parametrize(
    ("module", "endpoint", "cases"),
    [
        (search_router, "search_entities", SEARCHES),
        (entities_router, "fetch_entity", FETCHES),
    ],
)
def test_the_quick_path_answers_as_fastapi_does(
    url: str, monkeypatch: pytest.MonkeyPatch, module: Any, endpoint: str, cases: Any
) -> None:
    quick: list[str] = []
    original = getattr(module, endpoint)

    async def counted(request: Any, *args: Any, **kwargs: Any) -> Any:
        # FastAPI's path calls the endpoint it was given, not this name
        quick.append(f"{request.url.path}?{request.url.query}".removesuffix("?"))
        return await original(request, *args, **kwargs)

    monkeypatch.setattr(module, endpoint, counted)
    targets = [target for target, _ in cases]
    fast = _answers(url, targets)
    assert quick == [target for target, taken in cases if taken]
    route_class = module.router.route_class
    monkeypatch.setattr(route_class, "quick", False)
    slow = _answers(url, targets)
    assert len(quick) == sum(taken for _, taken in cases)  # none more
    for target, one, other in zip(targets, fast, slow, strict=True):
        assert one == other, target
    statuses = dict(zip(targets, (status for status, _ in fast), strict=True))
    assert statuses[targets[0]] == 200 and fast[0][1]
    assert [statuses[t] for t, _ in cases if t.split("?")[0].endswith("nosuch")] == [404]


def test_the_quick_search_finds_what_the_standard_one_does(url: str) -> None:
    status, body = _answers(url, ["/search/default?q=kim&schema=Person"])[0]
    assert status == 200
    assert "demo-kim" in [result["id"] for result in body["results"]]


def test_plain_params_take_only_known_single_plain_values() -> None:
    readers = {"q": plain_text, "limit": plain_int, "fuzzy": plain_bool}
    assert plain_params(b"", readers) == {}
    assert plain_params(b"q=kim+yong&limit=0&fuzzy=true", readers) == {
        "q": "kim yong",
        "limit": 0,
        "fuzzy": True,
    }
    assert plain_params(b"fuzzy=0", readers) == {"fuzzy": False}
    for odd in (b"q=", b"q=a&q=b", b"limit=+1", b"limit=1.0", b"fuzzy=on", b"x=1", b"limit"):
        assert plain_params(odd, readers) is None, odd
