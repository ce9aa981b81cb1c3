"""/match scored in forked processes (`serve --processes N`): answers as in threads, and
a list swap reaches every scoring process before /updatez says ok (issue 9 defect 5)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests.api.conftest import DEMO, KEYED, demo_store, load_list, make_app, serve

NEW = {"id": "demo-new", "schema": "Person", "properties": {"name": ["Kim Yong Bok Jr"]}}
BODY = {"queries": {"q": {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}}}


def _ids(answer: httpx.Response) -> list[str]:
    assert answer.status_code == 200, answer.text
    return [r["id"] for r in answer.json()["responses"]["q"]["results"]]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a retired process may linger as a zombie until its parent reaps it
    stat = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return stat[0] != "Z"


def test_processes_answer_as_threads_do(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine)) as url:
        threaded = httpx.post(f"{url}/match/default", json=BODY, timeout=30).json()
    app = make_app(engine, processes=2)
    with serve(app) as url:
        forked = httpx.post(f"{url}/match/default", json=BODY, timeout=30).json()
        scoring = app.state.holder.scoring
        assert scoring is not None and len(scoring.pids) == 2
        assert os.getpid() not in scoring.pids
        # errors raised in a scoring process come back with their status and detail
        bad = {"queries": {"q": {"schema": "Person", "properties": {"nosuch": ["x"]}}}}
        refused = httpx.post(f"{url}/match/default", json=bad, timeout=30)
        assert refused.status_code == 400
        assert "nosuch" in refused.json()["detail"]
    assert forked == threaded
    assert not any(_alive(pid) for pid in scoring.pids)  # ended with the server


def test_a_swap_reaches_every_scoring_process_before_updatez_answers(tmp_path: Path) -> None:
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    app = make_app(engine, processes=2)
    holder = app.state.holder
    statuses: list[int] = []
    lock = threading.Lock()
    with serve(app) as url:
        before = holder.scoring
        assert before is not None
        old_pids = before.pids
        assert "demo-new" not in _ids(httpx.post(f"{url}/match/default", json=BODY, timeout=30))

        def client() -> None:
            with httpx.Client(base_url=url, timeout=30) as http:
                for _ in range(20):
                    code = http.post("/match/default", json=BODY).status_code
                    with lock:
                        statuses.append(code)

        with ThreadPoolExecutor(4) as pool:
            running = [pool.submit(client) for _ in range(4)]
            load_list(engine, "demo", [*DEMO, NEW], "demo-2")
            answer = httpx.post(f"{url}/updatez", headers=KEYED, timeout=60)
            assert answer.json() == {"status": "ok"}
            # once /updatez has answered, every /match sees the new version ...
            with httpx.Client(base_url=url, timeout=30) as http:
                for _ in range(10):
                    assert "demo-new" in _ids(http.post("/match/default", json=BODY))
            for future in running:
                future.result()
        after = holder.scoring
        assert after is not None and after is not before
        # ... because every process of the new set serves it, and the old set is ending
        served = after.served()
        assert len(served) == 2 and set(served) == set(after.pids)
        assert all(f == holder.snapshot.fingerprint for f in served.values())
        assert dict(holder.snapshot.fingerprint)["demo"] == 2
        assert not set(old_pids) & set(after.pids)
        for _ in range(100):
            if not any(_alive(pid) for pid in old_pids):
                break
            threading.Event().wait(0.05)
        assert not any(_alive(pid) for pid in old_pids)
    assert statuses.count(200) == len(statuses) == 80


def test_serve_refuses_a_bad_process_count(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sanctionwatch.cli import app

    db = f"sqlite:///{tmp_path / 's.db'}"
    for bad in ("0", "many", "²", "65"):
        result = CliRunner().invoke(app, ["serve", "--db", db, "--processes", bad])
        assert result.exit_code == 2, (bad, result.output)
        assert "--processes" in result.output


def _read_until_closed(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):  # b"": the server closed it; a timeout raises
        data += chunk
    return data


def test_a_connection_open_across_a_swap_still_closes(tmp_path: Path) -> None:
    """Scoring processes forked while a client is connected must not hold its connection
    open after the server closes it (else the client waits for an answer that never comes)."""
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    with serve(make_app(engine, processes=2)) as url:
        host, port = url.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as sock:
            sock.sendall(f"GET /healthz HTTP/1.1\r\nHost: {host}\r\n\r\n".encode())
            first = b""
            while not first.endswith(b'{"status":"ok"}'):  # the whole answer, body included
                first += sock.recv(65536)
            assert first.startswith(b"HTTP/1.1 200")
            load_list(engine, "demo", [*DEMO, NEW], "demo-2")  # forks a new set meanwhile
            answer = httpx.post(f"{url}/updatez", headers=KEYED, timeout=60)
            assert answer.json() == {"status": "ok"}
            sock.sendall(
                f"GET /healthz HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode()
            )
            assert _read_until_closed(sock).startswith(b"HTTP/1.1 200")


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(stat[1]) == pid:
                found.append(int(entry.name))
    return found


def test_scoring_processes_end_when_the_server_is_killed(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    demo_store(f"sqlite:///{db}")
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    command = [str(Path(sys.executable).parent / "sanctionwatch"), "serve", "--db", str(db)]
    command += ["--port", str(port), "--processes", "2"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(600):  # a loaded machine: up to 60 s
            try:
                if httpx.get(f"http://127.0.0.1:{port}/readyz", timeout=5).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            threading.Event().wait(0.1)
        children = _children(server.pid)
        assert len(children) == 2
    finally:
        server.kill()  # kill -9: no shutdown code runs
        server.wait()
    for _ in range(200):
        if not any(_alive(pid) for pid in children):
            break
        threading.Event().wait(0.05)
    assert not any(_alive(pid) for pid in children)


def test_a_request_holding_a_retired_set_is_scored_by_the_new_one(tmp_path: Path) -> None:
    """A request that took the scoring processes just before a swap retired them (a
    thread switch between the two) is handed to the new set, not answered with a 500."""
    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    app = make_app(engine, processes=2)
    holder = app.state.holder
    with serve(app) as url:
        retired = holder.scoring
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        assert httpx.post(f"{url}/updatez", headers=KEYED, timeout=60).status_code == 200
        retired.retire()  # (already under way in the background)
        current = holder.current_scoring
        calls = iter([retired])
        holder.current_scoring = lambda: next(calls, None) or current()
        assert "demo-new" in _ids(httpx.post(f"{url}/match/default", json=BODY, timeout=30))


def test_a_scoring_process_that_dies_is_replaced(tmp_path: Path) -> None:
    """A scoring process killed mid-service: the requests it held get a 503 asking to
    retry (never a hang or a 500), and a new set takes over."""
    import signal

    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    app = make_app(engine, processes=2)
    holder = app.state.holder
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        assert "demo-kim" in _ids(http.post("/match/default", json=BODY))
        first = holder.scoring
        assert first is not None
        os.kill(first.pids[0], signal.SIGKILL)
        codes = []
        for _ in range(600):  # a loaded machine: up to 60 s for the new set
            answer = http.post("/match/default", json=BODY)
            codes.append(answer.status_code)
            if answer.status_code != 200:
                assert answer.status_code == 503, answer.text
            scoring = holder.scoring
            if scoring is not None and scoring is not first and answer.status_code == 200:
                break
            threading.Event().wait(0.1)
        assert first.broken
        replaced = holder.scoring
        assert replaced is not None and replaced is not first
        assert not set(replaced.pids) & set(first.pids)
        assert "demo-kim" in _ids(http.post("/match/default", json=BODY))
        for _ in range(100):
            if not any(_alive(pid) for pid in first.pids):
                break
            threading.Event().wait(0.05)
        assert not any(_alive(pid) for pid in first.pids)  # the survivor ended with its set


def test_a_swap_lets_go_of_the_old_snapshot_unless_a_request_holds_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The old snapshot is freed before the new scoring processes are forked, so that
    they never map it (issue 9: it outlived the swap in them, a second copy of the
    index); a request still holding it when the swap comes keeps it whole."""
    import sys

    import sanctionwatch.api.state as state
    from sanctionwatch.api.matching import build_matcher

    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    app = make_app(engine, processes=2, matcher_factory=build_matcher)
    holder = app.state.holder
    with serve(app) as url:
        held = holder.current()
        count = len(held.entities)
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        assert httpx.post(f"{url}/updatez", headers=KEYED, timeout=60).json() == {"status": "ok"}
        assert holder.current() is not held
        assert len(held.entities) == count and held.get("demo-kim") is not None
        assert held.matcher is not None and held.matcher.index.get("demo-kim") is not None
        assert "demo-new" in _ids(httpx.post(f"{url}/match/default", json=BODY, timeout=30))
        del held

        # Nothing holds the second snapshot but the server: by the time the next set is
        # forked, no part of it holds its values (an entity's dict, the index's entry).
        second = holder.current()
        entity = second.entities["demo-kim"]
        indexed = second.matcher.index.get("demo-kim")
        del second
        forked = state.ScoringProcesses
        at_fork: list[tuple[int, int, int]] = []

        def forking(snapshot: Any, count: int) -> Any:
            # `entity`/`indexed` (this closure's cells) and getrefcount's argument
            at_fork.append((count, sys.getrefcount(entity), sys.getrefcount(indexed)))
            return forked(snapshot, count)

        monkeypatch.setattr(state, "ScoringProcesses", forking)
        load_list(engine, "demo", DEMO, "demo-3")
        assert httpx.post(f"{url}/updatez", headers=KEYED, timeout=60).json() == {"status": "ok"}
        # a fresh set for the old snapshot while the new one decodes, then the new set
        assert [count for count, _, _ in at_fork] == [2, 2]
        assert at_fork[-1] == (2, 2, 2)
        assert "demo-new" not in _ids(httpx.post(f"{url}/match/default", json=BODY, timeout=30))
        scoring = holder.scoring
        assert scoring is not None and len(scoring.pids) == 2
        assert scoring.fingerprint == holder.current().fingerprint


def _app_whose_second_build_fails(tmp_path: Path) -> tuple[Any, Any]:
    """A demo store and a two-process app on it whose matcher builds once, then every
    later build (the next swap's) raises "disk on fire"."""
    from tests.api.conftest import TokenMatcher

    builds: list[int] = []

    def flaky(entities: Any) -> Any:
        builds.append(1)
        if len(builds) > 1:
            raise RuntimeError("disk on fire")
        return TokenMatcher(entities)

    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    return engine, make_app(engine, processes=2, matcher_factory=flaky)


def test_a_failed_build_gives_the_old_snapshot_its_full_set_back(tmp_path: Path) -> None:
    """While a new snapshot is built, a fresh set scores for the old one; when the
    build fails the old snapshot keeps serving, with all its processes."""
    engine, app = _app_whose_second_build_fails(tmp_path)
    holder = app.state.holder
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        first = holder.scoring
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        failed = http.post("/updatez", headers=KEYED)
        assert failed.status_code == 503 and "disk on fire" in failed.json()["detail"]
        scoring = holder.scoring
        assert scoring is not None and scoring is not first and len(scoring.pids) == 2
        assert scoring.fingerprint == holder.current().fingerprint
        assert "demo-kim" in _ids(http.post("/match/default", json=BODY))
        assert "demo-new" not in _ids(http.post("/match/default", json=BODY))
        assert set(scoring.served()) == set(scoring.pids)


def test_updatez_reports_the_swaps_phases_when_asked(tmp_path: Path) -> None:
    """`POST /updatez?phases=true` that swapped lists in says how, step by step, on the
    server's monotonic clock (what `bench/load.py --phases` lays requests against)."""
    import time

    from sanctionwatch.api.matching import build_matcher

    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    app = make_app(engine, processes=2, matcher_factory=build_matcher)
    with serve(app) as url:
        unchanged = httpx.post(f"{url}/updatez?phases=true", headers=KEYED, timeout=60)
        assert unchanged.json() == {"status": "ok"}  # nothing swapped: nothing to report
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        before = time.monotonic()
        answer = httpx.post(f"{url}/updatez?phases=true", headers=KEYED, timeout=60).json()
        after = time.monotonic()
    assert answer["status"] == "ok"
    phases = answer["phases"]
    names = [p["name"] for p in phases]
    assert names[:2] == ["narrow", "read"] and names[-3:] == ["free", "fork", "retire"]
    assert "decode" in names and "materialize" in names
    ends = [before] + [p["at"] + p["wall"] for p in phases]
    for phase, previous_end in zip(phases, ends, strict=False):
        assert previous_end - 0.01 <= phase["at"] <= after
        assert 0 <= phase["cpu"] <= phase["process_cpu"] + 0.01
        assert phase["cpu"] <= phase["wall"] + 0.01
    assert phases[-1]["at"] + phases[-1]["wall"] <= after


def test_the_old_snapshot_keeps_a_full_set_while_the_new_one_decodes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A swap forks a fresh set as large as the serving one for the old snapshot (one
    process left /match half the cores for the whole decoding); when the build then
    fails, that set stays: nothing more is forked."""
    import sanctionwatch.api.state as state

    engine, app = _app_whose_second_build_fails(tmp_path)
    holder = app.state.holder
    with serve(app) as url, httpx.Client(base_url=url, timeout=30) as http:
        first = holder.scoring
        assert first is not None
        forked = state.ScoringProcesses
        counts: list[int] = []
        serving_while_forked: list[Any] = []

        def forking(snapshot: Any, count: int) -> Any:
            counts.append(count)
            serving_while_forked.append(holder.scoring)
            return forked(snapshot, count)

        monkeypatch.setattr(state, "ScoringProcesses", forking)
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        assert http.post("/updatez", headers=KEYED).status_code == 503
        assert counts == [2]  # the fresh set, forked while the old one still scored
        assert serving_while_forked == [first]
        scoring = holder.scoring
        assert scoring is not None and scoring is not first and len(scoring.pids) == 2
        assert "demo-kim" in _ids(http.post("/match/default", json=BODY))
    for _ in range(100):
        if not any(_alive(pid) for pid in first.pids):
            break
        threading.Event().wait(0.05)
    assert not any(_alive(pid) for pid in first.pids)


def test_match_stays_with_processes_while_the_old_snapshot_is_freed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While the swap frees the old snapshot and forks the new set, /match is scored by
    the old snapshot's processes (threads of the server scored it before: one core,
    shared with the freeing); once /updatez answers, the new set scores and the old one
    has ended."""
    import sanctionwatch.api.state as state

    engine = demo_store(f"sqlite:///{tmp_path / 's.db'}")
    app = make_app(engine, processes=2)
    holder = app.state.holder
    during: list[Any] = []
    real_let_go = state._let_go

    def letting_go(held: list[Any]) -> None:
        scoring = holder.current_scoring()
        during.append((scoring, held[0].fingerprint, holder.current().fingerprint))
        real_let_go(held)

    monkeypatch.setattr(state, "_let_go", letting_go)
    with serve(app) as url:
        load_list(engine, "demo", [*DEMO, NEW], "demo-2")
        assert httpx.post(f"{url}/updatez", headers=KEYED, timeout=60).json() == {"status": "ok"}
        assert "demo-new" in _ids(httpx.post(f"{url}/match/default", json=BODY, timeout=30))
        [(scoring, old, new)] = during
        assert scoring is not None and scoring.fingerprint == old != new
        assert holder.scoring is not None and holder.scoring.fingerprint == new
        assert not any(_alive(pid) for pid in scoring.pids)  # retired before the answer
