"""The trained files one run of the extractor uses, loaded once per process.

`data/models/` in the package holds them: `targets.crfsuite` (the tagger), `actions.crfsuite`
(the action judge), `roles.crfsuite` (the target judge),
`gazetteer.txt.gz` (list names) and `record.json` (what they were trained from).
`Models.empty()` is the rules alone (cross-validation's baseline).
"""

from __future__ import annotations

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


class ModelError(RuntimeError):
    """A model folder is incomplete or unreadable."""


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
