"""The corpus texts the store benchmarks grow their stores from (scale, concurrent ingest)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

DEFAULT_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"


def corpus_texts(root: Path = DEFAULT_CORPUS) -> list[tuple[str, date | None]]:
    """Each corpus text with its sidecar's publication date, if it has one."""
    texts: list[tuple[str, date | None]] = []
    for path in sorted(root.glob("*/*.txt")):
        if path.name in ("URLS.txt", "README.txt"):
            continue
        meta = path.with_suffix(".meta.json")
        published = (
            json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.exists() else None
        )
        texts.append(
            (path.read_text(encoding="utf-8"), date.fromisoformat(published) if published else None)
        )
    return texts
