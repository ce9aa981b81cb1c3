"""CPU and memory of a server together with the processes it forked, from /proc (Linux).

A server with scoring processes (`serve --processes N`) spends most of its CPU in its
children, and they share most of its memory (forked, copy-on-write): the CPU is summed
over the tree, reaped children included, and the memory is the tree's proportional set
size (PSS: each shared page counted once, split between the processes that map it),
beside the largest single RSS.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

TICK = os.sysconf("SC_CLK_TCK")


def _stat(pid: int) -> list[str] | None:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return None


def tree(pid: int) -> list[int]:
    """`pid` and its live descendants."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))) is not None:
            parents.setdefault(int(fields[1]), []).append(int(entry.name))
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        todo.extend(parents.get(current, []))
    return found


def cpu_seconds(pid: int) -> float:
    """User + system CPU of `pid` and its descendants so far, ended (reaped) ones included."""
    total = 0
    for member in tree(pid):
        fields = _stat(member)
        if fields is not None:  # utime, stime, cutime, cstime
            total += sum(int(v) for v in fields[11:15])
    return total / TICK


def cpu_split(pid: int) -> tuple[float, float]:
    """(CPU of `pid` itself, CPU of its descendants, reaped ones included), in seconds:
    the server's front process (HTTP, validation, answers) apart from its scoring
    processes."""
    own = _stat(pid)
    front = (int(own[11]) + int(own[12])) / TICK if own is not None else 0.0
    return front, cpu_seconds(pid) - front


def _kib(pid: int, path: str, key: str) -> int:
    try:
        for line in Path(f"/proc/{pid}/{path}").read_text().splitlines():
            if line.startswith(key):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def memory_mib(pid: int) -> tuple[float, float, int]:
    """(PSS of the tree, largest RSS of one process, processes), in MiB."""
    members = tree(pid)
    pss = sum(_kib(p, "smaps_rollup", "Pss:") for p in members)
    rss = max(_kib(p, "status", "VmRSS:") for p in members)
    return pss / 1024, rss / 1024, len(members)


class MemoryPeak:
    """Samples `memory_mib` every `every` seconds in a thread until `stop`; keeps peaks."""

    def __init__(self, pid: int, every: float = 0.5) -> None:
        self.pid, self.every = pid, every
        self.pss = self.rss = 0.0
        self.processes = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            pss, rss, count = memory_mib(self.pid)
            self.pss, self.rss = max(self.pss, pss), max(self.rss, rss)
            self.processes = max(self.processes, count)

    def stop(self) -> tuple[float, float, int]:
        self._stop.set()
        self._thread.join()
        return self.pss, self.rss, self.processes
