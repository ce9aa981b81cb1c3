"""Helpers shared by the screening tests."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from sanctionwatch.screening import Index, score
from sanctionwatch.screening import index as index_module
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.scorer import score_prepared


def unpruned(index: Index, query: Query, limit: int) -> list[tuple[str, float, list[Any]]]:
    """What `match` returns, with every candidate scored in full."""
    prepared = prepare(query)
    scored = []
    for slot in index.candidates(prepared, max(index_module.DEPTH, limit)):
        entity = index._entities[slot]
        assert entity is not None and entity.id is not None
        result = score_prepared(prepared, entity, {}, index.knows, {})
        scored.append((entity.id, result.score, result.features))
    scored.sort(key=lambda h: (-h[1], h[0]))
    return scored[:limit]


def form_pairs(index: Index, queries: Iterable[Query]) -> Iterator[tuple[Any, Any, str]]:
    """Every (query name form, candidate name form, kind) the index's candidates give."""
    for query in queries:
        prepared = prepare(query)
        for slot in index.candidates(prepared):
            cand = index._entities[slot]
            assert cand is not None
            kind = prepared.kind if prepared.kind != "any" else cand.kind
            for qf in prepared.forms:
                for cf in cand.forms:
                    yield qf, cf, kind


def both_ways(left: str, right: str, schema: str = "Person") -> float:
    """The higher score of two names, each taken as the query in turn."""
    one, other = Query(names=[left], schema=schema), Query(names=[right], schema=schema)
    return max(score(one, other).score, score(other, one).score)
