"""The seam between the API and the screening index + scorer (`sanctionwatch.screening`).

The API asks one thing of matching: given a cleaned query entity, return the
scored candidates among the served entities, each score in [0, 1] with the
features that explain it. `Matcher` is that seam as a plain base class;
`build_matcher` builds the real one from the screening package. Everything
the API knows about the screening package's API lives in this module.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from followthemoney import model

from sanctionwatch.screening import ALGORITHM, DESCRIPTION, FEATURES, Index

log = logging.getLogger(__name__)

Entity = dict[str, Any]
Accept = Callable[[str], bool]


def accept_all(_entity_id: str) -> bool:
    """The filter of a request that any served entity passes (the common case): a
    matcher may skip calling it for each of its hundreds of ranked candidates."""
    return True


@dataclass(frozen=True)
class Feature:
    """One feature's contribution: its score and the values it compared."""

    score: float
    detail: str | None = None
    query: str | None = None
    candidate: str | None = None
    weight: float | None = None


@dataclass(frozen=True)
class Scored:
    entity_id: str
    score: float
    features: dict[str, Feature] = field(default_factory=dict)


@dataclass(frozen=True)
class ConfigVar:
    type: str  # "float", "int", "bool" or "str"
    default: Any
    description: str


@dataclass(frozen=True)
class Algorithm:
    name: str
    description: str
    features: dict[str, tuple[str, float | None]]  # name -> (description, weight)
    config: dict[str, ConfigVar] = field(default_factory=dict)


class Matcher:
    """Scores query entities against an index of the served entities."""

    algorithms: tuple[Algorithm, ...] = ()
    best: str = ""

    def match(
        self,
        query: Entity,
        *,
        algorithm: str,
        candidates: int,
        accept: Accept,
        weights: Mapping[str, float],
        config: Mapping[str, Any],
    ) -> list[Scored]:
        """Up to `candidates` entities whose id `accept`s, scored against `query`."""
        raise NotImplementedError

    def get_algorithm(self, name: str) -> Algorithm | None:
        """An algorithm by name, case-insensitive; `best` means the recommended one."""
        wanted = name.strip().lower()
        wanted = self.best.lower() if wanted == "best" else wanted
        return next((a for a in self.algorithms if a.name.lower() == wanted), None)


MatcherFactory = Callable[[Iterable[Entity]], Matcher | None]


class ScreeningMatcher(Matcher):
    """The screening package's candidate index and scorer, behind the API's seam."""

    best = ALGORITHM
    algorithms = (
        Algorithm(ALGORITHM, DESCRIPTION, {f.name: (f.doc, f.weight) for f in FEATURES.values()}),
    )

    def __init__(self, entities: Iterable[Entity], index: Index | None = None) -> None:
        # Only parties are screened: Sanctions, Addresses and other records have no name to match.
        if index is None:
            matchable = (e for e in entities if getattr(model.get(e["schema"]), "matchable", False))
            index = Index.build(matchable)
        self.index = index

    def match(
        self,
        query: Entity,
        *,
        algorithm: str,
        candidates: int,
        accept: Accept,
        weights: Mapping[str, float],
        config: Mapping[str, Any],
    ) -> list[Scored]:
        # `accept` (dataset scopes, excluded ids) filters candidates before scoring.
        keep = None if accept is accept_all else accept
        hits = self.index.match(query, limit=candidates, weights=dict(weights), accept=keep)
        return [_Screened(hit) for hit in hits]


def _feature_map(features: Iterable[Any]) -> dict[str, Feature]:
    return {
        f.name: Feature(f.score, f.detail, f.query_value, f.candidate_value, f.weight)
        for f in features
    }


class _Screened(Scored):
    """A screening hit as `Scored`, its features made `Feature`s when first read: /match
    answers `limit` of a query's scored candidates (5 of 25 by default), and making every
    candidate's features up front was a few percent of a scoring process's CPU."""

    def __init__(self, hit: Any) -> None:  # the fields Scored's __init__ sets, but one
        self.__dict__.update(entity_id=hit.entity_id, score=hit.score, _hit_features=hit.features)

    @property
    def features(self) -> dict[str, Feature]:  # type: ignore[override]
        made = self.__dict__.get("_features")
        if made is None:
            made = _feature_map(self.__dict__["_hit_features"])
            object.__setattr__(self, "_features", made)
        return made


def build_matcher(entities: Iterable[Entity]) -> Matcher | None:
    """The matcher /match uses: the screening index over `entities`."""
    return ScreeningMatcher(entities)


def algorithm_doc(algorithm: Algorithm) -> dict[str, Any]:
    features = {
        name: {"description": text, "coefficient": weight}
        for name, (text, weight) in algorithm.features.items()
    }
    config = {
        name: {"type": var.type, "default": var.default, "description": var.description}
        for name, var in algorithm.config.items()
    }
    return {
        "name": algorithm.name,
        "description": algorithm.description,
        "features": features,
        "docs": {
            "name": algorithm.name,
            "description": algorithm.description,
            "features": features,
            "config": config,
        },
    }


def algorithms_doc(matcher: Matcher | None) -> dict[str, Any]:
    """The body of GET /algorithms."""
    if matcher is None:
        return {"algorithms": [], "default": "best", "best": "best"}
    docs = [algorithm_doc(a) for a in matcher.algorithms]
    return {"algorithms": docs, "default": matcher.best, "best": matcher.best}
