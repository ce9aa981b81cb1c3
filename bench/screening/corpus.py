"""The bench's entities: every shipped list file, read by `sanctionwatch.lists.read_list`."""

from __future__ import annotations

import json
import logging
import os
import pickle
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LISTS = Path(__file__).resolve().parents[3] / "shared" / "lists"  # ../shared beside the repo
Entity = dict[str, Any]
log = logging.getLogger(__name__)

# Every shipped list file (or OFAC CSV set); where editions share ids the first one wins.
LIST_FILES = [
    "ofac/2024-05/sdn.csv",
    "ofac/sdn.csv",
    "ofac/consolidated/2025-12/cons_prim.csv",
    "ofac/consolidated/2025-06/consolidated.xml",
    "ofac/enhanced/IRGC_sanctions.xml",
    "un/consolidated.xml",
    "uk/FCDO_SL_Wed_Nov 19 2025.ods",
    "uk/ofsi/2020-04/ConList.csv",
    "canada/sema-lmes.xml",
    "australia/regulation8_consolidated.xlsx",
    "eu/deriv-2020-04/sample_eu_sanctions.xml",
    "ftm/yente-zala/entities.ftm.json",
    "ftm/yente-t1/entities.ftm.json",
]


def is_latin(name: str) -> bool:
    """True when every letter is Latin (accented Latin included)."""
    return all(not c.isalpha() or unicodedata.name(c, "").startswith("LATIN") for c in name)


def _ftm(path: Path) -> Iterator[Entity]:
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            yield json.loads(line)


CACHE = Path(__file__).parent / ".cache" / "entities.pickle"


def load_entities(*, cached: bool = True) -> list[Entity]:
    """Entity dicts of all shipped lists, ids unique; kept in `.cache/` between runs.

    Delete the cache after the list readers change; reading all lists takes ~10 s.
    """
    if cached and CACHE.exists():
        with CACHE.open("rb") as fh:
            return pickle.load(fh)  # our own file, written below
    entities = _read_all()
    CACHE.parent.mkdir(exist_ok=True)
    # written beside, then renamed: a run killed while writing leaves no truncated cache
    part = CACHE.with_name(f".{CACHE.name}.{os.getpid()}")
    with part.open("wb") as fh:
        pickle.dump(entities, fh)
    os.replace(part, CACHE)
    return entities


def _read_all() -> list[Entity]:
    from sanctionwatch.lists import read_list

    out: dict[str, Entity] = {}
    for rel in LIST_FILES:
        path = LISTS / rel
        try:
            entities = _ftm(path) if path.suffix == ".json" else read_list(path).entities()
            for entity in entities:
                out.setdefault(entity["id"], entity)
        except Exception as exc:  # noqa: BLE001 - a reader still in the making must not stop the bench
            log.warning("skipping %s: %s", rel, exc)
    return list(out.values())


def latin_only(entity: Entity) -> Entity:
    """The entity as the bench indexes it: names in other scripts removed."""
    props = dict(entity.get("properties", {}))
    for key in ("name", "alias", "weakAlias", "previousName"):
        if key in props:
            props[key] = [n for n in props[key] if is_latin(n)]
    return {**entity, "properties": props}
