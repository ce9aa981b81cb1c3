"""Helpers shared by the screening tests."""

from __future__ import annotations

import importlib.util
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any

from sanctionwatch.lists import read_list
from sanctionwatch.screening import Index, score
from sanctionwatch.screening import index as index_module
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.scorer import score_prepared
from tests.conftest import LISTS


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


def python_source(module: ModuleType) -> ModuleType:
    """`module` when it runs as Python, else (compiled by mypyc, `make setup`) a fresh copy
    run from its .py. A compiled module calls its own functions directly, so a test that
    replaces one of them with `monkeypatch` needs the Python copy to see its effect."""
    assert module.__file__ is not None
    if module.__file__.endswith(".py"):
        return module
    name = f"{module.__name__}_as_python"
    if name not in sys.modules:
        source = Path(module.__file__).parent / (module.__name__.rpartition(".")[2] + ".py")
        spec = importlib.util.spec_from_file_location(name, source)
        assert spec is not None and spec.loader is not None
        copy = sys.modules[name] = importlib.util.module_from_spec(spec)  # for dataclasses
        spec.loader.exec_module(copy)
    return sys.modules[name]


def python_index(index: Index) -> Any:
    """`index` as an Index of `python_source(index_module)`, sharing its state: compiled,
    `match` calls the module's functions directly, so a test that replaces one (a spy on
    `score_above`, `_summed`) patches that module and queries this."""
    module = python_source(index_module)
    if isinstance(index, module.Index):
        return index
    copy = module.Index.__new__(module.Index)
    vars(copy).update(vars(index))
    return copy


def latin_only(entity: dict[str, Any]) -> dict[str, Any]:
    """The entity with its Latin-script names only, as the screening bench indexes lists:
    a query in another script then meets the list's transliteration, not an original the
    entry also carries."""

    def latin(name: str) -> bool:
        return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)

    props = dict(entity.get("properties", {}))
    for key in ("name", "alias", "weakAlias", "previousName"):
        if key in props:
            props[key] = [n for n in props[key] if latin(n)]
    return {**entity, "properties": props}


# Shipped list files (under ../shared/lists) the pair tests draw their names from
AUSTRALIA = "australia/regulation8_consolidated.xlsx"
CANADA = "canada/sema-lmes.xml"
OFAC = "ofac/sdn.csv"
OFAC_2024 = "ofac/2024-05/sdn.csv"
UK = "uk/ofsi/2020-04/ConList.csv"
UN = "un/consolidated.xml"


@cache
def list_names(rel: str) -> dict[str, list[str]]:
    """Names and aliases by entity id of one shipped list file (`rel` under ../shared/lists),
    read by the project's own reader: the tests' pairs must be two names of one entity."""
    out = {}
    for entity in read_list(LISTS / rel).entities():
        props = entity.get("properties", {})
        out[entity["id"]] = [*props.get("name", []), *props.get("alias", [])]
    return out
