"""While a swap decodes a snapshot beside the serving one, the interpreter
hands its lock over every `SWAP_SWITCH` seconds (the event loop waits less for it);
the server's own interval comes back after, and start-up decodes as before."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import Any

import pytest

from sanctionwatch.api.state import SWAP_SWITCH, IndexHolder


class _Lazy:
    """A snapshot whose decoding notes the switch interval at each step."""

    lazy = True
    matcher = None

    def __init__(self) -> None:
        self.seen: list[float] = []

    def warm_steps(self) -> Iterator[None]:
        for _ in range(3):
            self.seen.append(sys.getswitchinterval())
            yield

    def materialized(self) -> Any:
        return self


@pytest.fixture
def interval() -> Iterator[float]:
    before = sys.getswitchinterval()
    sys.setswitchinterval(0.001)  # what the server sets
    yield 0.001
    sys.setswitchinterval(before)


def _holder() -> IndexHolder:
    holder = IndexHolder.__new__(IndexHolder)
    holder._timing = []
    return holder


def test_a_swap_decodes_with_quick_switches(interval: float) -> None:
    lazy = _Lazy()
    assert _holder()._decoded(lazy, pause=True) is lazy  # type: ignore[arg-type]
    assert lazy.seen == [pytest.approx(SWAP_SWITCH)] * 3
    assert sys.getswitchinterval() == pytest.approx(interval)


def test_start_up_decodes_at_the_servers_interval(interval: float) -> None:
    lazy = _Lazy()
    _holder()._decoded(lazy, pause=False)  # type: ignore[arg-type]
    assert lazy.seen == [pytest.approx(interval)] * 3


def test_the_interval_comes_back_when_decoding_fails(interval: float) -> None:
    class Broken(_Lazy):
        def warm_steps(self) -> Iterator[None]:
            yield
            raise RuntimeError("a damaged blob")

    with pytest.raises(RuntimeError):
        _holder()._decoded(Broken(), pause=True)  # type: ignore[arg-type]
    assert sys.getswitchinterval() == pytest.approx(interval)


def test_overlapping_decodes_give_the_servers_interval_back(interval: float) -> None:
    """Two decodes that overlap (A starts, B starts, A ends, B ends): B keeps the quick
    interval after A ends, and the server's own comes back after B, not A's lowered one."""
    from sanctionwatch.api.state import _quick_switches

    a, b = _quick_switches(), _quick_switches()
    a.__enter__()
    b.__enter__()
    assert sys.getswitchinterval() == pytest.approx(SWAP_SWITCH)
    a.__exit__(None, None, None)
    assert sys.getswitchinterval() == pytest.approx(SWAP_SWITCH)
    b.__exit__(None, None, None)
    assert sys.getswitchinterval() == pytest.approx(interval)
