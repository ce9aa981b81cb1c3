"""A small inverted index for /search: names and identifiers, as spelling-insensitive tokens.

Every query token must match (as in yente's default), unless `fuzzy` asks for
any token. Results rank by how much of an entity's best name the query covers.

A fuzzy search of common words ("trading company ltd") would rank every entity that
holds any of them: tens of thousands over every shipped list, 130-190 ms of CPU for one
request. So it is bounded: when more than `MAX_FUZZY` entities hold at least one query
word, the candidates are the entities holding at least k of the words, k the smallest
count that keeps them within `MAX_FUZZY` (every word at most: an every-word match is
never dropped). Those are the entities that rank highest anyway (a name sharing more of
the query's words ranks higher, except against a much longer name), and the answer's
total then says `gte`: more entities hold one of the words than were ranked. The bound
counts the entities of every list, before a request's filters (dataset, schema), which
then keep those of the narrowed candidates that pass: a filtered page may hold fewer
results than exist (on every shipped list, 'trading company ltd' scoped to un_sc: 13 of
72, the same first 10; unscoped, the first 163 of the full ranking's order kept).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from itertools import chain
from typing import Any

from followthemoney import model
from followthemoney.types import registry

from sanctionwatch.names import name_tokens

TEXT_TYPES = (registry.name, registry.identifier)
MAX_FUZZY = 2_000  # entities a fuzzy search ranks at most, unless they hold every word


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
        return self.ranked(text, any_token=any_token)[0]

    def ranked(
        self, text: str, *, any_token: bool = False, most: int = MAX_FUZZY
    ) -> tuple[dict[str, float] | None, bool]:
        """`search`, and whether every entity holding a query word was ranked (False
        when a fuzzy search was narrowed to `most`, as the module's docstring says)."""
        query = frozenset(name_tokens(text))
        if not query:
            return None, True
        sets = sorted((self.postings.get(t, frozenset()) for t in query), key=len)
        complete = True
        if not any_token:
            ids = set(sets[0]).intersection(*sets[1:])
        elif len(sets) == 1 or sum(map(len, sets)) <= most:
            ids = set().union(*sets)
        else:
            ids, complete = _narrowed(sets, most)
        return self._ranks(query, ids), complete

    def _ranks(self, query: frozenset[str], ids: set[str]) -> dict[str, float]:
        names, size = self.names, len(query)
        ranks: dict[str, float] = {}
        if size == 1:
            # One word (most searches): a name holding it shares 1 of 1 + len(name) - 1
            # words, the same quotient as below, without a set built per name.
            (word,) = query
            for i in ids:
                best = 0.0
                for name in names[i]:
                    if word in name and (rank := 1 / len(name)) > best:
                        best = rank
                ranks[i] = best
            return ranks
        for i in ids:  # a loop, not a call per id: /search spent a third of its CPU here
            best = 0.0
            for name in names[i]:
                # |query & name| / |query | name|, the union's size counted, not built
                shared = len(query & name)
                if shared and (rank := shared / (size + len(name) - shared)) > best:
                    best = rank
            ranks[i] = best
        return ranks


def _narrowed(sets: list[frozenset[str]], most: int) -> tuple[set[str], bool]:
    """The entities holding at least k of the query's words (one posting set per word),
    k the smallest that leaves at most `most` of them, or every word; and whether that
    is all of them (k = 1). Counted in C: a fraction of what ranking them all cost."""
    held = Counter(chain.from_iterable(sets))
    at_least = Counter(held.values())  # words held -> entities holding exactly that many
    k, within = len(sets), at_least[len(sets)]
    while k > 1 and within + at_least[k - 1] <= most:
        k -= 1
        within += at_least[k]
    if k == 1:
        return set(held), True
    return {i for i, n in held.items() if n >= k}, False
