"""The official yente client, unchanged, against our app on a real loopback port."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from yente_client import Client
from yente_client.entities import Company, Person
from yente_client.exceptions import BadRequestError, NotFoundError

OSETROVA = "NK-2Tbri3s6GgNtAwsSXh4qpL"
LLC_CST = "NK-abdzbEBkqyT29GyREbiURZ"  # a company with Sanctions pointing at it


@pytest.fixture(scope="module")
def yente(live_url: str) -> Iterator[Client]:
    with Client(base_url=live_url) as client:
        yield client


def test_health_catalog_and_algorithms(yente: Client) -> None:
    assert yente.healthz().status == "ok"
    assert yente.readyz().status == "ok"
    catalog = yente.datasets()
    by_name = {d.name: d for d in catalog.datasets}
    assert by_name["zala"].entity_count == 91 and by_name["demo"].entity_count == 4
    assert set(by_name["default"].children) == {"demo", "zala"}
    assert not catalog.index_stale
    algorithms = yente.algorithms()
    assert algorithms.best == "token-test" and algorithms.algorithms[0].name == "token-test"


def test_match_finds_the_listed_person(yente: Client) -> None:
    result = yente.match(Person(name="Maria Aleksandrovna Osetrova", birthDate="1988-01-07"))
    assert result.top is not None and result.top.id == OSETROVA
    assert result.top.match and result.top.score >= 0.7
    assert result.top.datasets == ["zala"]
    assert result.top.explanations["name_tokens"].query == "Maria Aleksandrovna Osetrova"
    assert result.query["properties"]["birthDate"] == ["1988-01-07"]


def test_match_scoping_and_exclusions(yente: Client) -> None:
    company = Company(name="Acme Trading")
    assert yente.match(company, datasets=["demo"]).top.id == "demo-acme"  # type: ignore[union-attr]
    assert yente.match(company, datasets=["zala"]).results == []
    assert yente.match(company, exclude_entities=["demo-acme"]).results == []


def test_search_and_fetch(yente: Client) -> None:
    found = yente.search("osetrova", schema="Person")
    assert [e.id for e in found.results] == [OSETROVA]
    assert found.total.value == 1 and found.facets["countries"].values[0].name == "ru"
    company = yente.fetch(LLC_CST)
    sanctions = company.properties["sanctions"]
    assert sanctions and all(s.schema_ == "Sanction" for s in sanctions)  # type: ignore[union-attr]
    assert sanctions[0].properties["entity"] == [LLC_CST]  # type: ignore[union-attr]
    assert company.target
    [family] = yente.fetch(OSETROVA).properties["familyPerson"]
    assert family.properties["relative"][0].schema_ == "Person"  # type: ignore[union-attr]
    assert "familyPerson" not in yente.fetch(OSETROVA, nested=False).properties


def test_errors_map_to_client_exceptions(yente: Client) -> None:
    with pytest.raises(BadRequestError, match="Invalid algorithm: nope"):
        yente.match(Person(name="Kim Yong Bok"), algorithm="nope")
    with pytest.raises(NotFoundError, match="No such dataset: 'eu_fsf'"):
        yente.search("kim", datasets=["eu_fsf"])
    with pytest.raises(NotFoundError, match="No entity"):
        yente.fetch("missing-id")
