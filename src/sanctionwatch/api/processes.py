"""/match scored in forked processes, so one server uses more than one core.

One Python process scores on one core at a time (its interpreter lock). With more than
one scoring process (`serve --processes N`, SANCTIONWATCH_API_PROCESSES), the server
forks them once its snapshot is decoded: they share its memory page by page
(copy-on-write; the decoded objects are first frozen out of the garbage collector's
sight, so no collection writes to them), and each scores the /match requests the event
loop hands it. The event loop, /search, /entities and the rest stay in the server
process, which keeps every connection: a list swap never drops one.

A swap (`state.IndexHolder`) forks the new set from a server that has let go of the
old snapshot by then, so no process maps two snapshots (the old set scores /match
meanwhile), and retires the old set once the new one scores; /updatez answers then.

The server talks to each scoring process over a pair of pipes of its own, from its event
loop: a request is pickled and written to the pipe of the process with the fewest calls
in hand, and the answer is read when the loop sees it ready, with no thread in between.
(A `ProcessPoolExecutor` moved each request through a queue thread and a feeder thread
and each answer through its manager thread: four thread switches and as many wake-up
writes per request, a third of the server process's CPU per /match request.) Each
process has at most `IN_FLIGHT` requests sent to it; the rest wait in the server, and go
to whichever process is free first.
"""

from __future__ import annotations

import asyncio
import contextlib
import gc
import itertools
import logging
import multiprocessing
import os
import pickle
import select
import signal
import stat
import struct
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sanctionwatch.api.errors import ApiError, ErrorItem, NotReady
from sanctionwatch.api.snapshot import Snapshot
from sanctionwatch.api.workers import Budget

log = logging.getLogger(__name__)

# The snapshot a scoring process serves: set in the server just before it forks them.
_SERVING: Snapshot | None = None
_FORKING = threading.Lock()  # one set forked at a time (each reads `_SERVING`)
ORPHAN_CHECK = 1.0  # seconds between a scoring process's checks that its server lives
IN_FLIGHT = 2  # requests sent to one process at a time: one scored, the next waiting in its pipe
RETIRE_WAIT = 600.0  # seconds a retiring set waits for its requests in flight at most
FRAME = struct.Struct("!I")  # each message: its length, then its pickle
READ_SIZE = 1 << 18
# A scoring process busy for this many collections of the middle generation in a row
# collects in full between two calls (`_collect_when_idle`); the interpreter never does.
FULL_WHEN_BUSY = 100
# The server's ends of the pipes of every live set: a process forked later closes them
# (else a pipe would never report its other end closed).
_SERVER_FDS: set[int] = set()


def default_count() -> int:
    """One scoring process per core this server may run on (1: score in threads)."""
    return len(os.sched_getaffinity(0))


def _child_start(keep: tuple[int, int]) -> None:
    for fd in _SERVER_FDS:  # the server's ends of every set's pipes, and the other
        if fd not in keep:  # processes' ends of this set's
            _close(fd)
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
    # Forked during `serve`'s start-up, a process inherits collection switched off (only
    # the server turns it back on) and would never free a reference cycle; what it
    # inherited is frozen out of the collector's sight, so its pages stay shared.
    gc.freeze()
    # No full collection inside a call (`_collect_when_idle` runs them between calls).
    young, middle, _full = gc.get_threshold()
    gc.set_threshold(young, middle, 1 << 30)
    gc.enable()


def _collect_when_idle(requests: int) -> None:
    """Between calls, with none waiting: the young generations collected, then what
    survives frozen out of the collector's sight.

    The interpreter's full collections walk every object the process has made since it
    forked, and the screening caches grow with the queries it has seen: after a few
    thousand queries one took 60-130 ms of CPU, inside whichever call tripped it,
    holding up that call and the next one queued on this process (the /match p99 tail
    of `bench/api.py`). Between calls, what is alive is what the process keeps (a
    call's own objects are gone, its cycles collected here), so it is frozen, and
    collections walk only what the calls since have made. Not a full collection: that
    untracks the caches' dicts while they hold no containers, and the next entry
    tracks them again as new objects, walked by every young collection until the
    next freeze. (A kept object that later ends in a reference cycle is never freed;
    scoring makes no cycles, `tests/screening/test_compiled.py`.)"""
    _young, middle, full = gc.get_count()
    if middle == full == 0:
        return  # no collection since the last freeze: too little made to be worth one
    if full >= FULL_WHEN_BUSY:
        gc.collect()  # busy with calls this long: collect in full, if late
    elif select.select([requests], [], [], 0)[0]:
        return
    else:
        gc.collect(1)
    gc.freeze()


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


def _close(fd: int) -> None:
    with contextlib.suppress(OSError):
        os.close(fd)


def _served(pause: float) -> tuple[int, tuple[Any, ...]]:
    time.sleep(pause)  # busy a while (a test aid)
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
    if raw[0] == "raised":
        raise raw[1]
    _, kind, detail, items = raw
    raise kind(detail, [ErrorItem(**item) for item in items])


def _read_exactly(fd: int, size: int) -> bytes | None:
    """`size` bytes from `fd`, or None at its end."""
    chunks = []
    while size:
        chunk = os.read(fd, size)
        if not chunk:
            return None
        chunks.append(chunk)
        size -= len(chunk)
    return b"".join(chunks)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def _frame(message: Any) -> bytes:
    body = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    return FRAME.pack(len(body)) + body


def _answer(call: tuple[Any, ...]) -> tuple[Any, ...]:
    """What one call (id, what, deadline, seconds, args) gives: (id, result as values)."""
    number, work, deadline, seconds, args = call
    try:
        if work is _served:
            return number, ("ok", _served(*args))
        return number, _call(work, deadline, seconds, args)
    except Exception as exc:  # noqa: BLE001 - a bug: raised in the server as it was here
        try:
            pickle.dumps(exc)
        except Exception:  # noqa: BLE001 - an exception that does not pickle
            exc = RuntimeError(f"{type(exc).__name__}: {exc}")
        return number, ("raised", exc)


def _serve_calls(requests: int, answers: int) -> None:
    """A scoring process's life: read a call, answer it, until the server closes the pipe."""
    _child_start((requests, answers))
    while True:
        _collect_when_idle(requests)
        head = _read_exactly(requests, FRAME.size)
        body = None if head is None else _read_exactly(requests, FRAME.unpack(head)[0])
        if body is None:
            break
        _write_all(answers, _frame(_answer(pickle.loads(body))))
    os._exit(0)  # nothing of the server's (atexit handlers, finalisers) runs here


@dataclass(eq=False)
class _Child:
    """One scoring process and the server's ends of its two pipes."""

    process: Any
    requests: int  # written by the server
    answers: int  # read by the server
    sent: int = 0  # calls written and not yet answered
    pending: bytearray = field(default_factory=bytearray)  # a write the pipe had no room for
    received: bytearray = field(default_factory=bytearray)
    listening: bool = False


class ScoringProcesses:
    """`count` processes forked from this one, scoring against `snapshot`."""

    def __init__(self, snapshot: Snapshot, count: int) -> None:
        global _SERVING
        # Not the snapshot itself: a retired set someone still holds must not keep it alive.
        self.fingerprint = snapshot.fingerprint
        self.count = count
        self._retiring = threading.Lock()
        self._lock = threading.Lock()  # the state below, touched by the loop and `retire`
        self._loop: asyncio.AbstractEventLoop | None = None
        self._calls: dict[int, tuple[asyncio.Future[Any], _Child]] = {}
        self._waiting: deque[tuple[int, bytes, asyncio.Future[Any]]] = deque()
        self._numbers = itertools.count()
        self._retired = False
        self._broken = False
        self._idle = threading.Event()
        self._idle.set()
        self._children: list[_Child] = []
        with _FORKING:
            _SERVING = snapshot
            # What the snapshot made so far is never collected while it serves: out of
            # the collector's sight, its pages stay shared with the forked processes.
            gc.freeze()
            context = multiprocessing.get_context("fork")
            pipes = [(os.pipe(), os.pipe()) for _ in range(count)]
            ours = [fd for (_r, w), (r, _w) in pipes for fd in (w, r)]
            theirs = [fd for (r, _w), (_r, w) in pipes for fd in (r, w)]
            _SERVER_FDS.update(ours + theirs)
            try:
                for (their_requests, our_requests), (our_answers, their_answers) in pipes:
                    process = context.Process(
                        target=_serve_calls,
                        args=(their_requests, their_answers),
                        daemon=True,
                        name="sanctionwatch-scoring",
                    )
                    process.start()
                    os.set_blocking(our_requests, False)
                    os.set_blocking(our_answers, False)
                    self._children.append(_Child(process, our_requests, our_answers))
            finally:
                _SERVING = None  # the children hold their copy; this process has `snapshot`
                for fd in theirs:
                    _close(fd)
                _SERVER_FDS.difference_update(theirs)
                if len(self._children) < count:  # a fork failed: end those started
                    self._broken = True
                    self._close_all()
        self.pids = sorted(c.process.pid for c in self._children)

    # -- on the event loop ------------------------------------------------------------

    def submit(self, work: Callable[..., Any], budget: Budget, *args: Any) -> asyncio.Future[Any]:
        """`work(snapshot, *args, budget)` in a scoring process, called on the event loop;
        raises RuntimeError when this set is retired or broken (take the holder's current
        one then)."""
        return self._submit(None, work, budget.deadline, budget.seconds, args)

    def _submit(
        self,
        child: _Child | None,
        work: Callable[..., Any],
        deadline: float,
        seconds: float,
        args: tuple[Any, ...],
    ) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        with self._lock:
            if self._retired or self._broken:
                raise RuntimeError("these scoring processes are retired")
            if self._loop is None:
                self._loop = loop
                for each in self._children:
                    loop.add_reader(each.answers, self._on_answers, each)
                    each.listening = True
            elif self._loop is not loop:
                raise RuntimeError("scoring processes serve one event loop")
            number = next(self._numbers)
            future: asyncio.Future[Any] = loop.create_future()
            frame = _frame((number, work, deadline, seconds, args))
            self._idle.clear()
            if child is None:
                child = min(self._children, key=lambda c: c.sent)
                if child.sent >= IN_FLIGHT:
                    self._waiting.append((number, frame, future))
                    return future
            self._send(child, number, frame, future)
        return future

    def _send(self, child: _Child, number: int, frame: bytes, future: asyncio.Future[Any]) -> None:
        child.sent += 1
        self._calls[number] = (future, child)
        if child.pending:
            child.pending += frame
            return
        try:
            written = os.write(child.requests, frame)
        except BlockingIOError:
            written = 0
        except OSError:  # the process is gone: its answers pipe reports it
            return
        if written < len(frame):
            child.pending += frame[written:]
            assert self._loop is not None
            self._loop.add_writer(child.requests, self._on_room, child)

    def _on_room(self, child: _Child) -> None:
        with self._lock:
            try:
                written = os.write(child.requests, child.pending)
            except BlockingIOError:
                return
            except OSError:
                written = len(child.pending)
            del child.pending[:written]
            if not child.pending and self._loop is not None:
                self._loop.remove_writer(child.requests)

    def _on_answers(self, child: _Child) -> None:
        try:
            chunk = os.read(child.answers, READ_SIZE)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:  # the process ended
            self._lost(child)
            return
        received = child.received
        received += chunk
        settled = []
        with self._lock:
            while len(received) >= FRAME.size:
                size = FRAME.unpack_from(received)[0]
                if len(received) < FRAME.size + size:
                    break
                number, raw = pickle.loads(received[FRAME.size : FRAME.size + size])
                del received[: FRAME.size + size]
                call = self._calls.pop(number, None)
                if call is None:
                    continue  # answered already: its set lost a process meanwhile
                child.sent -= 1
                settled.append((call[0], raw))
                while self._waiting and child.sent < IN_FLIGHT:
                    waiting = self._waiting.popleft()
                    if not waiting[2].done():  # not given up on meanwhile
                        self._send(child, *waiting)
            self._check_idle()
        for future, raw in settled:
            if future.done():
                continue  # given up on (its time ran out)
            try:
                future.set_result(_result(raw))
            except BaseException as exc:  # noqa: BLE001 - handed to the awaiting request
                future.set_exception(exc)

    def _lost(self, child: _Child) -> None:
        """A process ended: on a live set, the set is broken and its requests answered."""
        failed: list[asyncio.Future[Any]] = []
        with self._lock:
            self._stop_listening(child)
            if not self._retired:
                self._broken = True
            failed = [future for future, _ in self._calls.values()]
            failed += [future for _, _, future in self._waiting]
            self._calls.clear()
            self._waiting.clear()
            for each in self._children:
                each.sent = 0
            self._check_idle()
        for future in failed:
            if not future.done():
                future.set_exception(
                    NotReady("A scoring process stopped; it is being restarted, retry now")
                )

    def _check_idle(self) -> None:
        if not self._calls and not self._waiting:
            self._idle.set()

    def _stop_listening(self, child: _Child) -> None:
        if child.listening and self._loop is not None:
            child.listening = False
            self._loop.remove_reader(child.answers)
            if child.pending:
                self._loop.remove_writer(child.requests)

    # -- from any thread --------------------------------------------------------------

    def served(self, pause: float = 0.3) -> dict[int, tuple[Any, ...]]:
        """Process id -> the fingerprint of the snapshot it serves, asked of each
        process (a test aid: called from another thread than the event loop's)."""
        loop = self._loop
        if loop is None:
            raise RuntimeError("no request has been scored yet")

        async def ask() -> list[Any]:
            calls = [self._submit(c, _served, 0.0, 0.0, (pause,)) for c in self._children]
            return list(await asyncio.gather(*calls))

        answers = asyncio.run_coroutine_threadsafe(ask(), loop).result(timeout=60)
        return dict(answers)

    @property
    def broken(self) -> bool:
        return self._broken

    def retire(self) -> None:
        """Let the requests in flight finish, then end the processes (blocking)."""
        started = time.monotonic()
        with self._retiring:  # once: the pipes are closed once
            with self._lock:
                first = not self._retired
                self._retired = True
            if first:
                if not self._on_loop():  # on the loop its answers could not come in
                    self._idle.wait(RETIRE_WAIT)
                self._close_all()
        log.info("scoring processes retired in %.2f s", time.monotonic() - started)

    def _on_loop(self) -> bool:
        try:
            return self._loop is not None and asyncio.get_running_loop() is self._loop
        except RuntimeError:
            return False

    def _close_all(self) -> None:
        with _FORKING:  # no process forked meanwhile is told to close a reused number
            for child in self._children:
                _SERVER_FDS.discard(child.requests)
                _close(child.requests)  # the process reads the end of its pipe and ends
        for child in self._children:
            child.process.join(timeout=30)
        loop = self._loop

        def close_answers() -> None:
            with _FORKING, self._lock:
                for child in self._children:
                    self._stop_listening(child)
                    _SERVER_FDS.discard(child.answers)
                    _close(child.answers)

        if loop is None or self._on_loop() or loop.is_closed():
            close_answers()
            return
        try:
            asyncio.run_coroutine_threadsafe(_as_coroutine(close_answers), loop).result(10)
        except (RuntimeError, TimeoutError):  # the loop has stopped: nothing listens
            close_answers()


async def _as_coroutine(call: Callable[[], None]) -> None:
    call()
