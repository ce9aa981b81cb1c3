"""The trained files one run of the extractor uses, loaded once per process.

`data/models/` in the package holds them: `targets.crfsuite` (the tagger), `actions.crfsuite`
(the action judge), `roles.crfsuite` (the target judge),
`gazetteer.txt.gz` (list names) and `record.json` (what they were trained from).
`Models.empty()` is the rules alone (cross-validation's baseline).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from sanctionwatch.extract.learn import gazetteer

MODELS_DIR = Path(__file__).resolve().parents[1] / "data" / "models"
TAGGER_FILE = "targets.crfsuite"
JUDGE_FILE = "actions.crfsuite"
ROLES_FILE = "roles.crfsuite"
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


@dataclass(slots=True)
class Models:
    tagger: Any = None  # pycrfsuite.Tagger: target mentions
    judge: Any = None  # pycrfsuite.Tagger: news / background / spurious actions
    roles: Any = None  # pycrfsuite.Tagger: target / other for a rule target
    names: gazetteer.Gazetteer = field(default_factory=lambda: gazetteer.Gazetteer(()))
    record: dict[str, Any] | None = None

    @classmethod
    def empty(cls) -> Models:
        return cls()

    @classmethod
    def load(cls, folder: Path) -> Models:
        import pycrfsuite

        files = (TAGGER_FILE, JUDGE_FILE, ROLES_FILE, GAZETTEER_FILE)
        missing = [f for f in files if not (folder / f).is_file()]
        if missing:
            raise ModelError(
                f"{folder}: missing model file(s) {', '.join(missing)}; run `make train`"
            )
        taggers = []
        for name in (TAGGER_FILE, JUDGE_FILE, ROLES_FILE):
            tagger = pycrfsuite.Tagger()
            try:
                tagger.open(str(folder / name))
            except (OSError, ValueError) as exc:  # crfsuite says little more than this
                raise ModelError(f"{folder / name}: not a crfsuite model ({exc})") from None
            taggers.append(tagger)
        record_path = folder / RECORD_FILE
        record = (
            json.loads(record_path.read_text(encoding="utf-8")) if record_path.exists() else None
        )
        names = gazetteer.read(folder / GAZETTEER_FILE)
        return cls(taggers[0], taggers[1], taggers[2], names, record)


@cache
def shipped() -> Models:
    """The models shipped in the package (loaded on first use, then shared)."""
    return Models.load(MODELS_DIR)
