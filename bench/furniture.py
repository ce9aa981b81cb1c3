"""The furniture model on lines it was not fitted on, and on the corpus it was.

    python bench/furniture.py [--heldout bench/furniture/heldout.txt] [--corpus ../shared/corpus]

Held-out: pages written apart from the training pages (bench/furniture/heldout.txt);
precision and recall of "furniture", every line it gets wrong, and the old per-site
patterns on the same pages for comparison. Corpus: agreement
with the weak labels it was trained on (a training score, not a test).
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from sanctionwatch.extract.cleaning import junk_regions
from sanctionwatch.extract.furniture import furniture_lines
from sanctionwatch.extract.furniture_train import (
    Page,
    corpus_pages,
    read_patterns,
    written_pages,
)

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parents[1] / "shared" / "corpus"


def cleaner(lines: list[str]) -> list[bool]:
    """The cleaner's verdict per line: the model, the generic rules, repeats and tails."""
    text = "\n".join(lines)
    regions = junk_regions(text)
    verdicts, start = [], 0
    for line in lines:
        verdicts.append(any(s <= start < e for s, e in regions))
        start += len(line) + 1
    return verdicts


def score(pages: list[Page], show: bool, judge: Callable[[list[str]], list[bool]]) -> str:
    tp = fp = fn = tn = 0
    for page in pages:
        said = judge([line for line, _ in page])
        for (line, label), guess in zip(page, said, strict=True):
            if label is None:
                continue
            tp += label and guess
            fp += guess and not label
            fn += label and not guess
            tn += not label and not guess
            if show and guess != label:
                print(f"  {'missed furniture' if label else 'prose removed':17} {line[:90]}")
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    return (
        f"furniture precision {precision:.3f}, recall {recall:.3f} "
        f"({tp + fn} furniture lines, {tn + fp} prose lines, {fp} prose lines removed)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--heldout", type=Path, default=HERE / "furniture" / "heldout.txt")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--weak", type=Path, default=HERE / "furniture" / "weak_labels.txt")
    args = parser.parse_args()
    weak = read_patterns(args.weak)
    heldout = written_pages(args.heldout)
    print("held-out pages (never fitted on), furniture model:")
    print("  " + score(heldout, show=True, judge=furniture_lines))
    print("held-out pages, the whole cleaner (model, generic rules, repeats, tails):")
    print("  " + score(heldout, show=False, judge=cleaner))
    print("held-out pages, the old per-site patterns (weak_labels.txt) instead:")
    print("  " + score(heldout, show=False, judge=lambda ls: [bool(weak.fullmatch(s)) for s in ls]))
    print("corpus lines against their weak labels (training score), furniture model:")
    print("  " + score(corpus_pages(args.corpus, weak), show=False, judge=furniture_lines))


if __name__ == "__main__":
    main()
