"""Scoring off the event loop: a few threads, a bounded queue and a time budget per request.

The event loop only parses requests and writes answers, so /healthz and cheap
requests answer while /match requests are scored. A request that would wait
behind `queue` others is refused at once with a 503 (retry later) rather than
piling up; one that runs past its budget is answered with a 503 and stops at the
next query of its batch (`Budget.check`), so its thread is soon free again.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TypeVar

from sanctionwatch.api.errors import ApiError

T = TypeVar("T")


class Busy(ApiError):
    status = 503


class Budget:
    """A request's deadline, checked by the scoring code between units of work."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.deadline = time.monotonic() + seconds
        # A flag, not a threading.Event: one is made per request (and per call in a
        # scoring process), and an Event costs a lock and a condition to make.
        self.cancelled = False

    def cancel(self) -> None:
        """Stop at the next `check` (read by the scoring thread, set by the loop)."""
        self.cancelled = True

    def check(self) -> None:
        if self.cancelled or time.monotonic() > self.deadline:
            raise self.exceeded()

    def exceeded(self) -> Busy:
        return Busy(
            f"The request took longer than its budget of {self.seconds:g} s "
            "(SANCTIONWATCH_API_REQUEST_SECONDS); send fewer queries or names per request"
        )


class Workers:
    """`threads` scoring threads, at most `queue` requests waiting for one."""

    def __init__(self, threads: int, queue: int, seconds: float) -> None:
        self.threads = max(1, threads)
        self.queue = max(0, queue)
        self.seconds = seconds
        self._pool = ThreadPoolExecutor(self.threads, thread_name_prefix="sanctionwatch-score")
        self._pending = 0
        self._lock = threading.Lock()

    async def run(self, work: Callable[[Budget], T]) -> T:
        """`work(budget)` in a scoring thread; 503 when the queue is full or time runs out."""
        return await self.run_future(lambda budget: self._pool.submit(self._call, work, budget))

    async def run_future(self, start: Callable[[Budget], Future[T] | asyncio.Future[T]]) -> T:
        """The result of the future `start(budget)` returns (work handed to a scoring
        thread, or to a scoring process from the event loop), under the same queue bound
        and time budget as `run`."""
        with self._lock:
            if self._pending >= self.threads + self.queue:
                raise Busy(
                    f"The server is busy: {self._pending} requests are being scored or waiting "
                    f"(SANCTIONWATCH_API_WORKERS={self.threads}, "
                    f"SANCTIONWATCH_API_QUEUE={self.queue}); retry in a moment"
                )
            self._pending += 1
        budget = Budget(self.seconds)
        try:
            future = start(budget)
        except BaseException:
            self._done(None)
            raise
        # Counted down when done, or when cancelled before it started.
        future.add_done_callback(self._done)  # type: ignore[arg-type]
        try:
            return await asyncio.wait_for(asyncio.wrap_future(future), self.seconds)
        except TimeoutError:
            raise budget.exceeded() from None
        finally:
            budget.cancel()  # a request given up on stops at its next check

    @staticmethod
    def _call(work: Callable[[Budget], T], budget: Budget) -> T:
        budget.check()  # waited out its budget in the queue: do not start
        return work(budget)

    def _done(self, _future: object) -> None:
        with self._lock:
            self._pending -= 1

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)
