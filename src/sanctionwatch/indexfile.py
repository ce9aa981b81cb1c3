"""The screening index on disk: built once per set of list versions, loaded in a blink.

Building the index prepares every listed name (tens of seconds for all shipped lists);
loading it from a file takes a fraction of a second, because loading reads only a
directory of compact blobs: an entity, a posting list or a list record is decoded
when a query first touches it. So `sanctionwatch screen` pays for the few dozen
entries one query reads, and a long-lived process (the API, a Spark executor) warms
up as it goes, or at once with `warm()`.

A file is named by its key: the list versions it indexes (store ids, source hashes and
load times, so a rebuilt store never reuses an old file) and a fingerprint of the
screening code and data, so changing the scorer or a vocabulary rebuilds it. Files are
written to a temporary name and renamed, so a reader never sees half a file; a file
that is truncated, fails its checksum or has another shape is rebuilt with a warning,
never trusted. The payload is `marshal` data (plain values, no code), which keeps a
tampered file from running anything on load.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import marshal
import os
import struct
import sys
import tempfile
import zlib
from collections.abc import Callable, Iterator, Mapping
from dataclasses import fields
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from sanctionwatch import settings
from sanctionwatch.screening import Index, Query
from sanctionwatch.screening.text import NameForm
from sanctionwatch.screening.text import warm as warm_text

if TYPE_CHECKING:  # `screen` reads an index file without loading SQLAlchemy
    from sqlalchemy import Engine

log = logging.getLogger(__name__)

MAGIC = b"SWINDEX\n"
FORMAT = 2  # bump when the layout below changes (2: name forms keep their merge keys)
SHARD = 64  # keys per blob of a map: small enough that one query decodes little
ENTITY_SHARD = 8  # prepared entities per blob: a query scores ~15, each costly to decode
KEEP_FILES = 3  # index files kept per store, the ones last written or read
SUFFIX = ".swindex"

# The Index attributes this module knows how to write; another set means the screening
# package changed its layout, and the index is then kept in memory only (never wrong).
INDEX_ATTRS = frozenset(
    {"_entities", "_size", "_slot", "_postings", "_deletes", "_exact", "_alive", "_dead"}
)
_FORM_FIELDS = tuple(f.name for f in fields(NameForm))

V = TypeVar("V")


class IndexFileError(Exception):
    """An index file that cannot be trusted: it is rebuilt."""


# --- lazily decoded containers -------------------------------------------------------


def _shard_of(key: str, shards: int) -> int:
    # Python's str hash differs between processes; the shard must not.
    return zlib.crc32(key.encode("utf-8", "surrogatepass")) % shards


class ShardedMap(Mapping[str, V], Generic[V]):
    """A read-mostly str-keyed mapping whose shards are decoded on first use."""

    def __init__(
        self,
        blobs: list[bytes],
        decode: Callable[[Any], V] | None = None,
        count: int | None = None,
    ) -> None:
        self._blobs = blobs
        self._shards: list[dict[str, Any] | None] = [None] * len(blobs)
        self._decode = decode
        self._decoded: dict[str, V] = {}
        self._count = count  # len() without decoding every shard, when the writer knew it

    @staticmethod
    def encode(items: Mapping[str, Any], per_shard: int = SHARD) -> list[bytes]:
        count = max(1, len(items) // per_shard)
        shards: list[dict[str, Any]] = [{} for _ in range(count)]
        for key, value in items.items():
            shards[_shard_of(key, count)][key] = value
        return [marshal.dumps(s) for s in shards]

    def _shard(self, key: str) -> dict[str, Any]:
        n = _shard_of(key, len(self._blobs))
        shard = self._shards[n]
        if shard is None:
            shard = self._shards[n] = marshal.loads(self._blobs[n])
        return shard

    def __getitem__(self, key: str) -> V:
        if self._decode is None:
            return self._shard(key)[key]  # type: ignore[no-any-return]
        if key in self._decoded:
            return self._decoded[key]
        value = self._decode(self._shard(key)[key])
        self._decoded[key] = value
        return value

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and key in self._shard(key)

    def get(self, key: str, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def pop(self, key: str, default: Any = None) -> Any:
        if key not in self:
            return default
        value = self[key]
        del self._shard(key)[key]
        self._decoded.pop(key, None)
        if self._count is not None:
            self._count -= 1
        return value

    def __iter__(self) -> Iterator[str]:
        for n in range(len(self._blobs)):
            shard = self._shards[n]
            if shard is None:
                shard = self._shards[n] = marshal.loads(self._blobs[n])
            yield from list(shard)

    def __len__(self) -> int:
        if self._count is not None:
            return self._count
        return sum(1 for _ in self)

    def steps(self) -> Iterator[None]:
        """Decode one shard per step (a server warms up between requests this way)."""
        for n, blob in enumerate(self._blobs):
            if self._shards[n] is None:
                self._shards[n] = marshal.loads(blob)
            yield

    def raw_shards(self) -> Iterator[dict[str, Any]]:
        """Each shard's undecoded values; a shard not decoded yet is read from its blob
        and not kept (a single pass over a large map)."""
        for blob, shard in zip(self._blobs, self._shards, strict=True):
            yield marshal.loads(blob) if shard is None else shard

    def materialize(self) -> dict[str, V]:
        """Everything decoded, as a plain dict (what a long-lived process wants)."""
        plain: dict[str, Any] = {}
        for shard in self.raw_shards():
            plain.update(shard)
        if self._decode is not None:
            decode, done = self._decode, self._decoded
            plain = {k: done[k] if k in done else decode(v) for k, v in plain.items()}
        return plain


def encode_query(query: Query) -> tuple[Any, ...]:
    """A prepared Query as plain values: its attributes, name forms as field tuples."""
    state = dict(vars(query))
    state["forms"] = [tuple(getattr(f, n) for n in _FORM_FIELDS) for f in query.forms]
    return tuple(state.items())


def decode_query(items: tuple[Any, ...]) -> Query:
    state = dict(items)
    state["forms"] = tuple(NameForm(*f) for f in state["forms"])
    query = Query.__new__(Query)
    vars(query).update(state)  # cached properties included: nothing is recomputed
    return query


class LazyEntities:
    """`Index._entities`, read-only: prepared Queries decoded a shard at a time."""

    def __init__(self, blobs: list[bytes], count: int, per_blob: int = ENTITY_SHARD) -> None:
        self._blobs = blobs
        self._per_blob = per_blob
        self._items: list[Query | bool | None] = [False] * count  # False: not decoded yet

    @staticmethod
    def encode(entities: list[Query | None]) -> list[bytes]:
        out = []
        for start in range(0, len(entities), ENTITY_SHARD):
            chunk = entities[start : start + ENTITY_SHARD]
            out.append(marshal.dumps([None if e is None else encode_query(e) for e in chunk]))
        return out

    def __len__(self) -> int:
        return len(self._items)

    def __getitem__(self, slot: int) -> Query | None:
        item = self._items[slot]
        if item is False:
            start = slot - slot % self._per_blob
            for n, raw in enumerate(marshal.loads(self._blobs[slot // self._per_blob])):
                if self._items[start + n] is False:
                    self._items[start + n] = None if raw is None else decode_query(raw)
            item = self._items[slot]
        return item  # type: ignore[return-value]

    def __setitem__(self, slot: int, value: Query | None) -> None:
        self._items[slot] = value

    def __iter__(self) -> Iterator[Query | None]:
        return (self[i] for i in range(len(self)))

    def steps(self) -> Iterator[None]:
        """Decode one blob per step (a server warms up between requests this way)."""
        for i in range(0, len(self), self._per_blob):
            self[i]
            yield

    def materialize(self) -> list[Query | None]:
        for _ in self.steps():
            pass
        return list(self._items)  # type: ignore[arg-type]


# --- the file --------------------------------------------------------------------------


def _files_digest(digest: Any, here: Path, files: list[Path]) -> str:
    """`digest` updated with each file's path (relative to `here`) and bytes: 16 hex digits."""
    for path in files:
        # compiled modules (mypyc's .so beside their .py) are the same code as their source
        if path.is_file() and path.suffix not in (".pyc", ".so", ".pyd"):
            digest.update(str(path.relative_to(here)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache  # the code does not change while a process runs: read its files once
def code_fingerprint() -> str:
    """Changes when anything that shapes the index changes: code, vocabularies, versions."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{FORMAT} {sys.version_info[:2]}".encode())
    digest.update(metadata.version("followthemoney").encode())
    files = sorted((here / "screening").rglob("*"))
    # names.py and its legal-form table shape the screening name forms too, and
    # countries.py which names are countries
    files += [here / "served.py", here / "indexfile.py", here / "names.py", here / "countries.py"]
    files += [here / "data" / "legal_forms.txt"]
    return _files_digest(digest, here, files)


# What a prepared entity (`screening.query.prepare`) is a function of, besides the
# entity's record: the modules that normalise, transliterate and split names, their
# vocabularies, the libraries they call, and how this module encodes a Query. The scorer
# and the retrieval keys (index.py) are not in it: a change there still rebuilds the
# index (`code_fingerprint`), but lends the unchanged entities' preparation.
_PREPARE_FILES = (
    "screening/query.py",
    "screening/text.py",
    "screening/script.py",
    "names.py",
    "countries.py",
    "indexfile.py",
    "data/legal_forms.txt",
)
_PREPARE_PACKAGES = (
    "followthemoney",
    "rigour",
    "anyascii",
    "hangul-romanize",
    "pypinyin",
    "rapidfuzz",
)


@cache
def prepare_fingerprint() -> str:
    """Changes when anything that shapes a prepared entity changes (see `_PREPARE_FILES`):
    an index file lends its prepared entities only to a build with the same one."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"prepare {FORMAT} {sys.version_info[:2]}".encode())
    for package in _PREPARE_PACKAGES:
        digest.update(f"{package} {metadata.version(package)}".encode())
    files = [here / name for name in _PREPARE_FILES]
    files += sorted((here / "screening" / "data").rglob("*"))
    return _files_digest(digest, here, files)


@cache
def keys_fingerprint() -> str:
    """What an entity's index keys (`index.name_keys` of its prepared forms, its postings)
    are a function of: its preparation and the retrieval code in screening/index.py. The
    scorer is not in it: after a scorer change an index file still lends its unchanged
    entities' keys, whose recomputation was most of a load's index build."""
    here = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"keys {prepare_fingerprint()}".encode())
    return _files_digest(digest, here, [here / "screening" / "index.py"])


def basis_key(basis: list[tuple[Any, ...]]) -> str:
    """The file key of an index over `basis` (what `served.list_basis` returns)."""
    text = json.dumps([code_fingerprint(), basis], default=str, sort_keys=True)
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def index_dir(engine: Engine) -> Path | None:
    """Where this store's index files live; None when they are not kept.

    SQLite: a folder beside the database file (`store.db.index/`). PostgreSQL and other
    servers: `SANCTIONWATCH_INDEX_DIR` if set, else a per-store folder in the user's
    cache directory. The index is derived data, large and rebuildable, and each host that
    screens needs it in its own memory, so it lives on local disk, not in the database.
    """
    url = engine.url
    return store_index_dir(
        url.render_as_string(hide_password=True), url.get_backend_name(), url.database
    )


def store_index_dir(rendered: str, backend: str, database: str | None) -> Path | None:
    """`index_dir` of the store at URL `rendered` (password hidden), from its parts."""
    configured = settings.get("INDEX_DIR").strip()
    if configured.lower() == "off":
        return None
    store = hashlib.sha256(rendered.encode()).hexdigest()[:12]
    if configured:
        return Path(configured).expanduser() / store
    if backend == "sqlite":
        database = database or ""
        if database in ("", ":memory:") or database.startswith("file:"):
            return None  # an in-memory store has nowhere beside it
        return Path(database + ".index")
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "sanctionwatch" / "index" / store


def kept_path(engine: Engine, name: str) -> Path | None:
    """The file `name` in this store's index folder; None when index files are not kept."""
    folder = index_dir(engine)
    return None if folder is None else folder / name


def dump(path: Path, key: str, header: dict[str, Any], parts: dict[str, Any]) -> None:
    """Write atomically: a temporary file in the same folder, then a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    payload = marshal.dumps(parts)
    head = json.dumps({**header, "key": key, "format": FORMAT}).encode()
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(MAGIC)
            fh.write(struct.pack("<I", len(head)))
            fh.write(head)
            fh.write(struct.pack("<QI", len(payload), zlib.crc32(payload)))
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load(path: Path, key: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """(header, parts) of a file written by `dump` under `key`; IndexFileError if untrusted."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise IndexFileError(f"cannot read: {err}") from None
    found = parse(data, key)
    # `prune` keeps the newest files by mtime: a file that is read counts as new, so one
    # checkout's (or release's) pruning spares the file another one sharing the store uses
    with contextlib.suppress(OSError):  # a read-only store: pruning is not ours to do there
        os.utime(path)
    return found


def parse(data: bytes, key: str) -> tuple[dict[str, Any], dict[str, Any]]:
    """`load` for the bytes of a file (as a Spark broadcast ships them)."""
    view = memoryview(data)
    if view[: len(MAGIC)] != MAGIC:
        raise IndexFileError("not an index file")
    try:
        at = len(MAGIC)
        (head_len,) = struct.unpack_from("<I", view, at)
        at += 4
        header = json.loads(bytes(view[at : at + head_len]))
        at += head_len
        size, crc = struct.unpack_from("<QI", view, at)
        at += 12
    except (struct.error, ValueError) as err:
        raise IndexFileError(f"bad header: {err}") from None
    if header.get("format") != FORMAT or header.get("key") != key:
        raise IndexFileError("written for another list state or program version")
    payload = view[at:]
    if len(payload) != size:
        raise IndexFileError(f"truncated: {len(payload)} of {size} payload bytes")
    if zlib.crc32(payload) != crc:
        raise IndexFileError("checksum mismatch")
    try:
        parts = marshal.loads(payload)
    except (ValueError, EOFError, TypeError) as err:
        raise IndexFileError(f"bad payload: {err}") from None
    return header, parts


def prune(folder: Path, keep: Path, suffix: str = SUFFIX) -> None:
    """Delete all but the KEEP_FILES files ending in `suffix` last written or read (`load`
    touches what it reads), always keeping `keep`."""
    try:
        files = sorted(folder.glob("*" + suffix), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return
    for old in files[KEEP_FILES:]:
        if old != keep and not old.name.startswith(".tmp-"):
            old.unlink(missing_ok=True)


# --- the Index -------------------------------------------------------------------------


def index_parts(index: Index) -> dict[str, Any] | None:
    """The index as plain values, or None when its layout is not the one known here."""
    state = vars(index)
    if set(state) != INDEX_ATTRS:
        log.warning(
            "the screening index has attributes %s; it is not written to disk",
            sorted(set(state) ^ INDEX_ATTRS),
        )
        return None
    entities = list(state["_entities"])
    return {
        "entities": LazyEntities.encode(entities),
        "count": len(entities),
        "per_blob": ENTITY_SHARD,
        "size": list(state["_size"]),
        "slot": ShardedMap.encode(state["_slot"]),
        "postings": ShardedMap.encode(state["_postings"]),
        "deletes": ShardedMap.encode(state["_deletes"]),
        "exact": dict(state["_exact"]),
        "alive": state["_alive"],
        "dead": state["_dead"],
    }


def index_from_parts(parts: dict[str, Any]) -> Index:
    index = Index.__new__(Index)
    vars(index).update(
        _entities=LazyEntities(parts["entities"], parts["count"], parts["per_blob"]),
        _size=parts["size"],
        _slot=ShardedMap(parts["slot"]),
        _postings=ShardedMap(parts["postings"]),
        _deletes=ShardedMap(parts["deletes"]),
        _exact=parts["exact"],
        _alive=parts["alive"],
        _dead=parts["dead"],
    )
    return index


def warm_index(index: Index) -> None:
    """Decode everything a loaded index holds, so no query pays for it later.

    Each lazy part is swapped for its plain equivalent in one assignment, so queries
    running meanwhile (the API warms in a background thread) see one or the other.
    """
    for _ in warm_steps(index):
        pass
    warm_text()  # and what the first query of some scripts would load


def warm_steps(index: Index) -> Iterator[None]:
    """`warm_index` one small blob at a time, for a caller that pauses between steps."""
    state = vars(index)
    for name, value in list(state.items()):
        if isinstance(value, LazyEntities | ShardedMap):
            yield from value.steps()
            plain = value.materialize()
            if name == "_postings" and isinstance(plain, dict):
                yield from _share_slots(plain, len(state["_entities"]))
            state[name] = plain


_SHARE_STEP = 50_000  # postings lists a warm-up step makes share their slots


def _share_slots(postings: Mapping[str, list[int]], count: int) -> Iterator[None]:
    """Every postings list made to hold one int object per slot, in place, some lists a
    step. Decoded, each posting is an int object of its own (a million for 32,000
    entities on every shipped list), where an index built in this process has one per
    entity: shared, a query's ranks (`index._summed`) find a slot by its object, not by
    comparing two ints, and read 32,000 objects in place of a million scattered ones.
    The values stay the same, so a query running meanwhile reads the same postings
    either way."""
    read = list(range(count)).__getitem__
    for n, listed in enumerate(postings.values(), 1):
        listed[:] = map(read, listed)
        if n % _SHARE_STEP == 0:
            yield
