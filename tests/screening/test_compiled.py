"""The screening modules compiled by mypyc (`make setup`, setup.py) behave as their
Python source, pickle, and are refused by the test session once their source changes."""

from __future__ import annotations

import gc
import hashlib
import json
import pickle
import random
from pathlib import Path

import pytest

from sanctionwatch.compiled import FAILED, RECORD, compiled_sources, stale
from sanctionwatch.compiled import main as compiled_main
from sanctionwatch.lists import read_list
from sanctionwatch.screening import Index, Query, names, scorer
from sanctionwatch.screening import index as index_module
from sanctionwatch.screening.query import prepare
from tests.conftest import UN
from tests.screening.helpers import python_index, python_source

compiled = pytest.mark.skipif(not compiled_sources(), reason="screening runs as Python here")


@pytest.fixture(scope="module")
def listed() -> list[Query]:
    rows = [e for e in read_list(UN).entities() if e["schema"] != "Sanction"]
    return [Query.from_entity(e) for e in rows]


@compiled
def test_compiled_token_scores_are_those_of_the_source(listed: list[Query]) -> None:
    tokens = sorted({t for q in listed for n in q.names for t in n.lower().split()})
    rng = random.Random(3)
    pairs = [(rng.choice(tokens), rng.choice(tokens)) for _ in range(5000)]
    pairs += [(t, t[:-1] + "a") for t in tokens[::3] if len(t) > 3]  # near pairs that score
    fast = names.similarity
    slow = python_source(names).similarity
    got = [fast(a, b) for a, b in pairs]
    assert got == [slow(a, b) for a, b in pairs]
    assert sum(s > 0 for s in got) > 1000  # not all zeros


@compiled
def test_compiled_scores_and_features_are_those_of_the_source(listed: list[Query]) -> None:
    rng = random.Random(5)
    drawn = [(rng.choice(listed), rng.choice(listed)) for _ in range(1500)]
    drawn += [(Query(names=[q.names[0][:-1]], schema=q.schema), q) for q in listed[::4]]
    source = python_source(scorer)

    got = [scorer.score(a, b) for a, b in drawn]
    assert [(r.score, [(f.name, f.score, f.detail) for f in r.features]) for r in got] == [
        (r.score, [(f.name, f.score, f.detail) for f in r.features])
        for r in (source.score(a, b) for a, b in drawn)
    ]
    assert sum(r.score >= 0.7 for r in got) > 200


@compiled
def test_compiled_retrieval_finds_and_ranks_as_the_source(listed: list[Query]) -> None:
    index = Index.build(listed)
    source = python_index(index)  # the same entities and keys, run from index.py
    assert type(source) is not Index
    rng = random.Random(7)
    queries = [Query(names=[rng.choice(q.names)]) for q in rng.sample(listed, 150)]
    queries += [Query(names=[q.names[0][1:]], schema=q.schema) for q in listed[::9]]
    queries += [Query(names=[" ".join(q.names[0].split()[::-1])]) for q in listed[::11]]
    for query in queries:
        assert index.candidates(query) == source.candidates(query), query.names
        got = [(h.entity_id, h.score, h.features) for h in index.match(query, limit=5)]
        assert got == [(h.entity_id, h.score, h.features) for h in source.match(query, limit=5)]
    assert sum(bool(index.match(q, limit=1)) for q in queries) > 200


def test_scoring_makes_no_reference_cycles(listed: list[Query]) -> None:
    # The scoring processes forked at start-up run without the cyclic collector (`serve`
    # turns it off until the first index is built): a cycle made per query would never
    # be freed there. Compiled, a nested function and its environment make one at each
    # call of the function that defines it. Abjad spellings ('mhmd', 'Hsyn') reach the
    # readings of their 'h's (`names._aspirates_agree`).
    index = Index.build(listed)
    queries = [Query(names=[n]) for n in ("Mhmd Hsyn", "Abd al-Hkym", "Hsn Ali", "Khlyl Ahmd")]
    queries += [Query(names=[q.names[0]], schema=q.schema) for q in listed[::15]]
    gc.collect()
    enabled = gc.isenabled()
    gc.disable()
    try:
        assert sum(len(index.match(q, limit=5)) for q in queries) > 100
        assert gc.collect() == 0
    finally:
        if enabled:
            gc.enable()


def test_a_prepared_query_keeps_what_it_prepared() -> None:
    # Query stays Python (setup.py): a cached property must be kept on the instance, as
    # the index file restores it there and the scorer reads it for every candidate.
    query = prepare(Query(names=["Kim Jong Un", "KIM, Jong-un"], birth_dates=["1984"]))
    assert {"forms", "form_keys", "years"} <= set(vars(query))
    assert query.forms is query.forms and query.hook_sets is query.hook_sets


def test_scored_results_pickle() -> None:
    result = scorer.score(Query(names=["Kim Jong Un"]), Query(names=["KIM, Jong-un"]))
    assert result.features
    copy = pickle.loads(pickle.dumps(result))
    assert copy == result and copy.features == result.features
    form = Query(names=["Kim Jong Un"]).forms[0]
    assert pickle.loads(pickle.dumps(form)) == form
    hit = Index.build([Query(names=["KIM, Jong-un"], id="a")]).match(Query(names=["Kim Jong Un"]))
    assert hit and isinstance(hit[0], index_module.Hit)
    assert pickle.loads(pickle.dumps(hit)) == hit


def test_a_compiled_module_whose_source_changed_is_stale(tmp_path: Path) -> None:
    package = tmp_path / "src" / "sanctionwatch" / "screening"
    package.mkdir(parents=True)
    source = package / "names.py"
    source.write_text("X = 1\n")
    assert stale(tmp_path / "src") == []  # pure Python: nothing compiled
    (package / "names.cpython-311-x86_64-linux-gnu.so").write_bytes(b"")
    (package / "names.abi3.so").write_bytes(b"")
    line = "src/sanctionwatch/screening/names.py changed since it was compiled: run make setup"
    assert stale(tmp_path / "src") == [line]  # no record of its build
    digest = hashlib.sha256(source.read_bytes()).hexdigest()
    record = {"sanctionwatch/screening/names.py": digest}
    (tmp_path / "src" / RECORD).write_text(json.dumps(record))
    assert stale(tmp_path / "src") == []
    source.write_text("X = 2\n")
    assert stale(tmp_path / "src") == [line]


def test_make_setup_fails_where_mypyc_refused_the_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """setup.py falls back to pure Python where mypyc is missing or cannot build C, but a
    type or mypyc error in our source leaves its reason, and `python -m
    sanctionwatch.compiled` (the end of `make setup`) then exits 1 with it."""
    src = tmp_path / "src"
    (src / "sanctionwatch").mkdir(parents=True)
    compiled_main(src)  # nothing built, nothing refused: pure Python, no error
    assert "pure Python" in capsys.readouterr().out
    (src / FAILED).write_text("mypyc could not compile the hot paths (2)\n")
    with pytest.raises(SystemExit) as stop:
        compiled_main(src)
    assert stop.value.code == 1
    assert "could not compile the hot paths (2)" in capsys.readouterr().out
