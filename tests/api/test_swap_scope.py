"""A /match during a swap's switch: the new snapshot serves while the old scoring
processes still score (`IndexHolder._switch`). A request whose dataset scope names a
list those processes lack must not be scored by them (it would find nothing there)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import httpx
import pytest

import sanctionwatch.api.state as state
from tests.api.conftest import KEYED, demo_store, load_list, make_app, serve

EXTRA = {"id": "extra-kim", "schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}
BODY = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}}}


def _ids(answer: httpx.Response) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [r["id"] for r in answer.json()["responses"]["q"]["results"]]


def test_a_match_in_the_switch_window_is_scored_against_its_scope(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    app = make_app(engine, processes=2)
    holder = app.state.holder
    forking, release = threading.Event(), threading.Event()
    real = state.ScoringProcesses

    def held_fork(snapshot: Any, count: int) -> Any:
        if "extra" in snapshot.lists:  # the new set: hold the switch window open
            forking.set()
            assert release.wait(60)
        return real(snapshot, count)

    with serve(app) as url:
        old = holder.scoring
        assert old is not None
        monkeypatch.setattr(state, "ScoringProcesses", held_fork)
        load_list(engine, "extra", [EXTRA], "extra-1")  # a list the old processes lack
        swap = threading.Thread(
            target=httpx.post, args=(f"{url}/updatez",), kwargs={"headers": KEYED, "timeout": 60}
        )
        swap.start()
        try:
            assert forking.wait(60)
            # the window: the new snapshot serves, processes of the old one still score
            scoring = holder.scoring
            assert "extra" in holder.snapshot.lists
            assert scoring is not None and "extra" not in dict(scoring.fingerprint)
            assert "extra" in [e["name"] for e in httpx.get(f"{url}/catalog").json()["datasets"]]
            scoped = httpx.post(f"{url}/match/extra", json=BODY, timeout=30)
            everything = httpx.post(f"{url}/match/default", json=BODY, timeout=30)
        finally:
            release.set()
            swap.join(60)
        assert _ids(scoped) == ["extra-kim"]
        assert "extra-kim" in _ids(everything)
        # after the switch the new set scores the same request alike
        assert holder.scoring is not None and "extra" in dict(holder.scoring.fingerprint)
        assert _ids(httpx.post(f"{url}/match/extra", json=BODY, timeout=30)) == ["extra-kim"]
