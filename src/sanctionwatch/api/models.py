"""Request and response bodies, in yente's shapes so its clients parse them unchanged.

Responses are built as plain dicts and rendered directly (validating every
served entity again would cost more than the scoring); these models give the
OpenAPI docs and the tests their contract.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

PERSON_EXAMPLE: dict[str, Any] = {
    "schema": "Person",
    "properties": {"name": ["Maria Osetrova"], "birthDate": ["1988-01-07"], "country": ["ru"]},
}


class EntityResponse(BaseModel):
    id: str = Field(..., examples=["NK-2Tbri3s6GgNtAwsSXh4qpL"])
    caption: str = Field(..., examples=["Maria Aleksandrovna Osetrova"])
    schema_: str = Field(..., alias="schema", examples=["Person"])
    properties: dict[str, list[str | EntityResponse]] = Field(
        ..., examples=[{"name": ["Maria Aleksandrovna Osetrova"], "country": ["ru"]}]
    )
    datasets: list[str] = Field(default_factory=list, examples=[["uk-sanctions"]])
    referents: list[str] = Field(default_factory=list)
    target: bool = False
    first_seen: str | None = None
    last_seen: str | None = None
    last_change: str | None = None


class TotalSpec(BaseModel):
    value: int = Field(..., examples=[3])
    relation: str = Field("eq", examples=["eq"])


class FeatureResult(BaseModel):
    score: float = Field(..., examples=[0.95])
    detail: str | None = Field(None, examples=["name similarity"])
    query: str | None = Field(None, examples=["Maria Osetrova"])
    candidate: str | None = Field(None, examples=["Maria Aleksandrovna Osetrova"])
    weight: float | None = None


class ScoredEntityResponse(EntityResponse):
    score: float = Field(..., examples=[0.91])
    match: bool = Field(..., description="Whether the score is at or above the threshold.")
    features: dict[str, float] = Field(
        default_factory=dict, description="Feature scores by name (older yente clients read this)."
    )
    explanations: dict[str, FeatureResult] = Field(
        default_factory=dict, description="Each feature's score with the values it compared."
    )


class EntityExample(BaseModel):
    """One query by example: a schema and some properties, as entities are returned."""

    model_config = ConfigDict(
        populate_by_name=True, json_schema_extra={"examples": [PERSON_EXAMPLE]}
    )

    id: str | None = None
    schema_: str = Field(..., alias="schema", examples=["Person"])
    properties: dict[str, str | int | float | list[str | int | float]] = Field(
        default_factory=dict, examples=[PERSON_EXAMPLE["properties"]]
    )


class EntityMatchQuery(BaseModel):
    queries: dict[str, EntityExample] = Field(..., examples=[{"q1": PERSON_EXAMPLE}])
    weights: dict[str, float] = Field(default_factory=dict, examples=[{}])
    config: dict[str, str | int | float | bool | None] = Field(default_factory=dict, examples=[{}])


class EntityMatches(BaseModel):
    status: int = Field(200, examples=[200])
    results: list[ScoredEntityResponse]
    total: TotalSpec
    query: dict[str, Any] = Field(..., examples=[PERSON_EXAMPLE])


class EntityMatchResponse(BaseModel):
    responses: dict[str, EntityMatches]
    matcher: dict[str, Any] = Field(default_factory=dict, examples=[{"name": "sanctionwatch-v1"}])
    limit: int = Field(..., examples=[5])


class SearchFacetItem(BaseModel):
    name: str = Field(..., examples=["ru"])
    label: str = Field(..., examples=["Russia"])
    count: int = Field(..., examples=[12])


class SearchFacet(BaseModel):
    label: str = Field(..., examples=["Countries"])
    values: list[SearchFacetItem]


class SearchResponse(BaseModel):
    results: list[EntityResponse]
    facets: dict[str, SearchFacet]
    total: TotalSpec
    limit: int = Field(..., examples=[10])
    offset: int = Field(0, examples=[0])


class DatasetModel(BaseModel):
    name: str = Field(..., examples=["ofac-sdn"])
    title: str = Field(..., examples=["ofac-sdn"])
    summary: str | None = None
    version: str | None = Field(None, examples=["3"])
    updated_at: str | None = Field(None, examples=["2025-06-01T10:00:00"])
    entity_count: int = Field(..., examples=[18000])
    load: bool = True
    index_current: bool = True
    index_version: str | None = None
    children: list[str] = Field(default_factory=list)


class CatalogResponse(BaseModel):
    datasets: list[DatasetModel]
    current: list[str]
    outdated: list[str]
    index_stale: bool = False


class FeatureDoc(BaseModel):
    description: str
    coefficient: float | None = None


class AlgorithmModel(BaseModel):
    name: str = Field(..., examples=["sanctionwatch-v1"])
    description: str | None = None
    features: dict[str, FeatureDoc] = Field(default_factory=dict)
    docs: dict[str, Any] = Field(default_factory=dict)


class AlgorithmResponse(BaseModel):
    algorithms: list[AlgorithmModel]
    default: str
    best: str


class StatusResponse(BaseModel):
    status: str = Field("ok", examples=["ok"])
    detail: str | None = Field(None, examples=[None])
    phases: list[dict[str, Any]] | None = Field(
        None,
        description=(
            "POST /updatez that swapped in new lists: each step (name, its start on the "
            "server's monotonic clock, wall seconds, CPU seconds of the step's thread and of "
            "the server process)"
        ),
    )


EntityResponse.model_rebuild()
