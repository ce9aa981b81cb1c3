"""List versions in the store: atomic swaps, refusals, status and diffs."""

from __future__ import annotations

from typing import Any

import pytest

from sanctionwatch.exc import SanctionWatchError
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import (
    ListLoadRefused,
    ListVersionInfo,
    current_entities,
    diff_list,
    get_list_entity,
    list_status,
    store_list_version,
)


def _person(ident: str, name: str, **props: list[str]) -> dict[str, Any]:
    return {"id": ident, "schema": "Person", "properties": {"name": [name], **props}}


def _info(sha: str, name: str = "demo") -> ListVersionInfo:
    return ListVersionInfo(
        name=name, format="ftm", source=f"/tmp/{sha}.json", sha256=sha, records=3
    )


V1 = [_person("p1", "Kim Yong Bok"), _person("p2", "Ri Chang Ho"), _person("p3", "Pak Jong Chon")]


def test_load_status_and_entities(store_url: str) -> None:
    engine = get_engine(store_url)
    out = store_list_version(engine, _info("a"), V1)
    assert (out.version, out.entities, out.previous_entities) == (1, 3, None)
    [status] = list_status(engine)
    assert status["name"] == "demo" and status["entities"] == 3 and status["current"]
    assert {e["id"] for e in current_entities(engine)} == {"p1", "p2", "p3"}
    assert get_list_entity(engine, "p2")["datasets"] == ["demo"]  # type: ignore[index]
    assert get_list_entity(engine, "nope") is None


def test_unchanged_source_is_not_loaded_again(store_url: str) -> None:
    engine = get_engine(store_url)
    store_list_version(engine, _info("a"), V1)
    again = store_list_version(engine, _info("a"), V1)
    assert again.unchanged and again.version is None
    assert list_status(engine)[0]["version"] == 1


def test_diff_between_versions(store_url: str) -> None:
    engine = get_engine(store_url)
    store_list_version(engine, _info("a"), V1)
    v2 = [V1[0], _person("p2", "Ri Chang Ho", birthDate=["1964"]), _person("p4", "Ro Kwang Chol")]
    store_list_version(engine, _info("b"), v2)
    diff = diff_list(engine, "demo")
    assert (diff["from_version"], diff["to_version"]) == (1, 2)
    assert [d["id"] for d in diff["added"]] == ["p4"]
    assert [d["id"] for d in diff["removed"]] == ["p3"]
    assert [d["id"] for d in diff["changed"]] == ["p2"]
    with pytest.raises(SanctionWatchError, match="no list named"):
        diff_list(engine, "other")


def test_an_empty_list_is_refused_and_the_old_one_keeps_serving(store_url: str) -> None:
    engine = get_engine(store_url)
    store_list_version(engine, _info("a"), V1)
    with pytest.raises(ListLoadRefused, match="0 entities"):
        store_list_version(engine, _info("empty"), [])
    assert [s["version"] for s in list_status(engine)] == [1]
    assert len(list(current_entities(engine))) == 3
    forced = store_list_version(engine, _info("empty"), [], force=True)
    assert forced.entities == 0 and list_status(engine)[0]["version"] == forced.version


def test_a_load_failing_midway_leaves_nothing(store_url: str) -> None:
    engine = get_engine(store_url)
    store_list_version(engine, _info("a"), V1)

    def broken() -> Any:
        yield _person("q1", "Someone")
        raise OSError("connection reset while downloading")

    with pytest.raises(OSError):
        store_list_version(engine, _info("b"), broken())
    assert {e["id"] for e in current_entities(engine)} == {"p1", "p2", "p3"}
    assert len(list_status(engine)) == 1


def test_old_versions_keep_metadata_but_not_entities(store_url: str) -> None:
    engine = get_engine(store_url)
    for i in range(4):
        store_list_version(engine, _info(str(i)), V1)
    from sqlalchemy import func, select

    from sanctionwatch.store.tables import list_entities, list_versions

    with engine.connect() as conn:
        assert conn.scalar(select(func.count()).select_from(list_versions)) == 4
        kept = conn.scalar(select(func.count(func.distinct(list_entities.c.version_pk))))
    assert kept == 2
