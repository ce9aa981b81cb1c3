"""Speed paths of the scorer that must change no hit.

`score_above` leaves a candidate uncompared when the features that do not depend on
the name (a birth year or country that differs caps the score) rank it below the cut
even with the best name there is (`scorer._ANY_NAME`). Checked on the UN consolidated
list as shipped in ../shared/lists: no name comparison or bound of one reaches
`_ANY_NAME`, and `Index.match` returns what scoring every candidate in full returns.
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import Index, scorer
from sanctionwatch.screening import index as index_module
from sanctionwatch.screening.names import Pending, bound, compare_names, start_compare
from sanctionwatch.screening.query import Query
from tests.conftest import LISTS
from tests.screening.helpers import form_pairs, python_index, python_source, unpruned

UN = LISTS / "un/consolidated.xml"


@pytest.fixture(scope="module")
def parties() -> list[dict[str, Any]]:
    return [e for e in read_list(UN).entities() if e["schema"] != "Sanction"]


@pytest.fixture(scope="module")
def index(parties: list[dict[str, Any]]) -> Index:
    return Index.build(parties)


def _queries(parties: list[dict[str, Any]], count: int) -> list[Query]:
    """Listed names, as written or a word short, with a birth year and a country that
    contradict most candidates (so the evidence alone caps them), or none."""
    rng = random.Random(13)
    out = []
    for party in rng.sample(parties, count):
        names = party["properties"].get("name", [])
        if not names:
            continue
        name = rng.choice(names)
        if rng.random() < 0.3 and len(name.split()) > 2:
            name = " ".join(name.split()[:-1])
        contradicting = rng.random() < 0.7
        out.append(
            Query(
                names=[name],
                schema=party["schema"] if rng.random() < 0.5 else None,
                birth_dates=["1901"] if contradicting else [],
                countries=["zz"] if contradicting and rng.random() < 0.5 else [],
            )
        )
    return out


def test_no_name_comparison_nor_its_bound_reaches_any_name(
    index: Index, parties: list[dict[str, Any]]
) -> None:
    compared = 0
    for qf, cf, kind in form_pairs(index, _queries(parties, 150)):
        started = start_compare(qf, cf, kind)
        top = bound(started) if isinstance(started, Pending) else started[1]
        assert top < scorer._ANY_NAME, (qf.tokens, cf.tokens)
        assert compare_names(qf, cf, kind)[1] < scorer._ANY_NAME
        compared += 1
    assert compared > 1000


def test_candidates_the_evidence_rules_out_are_not_compared_and_no_hit_changes(
    index: Index, parties: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = {"cut": 0, "compared": 0}
    py = python_source(scorer)  # compiled, `score_above` calls `_names_bounded` directly
    scored, bounded = py.score_above, py._names_bounded

    def counting_score(*args: Any) -> Any:
        calls["cut"] += args[-1] is not None
        return scored(*args)

    def counting_names(*args: Any) -> Any:
        calls["compared"] += 1
        return bounded(*args)

    monkeypatch.setattr(python_source(index_module), "score_above", counting_score)
    index = python_index(index)
    monkeypatch.setattr(py, "_names_bounded", counting_names)
    queries = _queries(parties, 200)
    assert len(queries) > 150
    for query in queries:
        for limit in (1, 3, 5):
            got = [(h.entity_id, h.score, h.features) for h in index.match(query, limit=limit)]
            assert got == unpruned(index, query, limit), (query.names, limit)
    # Some candidates under a cut were left before their names were compared.
    assert calls["cut"] - calls["compared"] > 100
