"""kill -9 at a random moment of `ingest` and of `lists load`, on each store, then the
consistency checks of bench/faults.py (which runs 20 moments per store as a bench)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from tests.conftest import EXAMPLES, REPO


@pytest.mark.parametrize("store", ["sqlite", "postgresql"])
def test_a_kill_at_a_random_moment_leaves_a_consistent_store(store: str) -> None:
    pg = os.environ.get("SANCTIONWATCH_TEST_PG_URL", "")
    if store == "postgresql" and not pg:
        pytest.skip("SANCTIONWATCH_TEST_PG_URL is not set")
    command = [sys.executable, str(REPO / "bench" / "faults.py"), "--moments", "1", "--json"]
    command += ["--corpus", str(EXAMPLES / "news"), "--list-lines", "200", "--seed", "9"]
    env = {**os.environ, "SANCTIONWATCH_TEST_PG_URL": pg if store == "postgresql" else ""}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=600)
    assert "Traceback" not in done.stderr, done.stderr
    results = json.loads(done.stdout)[store]
    for moment in results["ingest"]:
        assert moment["half_written"] == 0 and moment["equal_to_reference"], moment
        assert moment["rerun_clean"], moment
    for moment in results["lists load"]:
        assert moment["previous_or_complete"] and moment["final_complete"], moment
        assert moment["rerun_clean"], moment
    assert done.returncode == 0
