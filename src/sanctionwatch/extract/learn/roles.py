"""The target judge: is a name the rules took as a target really one?

The rules return job titles, agencies that announce, places, parent bodies,
statute names and day names glued to a name as targets. A maximum-entropy
classifier (python-crfsuite on one-item sequences) reads each rule target: its
words and shape, the words just before and after each place the text names it,
whether the name is on an official list (gazetteer), where it stands relative to
its action's frames, how often the article names it, and its kind. Trained
against the gold files: a rule target of an imposed/proposed action that the
gold gives the same authority (same name keys as the scorer uses) is "target",
else "other". Its probability is the target's confidence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn import gazetteer, places
from sanctionwatch.extract.learn.corpus import SCORED, Example
from sanctionwatch.extract.learn.features import collapse_runs, generic, title_words
from sanctionwatch.extract.learn.fit import fit
from sanctionwatch.extract.vocabulary import load_json
from sanctionwatch.model import Action, Span, Target
from sanctionwatch.names import name_tokens

PARAMS = {"c1": 0.1, "c2": 1.0, "max_iterations": 200}
BIGRAM = 1.0  # the two words before each mention as one feature (0: the word before only)
PLACE = 1.0  # the "place" feature (`places`): 0 leaves it out
# the words between the action's trigger and a name after it in the same clause
# ("froze the assets of X": 3), bucketed: a name the trigger governs closely is its
# object, whatever preposition stands before it ("of" alone reads as a role)
TRIGGER_GAP = 1.0
TRIGGER_OF = 1.0  # ... and the word before such a name read apart ("b1=of@t"; 0: off)
WORD = re.compile(r"[\w'’.-]+")  # mechanics: a name's words
WEEKDAYS = frozenset(("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))
# "X on Monday", "X this week": the day of the news after the name, read as one word
# ("a1=@day") so the preposition is not taken for a relation ("sanctions on X"); a
# month or year ("X in March 2020") often dates an earlier listing, so it is "@date"
CALENDAR = load_json("calendar.json")
TIME_PREPOSITIONS = frozenset(("on", "in", "last", "this", "earlier", "since", "until"))
DAY_WORDS = frozenset((*WEEKDAYS, "week"))
DATE_WORDS = frozenset((*(m for names in CALENDAR["months"] for m in names), "month", "year"))


def after_word(after: list[str]) -> str:
    """The word after a mention for the judge: "on Monday" as "@day", "in March" as "@date"."""
    first = after[0].lower()
    if first in TIME_PREPOSITIONS and len(after) > 1:
        second = after[1].lower().rstrip(".")
        if second in DAY_WORDS:
            return "@day"
        if second in DATE_WORDS or (second.isdigit() and len(second) == 4):
            return "@date"
    return first


def keys(name: str) -> set[str]:
    """The scorer's spelling-insensitive keys of a name."""
    tokens = list(name_tokens(name))  # the shared normaliser (sanctionwatch.names)
    if not tokens:
        return set()
    out = {" ".join(sorted(tokens)), "".join(tokens)}
    if len(tokens) > 1:
        out.add("".join(tokens[1:] + tokens[:1]))
        out.add("".join(tokens[-1:] + tokens[:-1]))
    return out


def name_keys(name: str, aliases: Iterable[str] = ()) -> set[str]:
    """The keys of a name and of its aliases together."""
    out = keys(name)
    for alias in aliases:
        out |= keys(alias)
    return out


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 8 else "9"


@lru_cache(maxsize=1 << 12)  # bounded: a pure function of words that recur
def _shape(word: str) -> str:
    return collapse_runs(
        "".join(
            "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
        )
    )


def features(doc: Doc, k: int, target: Target, names: gazetteer.Gazetteer) -> list[str]:
    words = WORD.findall(target.name)
    lower = [w.lower() for w in words]
    f = ["b", "kind=" + target.kind, f"len={_bucket(len(words))}"]
    if lower:  # the head word ("group", "ministry", "office"), not the name itself
        f.append("lastsh=" + _shape(words[-1]))
        f += ["last=" + lower[-1]] if generic(words[-1]) else []
        f.append("shape=" + "_".join(_shape(w) for w in words[:4]))
    if target.aliases:
        f.append("alias")
    if target.imo:
        f.append("imo")
    if any(w in WEEKDAYS for w in lower):
        f.append("weekday")
    if any(w in title_words() for w in lower):
        f.append("titleword")
    held = {names.holds(n) for n in [target.name, *target.aliases]}
    if "exact" in held:
        f.append("onlist")
    elif "loose" in held:
        f.append("onlist=loose")
    elif PLACE and places.is_place(target.name):
        f.append("place")  # a city or province of the lists' addresses (`places`)
    frame_sentences = {fr.sentence for fr in doc.action_frames[k]}
    text = doc.text
    for span in target.evidence[:3]:
        before = WORD.findall(text[max(0, span.start - 40) : span.start])[-2:]
        after = WORD.findall(text[span.end : span.end + 30])[:2]
        index = next(
            (i for i, s in enumerate(doc.sentences) if s.start <= span.start < s.end), None
        )
        gap = None if index is None or not TRIGGER_GAP else trigger_gap(doc, k, index, span.start)
        # "froze the assets of X": an "of" the trigger governs closely is its object's,
        # read apart from the "of" of a role ("a subsidiary of X")
        near = TRIGGER_OF and gap is not None and gap <= 3
        f += ["b1=" + w.lower() + ("@t" if near else "") for w in before[-1:]]
        f += ["b2=" + " ".join(before).lower()] if BIGRAM else []
        f += ["a1=" + after_word(after)] if after else []
        if text[span.end : span.end + 2] in ("'s", "’s"):
            f.append("possessive")
        if index is not None:
            if gap is not None:
                f.append("tgap=" + _bucket(gap))
            if index in frame_sentences:
                f.append("in_frame")
            elif any(index > s for s in frame_sentences):
                f.append("after_frame")
            else:
                f.append("before_frame")
            if doc.sentences[index].headline:
                f.append("headline")
            if doc.sentences[index].item:
                f.append("item")
    f.append(f"mentions={_bucket(text.count(target.name))}")
    f.append(f"evidence={_bucket(len(target.evidence))}")
    return f


def trigger_gap(doc: Doc, k: int, index: int, start: int) -> int | None:
    """Words between the nearest trigger of action `k` before document offset `start`
    in sentence `index` and that offset, within the trigger's clause; None if none."""
    offset = doc.sentences[index].start
    at = start - offset
    ends = [
        fr.trigger_end
        for fr in doc.action_frames[k]
        if fr.sentence == index and fr.trigger_end <= at <= fr.clause_end
    ]
    if not ends:
        return None
    return len(WORD.findall(doc.sentences[index].text[max(ends) : at]))


def gold_label(action: Action, target: Target, gold: dict[str, Any]) -> str:
    mine = name_keys(target.name, target.aliases)
    for g in gold.get("actions") or []:
        if str(g.get("authority") or "").upper() != action.authority.upper():
            continue
        if g.get("status") not in SCORED or g.get("background") or g.get("optional"):
            continue
        for t in g.get("targets") or []:
            if mine & name_keys(str(t.get("name") or ""), map(str, t.get("aliases") or [])):
                return "target"
    return "other"


def judged(doc: Doc) -> list[tuple[int, Target]]:
    return [
        (k, t)
        for k, a in enumerate(doc.actions)
        if a.status in SCORED and not a.background
        for t in a.targets
    ]


def train(
    docs: list[tuple[Doc, Example]], names: gazetteer.Gazetteer, path: Path, seed: int
) -> dict[str, int]:
    items = [
        (features(doc, k, t, names), gold_label(doc.actions[k], t, ex.gold))
        for doc, ex in docs
        for k, t in judged(doc)
    ]
    # the names the rules passed over, read as if they were rule targets of the action
    # their sentence belongs to: with them the judge learns what a party that is not
    # hit looks like (an agency, an official, a place) from thousands of names, not
    # only from the rules' few mistakes on articles the rules were tuned on
    passed = [
        (features(doc, k, t, names), "other")
        for doc, ex in docs
        for k, t in passed_over(doc)
        if gold_label(doc.actions[k], t, ex.gold) == "other"
    ]
    counts = fit(items + passed, PARAMS, path, seed, ("target", "other"))
    return {**counts, "passed": len(passed)}  # `prior_factor` reads them from the record


def prior_factor(record: dict[str, Any] | None) -> float:
    """How many times more "other" items the judge was trained on than rule targets
    alone give: the passed-over names raise its prior of "other" by this factor."""
    labels = ((record or {}).get("roles") or {}).get("labels") or {}
    other, passed = labels.get("other", 0), labels.get("passed", 0)
    return other / (other - passed) if other > passed > 0 else 1.0


def rule_scale(p: float, factor: float) -> float:
    """P(target) as a judge trained on the rule targets alone would give it (the odds
    times `factor`): the target's confidence keeps the scale it had before the judge
    read the passed-over names, while the drop decision reads the judge's own P."""
    odds = p * factor
    return odds / (odds + 1.0 - p)


def passed_over(doc: Doc) -> list[tuple[int, Target]]:
    """(action, name as a target) for each candidate name the rules passed over
    (`candidates.candidates`), on the first action its sentence belongs to."""
    from sanctionwatch.extract.learn import candidates
    from sanctionwatch.extract.learn.stage import home_actions  # the stage imports this module

    out = []
    for i, name in candidates.candidates(doc):
        homes = home_actions(doc, i)
        if homes:
            start = doc.sentences[i].start + name.start
            span = Span(start, start + len(name.text))
            out.append((homes[0], Target(name=name.text, kind=name.kind, evidence=[span])))
    return out


def judge(doc: Doc, tagger: pycrfsuite.Tagger, names: gazetteer.Gazetteer) -> dict[int, float]:
    """P(target) for each rule target of a scored action, keyed by id(target)."""
    return {id(t): probability(doc, k, t, tagger, names) for k, t in judged(doc)}


def probability(
    doc: Doc, k: int, target: Target, tagger: pycrfsuite.Tagger, names: gazetteer.Gazetteer
) -> float:
    """P(target) of one name read as a target of action `k`."""
    tagger.set([features(doc, k, target, names)])
    return float(tagger.marginal("target", 0))
