"""Property-based: any request gets an answer under 500, in the one error shape.

Hypothesis writes /match bodies (JSON of any shape, and queries of any schema,
property and value), query strings of any text for every read endpoint, and any
entity id; the live server must answer each with a 2xx or a 4xx whose body is
`{"status", "detail", "errors"}`, and keep answering.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

import httpx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
TEXT = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
NUMBERISH = st.one_of(
    TEXT, st.integers().map(str), st.floats().map(str), st.just("9" * 30), st.just("-1")
)
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | TEXT,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(TEXT, inner, max_size=4),
    max_leaves=12,
)
SCHEMAS = st.sampled_from(["Person", "Company", "Vessel", "Sanction", "Thing", "LegalEntity"])
PROPS = st.sampled_from(["name", "alias", "birthDate", "country", "imoNumber", "idNumber", "nam"])
QUERY = st.fixed_dictionaries(
    {"schema": SCHEMAS | TEXT, "properties": st.dictionaries(PROPS | TEXT, JSON, max_size=4)}
)


def _answered(response: httpx.Response) -> None:
    assert response.status_code < 500, (response.status_code, response.text[:300])
    if response.status_code >= 400 and response.headers["content-type"].startswith(
        "application/json"
    ):
        body = response.json()
        assert body["status"] == response.status_code and body["detail"]
        assert isinstance(body["errors"], list)


@given(JSON)
@SETTINGS
def test_match_bodies_of_any_shape(client: httpx.Client, body: Any) -> None:
    _answered(client.post("/match/default", json=body))


@given(
    st.dictionaries(TEXT, QUERY, min_size=1, max_size=3),
    st.dictionaries(st.sampled_from(["limit", "threshold", "cutoff", "algorithm"]), NUMBERISH),
    st.sampled_from(["default", "demo", "zala", "nope"]),
)
@SETTINGS
def test_match_queries_of_any_content(
    client: httpx.Client, queries: dict[str, Any], params: dict[str, str], dataset: str
) -> None:
    _answered(client.post(f"/match/{dataset}", json={"queries": queries}, params=params))


READ_PARAMS = st.sampled_from(
    ["q", "limit", "offset", "schema", "countries", "facets", "fuzzy", "changed_since", "topics"]
)


@given(st.dictionaries(READ_PARAMS, NUMBERISH, max_size=5))
@SETTINGS
def test_search_with_any_parameters(client: httpx.Client, params: dict[str, str]) -> None:
    _answered(client.get("/search/default", params=params))


@given(TEXT.filter(lambda t: t not in ("", ".", "..")), st.sampled_from(["true", "false", "x"]))
@SETTINGS
def test_entities_by_any_id(client: httpx.Client, entity_id: str, nested: str) -> None:
    _answered(client.get(f"/entities/{quote(entity_id, safe='')}", params={"nested": nested}))


@given(
    st.dictionaries(st.sampled_from(["party", "limit"]), NUMBERISH, max_size=2),
    st.dictionaries(
        st.sampled_from(["page", "per_page", "since", "until", "kind", "country", "q", "status"]),
        NUMBERISH,
        max_size=4,
    ),
)
@SETTINGS
def test_watch_and_page_parameters(
    client: httpx.Client, watch: dict[str, str], page: dict[str, str]
) -> None:
    _answered(client.get("/watch/changes", params=watch))
    _answered(client.get("/web/events", params=page))


@given(st.binary(max_size=200), st.sampled_from(["application/json", "text/plain", ""]))
@SETTINGS
def test_raw_bytes_posted(client: httpx.Client, data: bytes, content_type: str) -> None:
    headers = {"Content-Type": content_type} if content_type else {}
    _answered(client.post("/match/default", content=data, headers=headers))
