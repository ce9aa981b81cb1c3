"""Cross-validation of the extractor: 5 folds by article, fixed seed.

    .venv/bin/python bench/cv.py                  # train + dev + seeds, 5 folds
    .venv/bin/python bench/cv.py --rules-only     # today's rules, no learned part
    .venv/bin/python bench/cv.py --folds 0 1 2 3  # only some folds
    .venv/bin/python bench/cv.py -v --show 2      # list misses on fold 2's articles
    .venv/bin/python bench/cv.py --extra          # without the articles we wrote
    .venv/bin/python bench/cv.py --extra DIR ...  # other training-only folders

Every learned part is trained on the other folds only (sanctionwatch.extract.learn
.train), then the held-out fold is extracted and scored with
../shared/eval/score.py's own functions. Fold 4 is kept rule-blind: nobody
changing rules reads its texts or failures, so its figure is the cleanest
unseen one. The rules themselves were written against dev and seeds (and from
now on against the failures of folds 0-3), so for the rules every fold except 4
is a training score.

Articles we wrote ourselves (`--extra`, default `corpus/written` when present)
are training-only: every fold trains on them, no fold tests on them.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
from pathlib import Path

from sanctionwatch.extract.learn.corpus import default_extra, folds, load_split

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED = 20261203
K = 5
RULE_BLIND = 4


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score", path)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load scorer {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module
    spec.loader.exec_module(module)
    return module


def summed(score, rows):
    """The scorer's per-article scores `rows` added into one ArticleScore."""
    total = score.ArticleScore("ALL")
    for s in rows:
        total.actions.add(s.actions)
        total.targets.add(s.targets)
        total.threats.add(s.threats)
        total.counts_right += s.counts_right
        total.counts_total += s.counts_total
        total.dates_right += s.dates_right
        total.dates_total += s.dates_total
    return total


def figures(score, rows) -> dict[str, float]:
    total = summed(score, rows)
    return {
        "action_f1": total.actions.f1,
        "target_f1": total.targets.f1,
        "target_p": total.targets.precision,
        "target_r": total.targets.recall,
        "count_acc": total.counts_right / total.counts_total if total.counts_total else 1.0,
        "date_acc": total.dates_right / total.dates_total if total.dates_total else 1.0,
        "threat_f1": total.threats.f1,
    }


def line(name: str, f: dict[str, float]) -> str:
    return (
        f"{name:8} action_f1={f['action_f1']:.3f} target_f1={f['target_f1']:.3f}"
        f" (P {f['target_p']:.3f} / R {f['target_r']:.3f}) count_acc={f['count_acc']:.3f}"
        f" date_acc={f['date_acc']:.3f} threat_f1={f['threat_f1']:.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--rules-only", action="store_true", help="no learned component")
    ap.add_argument("--folds", type=int, nargs="*", default=list(range(K)))
    ap.add_argument("--show", type=int, nargs="*", default=[], help="folds whose misses to list")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--json", type=Path, help="write per-fold and mean figures here")
    ap.add_argument(
        "--extra",
        type=Path,
        nargs="*",
        help="training-only folders (default: corpus/written if present; none when empty)",
    )
    args = ap.parse_args()
    if RULE_BLIND in args.show:
        raise SystemExit(f"fold {RULE_BLIND} is rule-blind: its failures are not listed")

    from sanctionwatch.extract import extract
    from sanctionwatch.extract.learn import gazetteer, models, train

    score = load_scorer(args.scorer)
    extra_folders = default_extra() if args.extra is None else args.extra
    examples, written = load_split(
        [args.corpus / p for p in ("train", "dev", "seeds")], extra_folders
    )
    split = folds(examples, K, SEED)
    print(
        f"{len(examples)} articles in {K} folds; {len(written)} training-only articles"
        + (f" from {', '.join(map(str, extra_folders))}" if extra_folders else ""),
        flush=True,
    )
    names = None if args.rules_only else gazetteer.build(SHARED / "lists")
    results: dict[str, dict[str, float]] = {}
    all_rows = []
    rule_docs: dict = {}  # each training article's rule output, shared by the folds
    for k in args.folds:
        test = split[k]
        rest = [e for j, part in enumerate(split) if j != k for e in part]
        started = time.perf_counter()
        if args.rules_only:
            bundle = models.Models.empty()
        else:
            with tempfile.TemporaryDirectory() as tmp:
                train.train_all(
                    rest, Path(tmp), seed=SEED, names=names, extra=written, rule_docs=rule_docs
                )
                bundle = models.Models.load(Path(tmp))
        trained = time.perf_counter() - started
        rows = []
        for ex in test:
            report = extract(ex.article, models=bundle)
            rows.append(score.score_article(ex.stem, ex.gold, report.to_dict()))
        f = figures(score, rows)
        results[f"fold{k}"] = f
        all_rows.extend(rows)
        tag = " (rule-blind)" if k == RULE_BLIND else ""
        print(line(f"fold {k}", f) + f"  n={len(test)} train {trained:.0f}s{tag}", flush=True)
        if k in args.show and args.verbose:
            for s in rows:
                for note in s.notes:
                    print(f"    {s.stem}: {note}")
    names = list(results)
    mean = {key: sum(results[n][key] for n in names) / len(names) for key in results[names[0]]}
    results["mean"] = mean
    results["pooled"] = figures(score, all_rows)
    print(line("mean", mean))
    print(line("pooled", results["pooled"]))
    if args.json:
        args.json.write_text(json.dumps({**results, "written_articles": len(written)}, indent=2))


if __name__ == "__main__":
    main()
