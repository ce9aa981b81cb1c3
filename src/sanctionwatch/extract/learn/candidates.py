"""The candidate judge: is a name the rules passed over a target after all?

The rules take a name as hit only where their grammar sees it as the object of
a trigger or a list cue; the tagger adds names only inside enumerations. Names
in a follow-up sentence ("Choe, one of the sanctioned individuals, ..."), after
a verb the grammar does not know ("were added for ...", "also hit"), or named by
their role ("its front company X") stay out. A maximum-entropy classifier
(python-crfsuite on one-item sequences) reads each candidate name the names
stage found near a scored action and that no rule target of one holds: its
words and shape, the words before and after it, the sentence's words (their
first six letters: "sancti", "design", "charge" ...), where the nearest frame
stands, the kind of sentence, and whether an official list holds the name.
Trained against the gold files: a candidate whose name keys (the scorer's) meet
a scored gold target's is "target", else "other".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import pycrfsuite

from sanctionwatch.extract import targets, triggers
from sanctionwatch.extract.document import Doc, Name
from sanctionwatch.extract.learn import gazetteer
from sanctionwatch.extract.learn.corpus import SCORED, Example, scored_targets
from sanctionwatch.extract.learn.features import collapse_runs, generic, title_words
from sanctionwatch.extract.learn.fit import fit
from sanctionwatch.extract.learn.roles import name_keys
from sanctionwatch.extract.vocabulary import rule
from sanctionwatch.names import name_tokens

PARAMS = {"c1": 0.2, "c2": 1.0, "max_iterations": 200}
WORD = re.compile(r"[\w'’.-]+")  # mechanics: a name's words
ZONE = 4  # sentences after the last frame of a scored action whose names are read
# punctuation right before or after a name: a dash or colon sets off a list member
MARKS = (("—", "dash"), ("–", "dash"), (" - ", "dash"), (",", "comma"), (":", "colon"))
PREFIX = 6  # a sentence word is read by its first letters: "sanctioned" ~ "sanctions"


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 8 else "9"


@lru_cache(maxsize=1 << 12)  # bounded: names recur across sentences and articles
def _shape(word: str) -> str:
    out = "".join(
        "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c for c in word
    )
    return collapse_runs(out)


def scored(doc: Doc) -> list[int]:
    return [k for k, a in enumerate(doc.actions) if a.status in SCORED and not a.background]


def held_keys(doc: Doc) -> list[frozenset[str]]:
    """The name tokens of every rule target of a scored action."""
    return [
        frozenset(name_tokens(n))
        for k in scored(doc)
        for t in doc.actions[k].targets
        for n in [t.name, *t.aliases]
    ]


def candidates(doc: Doc) -> Iterable[tuple[int, Name]]:
    """(sentence, name) for each name near a scored action that no rule target holds."""
    news = scored(doc)
    frame_sentences = [f.sentence for k in news for f in doc.action_frames[k]]
    if not frame_sentences:
        return
    held = held_keys(doc)
    last = max(frame_sentences) + ZONE
    for i, names in enumerate(doc.names[: last + 1]):
        if all(name.descriptor for name in names):
            continue  # most sentences: no name to read, no clause to split
        text = doc.sentences[i].text
        spared = [(a, b) for a, b in triggers.clauses(text) if targets.negated(text, a, b)]
        for name in names:
            if name.descriptor or any(a <= name.start < b for a, b in spared):
                continue  # a negated clause spares its names, as the rules do
            if targets.after_alias_cue(text, name.start):
                continue  # "X, also called Y, ...": Y is X again, no party of its own
            mine = frozenset(name_tokens(name.text))
            if not mine or any(mine <= h or h <= mine for h in held):
                continue
            yield i, name


# ", which manages the tanker X": a relative clause after a name; ", and" resumes the list
RELATIVE = rule("learn.relative_clause")
RESUMED = rule("learn.resumed_list")


def described(doc: Doc, i: int, name: Name) -> bool:
    """A name inside a relative clause that describes the name before it ("X, which
    manages the tanker Y, and Z"): the rules read it as a description, not a target."""
    text = doc.sentences[i].text
    opening = RELATIVE.search(text, 0, name.start)
    return opening is not None and not RESUMED.search(text, opening.start() + 1, name.start)


def role_words(before: str) -> list[str]:
    """What the words before a name say of its role, as the target rules read them: a
    relational word ("linked to", "owned by", "a buyer for"), a participle naming it as
    sanctioned already ("U.S.-designated"), a list of partners ("agencies like")."""
    f = []
    if targets.excluded(before):
        f.append("excl")
    if targets.PRIOR_LISTING.search(before):
        f.append("prior")
    if targets.PARTNERS.search(before):
        f.append("partner")
    return f


@lru_cache(maxsize=256)  # the names of one sentence share them
def sentence_words(text: str) -> tuple[str, ...]:
    """The sentence's lower-case words by their first letters ("sw=sancti")."""
    return tuple(
        sorted({"sw=" + w.lower()[:PREFIX] for w in WORD.findall(text) if w[:1].islower()})
    )


def features(doc: Doc, i: int, name: Name, names: gazetteer.Gazetteer) -> list[str]:
    sentence = doc.sentences[i]
    text = sentence.text
    words = WORD.findall(name.text)
    lower = [w.lower() for w in words]
    f = ["b", "kind=" + name.kind, f"len={_bucket(len(words))}"]
    if lower:
        f.append("lastsh=" + _shape(words[-1]))
        f += ["last=" + lower[-1]] if generic(words[-1]) else []
        f += ["first=" + lower[0]] if generic(words[0]) else []
        f.append("shape=" + "_".join(_shape(w) for w in words[:3]))
    if name.imo:
        f.append("imo")
    if name.aliases:
        f.append("alias")
    if any(w in title_words() for w in lower):
        f.append("titleword")
    held = names.holds(name.text)
    if held:
        f.append("onlist" if held == "exact" else "onlist=loose")
    before = WORD.findall(text[max(0, name.start - 60) : name.start])[-3:]
    after = WORD.findall(text[name.end : name.end + 40])[:2]
    lb = [w.lower() for w in before]
    for d, w in enumerate(reversed(lb), 1):
        f.append(f"b{d}={w}")
    if len(lb) >= 2:
        f.append("b12=" + " ".join(lb[-2:]))
    for d, w in enumerate(after, 1):
        f.append(f"a{d}={w.lower()}")
    gap_before = text[max(0, name.start - 3) : name.start]
    gap_after = text[name.end : name.end + 3]
    for mark, tag in MARKS:
        if mark in gap_before:
            f.append("p" + tag)
        if mark in gap_after:
            f.append("n" + tag)
    if text[name.end : name.end + 2] in ("'s", "’s"):
        f.append("possessive")
    if name.start < 3:
        f.append("opens")
    f += role_words(text[max(0, name.start - 80) : name.start])
    f.extend(sentence_words(text))
    where = "h" if sentence.headline else "l" if sentence.item else "s"
    f.append("sent=" + where)
    frames = [fr for k in scored(doc) for fr in doc.action_frames[k]]
    here = [fr for fr in frames if fr.sentence == i]
    if here:
        fr = min(here, key=lambda fr: abs(fr.trigger_start - name.start))
        f.append("frame=" + ("after" if name.start >= fr.trigger_end else "before"))
        f.append("clause=" + ("in" if fr.clause_start <= name.start < fr.clause_end else "out"))
    else:
        prior = [fr.sentence for fr in frames if fr.sentence < i]
        f.append("frame=" + (f"a{_bucket(i - max(prior))}" if prior else "none_before"))
    others = sum(1 for n in doc.names[i] if not n.descriptor)
    f.append(f"names={_bucket(others)}")
    f.append(f"mentions={_bucket(doc.text.count(name.text))}")
    return f


def gold_label(name: Name, gold: dict[str, Any]) -> str:
    mine = name_keys(name.text, name.aliases)
    for t in scored_targets(gold):
        if mine & name_keys(str(t.get("name") or ""), map(str, t.get("aliases") or [])):
            return "target"
    return "other"


def train(
    docs: list[tuple[Doc, Example]], names: gazetteer.Gazetteer, path: Path, seed: int
) -> dict[str, int]:
    items = [
        (features(doc, i, n, names), gold_label(n, ex.gold))
        for doc, ex in docs
        for i, n in candidates(doc)
    ]
    return fit(items, PARAMS, path, seed, ("target", "other"))


def judge(
    doc: Doc, tagger: pycrfsuite.Tagger, names: gazetteer.Gazetteer
) -> list[tuple[int, Name, float]]:
    """(sentence, name, P(target)) for each candidate the rules passed over."""
    out = []
    for i, n in candidates(doc):
        tagger.set([features(doc, i, n, names)])
        out.append((i, n, tagger.marginal("target", 0)))
    return out
