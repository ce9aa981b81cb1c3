"""Cross-validation of the target and candidate judges alone, fast enough to iterate.

    .venv/bin/python bench/roles_cv.py                       # folds 0-3, calibration table
    .venv/bin/python bench/roles_cv.py --folds 0 1 2 3 4     # fold 4's aggregate too
    .venv/bin/python bench/roles_cv.py --set DROP_BELOW=0.3 --set CANDIDATE_AT=0.7
    .venv/bin/python bench/roles_cv.py --set roles.BIGRAM=0    # a target judge constant
    .venv/bin/python bench/roles_cv.py --written-out         # also leave-written-out (fold w)
    .venv/bin/python bench/roles_cv.py --fresh               # rebuild the cache

The same folds as bench/cv.py (5 by article, seed 20261203; the written articles
train every fold and test none). The rule stages and the models the judges do not
touch (tagger, action judge) are computed once and cached under --cache; each run
retrains only the target judge (`roles`) and the candidate judge (`candidates`) of
each fold from the current code, then runs the learned stage on the held-out
articles and scores them with ../shared/eval/score.py. The scores equal
bench/cv.py's as long as the rule stages, the tagger and the action judge are the
cached ones (`--fresh` after changing any of them).

It also prints a calibration table: every target of a scored action in the report,
by confidence band, with how often it was right (a gold target of the same
authority), over the folds run except the rule-blind one. A target on an optional
or background gold action is neutral for the scorer and left out here too.

And a table of targets by origin (a rule target the judge kept, a tagger mention, a
list member, a registered bullet item), right / wrong, on actions the scorer paired
with a gold action or on extra ones. For the rule-blind fold it prints these counts
only, never a name: they say which part to work on without showing its failures.
On 2026-12-03 (shipped code): folds 0-3 rule 205/25 paired, 0/1 unpaired; tagger
18/11; members 7/0; registered 3/0. Fold 4: rule 35/4 paired, 0/7 unpaired; tagger
6/4 paired, 0/4 unpaired; members 3/2. So 11 of fold 4's 21 false targets sit on
actions that pair with no gold action (an authority or status the action stages
misread), which no target judge can see, and only 4 are rule targets of a right
action. Since dropping a target raises F1 only when it is right less often than
F1 / 2 (about 0.4 here), a judge can gain little: targets whose confidence is in
[0.2, 0.5) are still right 70% of the time on folds 0-3 (26 of 37).

Tried with it (2026-12-03, shipped models' code otherwise): context features for
the target judge (trigger clause, side of and word distance to the trigger, the
words between, the sentence's words, other targets in the sentence, "X said",
outlet name, place name, another year in the sentence) and for the candidate
judge (distance, words between, rule targets beside it, "X said", outlet, place).
Folds 0-3 mean target F1 0.826 -> 0.809-0.824 (precision up, recall down), fold 4
(rule-blind, aggregate only) 0.715 -> 0.705; the candidate judge at 0.5-0.8 cost
0.003-0.011. None shipped: the judges learn from rule targets of articles the
rules were tuned on, where the rules make few extras (precision 0.84 on folds 0-3).

Tried again (2026-12-03, second session; 5-fold mean 0.823, fold 4 0.733 with P 0.677
/ R 0.800 before): the target judge trained on the shared articles only (mean 0.815,
fold 4 unchanged) or the written ones only (0.817, fold 4 0.712); labels that ignore
the authority ("is it a target of any gold action": 0.818) or count any scored gold
target (0.820); features of the target's action (targets, frames, subordinate or
implicit frames, first frame's place, undated, actions in the article: 0.816, fold 4
0.723); c1/c2 0/5 (0.816) and 0.5/1 (0.818); DROP_BELOW 0.3 (0.811) and 0.45 (0.796),
both lowering fold 4's precision too; the judge over the tagger's additions too, at
0.2 and 0.35 (0.823 both, fold 4 unchanged); dropping targets of actions the action
judge gives P(news) under 0.3 or 0.5 (0.819, 0.820); removing a name repeated on two
actions of one authority (no change: there are none). None shipped.

Session 7 (2026-12-04, over the rule docs of that session's target rules; folds 0-3 mean
0.857 with the candidate judge off): the rules' role words before a name (a relational word
of `exclude_before`, a participle naming it as sanctioned already, "agencies like") as
features of the target judge lowered it to 0.852 (not kept); as features of the candidate
judge, with it on at CANDIDATE_AT 0.7 / 0.8 / 0.9: 0.858 / 0.863 / 0.860, against 0.856 at
0.8 without them. Shipped: the candidate judge with them, at 0.8.

Session 8 (2026-12-04; folds 0-3 mean 0.859 / 0.860 before, P 0.862 / R 0.862): shipped
the target judge trained also on the names the rules passed over, as "other" items
(`roles.passed_over`), with DROP_BELOW 0.2 -> 0.03: 0.866 (P 0.874 / R 0.862); the judges'
gazetteer feature also for a list name in another order or without its legal form
("onlist=loose"), a name's first/last word only when generic (`features.generic`), no
action status in the target judge: each within 0.001. Tried, not kept: the tagger's
gazetteer over each token's normalised parts ("Yong-bok" -> "yong", "bok"; 0.857); "X
said" for both judges (0.856); a name whose words the article also writes in lower case
(0.860); no sentence words in the candidate judge (0.856); c1 0.3 or c2 3 for the target
judge (0.860, 0.858), c1 0.5 or c2 3 for the candidate judge (0.858, 0.857); CANDIDATE_AT
0.7 / 0.9 (0.851 / 0.858); the passed-over names with their gold labels and a feature
saying so (0.853), or with their gold labels alone (0.858 at 0.03, 0.855 at 0.05); after
it: c1 0.03 / 0.3, c2 0.3 / 3 (0.866 / 0.866 / 0.866 / 0.862); the judge gating the tagger's
additions at 0.03 / 0.1 / 0.2 (0.866 / 0.865 / 0.864); the side of and clause of the trigger
for the target judge (0.869 at 0.03 but 0.864 / 0.862 / 0.858 at 0.02 / 0.04 / 0.05: one
target, not a gain across the band). The 5-fold outcome after the change (bench/cv.py):
mean 0.843 (P 0.838 / R 0.853), fold 4 0.750 (P 0.692 / R 0.818), from 0.833 and 0.726.

Session 9 (2026-12-04): `--written-out` adds a fold "w": the tagger and judges trained on
the shared folds 0-3 alone, corpus/written scored (a larger set of articles of other
sources and styles, for which changes carry across sources; the rules were partly tuned
on its failures in sessions 6-8, so it is no unseen figure). Session-8 code: w 0.741 (P
0.781 / R 0.704). After the session's target-kind rules (names stage, learned stage):
folds 0-3 0.904 -> 0.907, w 0.765 (P 0.825 / R 0.712). Tried, not kept: dropping a rule
target that every mention of follows a role word (`stage.in_role`): 0.900 / w 0.764; the
target judge without its two-word context (`--set roles.BIGRAM=0`): 0.900 / w 0.765.
Later (merged main, `--fresh`): folds 0-3 0.906, w 0.778 (P 0.850 / R 0.717); the names
stage's legal-form, bullet-verb, title and movement kinds (tgt2): 0.906, w 0.784 (P 0.856
/ R 0.724). Run a baseline from another commit with PYTHONPATH on its `src` and its
`corpus/written` beside it: the written folder is found next to the package.

Session 10 (2026-12-05; folds 0-3 mean 0.912, P 0.928 / R 0.899, w 0.793, P 0.863 / R
0.734 before): the judge's "place" feature (a name of the lists' addresses and places of
birth, `learn/places.py`): 0.912 / w 0.794; a name the judge drops not added back by the
tagger, the candidate judge or a list member (Birmingham, El Fasher came back as list
members): 0.912 / w 0.794 (P 0.866); a list member only if the judge gives it 0.03: 0.912
/ w 0.796 (P 0.870; 0.0 / 0.1: 0.912 / 0.911 on folds 0-3, w 0.794 / 0.797); a target
named only by a place or a sanctions category goes (no gold target is one): 0.912 / w
0.797 (P 0.872 / R 0.734). On w, list members were 12 right / 18 wrong before (folds 0-3:
1 / 1). Tried, not kept: the class of the role word beside a mention for the judge (a
title before it, an apposition naming a title or role noun after it): 0.912 / w 0.796.

Session 11 (2026-12-05; shipped code, folds 0-3 mean 0.907, P 0.923 / R 0.896, w 0.793
before; `--set tagger.NAME=V` with a new `--cache` retrains the taggers): shipped ADD_AT
0.6 -> 0.7 (0.910, P 0.929 / R 0.896; w 0.792; the tagger's additions 18 right / 8 wrong
-> 18 / 6). Tried, not kept: tagger.RULE_DROPOUT 0.8 (0.906, w 0.798) and 1.0 (fold 0
0.916 -> 0.894, stopped); tagger c1 = c2 = 0.2 (0.909, w 0.794; with ADD_AT 0.7: 0.909);
ADD_AT 0.8 (0.909, w 0.787); the shared articles twice for the target and candidate
judges against once for a written one (0.897). The action judge (its own loop over
bench/actions_cv.py's folds, mean action F1 over folds 0-3 0.978, P 0.994 / R 0.963; the
written articles scored two-fold, each half by a judge trained on the other half and the
shared folds 0-3, 0.939, P 0.941 / R 0.936): the written articles in its training data
(0.947 / w 0.943; the shared ones twice: 0.947 / 0.942, three times: 0.944 / 0.941;
and the P(news) floor off: 0.974 / 0.938); c1/c2 at 0.03/0.03, 0.3/0.3, 0/1, 0.1/1,
0.1/3, 0.5/0.1 (0.975 each, w 0.935-0.938); no clause words (0.974 / 0.935); the P(news)
floor 0.15 / 0.2 / 0.3 (0.975 / 0.975 / 0.968); DROP_ACTION 0.7 / 0.8 (0.975 both). None
beats the shipped judge on folds 0-3, and none gains more than 0.004 on the written ones.

Session 16 (2026-12-05, s16-tgt; start commit 1af3456: folds 0-3 mean 0.935, P 0.983 / R
0.893, w 0.861, P 0.916 / R 0.812): "as well as" no relational "as"; weapons by their kind
and bare legislatures no party; "Chief of General Staff X"; a name before a plural trade
noun a qualifier: 0.935 (fold 2 0.923 -> 0.929) / w 0.861. With the accounts/funds cue and
the holdings guard: 0.935 / w 0.861 (P 0.915 / R 0.813; fold 2 back to 0.923: one tagger
extra, no rule change there). The judge's word after a mention as "@day" / "@date" for
"on Monday" / "in March 2020" (one "@time" before): 0.935 / w 0.861 both. Kept for the
sentences they mend (tests/extract/test_target_leads_s16.py), none costs a figure.

Session 27 (2026-12-07, s27-stack; HEAD 4a14f8b4, fresh cache: folds 0-3 mean 0.940, P 0.969
/ R 0.915, w 0.887, P 0.940 / R 0.840): stacking, the candidate judge reading the tagger's
mean P(part of a target) over the name's tokens, in steps, learnt from out-of-fold marginals
(three taggers per fold, each trained without a third of that fold's training articles;
at run time the shipped tagger's, from the same tagging pass). On fold 0's training
candidates the marginal separates well (m >= 0.7: 523 target / 205 other; m < 0.1: 90 /
6045), but the names the rules and tagger miss are those it too puts low: steps
0.1/0.3/0.5/0.7 0.935 (P 0.958), 0.1/0.3 0.938 (P 0.965), 0.1 alone 0.940 (P 0.968);
recall 0.915 in all. With the four steps it gains no right target and adds names the
tagger marks in passing (China Concord Petroleum Company, Huawei, Wannacry, Notpetya; one
extra, IRGC in tr-a01, goes). w 0.887 and bench/target_losses.py --folds w (850 misses,
cand-low 428) unchanged (there each out-of-fold tagger learns from ~90 articles: at m >=
0.7 the fold's candidates are 6 target / 44 other). `make train` with it: 160 CPU-s (662
s wall at load 12). Not kept; the code is on branch sw/s27-stack-oof-experiment (b6431104).
"""

from __future__ import annotations

import argparse
import copy
import itertools
import pickle
import random
import sys
import tempfile
from pathlib import Path

from sanctionwatch.extract.learn import actions as action_judge
from sanctionwatch.extract.learn import candidates, gazetteer, models, roles, stage, tagger
from sanctionwatch.extract.learn.corpus import default_extra, folds, load_split
from sanctionwatch.extract.learn.train import rule_doc
from sanctionwatch.model import Report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cv import RULE_BLIND, SEED, SHARED, K, figures, line, load_scorer

BANDS = (0.0, 0.2, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def outcomes(
    score, gold: dict, pred: dict, origins: list[list[str]] | None = None
) -> list[tuple[float, bool, bool, str]]:
    """(confidence, right, whether its action paired with a gold one, origin) per
    target of a scored predicted action, as the scorer counts it (neutral ones left
    out); `origins[action][target]` names where each came from."""
    g_actions = list(gold.get("actions") or [])
    p_actions = list(pred.get("actions") or [])
    g_of_p = {pi: gi for gi, pi in score.pair_actions(g_actions, p_actions)}
    gold_targets = [
        (score._norm_authority(g.get("authority")), score.target_keys(t))
        for g in g_actions
        if score._scored(g)
        for t in g.get("targets") or []
    ]
    matched: set[int] = set()
    out = []
    for pi, p in enumerate(p_actions):
        if p.get("status") not in score.SCORED_STATUSES:
            continue
        gi = g_of_p.get(pi)
        if gi is not None and not score._scored(g_actions[gi]):
            continue
        auth = score._norm_authority(p.get("authority"))
        for ti, t in enumerate(p.get("targets") or []):
            keys = score.target_keys(t)
            hit = next(
                (
                    k
                    for k, (ga, gk) in enumerate(gold_targets)
                    if k not in matched and ga == auth and keys & gk
                ),
                None,
            )
            if hit is not None:
                matched.add(hit)
            conf = t.get("confidence")
            origin = origins[pi][ti] if origins else "?"
            out.append(
                (float(conf) if conf is not None else -1.0, hit is not None, gi is not None, origin)
            )
    return out


ORIGINS = ("rule", "tagger", "member", "registered")


class Origins:
    """Which part of the learned stage each target of a report came from: a rule
    target the judge kept, a tagger mention, a member of a plain list beside a
    target (`add_list_members`), or a registered bullet item (`add_registered_items`).
    Inside `with Origins()` the stage's two adders are wrapped; the stage itself stays as is."""

    def __init__(self) -> None:
        self.added: dict[int, str] = {}
        self.saved = {n: getattr(stage, n) for n in ("add_list_members", "add_registered_items")}

    def __enter__(self) -> Origins:
        self.added.clear()  # ids of freed targets are reused: one document at a time
        stage.add_list_members = self._wrap(self.saved["add_list_members"], "member")
        stage.add_registered_items = self._wrap(self.saved["add_registered_items"], "registered")
        return self

    def __exit__(self, *exc: object) -> None:
        for name, fn in self.saved.items():
            setattr(stage, name, fn)

    def _wrap(self, fn, origin: str):
        def wrapped(doc, *args):
            before = {id(t) for a in doc.actions for t in a.targets}
            fn(doc, *args)
            for a in doc.actions:
                for t in a.targets:
                    if id(t) not in before:
                        self.added[id(t)] = origin

        return wrapped

    def of(self, rule_ids: set[int], actions) -> list[list[str]]:
        return [
            ["rule" if id(t) in rule_ids else self.added.get(id(t), "tagger") for t in a.targets]
            for a in actions
        ]


def cached(cache: Path, fresh: bool):
    """Rule docs of every article and, per fold, the tagger and action judge."""
    extra = default_extra()
    examples, written = load_split(
        [SHARED / "corpus" / p for p in ("train", "dev", "seeds")], extra
    )
    path = cache / "docs.pickle"
    if path.exists() and not fresh:
        docs = pickle.loads(path.read_bytes())
    else:
        cache.mkdir(parents=True, exist_ok=True)
        docs = {ex.stem: rule_doc(ex) for ex in [*examples, *written]}
        for d in docs.values():
            d.models = None
        path.write_bytes(pickle.dumps(docs))
    return examples, written, docs


def fold_models(cache: Path, k: int, rest, written, docs, names, fresh: bool) -> Path:
    folder = cache / f"fold{k}"
    if (folder / models.TAGGER_FILE).exists() and not fresh:
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    pairs = [(docs[ex.stem], ex) for ex in sorted([*rest, *written], key=lambda e: e.stem)]
    random.Random(SEED).shuffle(pairs)
    index = gazetteer.Gazetteer(names)
    gazetteer.write(names, folder / models.GAZETTEER_FILE)
    tagger.train(pairs, index, folder / models.TAGGER_FILE, SEED)
    mine = {ex.stem for ex in written}
    action_judge.train(
        [(d, ex) for d, ex in pairs if ex.stem not in mine], folder / models.JUDGE_FILE, SEED
    )
    return folder


def fold_bundle(folder: Path, training, docs, names) -> models.Models:
    """A fold's models: its cached tagger, judge and gazetteer (`fold_models`) with the role
    model and the candidate judge trained afresh on the fold's training articles, so that
    `--set roles.NAME=...` reaches them."""
    pairs = [(docs[ex.stem], ex) for ex in sorted(training, key=lambda e: e.stem)]
    random.Random(SEED).shuffle(pairs)
    index = gazetteer.Gazetteer(names)
    with tempfile.TemporaryDirectory() as tmp:
        labels = roles.train(pairs, index, Path(tmp) / models.ROLES_FILE, SEED)
        candidates.train(pairs, index, Path(tmp) / models.CANDIDATES_FILE, SEED)
        for f in (models.TAGGER_FILE, models.JUDGE_FILE, models.GAZETTEER_FILE):
            (Path(tmp) / f).symlink_to(folder / f)
        bundle = models.Models.load(Path(tmp))
    # the judge's prior, as the record of `make train` gives it (`roles.prior_factor`)
    bundle.record = {"roles": {"labels": labels}}
    return bundle


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, nargs="*", default=[0, 1, 2, 3])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "roles_cv")
    ap.add_argument("--fresh", action="store_true", help="rebuild the cached docs and models")
    ap.add_argument("--set", action="append", default=[], help="stage constant NAME=VALUE")
    ap.add_argument("-v", "--verbose", action="store_true", help="list target misses (not fold 4)")
    ap.add_argument(
        "--written-out",
        action="store_true",
        help="leave-written-out: also train on the shared folds 0-3 alone and score corpus/written",
    )
    args = ap.parse_args()
    for item in args.set:
        name, value = item.split("=", 1)
        # "roles.NAME": the target judge's; "tagger.NAME": the tagger's (give a new --cache,
        # as the cached taggers were trained without it); else the stage's
        prefix, _, rest = name.rpartition(".")
        module = {"roles": roles, "tagger": tagger, "": stage}.get(prefix)
        if module is None:
            raise SystemExit(f"--set {name}: prefix roles., tagger. or none")
        name = rest
        if not hasattr(module, name):
            raise SystemExit(f"{module.__name__} has no constant {name}")
        setattr(module, name, float(value))
    score = load_scorer(SHARED / "eval" / "score.py")
    examples, written, docs = cached(args.cache, args.fresh)
    split = folds(examples, K, SEED)
    names = gazetteer.build(SHARED / "lists")
    results, calib, tally = {}, [], {}
    origins = Origins()
    runs = [
        (k, split[k], [e for j, part in enumerate(split) if j != k for e in part], written)
        for k in args.folds
    ]
    if args.written_out:  # "w": trained on the shared folds the rules may read, no written
        runs.append(
            ("w", written, [e for j, part in enumerate(split) if j != RULE_BLIND for e in part], [])
        )
    for k, test, rest, train_written in runs:
        folder = fold_models(args.cache, k, rest, train_written, docs, names, args.fresh)
        bundle = fold_bundle(folder, [*rest, *train_written], docs, names)
        rows = []
        for ex in test:
            doc = copy.deepcopy(docs[ex.stem])
            doc.models = bundle
            held = [t for a in doc.actions for t in a.targets]  # alive: ids stay theirs
            rule_ids = {id(t) for t in held}
            with origins:
                doc = stage.learned_targets(doc)
            pred = Report(article=ex.article, actions=doc.actions).to_dict()
            s = score.score_article(ex.stem, ex.gold, pred)
            rows.append(s)
            got = outcomes(score, ex.gold, pred, origins.of(rule_ids, doc.actions))
            for _, right, paired, origin in got if k != "w" else []:  # counts only: fold 4's too
                cell = tally.setdefault((k == RULE_BLIND, origin, paired), [0, 0])
                cell[right] += 1
            if k != RULE_BLIND and k != "w":
                calib.extend(got)
            if k != RULE_BLIND and args.verbose:
                for note in s.notes:
                    if "target" in note:
                        print(f"    f{k} {ex.stem}: {note}")
        results[k] = figures(score, rows)
        tag = " (rule-blind)" if k == RULE_BLIND else ""
        print(line(f"fold {k}", results[k]) + tag, flush=True)
    folds_run = [r for k, r in results.items() if k != "w"]
    if folds_run:
        mean = {key: sum(r[key] for r in folds_run) / len(folds_run) for key in folds_run[0]}
        print(line("mean", mean))
    seen = [k for k in args.folds if k != RULE_BLIND]
    if seen:
        m = sum(results[k]["target_f1"] for k in seen) / len(seen)
        print(f"mean target F1 over folds {seen}: {m:.3f}")
    if calib:
        print("confidence band   targets  right  precision")
        for lo, hi in itertools.pairwise(BANDS):
            band = [ok for c, ok, _, _ in calib if lo <= c < hi]
            if band:
                right = sum(band)
                band_name = f"[{lo:.1f}, {min(hi, 1.0):.1f})"
                print(f"  {band_name}  {len(band):8} {right:6}  {right / len(band):.3f}")
        missing = [ok for c, ok, _, _ in calib if c < 0]
        if missing:
            print(f"  no confidence     {len(missing):8} {sum(missing):6}")
    print("targets by origin (right / wrong), on actions paired with a gold one or not")
    for blind in (False, True):
        cells = {key[1:]: v for key, v in tally.items() if key[0] == blind}
        if not cells:
            continue
        print("  rule-blind fold (counts only)" if blind else "  other folds run")
        for origin in ORIGINS:
            parts = [
                f"{'paired' if paired else 'unpaired'} {v[1]:4} / {v[0]:<4}"
                for paired in (True, False)
                if (v := cells.get((origin, paired)))
            ]
            if parts:
                print(f"    {origin:11} " + "   ".join(parts))


if __name__ == "__main__":
    main()
