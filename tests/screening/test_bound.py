"""The score bound prunes no candidate the full comparison would have returned.

`Index.match` leaves a candidate unscored once a bound on its score (`names.bound` on
its name pairs, with the features that do not depend on the name) ranks it below the
`limit` best so far. Checked against every candidate scored in full, on queries made
from the names of the UN consolidated list and OFAC's numbered names ('TIAN XIANG 16') as
shipped in ../shared/lists (as written, misspelt, shortened, reordered, renumbered; with
and without schema, birth year and country).
"""

from __future__ import annotations

import random
from typing import Any

import pytest

from sanctionwatch.lists import read_list
from sanctionwatch.screening import Index
from sanctionwatch.screening import index as index_module
from sanctionwatch.screening.names import Pending, _bound, bound, compare_names, start_compare
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.scorer import score_prepared
from tests.conftest import LISTS
from tests.screening.helpers import form_pairs, python_index, python_source, unpruned

UN = LISTS / "un/consolidated.xml"
OFAC = LISTS / "ofac/2024-05/sdn.csv"
_LETTERS = "aeiouyknrstlmhd"


@pytest.fixture(scope="module")
def parties() -> list[dict[str, Any]]:
    parties = [e for e in read_list(UN).entities() if e["schema"] != "Sanction"]
    # ... and OFAC's parties with a number in a name ('TIAN XIANG 16'), rare on the UN
    # list: numbers that differ return the overlap early, before its costs.
    numbered = [
        e
        for e in read_list(OFAC).entities()
        if e["schema"] != "Sanction"
        and any(c.isdigit() for n in e["properties"].get("name", []) for c in n)
    ]
    return parties + numbered


@pytest.fixture(scope="module")
def index(parties: list[dict[str, Any]]) -> Index:
    return Index.build(parties)


def _varied(rng: random.Random, name: str) -> str:
    words = name.split()
    kind = rng.randrange(6)
    if kind == 1 and len(name) > 4:  # a letter changed
        at = rng.randrange(1, len(name) - 1)
        return name[:at] + rng.choice(_LETTERS) + name[at + 1 :]
    if kind == 2 and len(name) > 4:  # a letter dropped
        at = rng.randrange(1, len(name) - 1)
        return name[:at] + name[at + 1 :]
    if kind == 3 and len(words) > 2:
        return " ".join(words[:-1])
    if kind == 4 and len(words) > 1:
        return " ".join(words[1:] + words[:1])
    if kind == 5 and words[-1].isdigit():  # another number: another vessel, or a typo
        return " ".join([*words[:-1], str(rng.randrange(1, 30))])
    return name


def _queries(parties: list[dict[str, Any]], count: int) -> list[Query]:
    rng = random.Random(5)
    out = []
    numbered = [p for p in parties if p["id"].startswith("ofac")]
    for party in rng.sample(parties, count) + rng.sample(numbered, count // 4):
        props = party["properties"]
        names = [n for p in ("name", "alias") for n in props.get(p, [])]
        if not names:
            continue
        out.append(
            Query(
                names=[_varied(rng, rng.choice(names))],
                schema=party["schema"] if rng.random() < 0.5 else None,
                birth_dates=[d[:4] for d in props.get("birthDate", [])[:1]]
                if rng.random() < 0.3
                else [],
                countries=props.get("nationality", [])[:1] if rng.random() < 0.3 else [],
            )
        )
    return out


def test_the_bound_prunes_no_candidate_that_would_be_returned(
    index: Index, parties: list[dict[str, Any]], monkeypatch: pytest.MonkeyPatch
) -> None:
    pruned = 0
    scored = index_module.score_above
    index = python_index(index)  # compiled, `match` calls `score_above` directly

    def counting(*args: Any) -> Any:
        nonlocal pruned
        result = scored(*args)
        pruned += result is None
        return result

    monkeypatch.setattr(python_source(index_module), "score_above", counting)
    queries = _queries(parties, 400)
    assert len(queries) > 300
    for query in queries:
        for limit in (1, 3, 5, 10):
            got = [(h.entity_id, h.score, h.features) for h in index.match(query, limit=limit)]
            assert got == unpruned(index, query, limit), (query.names, limit)
    # The bound did leave candidates out: the comparison above is not of two full runs.
    assert pruned > 1000


def test_the_bound_is_never_below_the_comparison(
    index: Index, parties: list[dict[str, Any]]
) -> None:
    pending = 0
    for qf, cf, kind in form_pairs(index, _queries(parties, 150)):
        started = start_compare(qf, cf, kind)
        value = compare_names(qf, cf, kind)
        if isinstance(started, Pending):
            pending += 1
            assert bound(started) >= value[1], (qf.tokens, cf.tokens)
            # Asked again (another candidate with the same name), the bound is kept.
            assert bound(started) == started.top == _bound(started)
        else:
            assert started == value
    assert pending > 1000


def test_the_memo_keeps_apart_names_that_differ_in_legal_form_only() -> None:
    """'VTB Bank PJSC' and 'VTB Bank' have one token list, but beside a legal form the
    query's trailing letter weighs less (`names._without_debris`): a memo keyed by the
    tokens alone gave the second the first's score, so a result depended on which
    candidates an earlier query (or a pruned one) had compared."""
    query = prepare(Query(names=["VTBD C LTD"], schema="Organization"))
    formed = prepare(Query(names=["VTB Bank PJSC"], schema="Company"))
    bare = prepare(Query(names=["VTB Bank"], schema="Company"))
    assert formed.forms[0].tokens == bare.forms[0].tokens
    memo: dict[Any, Any] = {}
    first = score_prepared(query, formed, {}, None, memo)
    assert score_prepared(query, bare, {}, None, memo) == score_prepared(query, bare, {})
    assert score_prepared(query, formed, {}, None, memo) == first
    assert score_prepared(query, bare, {}).score != first.score  # the two do differ
