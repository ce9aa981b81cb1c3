"""`paused_gc` leaves the collector as it found it."""

from __future__ import annotations

import gc

from sanctionwatch.gcpause import paused_gc


def test_paused_gc_restores_the_collector_as_it_was() -> None:
    assert gc.isenabled()
    with paused_gc():
        assert not gc.isenabled()
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner block leaves it to the outer one
    assert gc.isenabled()
    gc.disable()
    try:
        with paused_gc():
            pass
        assert not gc.isenabled()  # off before, off after
    finally:
        gc.enable()


def test_paused_gc_freezes_only_what_a_finished_block_built() -> None:
    gc.unfreeze()
    try:
        with paused_gc(freeze=True):
            kept = [[] for _ in range(100)]
        assert gc.get_freeze_count() > 0
        gc.unfreeze()
        try:
            with paused_gc(freeze=True):
                raise ValueError("failed build")
        except ValueError:
            pass
        assert gc.get_freeze_count() == 0
        assert gc.isenabled()
    finally:
        gc.unfreeze()
    del kept
