"""Loads that lose nothing silently: a shrunken list names what it lost, and two loads of
one list at once serialise or fail with one line (issue 9, defects 4 and 7)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sanctionwatch.loading import load_source
from sanctionwatch.store import get_engine
from sanctionwatch.store.lists import list_status, list_versions_of
from tests.conftest import LISTS

OFAC_2024 = LISTS / "ofac" / "2024-05" / "sdn.csv"


def _head(target: Path, lines: int, skip: tuple[int, ...] = ()) -> Path:
    kept = OFAC_2024.read_bytes().splitlines(keepends=True)[:lines]
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(b"".join(line for n, line in enumerate(kept, 1) if n not in skip))
    return target


def test_a_load_that_loses_entities_names_them(tmp_path: Path, store_url: str) -> None:
    engine = get_engine(store_url)
    load_source(engine, str(_head(tmp_path / "a" / "sdn.csv", 200)), name="ofac")
    outcome, warnings = load_source(
        engine, str(_head(tmp_path / "b" / "sdn.csv", 200, skip=(2, 3))), name="ofac"
    )
    assert outcome.version == 2
    [lost] = [w for w in warnings if "lacks" in w]
    assert lost.startswith("ofac: version 2 lacks 2 entities that version 1 had: ")
    assert "ofac-173 (ANGLO-CARIBBEAN CO., LTD.)" in lost and "ofac-306 " in lost
    assert "lists diff ofac" in lost
    _, same = load_source(engine, str(_head(tmp_path / "c" / "sdn.csv", 201)), name="ofac")
    assert not [w for w in same if "lacks" in w]  # only additions: nothing to say


def _load(path: Path, url: str) -> subprocess.Popen[str]:
    command = [str(Path(sys.executable).parent / "sanctionwatch"), "lists", "load", str(path)]
    return subprocess.Popen(
        [*command, "--name", "ofac", "--db", url],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_two_loads_of_one_list_at_once(tmp_path: Path, store_url: str) -> None:
    get_engine(store_url)  # migrated before the race, as a served store is
    first = _head(tmp_path / "a" / "sdn.csv", 1000)
    second = _head(tmp_path / "b" / "sdn.csv", 990)
    runs = [_load(first, store_url), _load(second, store_url)]
    results = [(p.wait(120), *p.communicate()) for p in runs]
    for code, _out, err in results:
        assert "Traceback" not in err, err
        if code != 0:  # the loser: one line saying what happened and what to do
            [line] = [x for x in err.splitlines() if x.strip()]
            assert "being loaded by another process" in line and "run it again" in line
    engine = get_engine(store_url)
    versions = list_versions_of(engine, "ofac")
    assert len(versions) == sum(code == 0 for code, _, _ in results) >= 1
    assert [v["version"] for v in versions] == list(range(len(versions), 0, -1))
    [current] = list_status(engine)
    assert current["version"] == len(versions) and current["entities"] > 0


def test_the_warning_lists_what_a_full_diff_lists_as_removed(
    tmp_path: Path, store_url: str
) -> None:
    """`removed_parties` (the load's warning) skips the field-by-field comparison of the
    kept parties; the parties it names are the full diff's, in its order."""
    from sanctionwatch.store.lists import diff_list, removed_parties

    engine = get_engine(store_url)
    load_source(engine, str(_head(tmp_path / "a" / "sdn.csv", 400)), name="ofac")
    load_source(engine, str(_head(tmp_path / "b" / "sdn.csv", 300, skip=(5, 9, 40))), name="ofac")
    diff = diff_list(engine, "ofac")
    assert len(diff["removed"]) > 3 and diff["changed"] == []
    assert removed_parties(engine, "ofac") == (1, 2, diff["removed"])
