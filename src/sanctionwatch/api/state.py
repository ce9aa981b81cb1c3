"""The serving snapshot and how it follows the store.

The store is checked every `SANCTIONWATCH_API_REFRESH_SECONDS` with one small
query (each list's current version number). When a list has a new version,
a new snapshot is made beside the serving one and swapped in with one
assignment; requests in flight keep the snapshot they started with, and a
failed build is logged while the old snapshot keeps serving. `POST /updatez`
runs the same check at once, for scripts that load a list and want it served.

Making a snapshot never builds in this process when the store keeps index files: a
child process writes the screening index and snapshot files unless `lists load` has
already (`prepare.py`), and this process reads them in a fraction of a second and
decodes them in full before they serve (no request decodes on its own time): at
start-up before /readyz answers, on a swap while the old snapshot serves. With scoring
processes (`processes.py`) a new set is forked from each new snapshot.
"""

from __future__ import annotations

import ctypes
import gc
import itertools
import logging
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass
from typing import Any

from sqlalchemy import Engine

from sanctionwatch import indexfile
from sanctionwatch.api.errors import NotReady
from sanctionwatch.api.matching import MatcherFactory, ScreeningMatcher, build_matcher
from sanctionwatch.api.prepare import prepare_elsewhere
from sanctionwatch.api.processes import ScoringProcesses
from sanctionwatch.api.snapshot import Fingerprint, Snapshot, build_snapshot, fingerprint
from sanctionwatch.screening.text import warm as warm_text
from sanctionwatch.served import WARM_MAX
from sanctionwatch.store.lists import list_status

log = logging.getLogger(__name__)

IN_PROCESS_MAX = 5000  # list entities a server builds its files for in its own process
WARM_PAUSE = 0.0005  # seconds between decoding slices: the GIL goes to requests meanwhile
# CPU seconds of decoding between two pauses. A pause after every step (a blob, 0.1 ms)
# made a swap's decoding take 11 s of wall time for 1.9 s of CPU, all of it with the old
# snapshot's scoring processes narrowed to one; a slice of 2 ms keeps each hold of the
# interpreter lock short (the server's switch interval is 1 ms besides) and the
# decoding about four times shorter.
DECODE_SLICE = 0.002
# The interpreter's switch interval while a swap decodes a snapshot beside the serving
# one (the server's is 1 ms, `api/app.py`). The event loop lets go of the lock each time
# it polls its sockets, and a thread that wants it back waits up to one interval for a
# busy thread to hand it over: with the decoding thread busy, the loop paid up to 1 ms
# at each turn. `bench/swap_phases.py`, two pairs of runs under load: a probe thread
# waking every 1 ms was late by a median 1.36 and 2.34 ms while decoding, 0.10 and
# 0.08 ms with this; the decoding's CPU was no higher (2.77 -> 2.64, 2.36 -> 1.84 s).
SWAP_SWITCH = 0.0002


@dataclass(frozen=True)
class Phase:
    """One step of a snapshot build or swap, timed: what a bench lays requests against."""

    name: str
    at: float  # time.monotonic() at its start (one clock per machine: a client can compare)
    wall: float  # seconds
    cpu: float  # CPU seconds of the thread that ran it: its own work on the interpreter lock
    process_cpu: float  # CPU seconds of this whole process meanwhile (requests served too)
    # The longest CPU stretch of its thread between two pauses (stepped phases only). Python
    # code in it hands the interpreter lock over every switch interval (1 ms in the
    # server); one C call (a blob's decoding, a collection) holds it throughout.
    longest: float | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: round(v, 4) if isinstance(v, float) else v for k, v in asdict(self).items()}


class IndexHolder:
    """Holds the current snapshot; `refresh` replaces it when the store has changed."""

    def __init__(
        self, engine: Engine, matcher_factory: MatcherFactory = build_matcher, processes: int = 1
    ) -> None:
        self.engine = engine
        self.matcher_factory = matcher_factory
        self.processes = processes  # more than 1: /match is scored in forked processes
        self.scoring: ScoringProcesses | None = None
        self._restarting = threading.Lock()
        self.snapshot: Snapshot | None = None
        self.store_fingerprint: Fingerprint | None = None
        self.last_error: str | None = None
        self._building = threading.Lock()
        # The phases of the last build that served (start-up or swap), and of the one running.
        self.phases: list[Phase] = []
        self._timing: list[Phase] = []

    @contextmanager
    def _phase(self, name: str) -> Iterator[list[float]]:
        """Time what the block does; it may add its longest stretch between pauses to the
        list it is given."""
        at, cpu, process_cpu = time.monotonic(), time.thread_time(), time.process_time()
        stretches: list[float] = []
        try:
            yield stretches
        finally:
            self._timing.append(
                Phase(
                    name,
                    at,
                    time.monotonic() - at,
                    time.thread_time() - cpu,
                    time.process_time() - process_cpu,
                    max(stretches) if stretches else None,
                )
            )

    def current(self) -> Snapshot:
        snapshot = self.snapshot
        if snapshot is None:
            raise NotReady("The index is still being built; retry in a few seconds (see /readyz)")
        return snapshot

    @property
    def stale(self) -> bool:
        """True while the store has list versions the serving snapshot lacks."""
        snapshot = self.snapshot
        return snapshot is None or snapshot.fingerprint != self.store_fingerprint

    @property
    def building(self) -> bool:
        return self._building.locked()

    def refresh(self, wait: bool = False) -> bool:
        """Rebuild if the store's lists changed; True when a new snapshot was swapped in.

        Blocking (run it in a worker thread). A call while a build is running returns
        False at once rather than queueing a second build, unless `wait`: then it
        waits for that build and checks the store again, so that on return the index
        serves every version committed before the call (POST /updatez needs that).
        """
        if not self._building.acquire(blocking=wait):
            return False
        try:
            status = list_status(self.engine)
            self.store_fingerprint = fingerprint(status)
            if not self.stale:
                return False
            return self._rebuild(sum(s["entities"] or 0 for s in status))
        finally:
            self._building.release()

    def _rebuild(self, entities: int) -> bool:
        narrowed = False
        self._timing = []
        try:
            # A few thousand entities build in a blink here; more, in a child process
            # (lower priority once a snapshot serves: requests go first).
            if self.matcher_factory is build_matcher and entities > IN_PROCESS_MAX:
                # False: build_snapshot builds here instead
                with self._phase("prepare"):
                    prepare_elsewhere(self.engine, yield_cpu=self.snapshot is not None)
            # Before the files are read: the fresh process would map them for its life.
            with self._phase("narrow"):
                narrowed = self._narrow()
            with self._phase("read"):
                snapshot = build_snapshot(self.engine, self.matcher_factory)
            # Decoded in full before it serves, so no request decodes on its own time: at
            # start-up at full speed (nothing is served yet), on a swap a blob at a time
            # while the old snapshot serves.
            snapshot = self._decoded(snapshot, pause=self.snapshot is not None)
            # At start-up the processes are forked before the snapshot serves; on a swap
            # only once the old snapshot is gone (`_switch`).
            first = self.snapshot is None and self.processes > 1
            scoring = None
            if first:
                with self._phase("fork"):
                    scoring = ScoringProcesses(snapshot, self.processes)
        # A failed build must not take the service down: the old snapshot keeps serving.
        except Exception as exc:
            self.last_error = f"index build failed: {exc}"
            log.exception("index build failed; the previous index keeps serving")
            if narrowed:
                self._widen()
            return False
        if scoring is not None or self.snapshot is None:
            with self._restarting:
                self.scoring = scoring
                self.snapshot = snapshot
        else:
            self._switch(snapshot)
        self.store_fingerprint = snapshot.fingerprint
        self.last_error = None
        self.phases = self._timing
        log.info(
            "snapshot phases: %s",
            ", ".join(f"{p.name} {p.wall:.2f} s ({p.cpu:.2f} CPU-s)" for p in self.phases),
        )
        return True

    def _narrow(self) -> bool:
        """Before a new snapshot is decoded beside the serving one: the old set of
        scoring processes gives way to a freshly forked one (True when it did).

        Each process of a set that has served a while holds private copies of much of
        the snapshot (every page a request touched: reference counts are written) and
        its caches, 500 MiB after 6,000 distinct queries; while the new snapshot is
        decoded, which is the swap's peak, fresh processes hold the least. As many as
        the set had: with one, /match had half the cores for the whole decoding (11 s
        when it paused after every blob), the swap's worst seconds (p99 450 ms)."""
        retired = self.scoring
        snapshot = self.snapshot
        if retired is None or snapshot is None or self.processes <= 1:
            return False
        interim = ScoringProcesses(snapshot, self.processes)
        with self._restarting:
            if self.scoring is not retired:  # replaced meanwhile (it broke)
                interim.retire()
                return False
            self.scoring = interim
        retired.retire()
        return True

    def _widen(self) -> None:
        """After a failed build: the serving snapshot gets its full set back (the fresh
        set of `_narrow` when it is whole)."""
        snapshot = self.snapshot
        current = self.scoring
        if snapshot is None or (
            current is not None and not current.broken and current.count == self.processes
        ):
            return
        full = ScoringProcesses(snapshot, self.processes)
        with self._restarting:
            narrow, self.scoring = self.scoring, full
        if narrow is not None:
            narrow.retire()

    def _switch(self, snapshot: Snapshot) -> None:
        """Serve `snapshot` in place of the current one, which is let go of before a new
        set of scoring processes is forked.

        Processes forked while this one still held the old snapshot would map its pages
        for as long as they live (they never let go of it), and the copies this one makes
        of those pages as it frees them would be a third: the old snapshot would outlive
        the swap, twice over for a moment (measured: 2,347 MiB PSS after a swap that
        should leave about 1,500). So: the new snapshot serves at once (/search,
        /entities), the old snapshot is freed here a piece at a time, and only then is
        the new set forked, from a process that holds one snapshot; /match stays with the
        old set meanwhile (its answers are the old lists', as before the swap: /updatez
        has not answered yet), which ends once the new set scores. (Threads of this
        process scored /match meanwhile before: one core for a second or more, shared
        with the freeing and the event loop, the swap's slowest second.) The pages this
        process copies as it frees the ones the old set still maps are freed with them."""
        with self._restarting:
            held = [self.snapshot]
            self.snapshot = snapshot
        with self._phase("free"):
            _let_go(held)
        scoring = None
        if self.processes > 1:
            try:
                with self._phase("fork"):
                    scoring = ScoringProcesses(snapshot, self.processes)
            except Exception:  # threads here score; a later swap tries again
                log.exception("cannot start the scoring processes; /match is scored in threads")
        with self._restarting:
            if self.snapshot is not snapshot:  # cannot be (swaps are one at a time)
                retired = scoring
            else:  # the old set, or a set a restart forked for `snapshot` meanwhile
                retired, self.scoring = self.scoring, scoring
        if retired is not None:
            with self._phase("retire"):
                retired.retire()  # blocking: its requests in flight end first

    def close(self) -> None:
        """End the scoring processes (when the server stops)."""
        scoring, self.scoring = self.scoring, None
        if scoring is not None:
            scoring.retire()

    def current_scoring(self) -> ScoringProcesses | None:
        """The scoring processes of the serving snapshot; None: score in threads here
        (also while a set that lost a process is replaced, in the background). During a
        swap's switch (`_switch`, a second or two before /updatez answers) they are still
        the old snapshot's: a /match then is scored against the old lists, with its
        dataset scope resolved on the new snapshot, so one a swap removed is left out
        already; one whose scope holds a list they lack (added by the swap) is scored
        in a thread here instead (`routers.match`), not answered with nothing."""
        scoring = self.scoring
        if scoring is not None and scoring.broken:
            with self._restarting:
                if self.scoring is scoring:
                    self.scoring = None
                    threading.Thread(target=self._restart, args=(scoring,), daemon=True).start()
            return None
        return scoring

    def _restart(self, broken: ScoringProcesses) -> None:
        log.error("a scoring process stopped; starting a new set")
        broken.retire()
        snapshot = self.snapshot
        if snapshot is None:
            return
        fresh = ScoringProcesses(snapshot, self.processes)
        with self._restarting:
            if self.scoring is None and self.snapshot is snapshot:
                self.scoring = fresh
                return
        fresh.retire()  # a swap came first and brought its own

    def _decoded(self, lazy: Snapshot, pause: bool = True) -> Snapshot:
        """`lazy` with everything its files held encoded decoded. `pause`: a slice of
        `DECODE_SLICE` CPU seconds at a time with a pause after each, so requests served
        meanwhile go first.

        Decoded objects are moved out of the garbage collector's sight after every blob:
        a collection walks every object not frozen, and one that came while hundreds of
        blobs' objects were unfrozen held the interpreter lock for 69 ms (measured with a
        freeze every 200 blobs; up to 485 ms with none), a pause that every request in
        flight waited out; collections were most of the decoding's CPU besides (3.9 s of
        CPU unfrozen, 1.2 s frozen blob by blob, for every shipped list). With no
        requests yet (start-up), collection is off."""
        matcher = lazy.matcher
        if not (lazy.lazy or isinstance(matcher, ScreeningMatcher)):
            return lazy
        steps: list[Iterator[None]] = [lazy.warm_steps()]
        if isinstance(matcher, ScreeningMatcher):
            steps.append(_warm_scripts())
            if len(matcher.index) <= WARM_MAX:
                steps.insert(0, indexfile.warm_steps(matcher.index))
        collecting = gc.isenabled()
        if not pause:
            gc.disable()
        try:
            with self._phase("decode") as stretches, _quick_switches(pause):
                longest, since = 0.0, time.thread_time()
                for _ in itertools.chain(*steps):
                    if not pause:
                        continue
                    gc.freeze()  # O(1): the generations' lists are spliced
                    if (spent := time.thread_time() - since) >= DECODE_SLICE:
                        longest = max(longest, spent)
                        time.sleep(WARM_PAUSE)
                        since = time.thread_time()
                stretches.append(max(longest, time.thread_time() - since))
            with self._phase("materialize"):
                plain = lazy.materialized()
        finally:
            gc.freeze()
            if collecting:
                gc.enable()
        return plain


def _warm_scripts() -> Iterator[None]:
    """What the first query with a Han character loads (pypinyin's dictionaries, a
    quarter of a CPU-second), loaded before the scoring processes fork: each of them
    paid for it on its own first Han name, mid-request (as `indexfile.warm_index` does
    for other long-lived processes)."""
    warm_text()
    yield


# Blocks inside `_quick_switches` now, and the interval the first of them found: two
# decodes that overlap must not hand each other's lowered interval back as "before",
# which would leave the server at `SWAP_SWITCH` for good.
_switches_lock = threading.Lock()
_switches_held = 0
_switches_before = 0.0


@contextmanager
def _quick_switches(on: bool = True) -> Iterator[None]:
    """The switch interval at most `SWAP_SWITCH` while any such block runs (when `on`),
    then back to what it was before the first of them began."""
    global _switches_held, _switches_before
    if not on:
        yield
        return
    with _switches_lock:
        if _switches_held == 0:
            _switches_before = sys.getswitchinterval()
            if _switches_before > SWAP_SWITCH:
                sys.setswitchinterval(SWAP_SWITCH)
        _switches_held += 1
    try:
        yield
    finally:
        with _switches_lock:
            _switches_held -= 1
            if _switches_held == 0:
                sys.setswitchinterval(_switches_before)


RELEASE_BATCH = 2000  # entries freed between pauses when an old snapshot is let go of
# Batches between handing freed memory back to the system while the old snapshot is freed:
# the old scoring processes still map its pages, so each page written here as it is freed
# is copied first. Measured in-process over every shipped list: the swap's peak PSS 1,377
# MiB while decoding; while freeing, 1,791 MiB without these trims, 1,696 MiB with them
# (an object shared by two maps is copied when the first goes and freed with the second).
TRIM_EVERY = 20
RELEASE_WAIT = 2.0  # seconds to wait for the requests still holding it, at most


def _let_go(held: list[Snapshot | None]) -> None:
    """Free the snapshot `held` holds (and nothing else does, once the requests that
    took it before a swap are done) a piece at a time, with a pause after each piece.

    Dropped at once, its millions of objects are freed in one go while the interpreter
    lock is held: a stall of a quarter of a second of CPU for every request in flight.
    Only the containers that nothing but the snapshot holds are emptied (their
    reference counts say so); a request still holding any part keeps it whole, and it
    is freed as usual when that request ends."""
    snapshot = held.pop()
    if snapshot is None:
        return
    deadline = time.monotonic() + RELEASE_WAIT
    # Its references: `snapshot` here, and getrefcount's argument.
    while sys.getrefcount(snapshot) > 2 and time.monotonic() < deadline:
        time.sleep(0.01)
    if sys.getrefcount(snapshot) > 2:
        log.info("the old snapshot is still in use; it is freed when its last user ends")
        return
    parts: list[Any] = [
        snapshot.entities,
        snapshot.reverse,
        snapshot.text.postings,
        snapshot.text.names,
    ]
    index = getattr(snapshot.matcher, "index", None)
    # The index: in the matcher, in `index` here, and getrefcount's argument.
    if index is not None and sys.getrefcount(index) <= 3:
        parts += vars(index).values()
    alone = []
    for part in parts:
        # Its references: `parts`, the snapshot (or its index), `part`, getrefcount's argument.
        if isinstance(part, dict | list) and sys.getrefcount(part) <= 4:
            alone.append(part)
    del parts, part, index, snapshot  # the rest of the snapshot goes now: small
    started, entries = time.monotonic(), sum(len(part) for part in alone)
    batches = 0
    for part in alone:
        while part:
            if isinstance(part, dict):
                for _ in range(min(RELEASE_BATCH, len(part))):
                    part.popitem()
            else:
                del part[-RELEASE_BATCH:]
            batches += 1
            if batches % TRIM_EVERY == 0:
                _give_back()
            time.sleep(WARM_PAUSE)
        part.clear()  # an emptied dict keeps its table until then
    _give_back()
    log.info(
        "the old snapshot freed: %d entries of %d maps in %.2f s",
        entries,
        len(alone),
        time.monotonic() - started,
    )


def _give_back() -> None:
    """Hand the C allocator's free pages back to the system (glibc's `malloc_trim`;
    nothing elsewhere). It keeps what a freed snapshot's large blocks (dict tables,
    lists) held for later use, and processes forked later would map it."""
    try:
        trim = ctypes.CDLL(None).malloc_trim
    except (OSError, AttributeError):
        return
    trim(0)
