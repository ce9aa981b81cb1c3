"""Where each missed gold target is lost: the learned stage's parts, one by one.

    .venv/bin/python bench/target_losses.py                 # folds 0-3, tallies
    .venv/bin/python bench/target_losses.py --folds w -v    # leave-written-out, with names
    .venv/bin/python bench/target_losses.py --cache DIR     # bench/roles_cv.py's cache

The same folds, cache and models as bench/roles_cv.py (the tagger and action judge of
each fold cached, the target and candidate judges retrained from the current code).
Every gold target of a scored gold action that the report misses gets the first of
these that holds:

  action      no scored predicted action of its authority
  elsewhere   a predicted action of another authority holds it
  rule-drop   a rule target of its authority's action before the stage: the target
              judge or the non-party filter dropped it
  tag-filter  the tagger marked it at least ADD_AT sure, but a filter after it (the
              reason is named: lone, described, in_role, speaker, home ...) kept it out
  cand-filter the candidate judge gave it CANDIDATE_AT or more, a filter kept it out
  tag-low     the tagger marked it, below ADD_AT
  cand-low    the candidate judge read it (a name the names stage found), below CANDIDATE_AT
  untagged    neither: the text names it (`tagger.gold_spans`) in a tagged sentence
  unread      ... only in sentences the tagger does not read (`tagger.wanted`)
  absent      the text does not write the gold name or alias as such

Fold 4 is rule-blind and refused here: its misses are not to be read.
"""

from __future__ import annotations

import argparse
import copy
import sys
import tempfile
from collections import Counter
from pathlib import Path

from sanctionwatch.extract.document import Doc, Name
from sanctionwatch.extract.learn import candidates as passed
from sanctionwatch.extract.learn import gazetteer, models, stage
from sanctionwatch.extract.learn import tagger as crf
from sanctionwatch.extract.learn.corpus import folds
from sanctionwatch.extract.targets import bystander, is_speaker
from sanctionwatch.model import Report

sys.path.insert(0, str(Path(__file__).resolve().parent))
from cv import RULE_BLIND, SEED, SHARED, K, load_scorer
from roles_cv import cached, fold_bundle, fold_models

ORDER = (
    "action",
    "elsewhere",
    "rule-drop",
    "tag-filter",
    "cand-filter",
    "tag-low",
    "cand-low",
    "untagged",
    "unread",
    "absent",
)


def mention_fate(doc: Doc, m: crf.Mention, per_sentence: Counter[int]) -> str:
    """The first filter of `stage.learned_targets` that keeps a sure mention out (read
    on the report's doc, so `rules_chose`/`holds` see the final targets), or "joins"."""
    if stage.describes_only(doc, m):
        return "describes_only"
    lone = per_sentence[m.sentence] < stage.ENUMERATION and not doc.sentences[m.sentence].item
    if lone and m.confidence < stage.LONE_AT:
        return "lone"
    text = doc.sentences[m.sentence].text
    at = m.start - doc.sentences[m.sentence].start
    name = Name(at, at + len(m.text), m.text, m.kind)
    checks = (
        ("described", lambda: passed.described(doc, m.sentence, name)),
        ("speaker", lambda: is_speaker(text, name)),
        ("bystander", lambda: bystander(text, name)),
        ("in_role", lambda: stage.in_role(doc, m.sentence, at)),
        ("set_aside", lambda: stage.set_aside(text, at)),
        ("alias", lambda: stage.alias_of_held(doc, m.sentence, at)),
        ("rules_chose", lambda: stage.rules_chose(doc, m.sentence, stage.key(m.text))),
        ("placed", lambda: stage.placed(doc, m.sentence, stage.key(m.text))),
        ("court", lambda: stage.court_case(doc, m.sentence)),
    )
    for reason, check in checks:
        if check():
            return reason
    if not stage.home_actions(doc, m.sentence, at):
        return "no-home"
    return "home-other"  # joins an action, but not the gold one's authority


def name_fate(doc: Doc, i: int, name: Name) -> str:
    text = doc.sentences[i].text
    checks = (
        ("described", lambda: passed.described(doc, i, name)),
        ("speaker", lambda: is_speaker(text, name)),
        ("bystander", lambda: bystander(text, name)),
        ("affiliated", lambda: stage.affiliated(doc, i, name.start)),
        ("tied", lambda: stage.tied(text, name.start)),
        ("rules_chose", lambda: stage.rules_chose(doc, i, stage.key(name.text))),
        ("placed", lambda: stage.placed(doc, i, stage.key(name.text))),
        ("court", lambda: stage.court_case(doc, i)),
    )
    for reason, check in checks:
        if check():
            return reason
    if not stage.home_actions(doc, i, name.start):
        return "no-home"
    return "home-other"


def span_marginal(doc: Doc, bundle: models.Models, spans: list[tuple[int, int, str]]) -> float:
    """The highest, over the gold name's places in tagged sentences, of the tagger's
    lowest P(not O) over the place's tokens."""
    best = 0.0
    tagger = bundle.tagger
    known = getattr(tagger, "known", None)
    for i, toks, _, feats in crf.sequences(doc, bundle.names, crf.wanted(doc), known, True):
        tagger.set(feats)
        offset = doc.sentences[i].start
        for start, end, _ in spans:
            inside = [k for k, t in enumerate(toks) if start <= t.start + offset < end]
            if inside:
                best = max(best, min(1.0 - tagger.marginal("O", k) for k in inside))
    return best


def classify(score, ex, rule: Doc, bundle: models.Models, verbose: bool, tally: Counter) -> None:
    gold = ex.gold
    # the stage's own steps up to the tagger, on a copy of the rule doc
    pre = copy.deepcopy(rule)
    pre.models = bundle
    stage.drop_non_parties(pre, bundle)
    stage.judge_actions(pre, bundle)
    mentions, _ = crf.tag(pre, bundle.tagger, bundle.names)
    mentions = [stage.snap(pre, m) for m in mentions]
    per_sentence = Counter(m.sentence for m in mentions if m.confidence >= stage.ADD_AT)
    judged = passed.judge(pre, bundle.candidates, bundle.names) if bundle.candidates else []
    post = copy.deepcopy(rule)
    post.models = bundle
    post = stage.learned_targets(post)
    pred = Report(article=ex.article, actions=post.actions).to_dict()
    s = score.score_article(ex.stem, gold, pred)
    missed = [n.split(":", 1) for n in s.notes if n.startswith("missed target ")]
    for note_auth, gname in missed:
        auth = note_auth.removeprefix("missed target ")
        g = next(
            t
            for a in gold["actions"]
            if score._scored(a) and score._norm_authority(a.get("authority")) == auth
            for t in a.get("targets") or []
            if t.get("name") == gname
        )
        gk = score.target_keys(g)

        def holds(targets, gk=gk) -> bool:
            return any(
                score.target_keys({"name": t.name, "aliases": t.aliases}) & gk for t in targets
            )

        mine = [
            a
            for a in pred["actions"]
            if a["status"] in score.SCORED_STATUSES
            and score._norm_authority(a.get("authority")) == auth
        ]
        detail = ""
        spans = crf.gold_spans(rule.text, [g])
        if not mine:
            cat = "action"
        elif any(holds(a.targets) for a in post.actions if a.status in ("imposed", "proposed")):
            cat = "elsewhere"
        elif any(
            holds(a.targets)
            for a in rule.actions
            if stage.scored(a) and score._norm_authority(a.authority) == auth
        ):
            cat = "rule-drop"
        else:
            tagged = [m for m in mentions if score.name_keys(m.text) & gk]
            sure = [m for m in tagged if m.confidence >= stage.ADD_AT]
            cands = [(i, n, p) for i, n, p in judged if score.name_keys(n.text) & gk]
            if sure:
                cat = "tag-filter"
                detail = mention_fate(post, sure[0], per_sentence)
            elif any(p >= stage.CANDIDATE_AT for _, _, p in cands):
                cat = "cand-filter"
                i, n, _ = max(cands, key=lambda c: c[2])
                detail = name_fate(post, i, n)
            elif tagged:
                cat = "tag-low"
                detail = f"{max(m.confidence for m in tagged):.2f}"
            elif cands:
                cat = "cand-low"
                detail = f"{max(p for _, _, p in cands):.2f}"
            elif not spans:
                cat = "absent"
            else:
                read = crf.wanted(pre)
                in_read = any(
                    pre.sentences[i].start <= a < pre.sentences[i].end
                    for i in read
                    for a, _, _ in spans
                )
                cat = "untagged" if in_read else "unread"
                if in_read:
                    detail = f"max P={span_marginal(pre, bundle, spans):.2f}"
        tally[cat] += 1
        if detail and cat.endswith("filter"):
            tally[f"{cat}:{detail}"] += 1
        if verbose:
            print(f"    {ex.stem} {auth}:{gname}  {cat} {detail}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", nargs="*", default=["0", "1", "2", "3"])
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "roles_cv")
    ap.add_argument("-v", "--verbose", action="store_true", help="list each miss")
    args = ap.parse_args()
    if str(RULE_BLIND) in args.folds:
        raise SystemExit(f"fold {RULE_BLIND} is rule-blind: its misses are not read")
    score = load_scorer(SHARED / "eval" / "score.py")
    examples, written, docs = cached(args.cache, False)
    split = folds(examples, K, SEED)
    names = gazetteer.build(SHARED / "lists")
    for fold in args.folds:
        if fold == "w":
            test, rest, train_written = (
                written,
                [e for j, part in enumerate(split) if j != RULE_BLIND for e in part],
                [],
            )
        else:
            k = int(fold)
            test = split[k]
            rest = [e for j, part in enumerate(split) if j != k for e in part]
            train_written = written
        folder = fold_models(args.cache, fold if fold == "w" else int(fold), rest,
                             train_written, docs, names, False)  # fmt: skip
        bundle = fold_bundle(folder, [*rest, *train_written], docs, names)
        tally: Counter[str] = Counter()
        for ex in test:
            classify(score, ex, docs[ex.stem], bundle, args.verbose, tally)
        total = sum(tally[c] for c in ORDER)
        print(f"fold {fold}: {total} missed gold targets")
        for c in ORDER:
            if tally[c]:
                subs = sorted(
                    (k.split(":", 1)[1], v) for k, v in tally.items() if k.startswith(c + ":")
                )
                extra = "  (" + ", ".join(f"{r} {v}" for r, v in subs) + ")" if subs else ""
                print(f"  {c:12} {tally[c]:4}{extra}", flush=True)


if __name__ == "__main__":
    main()
