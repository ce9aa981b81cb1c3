"""The trained files one run of the extractor uses, loaded once per process.

`data/models/` in the package holds them: `targets.crfsuite` (the tagger), `actions.crfsuite`
(the action judge), `roles.crfsuite` (the target judge), `candidates.crfsuite` (the
candidate judge), `gazetteer.txt.gz` (list names) and `record.json` (what they were trained from).
`Models.empty()` is the rules alone (cross-validation's baseline).
"""

from __future__ import annotations

import hashlib
import json
import struct
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pycrfsuite

from sanctionwatch.extract import patterncache
from sanctionwatch.extract.learn import gazetteer

MODELS_DIR = Path(__file__).resolve().parents[1] / "data" / "models"
TAGGER_FILE = "targets.crfsuite"
JUDGE_FILE = "actions.crfsuite"
ROLES_FILE = "roles.crfsuite"
CANDIDATES_FILE = "candidates.crfsuite"
GAZETTEER_FILE = "gazetteer.txt.gz"
RECORD_FILE = "record.json"
# the page-furniture line model, trained apart (`furniture_train`), ships beside the data
FURNITURE_FILE = MODELS_DIR.parent / "furniture.json"


class ModelError(RuntimeError):
    """A model folder is incomplete or unreadable."""


def models_digest(folder: Path = MODELS_DIR, furniture: Path = FURNITURE_FILE) -> str:
    """A short hash naming the trained models: of `record.json` (the data, code and
    parameters that made them) and of the furniture model's weights; a file that is
    missing counts as such. Cheap: it reads two small files, not the models."""
    h = hashlib.sha256()
    for path in (folder / RECORD_FILE, furniture):
        h.update(path.name.encode() + b"\0")
        h.update(path.read_bytes() if path.is_file() else b"missing")
        h.update(b"\0")
    return h.hexdigest()[:12]


def attributes(path: Path) -> frozenset[str] | None:
    """The features (crfsuite "attributes") a model file holds, read from its attribute
    dictionary: a CQDB chunk whose backward array lists every key. None if the file
    is not laid out so. Kept between runs by `patterncache` under a digest of the file
    (the walk was 20 ms of the start-up of `extract -`)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    key = ("crfsuite attributes", patterncache.content(data))
    found: frozenset[str] | None = patterncache.loaded(key, lambda: read_attributes(data))
    return found


def read_attributes(data: bytes) -> frozenset[str] | None:
    """`attributes` of a model file's bytes."""
    try:
        base = struct.unpack_from("<I", data, 36)[0]  # header field off_attrs
        chunk, _, _, _, count, backward = struct.unpack_from("<4sIIIII", data, base)
        if chunk != b"CQDB":
            return None
        keys = []
        for k in range(count):
            (at,) = struct.unpack_from("<I", data, base + backward + 4 * k)
            _, size = struct.unpack_from("<II", data, base + at)  # id, key size with NUL
            keys.append(data[base + at + 8 : base + at + 7 + size].decode("utf-8"))
        return frozenset(keys)
    except (struct.error, UnicodeDecodeError):
        return None


class Tagger(pycrfsuite.Tagger):
    """A crfsuite tagger that also knows which features its model holds (`known`), so
    callers can leave out the others before crfsuite spends time skipping them."""

    known: frozenset[str] | None = None


@dataclass(slots=True)
class Models:
    tagger: Any = None  # pycrfsuite.Tagger: target mentions
    judge: Any = None  # pycrfsuite.Tagger: news / background / spurious actions
    roles: Any = None  # pycrfsuite.Tagger: target / other for a rule target
    candidates: Any = None  # pycrfsuite.Tagger: target / other for a name the rules passed
    names: gazetteer.Gazetteer = field(default_factory=lambda: gazetteer.Gazetteer(()))
    record: dict[str, Any] | None = None

    @classmethod
    def empty(cls) -> Models:
        return cls()

    @classmethod
    def load(cls, folder: Path) -> Models:
        crfs = (TAGGER_FILE, JUDGE_FILE, ROLES_FILE, CANDIDATES_FILE)
        files = (*crfs, GAZETTEER_FILE)
        missing = [f for f in files if not (folder / f).is_file()]
        if missing:
            raise ModelError(
                f"{folder}: missing model file(s) {', '.join(missing)}; run `make train`"
            )
        taggers = []
        for name in crfs:
            tagger = Tagger()
            try:
                tagger.open(str(folder / name))
            except (OSError, ValueError) as exc:  # crfsuite says little more than this
                raise ModelError(f"{folder / name}: not a crfsuite model ({exc})") from None
            tagger.known = attributes(folder / name)
            taggers.append(tagger)
        record_path = folder / RECORD_FILE
        record = (
            json.loads(record_path.read_text(encoding="utf-8")) if record_path.exists() else None
        )
        names = gazetteer.read(folder / GAZETTEER_FILE)
        tagger, judge, roles, candidates = taggers  # in the order of `crfs`
        return cls(
            tagger=tagger,
            judge=judge,
            roles=roles,
            candidates=candidates,
            names=names,
            record=record,
        )


@cache
def shipped() -> Models:
    """The models shipped in the package (loaded on first use, then shared)."""
    return Models.load(MODELS_DIR)
