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


def member_path(path: Path, member: int) -> Path:
    """Member m's model file beside member 0's `path` (targets.crfsuite, targets.1.crfsuite)."""
    return path if member == 0 else path.with_name(f"{path.stem}.{member}{path.suffix}")


def member_paths(path: Path) -> list[Path]:
    """The member files that exist for `path`, in member order."""
    found: list[Path] = []
    while member_path(path, len(found)).is_file():
        found.append(member_path(path, len(found)))
    return found


class Ensemble:
    """Several CRF taggers read as one: each token's label marginals are the mean of
    the members' (a member without a label gives it 0), and a sentence's labels are
    each token's most likely label under that mean (posterior decoding)."""

    def __init__(self, members: list[Any]) -> None:
        self.members = members
        self.have = [set(member.labels()) for member in members]
        seen: dict[str, None] = {}
        for member in members:
            seen.update(dict.fromkeys(member.labels()))
        self.all_labels = ["O", *sorted(y for y in seen if y != "O")]
        knowns = [k for k in (getattr(m, "known", None) for m in members) if k is not None]
        self.known: frozenset[str] | None = None
        if len(knowns) == len(members):  # the union: each member skips the others' own
            self.known = frozenset[str]().union(*knowns)  # (a generator took 20x longer)

    def labels(self) -> list[str]:
        return list(self.all_labels)

    def marginals(self, feats: list[Any]) -> list[list[float]]:
        """Per token, the mean marginal of each label of `all_labels`."""
        n = len(feats)
        total = [[0.0] * len(self.all_labels) for _ in range(n)]
        for member, have in zip(self.members, self.have, strict=True):
            member.set(feats)
            for j, label in enumerate(self.all_labels):
                if label in have:
                    for k in range(n):
                        total[k][j] += member.marginal(label, k)
        share = 1.0 / len(self.members)
        return [[p * share for p in row] for row in total]

    def read(self, feats: list[Any]) -> tuple[list[str], list[float], list[float]]:
        """Per token, the label of `marginals`' highest mean, that mean, and the mean
        P(O); the same as reading `marginals` but with fewer calls into crfsuite: a token
        whose mean P(O) is at least 0.5 is O, and only the others read every label."""
        n, share = len(feats), 1.0 / len(self.members)
        outside = [0.0] * n
        for member in self.members:
            member.set(feats)
            for k in range(n):
                outside[k] += member.marginal("O", k)
        outside = [p * share for p in outside]
        labels, chosen = ["O"] * n, list(outside)
        open_ = [k for k in range(n) if outside[k] < 0.5]
        if open_:
            rows = {k: [0.0] * len(self.all_labels) for k in open_}
            # the last member holds the sentence still: read it first
            for m in reversed(range(len(self.members))):
                member = self.members[m]
                if m != len(self.members) - 1:
                    member.set(feats)
                for j, label in enumerate(self.all_labels[1:], 1):
                    if label in self.have[m]:
                        for k in open_:
                            rows[k][j] += member.marginal(label, k)
            for k, row in rows.items():
                row[0] = outside[k] / share
                j = max(range(len(row)), key=row.__getitem__)
                labels[k], chosen[k] = self.all_labels[j], row[j] * share
        return labels, chosen, outside


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
        taggers: list[Any] = []
        for name in crfs:
            # the target tagger may be an ensemble: targets.crfsuite, targets.1.crfsuite, ...
            opened = [opened_tagger(path) for path in member_paths(folder / name)]
            taggers.append(opened[0] if len(opened) == 1 else Ensemble(opened))
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


def opened_tagger(path: Path) -> Tagger:
    tagger = Tagger()
    try:
        tagger.open(str(path))
    except (OSError, ValueError) as exc:  # crfsuite says little more than this
        raise ModelError(f"{path}: not a crfsuite model ({exc})") from None
    tagger.known = attributes(path)
    return tagger


@cache
def shipped() -> Models:
    """The models shipped in the package (loaded on first use, then shared)."""
    return Models.load(MODELS_DIR)
