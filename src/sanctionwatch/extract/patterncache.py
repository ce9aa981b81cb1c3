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
programs are kept, so the file stays bounded when patterns change over time: past it,
the writer keeps what it built and read, then the newest of the rest, so checkouts of
two versions sharing one file do not each throw the other's programs away.

The file is indexed (format 2, `programs-v2-*.bin`): a process reads the index and
then only the entries it asks for, each with its own checksum and its key, checked
on reading. Over pattern changes the file fills up to `MOST` entries (tens of MB on
a machine that ran many versions), and unmarshalling all of it had become the
largest part of the start-up it was meant to save.

`derived` and `loaded` keep plain data read from a pattern or a data file in the
same file (the words a trigger needs, parsed TOML, the gazetteer's indexes, a
model's feature list), keyed by a digest of what it is read from and of the code
that reads it, so an edited file or module is read afresh, never served stale.
"""

from __future__ import annotations

import _sre  # type: ignore[import-not-found]
import atexit
import contextlib
import hashlib
import marshal
import os
import sys
import tempfile
import weakref
import zlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, cast

from sanctionwatch import settings

# (text, flags, code, groups - 1, groupindex, indexgroup): `_sre.compile`'s arguments
Program = tuple[str, int, list[int], int, dict[str, int], tuple[str | None, ...]]
MOST = 4096
MAGIC = b"SWPC2\n"
BUILD = f"{sys.version}|{_sre.MAGIC}|{_sre.CODESIZE}"

_programs: Kept | None = None  # the file's index; a program is read when asked for
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
    return folder / f"programs-v2-{sys.implementation.cache_tag}.bin"  # v1 had no index


def digest(key: Hashable) -> bytes:
    """Where `key` is filed in the index. Two equal keys of the plain data used here
    (strings, numbers, tuples) have one repr; the entry holds its key, checked on
    reading, so a digest that collides or differs only costs a rebuild."""
    return hashlib.blake2b(repr(key).encode("utf-8", "surrogatepass"), digest_size=16).digest()


class Kept:
    """The programs in one file, read one by one when asked for.

    The file grows to `MOST` entries over pattern changes (tens of MB on a machine
    that ran many versions); unmarshalling all of it was most of the start-up of
    `extract -`, though one process asks for a few hundred. The header holds an index
    (digest of key -> offset, length, checksum of the entry); an entry is read with
    `os.pread` from the file opened here, so a later rename over the path by
    another process does not change what this one reads."""

    def __init__(self, fd: int | None = None, index: dict[bytes, Any] | None = None, base: int = 0):
        self.fd = fd
        self.index: dict[bytes, Any] = index or {}
        self.base = base
        self.used: list[bytes] = []  # entries this process read: kept past `MOST`
        if fd is not None:
            weakref.finalize(self, os.close, fd)

    def __len__(self) -> int:
        return len(self.index)

    def blob(self, spot: Any) -> bytes | None:
        """The entry at `spot`, None if it cannot be read whole or fails its checksum."""
        try:
            offset, length, crc = spot
            data = os.pread(self.fd, length, self.base + offset)  # type: ignore[arg-type]
        except (OSError, TypeError, ValueError, OverflowError):
            return None
        return data if len(data) == length and zlib.crc32(data) == crc else None

    def pop(self, key: Hashable, default: Any = None) -> Any:
        """The value kept under `key` (then forgotten here), or `default`."""
        name = digest(key)
        spot = self.index.pop(name, None)
        data = None if spot is None else self.blob(spot)
        if data is None:
            return default
        try:
            stored, value = marshal.loads(data)
        except (ValueError, EOFError, TypeError):
            return default
        if stored != key:
            return default
        self.used.append(name)
        return value

    def blobs(self) -> dict[bytes, bytes]:
        """Every readable entry, as stored (to write again with new ones)."""
        found = {}
        for name, spot in self.index.items():
            data = self.blob(spot)
            if data is not None:
                found[name] = data
        return found


def open_kept(path: Path) -> Kept:
    """The index of `path`; empty if the file is missing, damaged or from another build."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return Kept()
    kept = Kept(fd)  # closes fd when dropped, whatever follows
    try:
        head = os.pread(fd, 18, 0)
        if len(head) != 18 or not head.startswith(MAGIC):
            return Kept()
        crc = int.from_bytes(head[6:10], "little")
        build_size = int.from_bytes(head[10:14], "little")
        index_size = int.from_bytes(head[14:18], "little")
        rest = os.pread(fd, build_size + index_size, 18)
        if len(rest) != build_size + index_size or zlib.crc32(rest) != crc:
            return Kept()
        if rest[:build_size].decode("utf-8") != BUILD:
            return Kept()
        index = marshal.loads(rest[build_size:])
    except (OSError, ValueError, EOFError, TypeError, UnicodeDecodeError):
        return Kept()
    if not isinstance(index, dict):
        return Kept()
    kept.index, kept.base = index, 18 + build_size + index_size
    return kept


def read(path: Path) -> dict[Hashable, Any]:
    """Everything kept in `path` (key -> program or data); {} if it is missing,
    damaged or from another build. For tests and tools: a run reads `open_kept`."""
    kept = open_kept(path)
    found: dict[Hashable, Any] = {}
    for data in kept.blobs().values():
        with contextlib.suppress(ValueError, EOFError, TypeError):
            key, value = marshal.loads(data)
            found[key] = value
    return found


def write(path: Path, blobs: dict[bytes, bytes]) -> None:
    """Write entries (digest -> marshalled (key, value)) with their index."""
    build = BUILD.encode("utf-8")
    index, offset = {}, 0
    for name, data in blobs.items():
        index[name] = (offset, len(data), zlib.crc32(data))
        offset += len(data)
    packed = marshal.dumps(index)
    head = build + packed
    sizes = len(build).to_bytes(4, "little") + len(packed).to_bytes(4, "little")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC + zlib.crc32(head).to_bytes(4, "little") + sizes + head)
            fh.writelines(blobs.values())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def entries(values: dict[Hashable, Any]) -> dict[bytes, bytes]:
    """Each value with its key, marshalled (keys are plain data: strings, tuples of them)."""
    return {digest(key): marshal.dumps(cast(Any, (key, value))) for key, value in values.items()}


def bounded(kept: dict[bytes, bytes], first: list[bytes]) -> dict[bytes, bytes]:
    """At most `MOST` of `kept` (in the order they were added, oldest first): those
    named in `first` (the last of them if more), then the newest others; `first` goes
    last, in its order, as the newest."""
    chosen = dict.fromkeys(name for name in first[-MOST:] if name in kept)
    others = [name for name in reversed(kept) if name not in chosen]
    older = set(others[: MOST - len(chosen)])
    ordered = {name: data for name, data in kept.items() if name in older}
    ordered.update((name, kept[name]) for name in chosen)
    return ordered


def save() -> None:
    """Add the programs this process built to the file (which another process may
    have written meanwhile); past `MOST` entries, the oldest that this process
    neither built nor read are dropped."""
    if not _new or _path is None:
        return
    # a cache that cannot be written only costs the next start-up its time
    with contextlib.suppress(OSError, ValueError):
        new = entries(_new)
        kept = open_kept(_path).blobs()
        kept.update(new)
        if len(kept) > MOST:
            used = _programs.used if _programs is not None else []
            kept = bounded(kept, [*used, *new])  # built here: the newest
        write(_path, kept)
    _new.clear()


def programs() -> Kept:
    """The kept programs not used yet, indexed on first use."""
    global _programs, _path
    if _programs is None:
        _path = cache_file()
        _programs = open_kept(_path) if _path is not None else Kept()
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


def content(data: bytes) -> str:
    """A digest of the bytes a kept value is built from, for its key: an edit to the
    file (or code) they come from builds it again."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def loaded(key: Hashable, build: Callable[[], Any]) -> Any:
    """Like `derived`, for data a caller may change (a parsed data file): each call
    gets its own copy, read from the file or built, never one shared in memory."""
    found = programs().pop(key, _MISSING)
    if found is _MISSING:
        found = build()
        if _path is None:
            return found  # nothing is kept (`off`): no copy to make
        # a copy; not plain data (a date in a TOML file) is built each time
        with contextlib.suppress(ValueError):
            keep(key, marshal.loads(marshal.dumps(found)))
    return found
