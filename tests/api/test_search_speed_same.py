"""/search's faster ranking, facet counting and filtering give what the plain
definitions give, on the entities of a shipped list (the zala FtM file)."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections import Counter
from typing import Any

import pytest

from sanctionwatch.api.filters import EntityFilter
from sanctionwatch.api.searching import (
    _COUNTRIES,
    _countries_of,
    _facet_values,
    facet_counts,
    search,
)
from sanctionwatch.api.snapshot import Snapshot, served_entity
from sanctionwatch.api.textindex import TextIndex
from sanctionwatch.names import name_tokens
from tests.api.conftest import ZALA, read_ftm


@pytest.fixture(scope="module")
def entities() -> list[dict[str, Any]]:
    served = (served_entity(data, name) for data in read_ftm(ZALA) for name in ("zala",))
    found = [e for e in served if e is not None]
    for n, entity in enumerate(found):  # a second list, to give scopes something to leave
        if n % 3 == 0:
            entity["datasets"] = ["zala", "other"]
        elif n % 3 == 1:
            entity["datasets"] = ["other"]
    return found


def _jaccard(index: TextIndex, text: str, entity_id: str) -> float:
    query = frozenset(name_tokens(text))
    return max((len(query & n) / len(query | n) for n in index.names[entity_id]), default=0.0)


def test_ranks_are_the_best_jaccard_overlap(entities: list[dict[str, Any]]) -> None:
    index = TextIndex.build(entities)
    words = sorted({w for e in entities for w in e["caption"].split()})[:300]
    texts = [*words, *(f"{a} {b}" for a, b in zip(words, words[7:], strict=False))]
    texts += [e["caption"] for e in entities[:200]]
    checked = 0
    for text in texts:
        for fuzzy in (False, True):
            ranks = index.search(text, any_token=fuzzy)
            if ranks is None:
                continue
            assert ranks == {i: _jaccard(index, text, i) for i in ranks}, text
            checked += len(ranks)
    assert checked > 1000


def test_facets_count_as_a_counter_over_each_hit(entities: list[dict[str, Any]]) -> None:
    facets = ["countries", "topics", "datasets", "schema"]
    for hits in (entities, entities[::5], entities[:1], []):
        expected = {
            f: sorted(
                Counter(v for e in hits for v in _facet_values(f, e)).items(),
                key=lambda kv: (-kv[1], kv[0]),
            )
            for f in facets
        }
        counted = facet_counts(facets, hits)
        for facet in facets:
            got = [(v["name"], v["count"]) for v in counted[facet]["values"]]
            assert got == expected[facet][: len(got)]  # ties by value, the same in every process
    assert facet_counts(facets, entities)["countries"]["values"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"scope": frozenset({"zala", "other"}), "schema": "Thing"},
        {"scope": frozenset({"zala", "other"}), "schema": "Person"},
        {"scope": frozenset({"zala", "other"})},
        {"scope": frozenset({"zala"}), "schema": "Thing"},
        {"scope": frozenset({"zala", "other"}), "schema": "Thing", "countries": frozenset({"ru"})},
        {"scope": frozenset({"zala", "other"}), "exclude_schema": frozenset({"Person"})},
    ],
)
def test_the_acceptor_accepts_what_accepts_does(
    entities: list[dict[str, Any]], kwargs: dict[str, Any]
) -> None:
    entity_filter = EntityFilter(**kwargs)
    accepts = entity_filter.acceptor({"zala", "other"})
    verdicts = [accepts(e) for e in entities]
    assert verdicts == [entity_filter.accepts(e) for e in entities]
    assert any(verdicts)


def test_facet_ties_do_not_depend_on_the_hash_seed() -> None:
    # two scoring processes with other hash seeds gave tied countries in other orders
    code = (
        "from sanctionwatch.api.searching import facet_counts\n"
        "hits = [{'properties': {'country': ['ru', 'ir', 'kp', 'sy', 'by', 'cu']},"
        " 'datasets': ['x'], 'schema': 'Person'}]\n"
        "print([v['name'] for v in facet_counts(['countries'], hits)['countries']['values']])"
    )
    seen = {
        subprocess.run(
            [sys.executable, "-c", code],
            env={"PYTHONHASHSEED": seed, "PATH": ""},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2", "3", "4")
    }
    assert seen == {"['by', 'cu', 'ir', 'kp', 'ru', 'sy']\n"}


def _snapshot(entities: list[dict[str, Any]]) -> Snapshot:
    by_id = {e["id"]: e for e in entities}
    lists = {"zala": {"name": "zala"}, "other": {"name": "other"}}
    return Snapshot((("zala", 1),), lists, by_id, {}, TextIndex.build(entities))


def test_searches_count_countries_as_the_plain_definition_again_and_again(
    entities: list[dict[str, Any]],
) -> None:
    # the countries of an entity are kept per snapshot once a search has counted them
    snapshot = _snapshot(entities)
    words = sorted({w for e in entities for w in e["caption"].split()})[:120]
    everything = EntityFilter(scope=frozenset({"zala", "other"}), schema="Thing")
    for _ in range(2):
        for word in words:
            ranks = snapshot.text.search(word)
            if ranks is None:  # no tokens: no text filter
                continue
            body = search(snapshot, word, everything, limit=5, offset=0, facets=["countries"])
            ranked = sorted(ranks, key=lambda i: (-ranks[i], i))
            hits = [i for i in ranked if everything.accepts(snapshot.entities[i])]
            assert [e["id"] for e in body["results"]] == hits[:5]
            counted = Counter(
                v for i in hits for v in _facet_values("countries", snapshot.entities[i])
            )
            expected = sorted(counted.items(), key=lambda kv: (-kv[1], kv[0]))
            got = [(v["name"], v["count"]) for v in body["facets"]["countries"]["values"]]
            assert got == expected[: len(got)]
    assert any(_countries_of(snapshot).values())


def test_the_countries_kept_go_with_their_snapshot(entities: list[dict[str, Any]]) -> None:
    snapshot = _snapshot(entities)
    everything = EntityFilter(scope=frozenset({"zala", "other"}))
    search(snapshot, entities[0]["caption"], everything, limit=5, offset=0, facets=["countries"])
    key = id(snapshot)
    assert key in _COUNTRIES
    del snapshot
    gc.collect()
    assert key not in _COUNTRIES
