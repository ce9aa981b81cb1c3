"""Distinct screening queries built from listed parties, with a fixed seed.

Shared by `queries.py`, `api.py` and `screen_identity.py`: each query is a listed name (any
alias, not only the caption) as written or varied (a letter changed, dropped, added or
two swapped; a word dropped; the words rotated; lower case), with or without the party's
schema, a person's birth year and country. No two queries are alike, so a figure measured on them
does not count the caches' hits on queries seen before.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence
from typing import Any

SCHEMAS = ("Person", "Organization", "Company", "Vessel", "Airplane", "LegalEntity")
_LETTERS = "aeiouyknrstlmhd"


def _typo(rng: random.Random, name: str) -> str:
    if len(name) < 5:
        return name
    at = rng.randrange(1, len(name) - 1)
    kind = rng.randrange(4)
    if kind == 0:
        return name[:at] + rng.choice(_LETTERS) + name[at + 1 :]
    if kind == 1:
        return name[:at] + name[at + 1 :]
    if kind == 2:
        return name[:at] + rng.choice(_LETTERS) + name[at:]
    return name[: at - 1] + name[at] + name[at - 1] + name[at + 1 :]


def variant(rng: random.Random, name: str) -> str:
    """`name` as written (a quarter), or with one of the variations above."""
    words = name.split()
    kind = rng.randrange(8)
    if kind in (1, 2, 3):
        return _typo(rng, name)
    if kind == 4 and len(words) > 2:
        return " ".join(words[:-1]) if rng.random() < 0.5 else " ".join(words[1:])
    if kind == 5 and len(words) > 1:
        return " ".join(words[1:] + words[:1])
    if kind == 6:
        return _typo(rng, name.lower())
    return name


def distinct_queries(
    parties: Iterable[tuple[Sequence[str], str, Sequence[str], Sequence[str]]],
    count: int,
    seed: int = 23,
) -> list[dict[str, Any]]:
    """`count` distinct FtM-shaped queries from (names, schema, birth dates, countries) of
    listed parties, in a fixed order for a fixed seed."""
    rng = random.Random(seed)
    pool = sorted(
        (tuple(names), schema, tuple(dates), tuple(countries))
        for names, schema, dates, countries in parties
        if names
    )
    seen: set[str] = set()
    out: list[dict[str, Any]] = []
    for _ in range(count * 20):
        if len(out) == count:
            break
        names, schema, dates, countries = rng.choice(pool)
        name = variant(rng, rng.choice(names))
        props: dict[str, list[str]] = {"name": [name]}
        if schema not in SCHEMAS or rng.random() < 0.5:
            schema = "LegalEntity"  # the kind unknown, as often in a customer file
        if dates and schema == "Person" and rng.random() < 0.5:
            props["birthDate"] = [dates[0][:4]]
        if countries and rng.random() < 0.3:
            props["country"] = [countries[0]]
        query = {"schema": schema, "properties": props}
        key = repr(sorted(props.items())) + schema
        if key not in seen and name.strip():
            seen.add(key)
            out.append(query)
    return out


def index_parties(index: Any) -> list[tuple[list[str], str, list[str], list[str]]]:
    """(names, schema, birth dates, countries) of every party in a screening `Index`."""
    return [
        (e.names, e.schema or "LegalEntity", e.birth_dates, e.countries)
        for e in index._entities  # a bench reads what the index holds
        if e is not None
    ]


def ftm_parties(entities: Iterable[dict[str, Any]]) -> list[tuple[Any, ...]]:
    """(names, schema, birth dates, countries) of FtM entity dicts."""
    out = []
    for e in entities:
        props = e.get("properties") or {}
        names = [*props.get("name", []), *props.get("alias", [])]
        if e.get("schema") in SCHEMAS and names:
            out.append((names, e["schema"], props.get("birthDate", []), props.get("country", [])))
    return out
