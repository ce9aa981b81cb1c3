"""Query by example: check and clean /match queries, score them, shape the responses."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from followthemoney import model
from followthemoney.types import registry
from followthemoney.util import sanitize_text

from sanctionwatch import countries
from sanctionwatch.api.errors import BadRequest, ErrorItem, NotReady
from sanctionwatch.api.filters import EntityFilter
from sanctionwatch.api.limits import Limits
from sanctionwatch.api.matching import Algorithm, Matcher, Scored, accept_all
from sanctionwatch.api.models import EntityExample, EntityMatchQuery
from sanctionwatch.api.snapshot import Snapshot
from sanctionwatch.api.workers import Budget

MATCHABLE = "Person, Company, Organization, LegalEntity, Vessel or Airplane"
# Candidates scored per query: a broad pool so a good match is not cut off by
# retrieval, capped so a large `limit` cannot make one request slow for everyone.
MIN_CANDIDATES, CANDIDATE_FACTOR, MAX_CANDIDATES = 20, 5, 250


@dataclass(frozen=True)
class MatchParams:
    algorithm: str
    limit: int
    threshold: float
    cutoff: float
    max_batch: int
    limits: Limits | None = None


def _values(raw: Any) -> list[str]:
    items = raw if isinstance(raw, list) else [raw]
    return [str(v) for v in items if v is not None and str(v).strip()]


def _country_codes(values: list[str]) -> list[str]:
    """FtM's fuzzy country cleaning, answered without its name table (seconds to build)."""
    codes = (countries.country_code(t, fuzzy=True) for v in values if (t := sanitize_text(v)))
    return [c for c in codes if c]


def clean_example(key: str, example: EntityExample, limits: Limits | None = None) -> dict[str, Any]:
    """A query as FtM cleans it (countries to codes, dates to ISO), or a 400 naming the field."""
    if limits is not None:
        limits.check_properties(key, example.properties)
    schema = model.get(example.schema_)
    if schema is None:
        raise BadRequest(
            f"queries.{key}.schema: unknown schema {example.schema_!r}; use {MATCHABLE}"
        )
    if not schema.matchable:
        raise BadRequest(
            f"queries.{key}.schema: {schema.name} entities cannot be matched; use {MATCHABLE}"
        )
    unknown = [p for p in example.properties if schema.get(p) is None]
    if unknown:
        items = [
            ErrorItem(loc=f"queries.{key}.properties.{p}", msg="unknown property") for p in unknown
        ]
        names = ", ".join(repr(p) for p in unknown)
        raise BadRequest(f"queries.{key}.properties: {schema.name} has no property {names}", items)
    proxy = model.make_entity(schema)
    for prop, raw in example.properties.items():
        values = _values(raw)
        if schema.properties[prop].type == registry.country:
            proxy.add(prop, _country_codes(values), cleaned=True)
        else:
            proxy.add(prop, values, cleaned=False, fuzzy=True)
    if not proxy.properties:
        raise BadRequest(f"queries.{key}.properties: no usable values; give at least a name")
    return {"id": example.id, "schema": schema.name, "properties": dict(proxy.properties)}


def check_algorithm(matcher: Matcher, body: EntityMatchQuery, name: str) -> Algorithm:
    algorithm = matcher.get_algorithm(name)
    if algorithm is None:
        known = ", ".join(["best", *(a.name for a in matcher.algorithms)])
        raise BadRequest(f"Invalid algorithm: {name} (use one of: {known}; see /algorithms)")
    for key in body.config:
        if key not in algorithm.config:
            raise BadRequest(
                f"Invalid configuration parameter: {key} for algorithm {algorithm.name}"
            )
    for key in body.weights:
        if key not in algorithm.features:
            raise BadRequest(
                f"Invalid weight: {key} is not a feature of algorithm {algorithm.name}"
            )
    return algorithm


def _check_batch(body: EntityMatchQuery, max_batch: int) -> None:
    if not body.queries:
        raise BadRequest(
            'No queries provided: send {"queries": {"q1": {"schema": ..., "properties": ...}}}'
        )
    if len(body.queries) > max_batch:
        raise BadRequest(f"Too many queries in one batch: {len(body.queries)} (limit: {max_batch})")


def _result(snapshot: Snapshot, scored: Scored, threshold: float) -> dict[str, Any]:
    features = scored.features
    return {
        **snapshot.entities[scored.entity_id],
        "score": scored.score,
        "match": scored.score >= threshold,
        "features": {name: f.score for name, f in features.items()},
        "explanations": {name: vars(f) for name, f in features.items()},
    }


def _answer(
    snapshot: Snapshot, query: dict[str, Any], scored: list[Scored], params: MatchParams
) -> dict[str, Any]:
    kept = sorted((s for s in scored if s.score >= params.cutoff), key=lambda s: -s.score)
    results = [_result(snapshot, s, params.threshold) for s in kept[: params.limit]]
    return {
        "status": 200,
        "results": results,
        "total": {"value": len(kept), "relation": "eq"},
        "query": query,
    }


def match_queries(
    snapshot: Snapshot,
    body: EntityMatchQuery,
    entity_filter: EntityFilter,
    params: MatchParams,
    budget: Budget | None = None,
) -> dict[str, Any]:
    """Score every query of `body`; all are checked before any is scored.

    `budget` is checked before each query, so a batch past its time stops there.
    """
    matcher = snapshot.matcher
    if matcher is None:
        raise NotReady(
            "Matching is unavailable: the screening index is not installed on this server"
        )
    _check_batch(body, params.max_batch)
    algorithm = check_algorithm(matcher, body, params.algorithm)
    queries = {key: clean_example(key, ex, params.limits) for key, ex in body.queries.items()}
    candidates = min(MAX_CANDIDATES, max(MIN_CANDIDATES, params.limit * CANDIDATE_FACTOR))
    accept = _acceptor(snapshot, entity_filter)
    responses = {}
    for key, query in queries.items():
        if budget is not None:
            budget.check()
        scored = _score(matcher, query, algorithm, candidates, accept, body)
        responses[key] = _answer(snapshot, query, scored, params)
    return {"responses": responses, "matcher": {"name": algorithm.name}, "limit": params.limit}


def _acceptor(snapshot: Snapshot, entity_filter: EntityFilter) -> Any:
    # The index holds only entities of the snapshot's lists, so a filter over all of
    # them with nothing excluded accepts every candidate.
    if entity_filter.accepts_all(snapshot.lists):
        return accept_all
    entities = snapshot.entities
    return lambda entity_id: entity_id in entities and entity_filter.accepts(entities[entity_id])


def _score(
    matcher: Matcher,
    query: dict[str, Any],
    algorithm: Algorithm,
    candidates: int,
    accept: Any,
    body: EntityMatchQuery,
) -> list[Scored]:
    weights: Mapping[str, float] = body.weights
    return matcher.match(
        query,
        algorithm=algorithm.name,
        candidates=candidates,
        accept=accept,
        weights=weights,
        config=body.config,
    )
