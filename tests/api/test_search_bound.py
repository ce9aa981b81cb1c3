"""A fuzzy /search of common words ranks at most `MAX_FUZZY` entities: those holding
the most query words, every-word matches always kept, and the total then says `gte`."""

from __future__ import annotations

from itertools import combinations
from typing import Any

import pytest

from sanctionwatch.api.filters import EntityFilter
from sanctionwatch.api.searching import search
from sanctionwatch.api.snapshot import Snapshot, served_entity
from sanctionwatch.api.textindex import TextIndex
from sanctionwatch.names import name_tokens
from tests.api.conftest import ZALA, read_ftm


@pytest.fixture(scope="module")
def entities() -> list[dict[str, Any]]:
    served = (served_entity(data, "zala") for data in read_ftm(ZALA))
    return [e for e in served if e is not None]


def _holding(index: TextIndex, text: str) -> dict[str, int]:
    """Entity id -> how many of the query's words it holds in some name (the plain way)."""
    query = frozenset(name_tokens(text))
    out: dict[str, int] = {}
    for entity_id, names in index.names.items():
        held = len(query & frozenset().union(*names)) if names else 0
        if held:
            out[entity_id] = held
    return out


def _common_queries(index: TextIndex) -> list[str]:
    """Two- and three-word queries of the list's commonest name words."""
    common = sorted(index.postings, key=lambda t: (-len(index.postings[t]), t))[:6]
    return [" ".join(c) for n in (2, 3) for c in combinations(common, n)]


def test_fuzzy_ranks_the_entities_holding_most_words(entities: list[dict[str, Any]]) -> None:
    index = TextIndex.build(entities)
    narrowed = 0
    for text in _common_queries(index):
        holding = _holding(index, text)
        words = len(frozenset(name_tokens(text)))
        for most in (1, 5, 20, len(holding) - 1, len(holding)):
            ranks, complete = index.ranked(text, any_token=True, most=most)
            assert ranks is not None
            if len(holding) <= most:  # nothing to narrow: every holder, as before
                assert complete and set(ranks) == set(holding)
                continue
            # the smallest k whose holders fit, or every word: exactly those holders
            fits = (k for k in range(1, words + 1) if sum(n >= k for n in holding.values()) <= most)
            k = next(fits, words)
            assert set(ranks) == {i for i, n in holding.items() if n >= k}, (text, most)
            assert complete == (k == 1)
            assert len(ranks) <= most or k == words  # every-word matches are never cut
            narrowed += not complete
        full, complete = index.ranked(text, any_token=True, most=10**9)
        assert complete and set(full or {}) == set(holding)
    assert narrowed > 10


def test_every_word_search_is_never_narrowed(entities: list[dict[str, Any]]) -> None:
    index = TextIndex.build(entities)
    for text in _common_queries(index):
        ranks, complete = index.ranked(text, most=1)
        assert complete
        assert ranks == index.ranked(text, most=10**9)[0]


def test_a_narrowed_search_says_gte(entities: list[dict[str, Any]], monkeypatch) -> None:  # type: ignore[no-untyped-def]
    index = TextIndex.build(entities)
    snapshot = Snapshot((("zala", 1),), {"zala": {}}, {e["id"]: e for e in entities}, {}, index)
    everything = EntityFilter.make(frozenset({"zala"}))
    text = _common_queries(index)[0]
    holders = len(_holding(index, text))
    plain = search(snapshot, text, everything, limit=10**6, offset=0, facets=[], fuzzy=True)
    assert plain["total"] == {"value": holders, "relation": "eq"}
    monkeypatch.setitem(TextIndex.ranked.__kwdefaults__, "most", 3)
    bounded = search(snapshot, text, everything, limit=5, offset=0, facets=[], fuzzy=True)
    assert bounded["total"]["relation"] == "gte"
    assert bounded["total"]["value"] < holders
    # the entities ranked are those holding the most words, in the order of the full ranking
    kept = set(index.ranked(text, any_token=True, most=3)[0] or {})
    assert [r["id"] for r in bounded["results"]] == [
        r["id"] for r in plain["results"] if r["id"] in kept
    ][:5]
