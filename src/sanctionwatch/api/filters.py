"""Which served entities a /search or /match request may return."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from followthemoney import model

from sanctionwatch.api.errors import BadRequest


@cache
def is_a(schema: str, parent: str) -> bool:
    found = model.get(schema)
    return found is not None and found.is_a(parent)


def check_schema(name: str, param: str = "schema") -> str:
    """A known FtM schema name, or a 400 that says where to find the names."""
    if model.get(name) is None:
        raise BadRequest(
            f"Unknown schema in {param}: {name!r}; use a FollowTheMoney schema name "
            "such as Person, Company, Organization, LegalEntity, Vessel or Airplane"
        )
    return name


@dataclass(frozen=True)
class EntityFilter:
    scope: frozenset[str]
    schema: str | None = None
    exclude_schema: frozenset[str] = frozenset()
    topics: frozenset[str] = frozenset()
    countries: frozenset[str] = frozenset()
    exclude_ids: frozenset[str] = frozenset()
    changed_since: str | None = None

    @classmethod
    def make(
        cls, scope: frozenset[str], exclude_schema: Iterable[str] = (), **kw: Any
    ) -> EntityFilter:
        for name in exclude_schema:
            check_schema(name, "exclude_schema")
        if kw.get("schema"):
            check_schema(kw["schema"])
        return cls(scope=scope, exclude_schema=frozenset(exclude_schema), **kw)

    def accepts_all(self, lists: Iterable[str]) -> bool:
        """Whether every entity of `lists` passes (all in scope, nothing else asked)."""
        unfiltered = not (
            self.schema
            or self.exclude_schema
            or self.topics
            or self.countries
            or self.exclude_ids
            or self.changed_since
        )
        return unfiltered and self.scope.issuperset(lists)

    def acceptor(self, lists: Iterable[str]) -> Callable[[dict[str, Any]], bool]:
        """`accepts`, for entities of `lists` (each served entity's `datasets`, never
        empty): a request with only a scope over all of them and a schema (/search's
        default, `Thing`) checks the schema alone, once per schema."""
        if (
            self.exclude_schema
            or self.topics
            or self.countries
            or self.exclude_ids
            or self.changed_since
            or not self.scope.issuperset(lists)
        ):
            return self.accepts
        if not self.schema:
            return _anything
        wanted = self.schema
        known: dict[str, bool] = {}

        def accepts(entity: dict[str, Any]) -> bool:
            schema = entity["schema"]
            passes = known.get(schema)
            if passes is None:
                passes = known[schema] = is_a(schema, wanted)
            return passes

        return accepts

    def accepts(self, entity: dict[str, Any]) -> bool:
        if self.scope.isdisjoint(entity["datasets"]) or entity["id"] in self.exclude_ids:
            return False
        schema = entity["schema"]
        if self.schema and not is_a(schema, self.schema):
            return False
        if any(is_a(schema, x) for x in self.exclude_schema):
            return False
        props = entity["properties"]
        if self.topics and self.topics.isdisjoint(props.get("topics", ())):
            return False
        if self.countries and self.countries.isdisjoint(_countries(props)):
            return False
        changed = entity.get("last_change")
        return not (self.changed_since and changed and changed < self.changed_since)


def _anything(_entity: dict[str, Any]) -> bool:
    return True


def _countries(props: dict[str, list[str]]) -> set[str]:
    return {
        c
        for key in ("country", "nationality", "jurisdiction", "citizenship")
        for c in props.get(key, ())
    }
