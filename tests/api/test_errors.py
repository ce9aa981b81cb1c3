"""One JSON error shape on every endpoint; malformed requests get a 4xx, never a 500."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

PERSON = {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}
OK_BODY = {"queries": {"q1": PERSON}}

CASES: list[dict[str, Any]] = [
    {"path": "/match/default", "content": "{not json", "status": 400, "detail": "Invalid JSON"},
    {"path": "/match/default", "content": "", "status": 400, "detail": "Missing request body"},
    {"path": "/match/default", "json": {"weights": {}}, "status": 400, "detail": "body.queries"},
    {"path": "/match/default", "json": {"queries": {}}, "status": 400, "detail": "No queries"},
    {"path": "/match/default", "json": {"queries": []}, "status": 400, "detail": "body.queries"},
    {
        "path": "/match/default",
        "json": {"queries": {"q1": {"schema": "Persn", "properties": {"name": ["x"]}}}},
        "status": 400,
        "detail": "queries.q1.schema: unknown schema 'Persn'",
    },
    {
        "path": "/match/default",
        "json": {"queries": {"q1": {"schema": "Sanction", "properties": {"program": ["x"]}}}},
        "status": 400,
        "detail": "Sanction entities cannot be matched",
    },
    {
        "path": "/match/default",
        "json": {
            "queries": {"q1": {"schema": "Person", "properties": {"nam": ["x"], "eyes": "b"}}}
        },
        "status": 400,
        "detail": "Person has no property 'nam', 'eyes'",
    },
    {
        "path": "/match/default",
        "json": {"queries": {"q1": {"schema": "Person", "properties": {"name": {"a": 1}}}}},
        "status": 400,
        "detail": "body.queries.q1.properties.name",
    },
    {
        "path": "/match/default",
        "json": {"queries": {"q1": {"schema": "Person", "properties": {"birthDate": ["no"]}}}},
        "status": 400,
        "detail": "no usable values",
    },
    {"path": "/match/default?threshold=high", "status": 400, "detail": "query.threshold"},
    {"path": "/match/default?threshold=1.5", "status": 400, "detail": "query.threshold"},
    {"path": "/match/default?limit=100000", "status": 400, "detail": "over the maximum of 500"},
    {"path": "/match/default?limit=-1", "status": 400, "detail": "query.limit"},
    {"path": "/match/default?algorithm=fuzzy", "status": 400, "detail": "Invalid algorithm: fuzzy"},
    {"path": "/match/default?exclude_schema=Persn", "status": 400, "detail": "Unknown schema"},
    {"path": "/match/default?changed_since=yesterday", "status": 400, "detail": "changed_since"},
    {
        "path": "/match/default",
        "json": {**OK_BODY, "config": {"speed": 1}},
        "status": 400,
        "detail": "Invalid configuration parameter: speed",
    },
    {
        "path": "/match/default",
        "json": {**OK_BODY, "weights": {"nope": 1}},
        "status": 400,
        "detail": "Invalid weight: nope",
    },
    {"path": "/match/nowhere", "status": 404, "detail": "No such dataset: 'nowhere'"},
    {"method": "GET", "path": "/match/default", "status": 405, "detail": "Method Not Allowed"},
    {"method": "GET", "path": "/search/nowhere?q=x", "status": 404, "detail": "No such dataset"},
    {"method": "GET", "path": "/search/default?limit=x", "status": 400, "detail": "query.limit"},
    {"method": "GET", "path": "/search/default?limit=501", "status": 400, "detail": "maximum"},
    {"method": "GET", "path": "/search/default?offset=-3", "status": 400, "detail": "query.offset"},
    {"method": "GET", "path": "/search/default?schema=Dog", "status": 400, "detail": "Unknown"},
    {"method": "GET", "path": "/search/default?facets=x", "status": 400, "detail": "Unknown facet"},
    {"method": "GET", "path": "/entities/nope", "status": 404, "detail": "No entity with id"},
    {
        "method": "GET",
        "path": "/entities/demo-kim?nested=perhaps",
        "status": 400,
        "detail": "nested",
    },
    {"method": "GET", "path": "/nowhere", "status": 404, "detail": "Not Found"},
]


@pytest.mark.parametrize(
    "case", CASES, ids=[f"{c.get('method', 'POST')} {c['path']}" for c in CASES]
)
def test_error_shape(client: httpx.Client, case: dict[str, Any]) -> None:
    kwargs: dict[str, Any] = {}
    if "content" in case:
        kwargs = {"content": case["content"], "headers": {"content-type": "application/json"}}
    elif case.get("method", "POST") == "POST":
        kwargs = {"json": case.get("json", OK_BODY)}
    response = client.request(case.get("method", "POST"), case["path"], **kwargs)
    body = response.json()
    assert response.status_code == case["status"], body
    assert set(body) == {"status", "detail", "errors"} and body["status"] == case["status"]
    assert case["detail"] in body["detail"]
    assert body["errors"] and all(e["loc"] and e["msg"] for e in body["errors"])  # never empty


def test_field_errors_are_listed(client: httpx.Client) -> None:
    response = client.post("/match/default?threshold=x&limit=y", json=OK_BODY)
    locs = {e["loc"] for e in response.json()["errors"]}
    assert locs == {"query.threshold", "query.limit"}


def test_a_valid_request_still_works(client: httpx.Client) -> None:
    body = client.post("/match/default", json=OK_BODY).json()
    assert body["responses"]["q1"]["results"][0]["id"] == "demo-kim"
