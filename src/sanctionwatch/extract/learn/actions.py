"""The action judge: is an action the rules assembled news, background or spurious?

A maximum-entropy classifier (python-crfsuite on one-item sequences) over what
the rules know of each imposed or proposed action: who acts and how the text
names them (country name, demonym, agency), the trigger word, where the first
frame stands, whether the text dates it, names targets or counts, how many
authorities act, whether the acting state is also one hit by another action.
Trained against the gold files: a predicted action that agrees with a scored
gold action (authority, status, date within two days) is "news", one that agrees
only with a background or optional one is "background", else "spurious"
(for every status: a threat is news when the gold has that threat).

Its probability of the label the rules gave ("news", or "background" for a
background action) is the action's confidence; the stage drops an action when
the judge is sure enough it is spurious.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pycrfsuite

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn.corpus import Example
from sanctionwatch.extract.learn.fit import fit
from sanctionwatch.model import Action

LABELS = ("news", "background", "spurious")
PARAMS = {"c1": 0.1, "c2": 0.1, "max_iterations": 200}


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 8 else "9"


def features(doc: Doc, k: int) -> list[str]:
    action = doc.actions[k]
    frames = doc.action_frames[k]
    first = frames[0]
    sentence = doc.sentences[first.sentence]
    f = [
        "b",
        "st=" + action.status,
        "auth=" + action.authority,
        f"frames={_bucket(len(frames))}",
        f"first={_bucket(first.sentence)}",
        f"rank={_bucket(k)}",
        f"actions={_bucket(len(doc.actions))}",
        f"targets={_bucket(len(action.targets))}",
    ]
    if action.background:
        f.append("rule_bg")
    if action.optional:
        f.append("optional")
    if all(not fr.explicit for fr in frames):
        f.append("implicit")
    if sentence.headline:
        f.append("headline")
    if action.agency:
        f.append("agency")
    if action.date is not None:
        f.append("dated")
        if doc.published is not None:
            days = (doc.published - action.date).days
            f.append("age=" + ("future" if days < 0 else _bucket(days)))
    if any(v for v in action.counts.values()):
        f.append("counted")
    if action.program:
        f.append("program")
    if action.measures:
        f.append("measures")
    others = {a.authority for a in doc.actions if a is not action}
    if action.authority in others:
        f.append("auth_again")
    hit = {c for a in doc.actions if a is not action for c in a.target_countries}
    if action.authority in hit:
        # "Mexico's Financial Intelligence Unit added the same persons": a state's own
        # agency acting is seldom a misread of the country hit, a bare name often is
        # ("Russia's Russia sanctions"); a linear model needs the conjunction spelt out
        own_agency = any(
            m.form == "agency"
            and m.code == action.authority
            and fr.clause_start <= m.start < fr.clause_end
            for fr in frames[:3]
            for m in doc.mentions[fr.sentence]
        )
        f.append("auth_is_hit_agency" if own_agency else "auth_is_hit")
    if doc.published is None:
        f.append("undated_article")
    for fr in frames[:3]:
        text = doc.sentences[fr.sentence].text
        f.append("trig=" + text[fr.trigger_start : fr.trigger_end].lower()[:24])
        forms = {
            m.form
            for m in doc.mentions[fr.sentence]
            if m.code == action.authority and fr.clause_start <= m.start < fr.clause_end
        }
        f.extend("form=" + form for form in sorted(forms))
        if not forms:
            f.append("form=none")
        # the clause's words without the names of states, blocs and agencies: who acts is
        # told by auth= and form=; as words, a name learns where it stood in the training
        # articles ("ofac" in many background clauses made OFAC's news read as background)
        chars = list(text[fr.clause_start : fr.clause_end].lower())
        for m in doc.mentions[fr.sentence]:
            for i in range(max(m.start, fr.clause_start), min(m.end, fr.clause_end)):
                chars[i - fr.clause_start] = " "
        clause = "".join(chars)
        # sorted: feature order must not depend on the hash seed (same bytes every run)
        f.extend("cw=" + w for w in sorted(set(clause.split())) if w.isalpha() and len(w) > 3)
    return f


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def gold_label(action: Action, gold: dict[str, Any]) -> str:
    best = "spurious"
    for g in gold.get("actions") or []:
        if str(g.get("authority") or "").upper() != action.authority.upper():
            continue
        if g.get("status") != action.status:
            continue
        gd = _date(g.get("date"))
        if gd and action.date and abs((gd - action.date).days) > 2:
            continue
        if not g.get("background") and not g.get("optional"):
            return "news"
        best = "background"
    return best


def judged(doc: Doc) -> list[int]:
    return list(range(len(doc.actions)))


def train(docs: list[tuple[Doc, Example]], path: Path, seed: int) -> dict[str, int]:
    items = [
        (features(doc, k), gold_label(doc.actions[k], ex.gold))
        for doc, ex in docs
        for k in judged(doc)
    ]
    return fit(items, PARAMS, path, seed, LABELS)


def confidence(action: Action, probs: dict[str, float]) -> float:
    """How sure the judge is of the action as reported: P(news) for a news action,
    P(background) for one the rules call background (its P(news) is the chance
    that the flag is wrong, so a background action the judge reads as news scores
    low, not 1.0)."""
    return round(probs.get("background" if action.background else "news", 0.0), 3)


def judge(doc: Doc, tagger: pycrfsuite.Tagger) -> dict[int, dict[str, float]]:
    """For each action, the probability of each label."""
    out = {}
    for k in judged(doc):
        tagger.set([features(doc, k)])
        out[k] = {label: tagger.marginal(label, 0) for label in tagger.labels()}
    return out
