"""The annotated corpus as training data: articles with their gold actions.

A corpus folder holds `<stem>.txt`, an optional `<stem>.meta.json` sidecar and
`<stem>.gold.json` (the ANNOTATION.md shape). Folds are drawn by article with a
fixed seed, so every run of cross-validation sees the same split.
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
    return Article(
        id=path.stem,
        text=path.read_bytes().decode("utf-8"),
        title=meta.get("title"),
        published=date.fromisoformat(published) if published else None,
        url=meta.get("url"),
        source=meta.get("source"),
    )


def load_corpus(*folders: Path) -> list[Example]:
    """Every article with a gold file in the folders, in stem order per folder."""
    examples = []
    for folder in folders:
        for gold_path in sorted(folder.glob("*.gold.json")):
            stem = gold_path.name[: -len(".gold.json")]
            text_path = folder / f"{stem}.txt"
            if not text_path.exists():
                raise FileNotFoundError(f"{gold_path}: no article text {text_path.name}")
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            examples.append(Example(read_article(text_path), gold))
    return examples


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
