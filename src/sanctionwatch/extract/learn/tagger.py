"""The target tagger: a linear-chain CRF over each sentence's tokens.

Labels are BIO with the target's kind (B-person, I-vessel, ...). Training labels
come from the gold files: every place the text writes a gold target's name or an
alias of it (targets of scored actions only) is marked, everything else is O, so
speakers, places and names mentioned in passing are learned as not-targets.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

import pycrfsuite

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn.corpus import Example, scored_targets
from sanctionwatch.extract.learn.features import (
    Context,
    Token,
    context,
    doc_marks,
    sentence_features,
    tokenize,
)
from sanctionwatch.extract.learn.gazetteer import Gazetteer

KINDS = ("person", "organization", "vessel", "aircraft")
PARAMS = {"c1": 0.05, "c2": 0.05, "max_iterations": 100, "feature.possible_transitions": True}
# Share of training sentences shown without the rules' marks, so that the tagger
# learns the words and the list structure too and not only to copy the rules
# (which were tuned on part of the corpus and are right there more than elsewhere).
RULE_DROPOUT = 0.5
RULE_MARKS = ("rt", "ro")
ZONE = 4  # sentences after the last scored frame that are still tagged


@dataclass(slots=True)
class Mention:
    """A tagged target mention: offsets into the article text, kind and confidence."""

    sentence: int
    start: int
    end: int
    text: str
    kind: str
    confidence: float


def name_pattern(name: str) -> re.Pattern[str] | None:
    words = re.findall(r"\w+", name)
    if not words:
        return None
    return re.compile(r"(?<!\w)" + r"\W{1,3}".join(map(re.escape, words)) + r"(?!\w)", re.I)


def gold_spans(text: str, targets: Iterable[dict[str, Any]]) -> list[tuple[int, int, str]]:
    """Where the text writes each gold name or alias: (start, end, kind), longest first wins."""
    found: list[tuple[int, int, str]] = []
    for target in targets:
        kind = cast(str, target.get("kind")) if target.get("kind") in KINDS else "organization"
        for name in [target.get("name") or "", *(target.get("aliases") or [])]:
            pattern = name_pattern(str(name))
            if pattern is None:
                continue
            found.extend((m.start(), m.end(), kind) for m in pattern.finditer(text))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if not kept or span[0] >= kept[-1][1]:
            kept.append(span)
    return kept


def labels_for(offset: int, toks: list[Token], spans: list[tuple[int, int, str]]) -> list[str]:
    labels = ["O"] * len(toks)
    for start, end, kind in spans:
        inside = [k for k, t in enumerate(toks) if start <= t.start + offset < end]
        for j, k in enumerate(inside):
            labels[k] = ("B-" if j == 0 else "I-") + kind
    return labels


def sequences(
    doc: Doc,
    names: Gazetteer,
    only: set[int] | None = None,
    known: frozenset[str] | None = None,
    encoded: bool = False,
) -> Iterable[tuple[int, list[Token], Context, list[list[str]]]]:
    marks = doc_marks(doc)
    for i, sentence in enumerate(doc.sentences):
        if only is not None and i not in only:
            continue
        toks = tokenize(sentence.text)
        if toks:
            ctx = context(doc, i, toks, marks)
            yield i, toks, ctx, sentence_features(doc, i, toks, ctx, names, known, encoded)


def wanted(doc: Doc) -> set[int]:
    """The sentences worth tagging: those holding a rule target, and every sentence
    up to a few after the last frame of a scored action (mentions further on
    would have no action to join)."""
    out = {
        i
        for i, s in enumerate(doc.sentences)
        for a in doc.actions
        for t in a.targets
        for span in t.evidence
        if s.start <= span.start < s.end
    }
    last = max(
        (
            f.sentence
            for k, a in enumerate(doc.actions)
            if a.status in ("imposed", "proposed") and not a.background
            for f in doc.action_frames[k]
        ),
        default=None,
    )
    if last is not None:
        out.update(range(last + ZONE + 1))
    return out


def without_marks(seed: int, stem: str, sentence: int) -> bool:
    """Whether training shows this sentence without the rules' marks (`RULE_DROPOUT`).
    Drawn from the sentence's own seed, not from one stream over the shuffled corpus:
    with one stream, adding or removing a single article re-drew every later sentence,
    and the tagger's output moved with it (bench/stability.py)."""
    return random.Random(f"{seed}:{stem}:{sentence}").random() < RULE_DROPOUT


def train(
    docs: list[tuple[Doc, Example]], names: Gazetteer, path: Path, seed: int
) -> dict[str, int]:
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(PARAMS)
    mentions = sentences = 0
    for doc, example in docs:
        spans = gold_spans(doc.text, scored_targets(example.gold))
        for i, toks, _, feats in sequences(doc, names):
            labels = labels_for(doc.sentences[i].start, toks, spans)
            mentions += sum(1 for label in labels if label.startswith("B-"))
            sentences += 1
            if without_marks(seed, example.stem, i):
                feats = [[f for f in tok if not f.startswith(RULE_MARKS)] for tok in feats]
            trainer.append(feats, labels)
    trainer.train(str(path))
    return {"sentences": sentences, "mentions": mentions}


def tag(
    doc: Doc, tagger: pycrfsuite.Tagger, names: Gazetteer
) -> tuple[list[Mention], list[tuple[int, int, float]]]:
    """Mentions, and for each token of a rule target (start, end, P(part of a
    target)) in text offsets."""
    found: list[Mention] = []
    tokens: list[tuple[int, int, float]] = []
    # the model's own features only (`models.Tagger.known`): the same labels and
    # marginals, as crfsuite skips the others, but each string costs it to skip
    # (as bytes: crfsuite would encode each string again on every call)
    known = getattr(tagger, "known", None)
    for i, toks, ctx, feats in sequences(doc, names, wanted(doc), known, encoded=True):
        labels = tagger.tag(feats)
        offset = doc.sentences[i].start
        tokens.extend(
            (offset + t.start, offset + t.end, 1.0 - tagger.marginal("O", k))
            for k, t in enumerate(toks)
            if ctx.rule_target[k] or ctx.rule_other[k]
        )
        if all(label == "O" for label in labels):
            continue
        k = 0
        while k < len(labels):
            if labels[k] == "O":
                k += 1
                continue
            kind = labels[k][2:]
            j = k + 1
            while j < len(labels) and labels[j] == "I-" + kind:
                j += 1
            probs = [tagger.marginal(labels[m], m) for m in range(k, j)]
            start, end = offset + toks[k].start, offset + toks[j - 1].end
            found.append(Mention(i, start, end, doc.text[start:end], kind, min(probs)))
            k = j
    return found, tokens
