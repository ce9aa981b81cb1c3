"""A small inverted index for /search: names and identifiers, as spelling-insensitive tokens.

Every query token must match (as in yente's default), unless `fuzzy` asks for
any token. Results rank by how much of an entity's best name the query covers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from followthemoney import model
from followthemoney.types import registry

from sanctionwatch.names import name_tokens

TEXT_TYPES = (registry.name, registry.identifier)


@cache
def _is_text(schema: str, prop: str) -> bool:
    found = model.get(schema)
    ftm_prop = found.get(prop) if found is not None else None
    return ftm_prop is not None and ftm_prop.type in TEXT_TYPES


def _names(entity: dict[str, Any]) -> list[tuple[str, ...]]:
    names = {name_tokens(entity["caption"])}
    for prop, values in entity["properties"].items():
        if _is_text(entity["schema"], prop):
            names.update(name_tokens(v) for v in values)
    return [n for n in names if n]


@dataclass(frozen=True)
class TextIndex:
    postings: Mapping[str, frozenset[str]]
    names: Mapping[str, list[frozenset[str]]]

    @classmethod
    def build(cls, entities: Iterable[dict[str, Any]]) -> TextIndex:
        postings: dict[str, set[str]] = defaultdict(set)
        names: dict[str, list[frozenset[str]]] = {}
        for entity in entities:
            token_sets = [frozenset(n) for n in _names(entity)]
            names[entity["id"]] = token_sets
            for tokens in token_sets:
                for token in tokens:
                    postings[token].add(entity["id"])
        return cls({t: frozenset(ids) for t, ids in postings.items()}, names)

    def search(self, text: str, *, any_token: bool = False) -> dict[str, float] | None:
        """Entity ids with a rank in (0, 1]; None when the text has no tokens (no filter)."""
        query = frozenset(name_tokens(text))
        if not query:
            return None
        sets = sorted((self.postings.get(t, frozenset()) for t in query), key=len)
        ids = set().union(*sets) if any_token else set(sets[0]).intersection(*sets[1:])
        names, size = self.names, len(query)
        ranks: dict[str, float] = {}
        for i in ids:  # a loop, not a call per id: /search spent a third of its CPU here
            best = 0.0
            for name in names[i]:
                # |query & name| / |query | name|, the union's size counted, not built
                shared = len(query & name)
                if shared and (rank := shared / (size + len(name) - shared)) > best:
                    best = rank
            ranks[i] = best
        return ranks
