"""The real screening matcher behind /match, through the official yente client; watch endpoints."""

from __future__ import annotations

from collections.abc import Iterator

import httpx
import pytest
from sqlalchemy import Engine
from yente_client import Client
from yente_client.entities import Company, Person, Vessel

from sanctionwatch.api.matching import Feature, ScreeningMatcher, accept_all, build_matcher
from sanctionwatch.screening import ALGORITHM
from sanctionwatch.store.watch import Hit, add_party, record_hits
from tests.api.conftest import ZALA, demo_store, make_app, read_ftm, serve

OSETROVA = "NK-2Tbri3s6GgNtAwsSXh4qpL"


@pytest.fixture(scope="module")
def store(module_store_url: str) -> Engine:
    engine = demo_store(module_store_url)
    party = add_party(engine, "Kim Yong Bok", country="KP")
    record_hits(engine, party.pk, [Hit("demo-kim", "Kim Yong Bok", "demo", 1.0)])
    return engine


@pytest.fixture(scope="module")
def url(store: Engine) -> Iterator[str]:
    with serve(make_app(store, matcher_factory=build_matcher)) as base:
        yield base


@pytest.fixture(scope="module")
def yente(url: str) -> Iterator[Client]:
    with Client(base_url=url) as client:
        yield client


def test_algorithms_describe_the_real_scorer(yente: Client) -> None:
    algorithms = yente.algorithms()
    assert algorithms.best == ALGORITHM
    assert "name_match" in (algorithms.algorithms[0].docs or {})["features"]


@pytest.mark.parametrize(
    ("entity", "expected"),
    [
        (Person(name="Осетрова Мария Александровна"), OSETROVA),  # Cyrillic query
        (Person(name="Gim Yong-bok"), "demo-kim"),  # Korean romanisation variant
        (Company(name="ACME TRADING, OOO"), "demo-acme"),  # another legal form
        (Vessel(name="M/V OCEAN STAR"), "demo-vessel"),  # vessel prefix
    ],
)
def test_match_finds_the_party(yente: Client, entity: object, expected: str) -> None:
    result = yente.match(entity)  # type: ignore[arg-type]
    assert result.top is not None and result.top.id == expected
    assert result.top.match and result.top.explanations


def test_a_contradicting_birth_date_is_not_a_match(yente: Client) -> None:
    result = yente.match(Person(name="Kim Yong Bok", birthDate="1990-05-05"))
    assert result.top is None or not result.top.match


def test_watch_endpoints(url: str) -> None:
    parties = httpx.get(url + "/watch/parties").json()["parties"]
    assert parties[0]["name"] == "Kim Yong Bok" and parties[0]["hits"][0]["entity_id"] == "demo-kim"
    changes = httpx.get(url + "/watch/changes").json()["changes"]
    assert [(c["change"], c["entity_id"]) for c in changes] == [("new", "demo-kim")]
    bad = httpx.get(url + "/watch/changes", params={"limit": 0})
    assert bad.status_code == 400 and "between 1 and 1000" in bad.json()["detail"]


def test_screened_hits_read_as_scored_with_every_feature() -> None:
    # the screening matcher makes a hit's features when they are read (`_Screened`)
    entities = read_ftm(ZALA)
    matcher = build_matcher(entities)
    assert isinstance(matcher, ScreeningMatcher)
    checked = 0
    for entity in entities[:40]:
        names = entity["properties"].get("name")
        if entity["schema"] not in ("Person", "Company", "Organization") or not names:
            continue
        query = {"schema": entity["schema"], "properties": {"name": names[:1]}}
        hits = matcher.index.match(query, limit=25, weights={}, accept=None)
        scored = matcher.match(
            query, algorithm=ALGORITHM, candidates=25, accept=accept_all, weights={}, config={}
        )
        assert [(s.entity_id, s.score) for s in scored] == [(h.entity_id, h.score) for h in hits]
        for got, hit in zip(scored, hits, strict=True):
            made = {
                f.name: Feature(f.score, f.detail, f.query_value, f.candidate_value, f.weight)
                for f in hit.features
            }
            assert got.features == made and got.features is got.features
            assert [vars(f) for f in got.features.values()] == [vars(f) for f in made.values()]
            checked += 1
    assert checked > 20
