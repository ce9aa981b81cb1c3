"""`paused_gc`: no automatic cyclic garbage collection while a bulk step runs.

Loading a list and building the serving files decode tens of thousands of entities into
objects that all live on until the step ends. Each automatic collection of the oldest
generation walks every one of them again (those of the lists that did not change too),
and the collector runs it again each time the heap has grown by a quarter: on `lists
load` of one OFAC version into a store of every shipped list, about 6 of 20 CPU-s went
there. These steps make almost no reference cycles, so pausing it frees nothing later
than reference counting does; the collector resumes (and catches up) when the step ends.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def paused_gc(freeze: bool = False) -> Iterator[None]:
    """Automatic collection off for the block (as it was after it; nesting is fine).

    `freeze`: for a block that builds something long-lived. Resumed, the collector would
    walk all it allocated meanwhile once per generation (about a second for an API
    snapshot of every list); `gc.freeze()` moves it out of the collector's sight
    instead, as `Index.build` does with the screening index. It is still freed when it
    is no longer referenced: only reference cycles among it would stay. A block that
    raises freezes nothing (what it made is garbage).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:  # only what a finished block built lives on
            gc.freeze()
    finally:
        if enabled:
            gc.enable()
