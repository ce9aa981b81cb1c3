"""/match's quick path (FastAPI's parameter solving skipped for the common request)
answers exactly as FastAPI's own path does, and hands everything else to it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from sqlalchemy import Engine

from sanctionwatch.api.matching import build_matcher
from sanctionwatch.api.quickroute import plain_params
from sanctionwatch.api.routers import match as match_router
from sanctionwatch.api.routers.match import QUICK_PARAMS, QuickMatchRoute
from tests.api.conftest import make_app, serve

PERSON = {"schema": "Person", "properties": {"name": ["Kim Yong Bok"], "country": ["kp"]}}
BODY = {"queries": {"q1": PERSON, "q2": {"schema": "Company", "properties": {"name": "ACME"}}}}
# (query string, body): the common requests first, then ones only FastAPI's path takes
CASES: list[tuple[str, Any]] = [
    ("", BODY),
    ("limit=1&threshold=0.95&cutoff=0.2&algorithm=best", BODY),
    ("threshold=1&cutoff=.5", BODY),
    ("limit=0", BODY),
    ("algorithm=nosuch", BODY),  # a 400 from the endpoint, on either path
    ("limit=999999", BODY),  # over the maximum: a 400 from the endpoint
    ("", {"queries": {"q": {"schema": "Sanction", "properties": {"reason": ["x"]}}}}),
    ("", {"queries": {}}),
    ("limit=-1", BODY),
    ("limit=007", BODY),
    ("threshold=1.5", BODY),
    ("threshold=abc", BODY),
    ("limit=2&limit=3", BODY),
    ("exclude_schema=Company&topics=sanction", BODY),
    ("include_dataset=demo&exclude_entity_ids=demo-kim", BODY),
    ("changed_since=yesterday", BODY),
    ("", {"queries": {"q": {"properties": {"name": ["Kim"]}}}}),  # no schema
    ("", {"queries": "Kim"}),
    ("", "not an object"),
    ("", None),  # no body at all
]


@pytest.fixture(scope="module")
def url(engine: Engine) -> Iterator[str]:
    with serve(make_app(engine, matcher_factory=build_matcher)) as base:
        yield base


def _post(http: httpx.Client, query: str, body: Any, path: str = "/match/default") -> Any:
    target = f"{path}?{query}" if query else path
    answer = http.post(target, json=body) if body is not None else http.post(target)
    return answer.status_code, answer.json()


def test_the_quick_path_answers_as_fastapi_does(url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    quick_calls = 0
    endpoint = match_router.match

    async def counted(*args: Any, **kwargs: Any) -> Any:
        nonlocal quick_calls
        quick_calls += 1  # FastAPI's path calls the endpoint it was given, not this name
        return await endpoint(*args, **kwargs)

    monkeypatch.setattr(match_router, "match", counted)
    with httpx.Client(base_url=url, timeout=30) as http:
        quick = [_post(http, q, b) for q, b in CASES]
        quick.append(_post(http, "", BODY, "/match/nosuch"))
        # the first eight and the unknown dataset: bodies that validate, plain parameters
        # (the endpoint's own errors included)
        assert quick_calls == 9
        monkeypatch.setattr(QuickMatchRoute, "quick", False)
        standard = [_post(http, q, b) for q, b in CASES]
        standard.append(_post(http, "", BODY, "/match/nosuch"))
    assert quick_calls == 9
    for case, fast, slow in zip([*CASES, ("(dataset)", BODY)], quick, standard, strict=True):
        assert fast == slow, case
    assert quick[0][0] == 200 and quick[0][1]["responses"]["q1"]["results"]
    assert [status for status, _ in quick[4:8]] == [400, 400, 400, 400]
    assert quick[-2][0] == 400 and quick[-3][0] == 400  # a body that does not validate
    assert quick[-1][0] == 404


def test_quick_params_take_only_plain_single_values() -> None:
    assert plain_params(b"", QUICK_PARAMS) == {}
    assert plain_params(b"limit=3&threshold=0.8&cutoff=0&algorithm=best", QUICK_PARAMS) == {
        "limit": 3,
        "threshold": 0.8,
        "cutoff": 0.0,
        "algorithm": "best",
    }
    for odd in (b"limit=", b"limit=1e2", b"limit=+3", b"cutoff=1.01", b"topics=x", b"a=b"):
        assert plain_params(odd, QUICK_PARAMS) is None, odd
