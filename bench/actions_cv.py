"""Cross-validation of the action side alone, fast enough to iterate on action rules.

    .venv/bin/python bench/actions_cv.py                 # folds 0-3
    .venv/bin/python bench/actions_cv.py -v --show 0 2   # list the action misses of folds 0, 2
    .venv/bin/python bench/actions_cv.py --written       # also the rules + judge on corpus/written

The same folds as bench/cv.py (5 by article, seed 20261203). The rule stages run
once per article; each fold then trains only the action judge (from the shared
articles of the other folds, as `make train` does) and runs it over its held-out
articles. No tagger, target judge or candidate judge runs, so the action, count,
date and threat figures equal bench/cv.py's (the learned stage changes no status,
date or count; only the pairing of actions by shared targets may differ in rare
ties), while target F1 is that of the rule targets alone. About a tenth of
bench/cv.py's CPU time. Fold 4 is rule-blind: its misses are never listed, and
`--written` scores the written articles with the judge trained on every shared
article except fold 4's (the rules were tuned on both, so it is no unseen figure).
"""

from __future__ import annotations

import argparse
import dataclasses
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cv import RULE_BLIND, SEED, SHARED, K, load_scorer, summed


def figures(score, rows) -> dict[str, float]:
    total = summed(score, rows)
    return {
        "action_f1": total.actions.f1,
        "action_p": total.actions.precision,
        "action_r": total.actions.recall,
        "rule_target_f1": total.targets.f1,
        "count_acc": total.counts_right / total.counts_total if total.counts_total else 1.0,
        "date_acc": total.dates_right / total.dates_total if total.dates_total else 1.0,
        "threat_f1": total.threats.f1,
    }


def line(name: str, f: dict[str, float]) -> str:
    return (
        f"{name:8} action_f1={f['action_f1']:.3f} (P {f['action_p']:.3f} / R {f['action_r']:.3f})"
        f" count_acc={f['count_acc']:.3f} date_acc={f['date_acc']:.3f}"
        f" threat_f1={f['threat_f1']:.3f} rule_target_f1={f['rule_target_f1']:.3f}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--folds", type=int, nargs="*", default=[0, 1, 2, 3])
    ap.add_argument("--show", type=int, nargs="*", default=[], help="folds whose misses to list")
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument("--written", action="store_true", help="also score corpus/written")
    ap.add_argument("--no-judge", action="store_true", help="the rules alone, no action judge")
    ap.add_argument(
        "--judge-written", action="store_true", help="train the judge on corpus/written too"
    )
    args = ap.parse_args()
    if RULE_BLIND in args.show:
        raise SystemExit(f"fold {RULE_BLIND} is rule-blind: its failures are not listed")

    from sanctionwatch.extract.learn import actions, models
    from sanctionwatch.extract.learn.corpus import default_extra, folds, load_split
    from sanctionwatch.extract.learn.stage import judge_actions
    from sanctionwatch.extract.learn.train import rule_doc
    from sanctionwatch.model import Report

    score = load_scorer(args.scorer)
    examples, _ = load_split([args.corpus / p for p in ("train", "dev", "seeds")], [])
    split = folds(examples, K, SEED)
    cpu0 = time.process_time()
    docs = {ex.stem: rule_doc(ex) for ex in examples}
    print(f"rule stages over {len(docs)} articles: {time.process_time() - cpu0:.0f} CPU-s")

    def report_of(ex, doc) -> dict:
        article = ex.article
        if doc.published != article.published:
            article = dataclasses.replace(article, published=doc.published)
        return Report(article=article, actions=doc.actions).to_dict()

    extra = []
    if args.judge_written:
        extra = [(rule_doc(ex), ex) for ex in load_split([], default_extra())[1]]

    written_all = load_split([], default_extra())[1]
    written_stems = {ex.stem for ex in written_all}

    def judges(train_ex, tmp: Path) -> models.Models:
        path = tmp / models.JUDGE_FILE
        # the order train.train_all gives the judge: every article (written ones too)
        # sorted by name and shuffled with the seed, then the written ones left out
        order = sorted([*train_ex, *written_all], key=lambda e: e.stem)
        random.Random(SEED).shuffle(order)
        pairs = [(docs[ex.stem], ex) for ex in order if ex.stem not in written_stems] + extra
        actions.train(pairs, path, SEED)
        bundle = models.Models.empty()
        bundle.judge = models.Tagger()
        bundle.judge.open(str(path))
        return bundle

    results: dict[str, dict[str, float]] = {}
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        bundles = {}
        # every judge is trained before any held-out article is judged (judging
        # filters the cached docs' actions)
        for k in args.folds:
            rest = [e for j, part in enumerate(split) if j != k for e in part]
            (tmp / str(k)).mkdir()
            bundles[k] = judges(rest, tmp / str(k))
        if args.written:
            wex = load_split([], default_extra())[1]
            wdocs = [(ex, rule_doc(ex)) for ex in wex]
            rest = [e for j, part in enumerate(split) if j != RULE_BLIND for e in part]
            (tmp / "w").mkdir()
            bundle = judges(rest, tmp / "w")
        for k in args.folds:
            rows = []
            for ex in split[k]:
                doc = docs[ex.stem]
                if not args.no_judge:
                    judge_actions(doc, bundles[k])
                rows.append(score.score_article(ex.stem, ex.gold, report_of(ex, doc)))
            results[f"fold{k}"] = f = figures(score, rows)
            tag = " (rule-blind)" if k == RULE_BLIND else ""
            print(line(f"fold {k}", f) + f"  n={len(rows)}{tag}", flush=True)
            if k in args.show and args.verbose:
                for s in rows:
                    for note in s.notes:
                        print(f"    {s.stem}: {note}")
        if args.written:
            rows = []
            for ex, doc in wdocs:
                if not args.no_judge:
                    judge_actions(doc, bundle)
                rows.append(score.score_article(ex.stem, ex.gold, report_of(ex, doc)))
            print(line("written", figures(score, rows)) + f"  n={len(rows)}")
            if args.verbose:
                for s in rows:
                    for note in s.notes:
                        print(f"    {s.stem}: {note}")
    names = list(results)
    if names:
        mean = {key: sum(results[n][key] for n in names) / len(names) for key in results[names[0]]}
        print(line("mean", mean))
    print(f"{time.process_time() - cpu0:.0f} CPU-s in all")


if __name__ == "__main__":
    main()
