"""The annotated corpus as training data: articles with their gold actions.

A corpus folder holds `<stem>.txt`, an optional `<stem>.meta.json` sidecar and
`<stem>.gold.json` (the ANNOTATION.md shape). Folds are drawn by article with a
fixed seed, so every run of cross-validation sees the same split.

Articles we wrote ourselves (`corpus/written/` at the repo root) are training-only:
they join every fold's training data and are never in a test fold, so the
cross-validated figures stay measured on real articles only.
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from sanctionwatch.model import Article

SCORED = ("imposed", "proposed")
# training-only articles written by the project, when the source tree has them
WRITTEN = Path(__file__).resolve().parents[4] / "corpus" / "written"


class CorpusError(ValueError):
    """A corpus folder or file cannot be read as training data."""


@dataclass(slots=True)
class Example:
    article: Article
    gold: dict[str, Any]

    @property
    def stem(self) -> str:
        return self.article.id


def read_article(path: Path) -> Article:
    meta_path = path.with_suffix(".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    published = meta.get("published")
    try:
        text = path.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CorpusError(f"{path}: not UTF-8 text ({exc})") from None
    return Article(
        id=path.stem,
        text=text,
        title=meta.get("title"),
        published=date.fromisoformat(published) if published else None,
        url=meta.get("url"),
        source=meta.get("source"),
    )


def read_gold(path: Path) -> dict[str, Any]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise CorpusError(f"{path}: not a UTF-8 JSON gold file ({exc})") from None
    if not isinstance(gold, dict) or not isinstance(gold.get("actions", []), list):
        raise CorpusError(f'{path}: a gold file is an object with an "actions" list')
    for i, action in enumerate(gold.get("actions") or []):
        if not isinstance(action, dict) or not isinstance(action.get("targets", []), list):
            raise CorpusError(f'{path}: actions[{i}] is not an object with a "targets" list')
    return gold


def load_corpus(*folders: Path) -> list[Example]:
    """Every article with a gold file in the folders, in stem order per folder.
    A stem may appear only once over all the folders."""
    examples = []
    seen: dict[str, Path] = {}
    for folder in folders:
        if not folder.is_dir():
            raise CorpusError(f"{folder}: no such corpus folder")
        for gold_path in sorted(folder.glob("*.gold.json")):
            stem = gold_path.name[: -len(".gold.json")]
            text_path = folder / f"{stem}.txt"
            if not text_path.exists():
                raise FileNotFoundError(f"{gold_path}: no article text {text_path.name}")
            if stem in seen:
                raise CorpusError(f"{gold_path}: article {stem!r} is also in {seen[stem]}")
            seen[stem] = folder
            examples.append(Example(read_article(text_path), read_gold(gold_path)))
    return examples


def load_split(folders: list[Path], extra: list[Path]) -> tuple[list[Example], list[Example]]:
    """The real articles of `folders` and the training-only ones of `extra`, with
    every stem once over both."""
    both = load_corpus(*folders, *extra)
    n_real = len(load_corpus(*folders)) if extra else len(both)
    return both[:n_real], both[n_real:]


def default_extra() -> list[Path]:
    """The training-only folders used when none are named: `corpus/written` if present."""
    return [WRITTEN] if WRITTEN.is_dir() else []


def folds(examples: list[Example], k: int, seed: int) -> list[list[Example]]:
    """k folds by article: a seeded shuffle of the stems, dealt round-robin."""
    order = sorted(examples, key=lambda e: e.stem)
    random.Random(seed).shuffle(order)
    return [order[i::k] for i in range(k)]


def scored_targets(gold: dict[str, Any]) -> list[dict[str, Any]]:
    """Targets of the scored actions (imposed/proposed, neither background nor optional)."""
    return [
        t
        for a in gold.get("actions") or []
        if a.get("status") in SCORED and not a.get("background") and not a.get("optional")
        for t in a.get("targets") or []
    ]
