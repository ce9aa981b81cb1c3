"""Search, entities, match options and docs, over the demo lists."""

from __future__ import annotations

import httpx


def test_search_is_insensitive_to_case_order_and_script(client: httpx.Client) -> None:
    for q in ("OSETROVA maria", "Осетрова", "osetrova, maria"):
        ids = [r["id"] for r in client.get("/search/zala", params={"q": q}).json()["results"]]
        assert ids[0] == "NK-2Tbri3s6GgNtAwsSXh4qpL", q


def test_search_filters_pages_and_facets(client: httpx.Client) -> None:
    everything = client.get("/search/default", params={"limit": 2}).json()
    assert len(everything["results"]) == 2 and everything["total"]["value"] > 20
    assert {v["name"] for v in everything["facets"]["datasets"]["values"]} == {"demo", "zala"}
    things = everything["total"]["value"]
    page = client.get("/search/default", params={"limit": 2, "offset": things - 1}).json()
    assert len(page["results"]) == 1
    vessels = client.get("/search/demo", params={"schema": "Vessel"}).json()
    assert [r["id"] for r in vessels["results"]] == ["demo-vessel"]
    kp = client.get("/search/default", params={"countries": "kp", "facets": "schema"}).json()
    assert [r["id"] for r in kp["results"]] == ["demo-kim"]
    assert kp["facets"] == {
        "schema": {"label": "Types", "values": [{"name": "Person", "label": "Person", "count": 1}]}
    }
    sanctioned = client.get("/search/demo", params={"topics": "sanction"}).json()
    assert [r["id"] for r in sanctioned["results"]] == ["demo-acme"]


def test_search_every_word_unless_fuzzy(client: httpx.Client) -> None:
    strict = client.get("/search/demo", params={"q": "kim star"}).json()
    fuzzy = client.get("/search/demo", params={"q": "kim star", "fuzzy": "true"}).json()
    assert strict["results"] == []
    assert {r["id"] for r in fuzzy["results"]} == {"demo-kim", "demo-vessel"}


def test_identifiers_are_searchable(client: httpx.Client) -> None:
    found = client.get("/search/default", params={"q": "IMO9133333"}).json()
    assert [r["id"] for r in found["results"]] == ["demo-vessel"]


def test_entity_nesting(client: httpx.Client) -> None:
    kim = client.get("/entities/demo-kim").json()
    [sanction] = kim["properties"]["sanctions"]
    assert sanction["id"] == "demo-sanction" and sanction["properties"]["entity"] == ["demo-kim"]
    assert kim["target"] is True and kim["datasets"] == ["demo"]
    outgoing = client.get("/entities/demo-sanction").json()
    assert outgoing["properties"]["entity"][0]["caption"] == "Kim Yong Bok"


def test_match_threshold_cutoff_and_limit(client: httpx.Client) -> None:
    body = {"queries": {"a": {"schema": "Person", "properties": {"name": "Kim Yong"}}}}
    default = client.post("/match/demo", json=body).json()  # scores 2/3: over 0.5, under 0.7
    [hit] = default["responses"]["a"]["results"]
    assert hit["id"] == "demo-kim" and hit["match"] is False
    assert hit["features"] == {"name_tokens": hit["score"]}
    loose = client.post("/match/demo", params={"threshold": 0.6}, json=body).json()
    assert loose["responses"]["a"]["results"][0]["match"] is True
    strict = client.post("/match/demo", params={"cutoff": 0.7}, json=body).json()
    assert strict["responses"]["a"]["results"] == []
    limited = client.post("/match/default", params={"limit": 0}, json=body).json()
    assert limited["responses"]["a"]["results"] == [] and limited["limit"] == 0
    assert limited["responses"]["a"]["total"]["value"] == 1


def test_match_cleans_the_query_and_batches(client: httpx.Client) -> None:
    queries = {
        "p": {
            "schema": "Person",
            "properties": {"name": ["Kim Yong Bok"], "country": ["North Korea"]},
        },
        "c": {"schema": "Company", "properties": {"name": "Acme Trading LLC"}},
    }
    body = client.post("/match/default", json={"queries": queries}).json()
    assert body["responses"]["p"]["query"]["properties"]["country"] == ["kp"]
    assert body["responses"]["c"]["results"][0]["id"] == "demo-acme"
    excluded = client.post(
        "/match/default", params={"exclude_schema": "Company"}, json={"queries": queries}
    ).json()
    assert excluded["responses"]["c"]["results"] == []


def test_openapi_docs(client: httpx.Client) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/match/{dataset}", "/search/{dataset}", "/entities/{entity_id}"} <= set(spec["paths"])
    assert client.get("/docs").status_code == 200
