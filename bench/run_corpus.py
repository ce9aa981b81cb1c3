"""Run the extractor over a corpus folder and write one report per article.

    python bench/run_corpus.py ../shared/corpus/dev OUT/dev
    python3 ../shared/eval/score.py --gold ../shared/corpus/dev --pred OUT/dev -v

Reads every <stem>.txt with its optional <stem>.meta.json sidecar (title,
published, url, source) and writes <stem>.json in the ANNOTATION.md shape.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from sanctionwatch.extract import extract
from sanctionwatch.model import Article


def read_article(path: Path) -> Article:
    meta_path = path.with_suffix(".meta.json")
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    published = meta.get("published")
    return Article(
        id=meta.get("id") or path.stem,
        text=path.read_bytes().decode("utf-8"),
        title=meta.get("title"),
        published=date.fromisoformat(published) if published else None,
        url=meta.get("url"),
        source=meta.get("source"),
        path=str(path),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in sorted(args.corpus.glob("*.txt")):
        if path.name == "URLS.txt":
            continue
        report = extract(read_article(path))
        out = args.out / f"{path.stem}.json"
        out.write_text(json.dumps(report.to_dict(), indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
