"""The serving snapshot and how it follows the store.

The store is checked every `SANCTIONWATCH_API_REFRESH_SECONDS` with one small
query (each list's current version number). When a list has a new version,
a new snapshot is made beside the serving one and swapped in with one
assignment; requests in flight keep the snapshot they started with, and a
failed build is logged while the old snapshot keeps serving. `POST /updatez`
runs the same check at once, for scripts that load a list and want it served.

Making a snapshot never builds in this process when the store keeps index files: a
child process writes the screening index and snapshot files unless `lists load` has
already (`prepare.py`), and this process reads them, lazily, in a fraction of a second;
at start-up the lazy snapshot serves while a background thread decodes the rest; on a
swap the old, decoded snapshot serves until the new one is decoded, then is replaced.
"""

from __future__ import annotations

import gc
import itertools
import logging
import threading
import time
from collections.abc import Iterator

from sqlalchemy import Engine

from sanctionwatch import indexfile
from sanctionwatch.api.errors import NotReady
from sanctionwatch.api.matching import MatcherFactory, ScreeningMatcher, build_matcher
from sanctionwatch.api.prepare import prepare_elsewhere
from sanctionwatch.api.snapshot import Fingerprint, Snapshot, build_snapshot, fingerprint
from sanctionwatch.served import WARM_MAX
from sanctionwatch.store.lists import list_status

log = logging.getLogger(__name__)

IN_PROCESS_MAX = 5000  # list entities a server builds its files for in its own process
WARM_PAUSE = 0.0005  # seconds between decoding steps: the GIL goes to requests meanwhile
FREEZE_EVERY = 200  # decoding steps between moving what they made out of the GC's sight


class IndexHolder:
    """Holds the current snapshot; `refresh` replaces it when the store has changed."""

    def __init__(self, engine: Engine, matcher_factory: MatcherFactory = build_matcher) -> None:
        self.engine = engine
        self.matcher_factory = matcher_factory
        self.snapshot: Snapshot | None = None
        self.store_fingerprint: Fingerprint | None = None
        self.last_error: str | None = None
        self._building = threading.Lock()

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
        try:
            # A few thousand entities build in a blink here; more, in a child process
            # (lower priority once a snapshot serves: requests go first).
            if self.matcher_factory is build_matcher and entities > IN_PROCESS_MAX:
                # False: build_snapshot builds here instead
                prepare_elsewhere(self.engine, yield_cpu=self.snapshot is not None)
            snapshot = build_snapshot(self.engine, self.matcher_factory)
        # A failed build must not take the service down: the old snapshot keeps serving.
        except Exception as exc:
            self.last_error = f"index build failed: {exc}"
            log.exception("index build failed; the previous index keeps serving")
            return False
        decode = snapshot.lazy or isinstance(snapshot.matcher, ScreeningMatcher)
        if decode and self.snapshot is not None:
            # A swap: the decoded old snapshot serves while the new one is decoded here,
            # so no request decodes shards of the new one on its own time.
            snapshot = self._decoded(snapshot)
            decode = False
        self.snapshot = snapshot
        self.store_fingerprint = snapshot.fingerprint
        self.last_error = None
        if decode:  # at start-up: serve at once, decode meanwhile
            threading.Thread(target=self._materialize, args=(snapshot,), daemon=True).start()
        return True

    @staticmethod
    def _decoded(lazy: Snapshot) -> Snapshot:
        """`lazy` decoded a blob at a time, with pauses for requests (see `_materialize`)."""
        matcher = lazy.matcher
        steps: list[Iterator[None]] = [lazy.warm_steps()]
        if isinstance(matcher, ScreeningMatcher) and len(matcher.index) <= WARM_MAX:
            steps.insert(0, indexfile.warm_steps(matcher.index))
        for done, _ in enumerate(itertools.chain(*steps), start=1):
            if done % FREEZE_EVERY == 0:
                gc.freeze()
            time.sleep(WARM_PAUSE)
        plain = lazy.materialized()
        gc.freeze()
        return plain

    def _materialize(self, lazy: Snapshot) -> None:
        """Decode what a snapshot and its index read from their files still hold encoded,
        and swap the decoded snapshot in, unless a newer one serves by then.

        A blob at a time with a pause after each, so requests, which decode only the
        few entries they touch, go first. Decoded objects are moved out of the garbage
        collector's sight as they come: a full collection would otherwise walk millions
        of them, a pause that every request in flight would wait out."""
        plain = self._decoded(lazy)
        if self.snapshot is lazy:
            self.snapshot = plain
        del lazy
        gc.freeze()
