"""Compiled pattern programs kept between runs: start-up without re's parser.

Parsing and compiling the extractor's patterns (long alternations, grouped by first
letter in `lookahead`) was about a quarter of the CPU of `extract -` on one short
article. re's program for a pattern is a pure function of the text compiled, its
flags and the Python build, so `lookahead` keeps each program it builds in one file
per Python build, keyed by exactly what it was built from; a later process makes the
Pattern from the kept program with `_sre.compile`, the call `re.compile` ends with
after parsing. Match for match it is the pattern re compiles.

Where: the `PATTERN_CACHE` setting, empty for the user's cache folder
(`$XDG_CACHE_HOME` or `~/.cache`, then `sanctionwatch/patterns/`), `off` for never.
A missing, unreadable, damaged (checksum) or foreign (another Python) file is
ignored and the patterns are compiled as before; a process that compiled new ones
writes the file again at exit (a temporary file, then a rename). At most `MOST`
programs are kept, so the file stays bounded when patterns change over time.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import contextlib
import marshal
import os
import sys
import tempfile
import zlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

from sanctionwatch import settings

# (text, flags, code, groups - 1, groupindex, indexgroup): `_sre.compile`'s arguments
Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
MOST = 4096
MAGIC = b"SWPC1\n"
BUILD = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"

_programs: dict[Hashable, Program] | None = None  # read from the file, dropped once used
_path: Path | None = None  # where they were read from, and are written back to
_made: dict[Hashable, Any] = {}  # the Pattern of each key this process asked for
_new: dict[Hashable, Any] = {}  # programs (and `derived` data) built here: written at exit


def cache_file() -> Path | None:
    configured = settings.get("PATTERN_CACHE").strip()
    if configured.lower() == "off":
        return None
    if configured:
        folder = Path(configured).expanduser()
    else:
        home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        folder = Path(home) / "sanctionwatch" / "patterns"
    return folder / f"programs-{sys.implementation.cache_tag}.bin"


def read(path: Path) -> dict[Hashable, Program]:
    """The programs kept in `path`; {} if it is missing, damaged or from another build."""
    try:
        data = path.read_bytes()
        if not data.startswith(MAGIC):
            return {}
        crc, build_size = int.from_bytes(data[6:10], "little"), data[10:14]
        rest = data[14:]
        if zlib.crc32(rest) != crc:
            return {}
        size = int.from_bytes(build_size, "little")
        if rest[:size].decode("utf-8") != BUILD:
            return {}
        programs = marshal.loads(rest[size:])
    except (OSError, ValueError, EOFError, TypeError, UnicodeDecodeError):
        return {}
    return programs if isinstance(programs, dict) else {}


def write(path: Path, programs: dict[Hashable, Program]) -> None:
    build = BUILD.encode("utf-8")
    rest = build + marshal.dumps(programs)
    payload = MAGIC + zlib.crc32(rest).to_bytes(4, "little") + len(build).to_bytes(4, "little")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload + rest)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def save() -> None:
    """Add the programs this process built to the file (which another process may
    have written meanwhile); past `MOST` programs, the file starts again from them."""
    if not _new or _path is None:
        return
    kept = read(_path)
    kept.update(_new)
    # a cache that cannot be written only costs the next start-up its time
    with contextlib.suppress(OSError, ValueError):
        write(_path, kept if len(kept) <= MOST else dict(_new))
    _new.clear()


def programs() -> dict[Hashable, Program]:
    """The kept programs not used yet, read on first use."""
    global _programs, _path
    if _programs is None:
        _path = cache_file()
        _programs = read(_path) if _path is not None else {}
    return _programs


def compiled(key: Hashable, build: Callable[[], Program | None]) -> Any:
    """The Pattern of the program kept under `key`, or of the one `build` makes (kept
    for later runs); None when `build` makes none (the caller compiles as written).
    A kept program is dropped from memory once its Pattern is made (the Pattern holds
    its own copy)."""
    made = _made.get(key)
    if made is not None:
        return made
    program = programs().pop(key, None)
    pattern = None
    if program is not None:
        try:
            pattern = _sre.compile(*program)
        except (TypeError, ValueError, RuntimeError):
            pattern = None  # not a program this build accepts: made afresh below
    if pattern is None:
        program = build()
        if program is None:
            return None
        pattern = _sre.compile(*program)
        keep(key, program)
    if len(_made) < MOST:
        _made[key] = pattern
    return pattern


def keep(key: Hashable, value: Any) -> None:
    """Write `value` under `key` to the file at exit (with the others this process built)."""
    if len(_new) < MOST:
        if not _new:
            atexit.unregister(save)  # once, however often new ones come
            atexit.register(save)
        _new[key] = value


def derived(key: Hashable, build: Callable[[], Any]) -> Any:
    """What `build` reads from a pattern (plain data marshal keeps: tuples, strings,
    numbers), kept in the same file under `key`, which must name all it is read from:
    for data that costs a parse of the pattern (`literals.required`)."""
    if key in _made:
        return _made[key]
    found = programs().pop(key, _MISSING)
    if found is _MISSING:
        found = build()
        keep(key, found)
    if len(_made) < MOST:
        _made[key] = found
    return found


_MISSING = object()
