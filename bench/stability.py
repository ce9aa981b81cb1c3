"""How much the learned parts move when a few training articles change.

    .venv/bin/python bench/stability.py                    # folds 0-3, 3 perturbed trainings
    .venv/bin/python bench/stability.py --runs 4 --drop 20 --parts
    .venv/bin/python bench/stability.py --set tagger.PARAMS.c2=0.5 --set stage.ADD_AT=0.8

Trains every learned part as bench/cv.py does (same folds, seed and training-only
written articles), once on all of them (run 0) and then `--runs` times with `--drop`
written articles left out at random (run r drops a sample seeded by r), and scores
folds 0-3 each time. It prints each run's per-fold target F1, the spread of each
fold's figure over the runs, and how many scorer notes (a missed or extra target
or action) came or went against run 0: the decisions that flip. Folds 0-3 are
carried by the rules, so few decisions flip there; it also reads each part's own
probabilities on the rule output of the folds' articles (tagger mentions, the target
and candidate judges, the action judge's P(news)) and prints how far they move and
how many cross the stage's threshold for that part: the decisions that would flip
where the rules say less (unseen articles). With `--parts` it swaps one model file
at a time from a perturbed run into run 0's models and counts the flips each file
alone causes. `--models DIR` keeps the trained folds there and reuses them.

Fold 4 is rule-blind and not run here: it is scored once, by bench/cv.py, after a
choice made on these figures. `--set MODULE.NAME=VALUE` (or MODULE.DICT.KEY=VALUE)
sets a constant of a `sanctionwatch.extract.learn` module for this run, so that
settings can be compared without editing code; the value is read as JSON. With
`--tagger-only` the perturbed runs retrain the target tagger alone and keep run 0's
other parts (only the tagger is trained again): the tagger is the part that moves.

Session 25, tagger settings (one perturbed run: run 1's 20 written articles left
out, as `--tagger-only`, which gives as coded fold 0's 2 of 52, |dP| 0.0338; folds
0-3; crossings of ADD_AT 0.7 among the mentions of both runs, mean |dP|, mean
target F1 of run 0; loaded machine, so a single sample of 20 per setting; a
crossing count differs by a few between samples):

    as coded (c1 = c2 = 0.05, 100 iterations)  10 of 284  |dP| 0.048  F1 0.940
    c2 = 0.5                                   15 of 278       0.042     0.942
    c1 = 0.2                                   20 of 290       0.044     0.942
    feature.minfreq = 2                        33 of 297       0.087     0.941
    max_iterations = 300 (folds 0-2 only)      11 of 206       0.035     F1 as coded
      (as coded, folds 0-2:                     6 of 205       0.045)
    ADD_AT 0.8 instead (as coded models)       11 of 284            F1 0.944

None moves fewer decisions across ADD_AT than the coded setting, so it stays; folds
0-3 F1 moves by 0.002-0.004, within what 20 articles change. More iterations lower
the mean |dP| but not the crossings, at three times the training time. minfreq 2
moves most: a feature crossing the count when articles go is a step, not a slope.
Not tried for lack of time: two taggers on different halves that must agree.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from cv import RULE_BLIND, SEED, SHARED, K, figures, load_scorer
from sanctionwatch.extract.learn import stage
from sanctionwatch.extract.learn.corpus import default_extra, folds, load_split

PARTS = ("targets.crfsuite", "actions.crfsuite", "roles.crfsuite", "candidates.crfsuite")


def apply_setting(spec: str) -> None:
    """`tagger.PARAMS.c1=0.1` or `stage.ADD_AT=0.8`: set a learn module's constant."""
    path, _, raw = spec.partition("=")
    module_name, *attrs = path.split(".")
    module = importlib.import_module(f"sanctionwatch.extract.learn.{module_name}")
    value = json.loads(raw)
    if len(attrs) == 1:
        setattr(module, attrs[0], value)
    elif len(attrs) == 2:
        getattr(module, attrs[0])[attrs[1]] = value
    else:
        raise SystemExit(f"--set {spec}: MODULE.NAME=VALUE or MODULE.DICT.KEY=VALUE")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--scorer", type=Path, default=SHARED / "eval" / "score.py")
    ap.add_argument("--folds", type=int, nargs="*", default=[0, 1, 2, 3])
    ap.add_argument("--runs", type=int, default=3, help="perturbed trainings besides run 0")
    ap.add_argument("--drop", type=int, default=20, help="written articles each run leaves out")
    ap.add_argument("--parts", action="store_true", help="flips caused by each model file")
    ap.add_argument("-v", "--verbose", action="store_true", help="list the notes that flip")
    ap.add_argument("--set", action="append", default=[], help="MODULE.NAME=JSON (repeatable)")
    ap.add_argument("--json", type=Path, help="write every run's per-fold figures here")
    ap.add_argument(
        "--tagger-only",
        action="store_true",
        help="perturbed runs retrain the target tagger alone (run 0's other parts)",
    )
    ap.add_argument(
        "--models",
        type=Path,
        help="keep the trained models here; a run's fold folder already there is reused",
    )
    args = ap.parse_args()
    if RULE_BLIND in args.folds:
        raise SystemExit(f"fold {RULE_BLIND} is rule-blind: bench/cv.py scores it, once")
    for spec in args.set:
        apply_setting(spec)

    from sanctionwatch.extract import extract
    from sanctionwatch.extract.learn import gazetteer, models, tagger, train

    score = load_scorer(args.scorer)
    examples, written = load_split(
        [args.corpus / p for p in ("train", "dev", "seeds")], default_extra()
    )
    split = folds(examples, K, SEED)
    names = gazetteer.build(SHARED / "lists")
    rule_docs: dict = {}
    work = args.models or Path(tempfile.mkdtemp(prefix="stability-"))

    def probes(k: int, folder: Path) -> dict[str, dict[tuple, float]]:
        bundle = models.Models.load(folder)
        out: dict[str, dict[tuple, float]] = {part: {} for part in thresholds()}
        for ex in split[k]:
            if ex.stem not in rule_docs:
                rule_docs[ex.stem] = train.rule_doc(ex)
            probed(ex.stem, rule_docs[ex.stem], bundle, out)
        return out

    def scored(k: int, folder: Path) -> tuple[dict[str, float], set[str]]:
        bundle = models.Models.load(folder)
        rows = [
            score.score_article(ex.stem, ex.gold, extract(ex.article, models=bundle).to_dict())
            for ex in split[k]
        ]
        return figures(score, rows), {f"{s.stem}: {n}" for s in rows for n in s.notes}

    results: dict[str, dict[str, dict[str, float]]] = {}
    base_notes: dict[int, set[str]] = {}
    base_probes: dict[int, dict[str, dict[tuple, float]]] = {}
    drift: dict[str, list[tuple[float, int, int]]] = {part: [] for part in thresholds()}
    print(f"{len(examples)} articles, {len(written)} written; settings {args.set or 'as coded'}")
    try:
        for run in range(args.runs + 1):
            dropped = (
                set(random.Random(run).sample(range(len(written)), args.drop)) if run else set()
            )
            kept = [ex for j, ex in enumerate(written) if j not in dropped]
            results[f"run{run}"] = {}
            for k in args.folds:
                rest = [e for j, part in enumerate(split) if j != k for e in part]
                folder = work / f"run{run}-fold{k}"
                started = time.perf_counter()
                if args.tagger_only and run:
                    # run 0's other parts, and a tagger trained without the dropped articles
                    shutil.copytree(work / f"run0-fold{k}", folder, dirs_exist_ok=True)
                    tagger.train(
                        train.training_docs([*rest, *kept], SEED, rule_docs),
                        gazetteer.Gazetteer(names),
                        folder / models.TAGGER_FILE,
                        SEED,
                    )
                elif not (folder / models.RECORD_FILE).is_file():
                    train.train_all(
                        rest, folder, seed=SEED, names=names, extra=kept, rule_docs=rule_docs
                    )
                f, notes = scored(k, folder)
                results[f"run{run}"][f"fold{k}"] = f
                probe = probes(k, folder)
                flips = ""
                if run == 0:
                    base_notes[k] = notes
                    base_probes[k] = probe
                else:
                    flips = " moved" + "".join(
                        f" {part} {moved(part, base_probes[k][part], probe[part], drift)}"
                        for part in thresholds()
                    )
                    gone, came = base_notes[k] - notes, notes - base_notes[k]
                    flips = f" flips -{len(gone)} +{len(came)}" + flips
                    if args.verbose:
                        flips += "".join(f"\n    - {n}" for n in sorted(gone))
                        flips += "".join(f"\n    + {n}" for n in sorted(came))
                    if args.parts:
                        flips += " |" + part_flips(k, run, work, scored, base_notes[k])
                print(
                    f"run {run} fold {k} target_f1={f['target_f1']:.3f}"
                    f" (P {f['target_p']:.3f} / R {f['target_r']:.3f})"
                    f" action_f1={f['action_f1']:.3f}{flips}"
                    f"  {time.perf_counter() - started:.0f}s",
                    flush=True,
                )
    finally:
        if not args.models:
            shutil.rmtree(work, ignore_errors=True)
    summary(results, args.folds)
    for part, rows in drift.items():
        if rows:
            print(
                f"{part}: mean |dP| {statistics.mean(r[0] for r in rows):.4f},"
                f" {sum(r[1] for r in rows)} of {sum(r[2] for r in rows)} decisions crossed"
                f" the threshold ({thresholds()[part]})"
            )
    if args.json:
        args.json.write_text(json.dumps({"settings": args.set, **results}, indent=2))


def thresholds() -> dict[str, float]:
    """The stage's threshold each part's probability is read against (after `--set`)."""
    return {
        "tagger": stage.ADD_AT,
        "roles": stage.DROP_BELOW,
        "candidates": stage.CANDIDATE_AT,
        "actions": stage.DROP_NEWS_BELOW,
    }


def probed(stem: str, doc, bundle, out: dict[str, dict[tuple, float]]) -> None:
    """Each part's probabilities on one article's rule output, into `out`, by a key
    stable across models: tagger mentions by offsets (one absent counts as 0), rule
    targets by action and name, candidates by sentence and offsets, scored news
    actions by P(news)."""
    from sanctionwatch.extract.learn import actions, candidates, roles, tagger

    mentions, _ = tagger.tag(doc, bundle.tagger, bundle.names)
    for m in mentions:
        out["tagger"][(stem, m.start, m.end)] = m.confidence
    judged = roles.judge(doc, bundle.roles, bundle.names)
    for k, t in roles.judged(doc):
        out["roles"][(stem, k, t.name)] = judged[id(t)]
    for i, n, p in candidates.judge(doc, bundle.candidates, bundle.names):
        out["candidates"][(stem, i, n.start, n.text)] = p
    for k, probs in actions.judge(doc, bundle.judge).items():
        a = doc.actions[k]
        if a.status in ("imposed", "proposed") and not a.background:
            out["actions"][(stem, k)] = probs.get("news", 0.0)


def moved(part: str, base: dict[tuple, float], now: dict[tuple, float], drift: dict) -> str:
    """`crossed/decisions` of one part against run 0, noted in `drift`."""
    at = thresholds()[part]
    keys = base.keys() | now.keys()
    diffs = [abs(base.get(key, 0.0) - now.get(key, 0.0)) for key in keys]
    crossed = sum(1 for key in keys if (base.get(key, 0.0) >= at) != (now.get(key, 0.0) >= at))
    mean = statistics.mean(diffs) if diffs else 0.0
    drift[part].append((mean, crossed, len(keys)))
    return f"{crossed}/{len(keys)} (|dP| mean {mean:.4f} max {max(diffs, default=0.0):.2f})"


def part_flips(k: int, run: int, work: Path, scored, base: set[str]) -> str:
    """Flips against run 0 when only one model file comes from `run`."""
    out = []
    for part in PARTS:
        mixed = work / f"mixed-fold{k}"
        shutil.copytree(work / f"run0-fold{k}", mixed, dirs_exist_ok=True)
        shutil.copy(work / f"run{run}-fold{k}" / part, mixed / part)
        _, notes = scored(k, mixed)
        out.append(f" {part.split('.')[0]} -{len(base - notes)} +{len(notes - base)}")
    return "".join(out)


def summary(results: dict[str, dict[str, dict[str, float]]], fold_list: list[int]) -> None:
    runs = list(results)
    for key in ("target_f1", "action_f1"):
        means = [statistics.mean(results[r][f"fold{k}"][key] for k in fold_list) for r in runs]
        spreads = [
            max(results[r][f"fold{k}"][key] for r in runs)
            - min(results[r][f"fold{k}"][key] for r in runs)
            for k in fold_list
        ]
        print(
            f"{key}: folds mean per run {' '.join(f'{m:.3f}' for m in means)};"
            f" mean of runs {statistics.mean(means):.3f}; range of the mean"
            f" {max(means) - min(means):.3f}; per-fold range"
            f" {' '.join(f'{s:.3f}' for s in spreads)} (mean {statistics.mean(spreads):.3f})"
        )


if __name__ == "__main__":
    main()
