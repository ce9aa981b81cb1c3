"""The bench's entities: every shipped list through `sanctionwatch.lists`, else FtM files."""

from __future__ import annotations

import json
import logging
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

LISTS = Path("/work/shared/lists")
Entity = dict[str, Any]
log = logging.getLogger(__name__)

# One file (or file set) per list edition the bench screens against: the newest of each.
LIST_FILES = [
    "ofac/2024-05/sdn.csv",
    "ofac/consolidated/2025-12/cons_prim.csv",
    "un/consolidated.xml",
    "uk/FCDO_SL_Wed_Nov 19 2025.ods",
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


def _interim_reader() -> Any:
    """Until `read_list` lands: drive the reader modules that exist directly."""
    from functools import partial

    from sanctionwatch.lists import canada, eu, ofac_csv, un
    from sanctionwatch.lists.common import ListRead

    producers: dict[str, Any] = {"un": un.read, "canada": canada.read, "eu": eu.read}

    def read(path: Path) -> ListRead:
        producer = producers.get(path.parts[len(LISTS.parts)])
        if path.suffix == ".csv":
            producer = partial(ofac_csv.read, files=ofac_csv.find_set(path))
        if producer is None:
            raise ValueError("no interim reader")
        return ListRead(
            [path], format="", authority="", default_name="", list_date=None, sha256="",
            producer=producer,
        )  # fmt: skip

    return read


def load_entities() -> list[Entity]:
    """Entity dicts of all shipped lists, ids unique."""
    try:
        from sanctionwatch.lists import read_list
    except ImportError:
        log.warning("sanctionwatch.lists.read_list is missing: using the reader modules")
        read_list = _interim_reader()
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
