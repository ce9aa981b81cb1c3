"""/match scored in forked processes, so one server uses more than one core.

One Python process scores on one core at a time (its interpreter lock). With more than
one scoring process (`serve --processes N`, SANCTIONWATCH_API_PROCESSES), the server
forks them once its snapshot is decoded: they share its memory page by page
(copy-on-write; the decoded objects are first frozen out of the garbage collector's
sight, so no collection writes to them), and each scores the /match requests the event
loop hands it. The event loop, /search, /entities and the rest stay in the server
process, which keeps every connection: a list swap never drops one.

A swap forks a new set from the new snapshot, switches to it in one assignment (every
/match request after that is scored against the new lists, and /updatez answers only
then), and retires the old set once its requests in flight are done.
"""

from __future__ import annotations

import gc
import logging
import multiprocessing
import os
import signal
import stat
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from sanctionwatch.api.errors import ApiError, ErrorItem, NotReady
from sanctionwatch.api.snapshot import Snapshot
from sanctionwatch.api.workers import Budget

log = logging.getLogger(__name__)

# The snapshot a scoring process serves: set in the server just before it forks them.
_SERVING: Snapshot | None = None
_FORKING = threading.Lock()  # one set forked at a time (each reads `_SERVING`)
ORPHAN_CHECK = 1.0  # seconds between a scoring process's checks that its server lives


def default_count() -> int:
    """One scoring process per core this server may run on (1: score in threads)."""
    return len(os.sched_getaffinity(0))


def _child_start() -> None:
    # The server's signal handlers write to its event loop's wake-up socket, inherited
    # here: a scoring process would wake the server for signals meant for itself.
    signal.set_wakeup_fd(-1)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C: the server shuts the set down
    _drop_sockets()
    # A server killed outright (kill -9) cannot end its scoring processes, and they never
    # see its pipes close (each holds their ends too): they end when it is gone.
    server = os.getppid()
    threading.Thread(target=_orphaned, args=(server,), daemon=True).start()


def _orphaned(server: int) -> None:
    while os.getppid() == server:
        time.sleep(ORPHAN_CHECK)
    os._exit(0)


def _drop_sockets() -> None:
    """Let go of every socket inherited from the server: its listening socket, its
    clients' connections and its database connections. A connection stays open while
    any process holds it, so one the server closed would otherwise never close for its
    client. (The executor talks to this process over pipes, not sockets.) Each is
    pointed at /dev/null rather than closed, so a finaliser that still writes to its
    number writes nowhere."""
    null = os.open(os.devnull, os.O_RDWR)
    try:
        for name in os.listdir("/proc/self/fd"):
            fd = int(name)
            try:
                if fd != null and stat.S_ISSOCK(os.fstat(fd).st_mode):
                    os.dup2(null, fd)
            except OSError:
                continue  # the listing's own descriptor, gone by now
    finally:
        os.close(null)


def _pid() -> int:
    return os.getpid()


def _served(pause: float) -> tuple[int, tuple[Any, ...]]:
    time.sleep(pause)  # busy a while, so that each of a batch of calls lands on another process
    snapshot = _SERVING
    return os.getpid(), () if snapshot is None else snapshot.fingerprint


def _call(work: Callable[..., Any], deadline: float, seconds: float, args: tuple[Any, ...]) -> Any:
    """`work(snapshot, *args, budget)` in a scoring process; an API error comes back as
    values (its class, detail and items), since its constructor takes more than its args."""
    assert _SERVING is not None
    budget = Budget(seconds)
    budget.deadline = deadline  # the server's clock: CLOCK_MONOTONIC is one per machine
    try:
        budget.check()  # waited out its budget in the queue: do not start
        return ("ok", work(_SERVING, *args, budget))
    except ApiError as err:
        return ("error", type(err), err.detail, [e.model_dump() for e in err.errors])


def _result(raw: tuple[Any, ...]) -> Any:
    if raw[0] == "ok":
        return raw[1]
    _, kind, detail, items = raw
    raise kind(detail, [ErrorItem(**item) for item in items])


class ScoringProcesses:
    """`count` processes forked from this one, scoring against `snapshot`."""

    def __init__(self, snapshot: Snapshot, count: int) -> None:
        global _SERVING
        self.snapshot = snapshot
        self.count = count
        self._retiring = threading.Lock()
        with _FORKING:
            _SERVING = snapshot
            # What the snapshot made so far is never collected while it serves: out of
            # the collector's sight, its pages stay shared with the forked processes.
            gc.freeze()
            context = multiprocessing.get_context("fork")
            self._pool = ProcessPoolExecutor(count, context, initializer=_child_start)
            try:
                # The first submit forks all of them (the fork start method starts the
                # whole set at once); a call per process waits until they answer.
                started = [self._pool.submit(_pid) for _ in range(count)]
                for future in started:
                    future.result(timeout=60)
                self.pids = sorted(self._pool._processes)  # the fork start method: all of them
            finally:
                _SERVING = None  # the children hold their copy; this process has `snapshot`

    def served(self, pause: float = 0.3) -> dict[int, tuple[Any, ...]]:
        """Process id -> the fingerprint of the snapshot it serves, for as many calls as
        there are processes, each kept busy `pause` seconds (a test aid)."""
        calls = [self._pool.submit(_served, pause) for _ in range(self.count)]
        return dict(f.result(timeout=60) for f in calls)

    def submit(self, work: Callable[..., Any], budget: Budget, *args: Any) -> Future[Any]:
        """`work(snapshot, *args, budget)` in a scoring process; raises RuntimeError when
        this set is retired or broken (take the holder's current one then)."""
        outer: Future[Any] = Future()
        inner = self._pool.submit(_call, work, budget.deadline, budget.seconds, args)

        def settle(done: Future[Any]) -> None:
            if not outer.set_running_or_notify_cancel():
                return
            try:
                outer.set_result(_result(done.result()))
            except BrokenProcessPool:
                outer.set_exception(
                    NotReady("A scoring process stopped; it is being restarted, retry now")
                )
            except BaseException as exc:  # noqa: BLE001 - handed to the awaiting request
                outer.set_exception(exc)

        inner.add_done_callback(settle)
        return outer

    @property
    def broken(self) -> bool:
        return bool(self._pool._broken)

    def retire(self) -> None:
        """Let the requests in flight finish, then end the processes (blocking)."""
        started = time.monotonic()
        with self._retiring:  # once: a second shutdown would close the pipes twice
            self._pool.shutdown(wait=True, cancel_futures=False)
        log.info("scoring processes retired in %.2f s", time.monotonic() - started)
