"""Fit the furniture model (`furniture.py`) and write `data/furniture.json`.

    python -m sanctionwatch.extract.furniture_train --corpus ../shared/corpus \
        --written bench/furniture/written.txt --weak bench/furniture/weak_labels.txt

Training lines:
- every line of the corpus pages (dev, seeds, train), labelled weakly: furniture
  when one of the old per-site patterns (`--weak`) matches it, prose otherwise;
  a short line that carries a furniture cue but no such label is left out rather
  than taught as prose;
- the pages of `--written`, labelled line by line.

The model is an L2-regularised logistic regression fitted by Newton's method: no
randomness, so the same data gives the same weights on every machine.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import re
from pathlib import Path

from sanctionwatch.extract.cleaning import DATE_PREFIX
from sanctionwatch.extract.furniture import (
    FEATURES,
    SANCTIONS,
    WORD,
    FurnitureModel,
    cues,
    page_features,
)
from sanctionwatch.extract.vocabulary import DATA

L2 = 1.0
# Removing a line of prose can lose an action; keeping a menu line rarely costs one.
# So the threshold maximises F0.5 (precision counts four times recall) on the training lines.
BETA = 0.5
Page = list[tuple[str, bool | None]]  # (line, furniture?); None: left out of training


def page_lines(text: str) -> list[str]:
    """The stripped, non-empty lines of a page, as the cleaner sees them."""
    prefix = DATE_PREFIX.match(text)
    if prefix:
        text = text[prefix.end() :]
    return [s.strip() for s in text.splitlines() if s.strip()]


def read_patterns(path: Path) -> re.Pattern[str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    patterns = [s.strip() for s in lines if s.strip() and not s.startswith("#")]
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I)


def corpus_pages(root: Path, weak: re.Pattern[str]) -> list[Page]:
    pages = []
    for path in sorted(root.glob("*/*.txt")):
        if path.name == "URLS.txt":
            continue
        page: Page = []
        for line in page_lines(path.read_text(encoding="utf-8")):
            if weak.fullmatch(line):
                page.append((line, True))
            elif (
                cues().count([w.lower() for w in WORD.findall(line)])[0]
                and len(WORD.findall(line)) <= 8
                and not SANCTIONS.search(line)
                and not line.endswith(".")
            ):
                page.append((line, None))
            else:
                page.append((line, False))
        pages.append(page)
    return pages


def written_pages(path: Path) -> list[Page]:
    """Pages of "F line" / "P line" entries separated by "---"; "#" lines are comments."""
    pages: list[Page] = [[]]
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        if raw.strip() == "---":
            pages.append([])
            continue
        label, _, line = raw.partition(" ")
        if label not in ("F", "P") or not line.strip():
            raise ValueError(f"{path}:{n}: expected 'F <line>' or 'P <line>'")
        pages[-1].append((line.strip(), label == "F"))
    return [p for p in pages if p]


def examples(pages: list[Page]) -> tuple[list[list[float]], list[int]]:
    xs, ys = [], []
    for page in pages:
        features = page_features([line for line, _ in page])
        for row, (_, label) in zip(features, page, strict=True):
            if label is not None:
                xs.append(row)
                ys.append(int(label))
    return xs, ys


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """x with a·x = b, by Gaussian elimination with partial pivoting (a is small)."""
    n = len(b)
    m = [[*row, b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for c in range(col, n + 1):
                    m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x


def fit(xs: list[list[float]], ys: list[int], l2: float = L2) -> tuple[list[float], float]:
    """Weights and bias of an L2-regularised logistic regression (the bias is not penalised)."""
    rows = [[1.0, *x] for x in xs]
    k = len(rows[0])
    w = [0.0] * k
    for _ in range(25):
        grad = [l2 * w[j] if j else 0.0 for j in range(k)]
        hess = [[(l2 if i == j and i else 0.0) for j in range(k)] for i in range(k)]
        for row, y in zip(rows, ys, strict=True):
            z = sum(wi * xi for wi, xi in zip(w, row, strict=True))
            p = 1 / (1 + math.exp(-max(min(z, 30.0), -30.0)))
            g, h = p - y, p * (1 - p)
            for i in range(k):
                if row[i]:
                    grad[i] += g * row[i]
                    hi = h * row[i]
                    for j in range(i, k):
                        hess[i][j] += hi * row[j]
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step, strict=True)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w[1:], w[0]


def best_threshold(scores: list[float], ys: list[int]) -> float:
    """The cut-off in [0.5, 0.95] with the best F-beta on the training lines."""
    best, best_f = 0.5, -1.0
    for step in range(50, 96):
        t = step / 100
        tp = sum(1 for s, y in zip(scores, ys, strict=True) if s >= t and y)
        fp = sum(1 for s, y in zip(scores, ys, strict=True) if s >= t and not y)
        fn = sum(ys) - tp
        b2 = BETA * BETA
        f = (1 + b2) * tp / ((1 + b2) * tp + b2 * fn + fp) if tp else 0.0
        if f > best_f:
            best, best_f = t, f
    return best


def digest(*paths: Path) -> str:
    h = hashlib.sha256()
    for path in paths:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def train(corpus: Path, written: Path, weak: Path) -> dict[str, object]:
    pages = corpus_pages(corpus, read_patterns(weak)) + written_pages(written)
    xs, ys = examples(pages)
    weights, bias = fit(xs, ys)
    model = FurnitureModel(tuple(weights), bias, 0.5)
    threshold = best_threshold([model.probability(x) for x in xs], ys)
    left_out = sum(1 for page in pages for _, label in page if label is None)
    code = Path(__file__).with_name("furniture.py")
    data_files = [Path(str(DATA / name)) for name in ("furniture_cues.txt", "function_words.txt")]
    return {
        "_doc": "Furniture line model: logistic weights over FEATURES of furniture.py.",
        "features": list(FEATURES),
        "weights": [round(w, 6) for w in weights],
        "bias": round(bias, 6),
        "threshold": threshold,
        "record": {
            "command": "make train (python -m sanctionwatch.extract.furniture_train)",
            "corpus": str(corpus),
            "corpus_pages": len(pages) - len(written_pages(written)),
            "corpus_digest": digest(*sorted(p for p in corpus.glob("*/*.txt"))),
            "written": written.name,
            "written_digest": digest(written),
            "weak_labels_digest": digest(weak),
            "code_digest": digest(code, Path(__file__), *data_files),
            "lines": len(ys),
            "furniture_lines": sum(ys),
            "left_out": left_out,
            "l2": L2,
            "threshold_by": f"best F{BETA} on the training lines",
            "randomness": "none (Newton's method from zero weights)",
        },
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--written", type=Path, required=True)
    parser.add_argument("--weak", type=Path, required=True)
    parser.add_argument("--out", type=Path, default=Path(str(DATA / "furniture.json")))
    args = parser.parse_args()
    model = train(args.corpus, args.written, args.weak)
    args.out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    record = model["record"]
    assert isinstance(record, dict)
    print(f"wrote {args.out}: {record['lines']} lines, {record['furniture_lines']} furniture")


if __name__ == "__main__":
    main()
