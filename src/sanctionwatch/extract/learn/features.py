"""Tokens of a sentence and the features the target tagger reads.

Features are plain strings (python-crfsuite's cheapest input): the word and its
shape, its neighbours, whether a list name covers it (gazetteer), whether the
rules took it as a target or a candidate name, and where it stands relative to
the sentence's trigger (before/after, how far), list structure (bullets, "such
as", colons, dashes, parentheses, IMO numbers) and title words before it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import cast

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn import gazetteer
from sanctionwatch.extract.vocabulary import load_lines, vocabulary
from sanctionwatch.names import NAME_ENDINGS

TOKEN = re.compile(r"\w+(?:['’\-&.]\w+)*|[^\w\s]")  # mechanics: tokens
LIST_CUES = frozenset(
    ("including", "include", "includes", "such", "namely", "among", "are", "were", "entities")
)


@dataclass(slots=True, init=False)
class Token:
    start: int  # relative to the sentence
    end: int
    text: str

    # written out: the __init__ a dataclass generates is interpreted Python even in the
    # mypyc build (one call per token of every tagged sentence)
    def __init__(self, start: int, end: int, text: str) -> None:
        self.start, self.end, self.text = start, end, text


def tokenize(text: str) -> list[Token]:
    """The sentence's tokens. Every character but white space is in one (a word, or any
    other character alone), so each token stands at the first place its text is found
    after the one before: `findall` and `find` instead of a match object per token,
    each asked for its start, end and text (a third of this function's instructions)."""
    out: list[Token] = []
    end = 0
    for word in TOKEN.findall(text):
        start = text.find(word, end)
        end = start + len(word)
        out.append(Token(start, end, word))
    return out


@cache
def title_words() -> frozenset[str]:
    words: set[str] = set()
    for line in load_lines("titles.txt"):
        words.update(line.split())
    return frozenset(words)


@cache
def org_words() -> frozenset[str]:
    """Words that make a run a firm or body ("Ltd", "Shipping", "Ministry"), however
    rare the name they end: the legal forms and the names stage's organisation words."""
    return frozenset(vocabulary().names["org_words"]) | frozenset(NAME_ENDINGS)


def generic(word: str) -> bool:
    """A word of a name that says what kind of party it is rather than which one: a
    lower-case word ("of", "the"), an organisation or legal-form word ("ministry",
    "shipping", "llc"), a title ("general"). The judges read a name's first and last
    word only when generic: the particular ones ("yakubets", "huione") name one party
    of the training articles and say nothing of another article's."""
    lower = word.lower()
    return not word[:1].isupper() or lower in org_words() or lower in title_words()


# words that may stand inside a capitalised name ("Bank of China", "bin Salman")
RUN_JOINS = frozenset(("of", "the", "de", "del", "da", "bin", "ibn", "van", "von", "der", "&", "-"))
# what stands just before or after a capitalised run, as its list or clause context
RUN_EDGES = frozenset(
    (",", ";", "and", "&", "(", ")", ":", "-", "–", "—", "“", "‘", '"', "as", "<s>", "</s>")
)


def _capitalised(word: str) -> bool:
    """A word that may stand in a name's run: capitalised, or a digit-led code with a
    capital ("3G", "7A")."""
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isupper() for c in word))


def cap_runs(
    words: list[str], caps: list[bool] | None = None, lower: list[str] | None = None
) -> list[str]:
    """Each token's place in its run of capitalised words (B/I/E/S with the run's
    length bucket and the word on either side of the run), "" outside any: a long
    name or a list item reads as one unit beyond the tagger's two-word window.
    `caps` and `lower` (each word's `_capitalised` and lower case), when the caller
    has them, save computing them again."""
    n = len(words)
    if caps is None:
        caps = [_capitalised(w) for w in words]
    if lower is None:
        lower = [w.lower() for w in words]
    out = [""] * n
    i = 0
    while i < n:
        if not caps[i]:
            i += 1
            continue
        j = i + 1
        while j < n:
            if caps[j]:
                j += 1
            elif lower[j] in RUN_JOINS and j + 1 < n and words[j + 1][:1].isupper():
                j += 2
            else:
                break
        size = j - i
        left = lower[i - 1] if i > 0 else "<s>"
        right = lower[j] if j < n else "</s>"
        edges = f"{left if left in RUN_EDGES else 'w'}|{right if right in RUN_EDGES else 'w'}"
        length = _bucket(size)
        for k in range(i, j):
            place = "S" if size == 1 else "B" if k == i else "E" if k == j - 1 else "I"
            out[k] = f"{place}{length}:{edges}"
        i = j
    return out


# the shape of each ASCII character (what the loop in `_shape` gives it), for one
# str.translate over the ASCII words that are most words
ASCII_SHAPES = {
    code: "X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c
    for code, c in ((code, chr(code)) for code in range(128))
}


def collapse_runs(text: str) -> str:
    """Each run of one repeated character as that character once ("Xxxxd" -> "Xxd"),
    newlines kept: what `re.sub(r"(.)\\1+", r"\\1", text)` gives, without the Python-level
    expansion of the template that re (3.11) runs on every match (7 % of the
    regex work of extraction, on each new word's shape)."""
    out: list[str] = []
    prev = ""
    for c in text:
        if c != prev or c == "\n":
            out.append(c)
        prev = c
    return "".join(out)


@lru_cache(maxsize=1 << 16)  # bounded: memory stays flat over a long stream
def _shape(word: str) -> str:
    head = word[:12]
    if head.isascii():
        return collapse_runs(head.translate(ASCII_SHAPES))
    out = []
    for c in head:
        out.append("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c)
    return collapse_runs("".join(out))


@dataclass(slots=True, init=False)
class WordFeatures:
    """The features of one word that depend on the word alone, as the token itself
    (`own`) and as each neighbour of another token: two before it (`m2`), just before
    (`m1`), just after (`p1`), two after (`p2`). Shared through the word cache: read,
    never changed."""

    lower: str
    own: tuple[str, ...]
    m2: tuple[str, ...]
    m1: tuple[str, ...]
    p1: tuple[str, ...]
    p2: tuple[str, ...]
    title: bool
    capital: bool  # `_capitalised`: may stand in a capitalised run

    # written out, as Token's: a frozen dataclass's generated __init__ sets each field
    # through object.__setattr__, interpreted even in the mypyc build (a quarter of
    # `word_features`' instructions there, once per new word)
    def __init__(
        self,
        lower: str,
        own: tuple[str, ...],
        m2: tuple[str, ...],
        m1: tuple[str, ...],
        p1: tuple[str, ...],
        p2: tuple[str, ...],
        title: bool,
        capital: bool,
    ) -> None:
        self.lower, self.own, self.m2, self.m1, self.p1, self.p2 = lower, own, m2, m1, p1, p2
        self.title, self.capital = title, capital


# Built once per distinct word: a word recurs across sentences and articles, and
# these strings are most of a sentence's features. One cache per model vocabulary
# (`known`) and form (str, or UTF-8 bytes: `encoded`), each bounded, so memory stays flat.
_WORDS: dict[tuple[frozenset[str] | None, bool], dict[str, WordFeatures]] = {}
WORD_CACHE = 1 << 16


def word_cache(known: frozenset[str] | None, encoded: bool = False) -> dict[str, WordFeatures]:
    cache = _WORDS.get((known, encoded))
    if cache is None:
        if len(_WORDS) >= 4:  # models come and go (cross-validation trains five)
            _WORDS.clear()
        cache = _WORDS[known, encoded] = {}
    return cache


# the prefixes of a neighbour's word and shape features ("w-2=", "sh-2=") at offsets
# -2, -1, 1, 2: `WordFeatures.m2`, `m1`, `p1`, `p2`
NEAR_KEYS = tuple((f"w{off}=", f"sh{off}=") for off in (-2, -1, 1, 2))


def word_features(
    w: str, known: frozenset[str] | None = None, encoded: bool = False
) -> WordFeatures:
    """The word's own and neighbour features; with `known` (the features a model
    holds) only those: crfsuite skips the others, at a cost per string. `encoded`:
    as UTF-8 bytes (see `sentence_features`)."""
    cache = word_cache(known, encoded)
    got = cache.get(w)
    if got is not None:
        return got
    lw = w.lower()
    sh = _shape(w)
    title = lw in title_words()
    own = ["w=" + lw, "sh=" + sh, "s3=" + lw[-3:], "p3=" + lw[:3]]
    if w[:1].isupper():
        own.append("cap")
    if w.isupper() and len(w) > 1:
        own.append("upper")
    if title:
        own.append("title")
    if lw in org_words():
        own.append("orgw")
    near: list[tuple[str, ...]] = []
    for word_key, shape_key in NEAR_KEYS:
        pair: tuple[str, ...] = (word_key + lw, shape_key + sh)
        if known is not None:
            pair = tuple([f for f in pair if f in known])
        near.append(pair)
    if known is not None:
        own = [f for f in own if f in known]
    if encoded:
        # bytes in the places of the str they encode, as in `START_BYTES` and
        # `_trigger_pair`: crfsuite takes either
        own = cast("list[str]", [f.encode() for f in own])
        near = cast("list[tuple[str, ...]]", [tuple([f.encode() for f in pair]) for pair in near])
    if len(cache) >= WORD_CACHE:
        cache.clear()
    m2, m1, p1, p2 = near  # in the order of NEAR_KEYS
    got = cache[w] = WordFeatures(lw, tuple(own), m2, m1, p1, p2, title, _capitalised(w))
    return got


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 8 else "9"


BUCKETS = tuple(_bucket(k) for k in range(9))  # _bucket of 0-8; "9" past them
# the trigger-distance feature of each side ("a"fter, "b"efore, "t"he trigger) and
# distance 0-8, and past 8
TRIG_FEATURES = {side: tuple(f"trig={side}{b}" for b in BUCKETS) for side in "abt"}
TRIG_FAR = {side: f"trig={side}9" for side in "abt"}
# the neighbour features of a position past either end of the sentence
# (typed as any length: compiled with mypyc, a one-string tuple's type would be checked
# as str, and START_BYTES holds bytes in its place)
START: dict[int, tuple[str, ...]] = {d: (f"w{d}=<s>",) for d in (-2, -1, 1, 2)}
START_BYTES = {d: tuple(f.encode() for f in pair) for d, pair in START.items()}
LIST_JOINS = frozenset((",", ";", "and", "&"))
# the sentence's first and last token's features and the "( IMO" mark, as one-feature
# tuples (bytes in START_BYTES' manner)
EDGE: dict[str, tuple[str, ...]] = {f: (f,) for f in ("BOS", "EOS", "imo+")}
EDGE_BYTES = {f: tuple(g.encode() for g in pair) for f, pair in EDGE.items()}


@dataclass(slots=True)
class Context:
    """What the rules already found in one sentence, as token-level marks."""

    rule_target: list[str]  # "" or "B"/"I" + kind of a rule target of a scored action
    rule_other: list[bool]  # inside a rule target of a background/threat action
    candidate: list[str]  # "" or kind of a candidate name from the names stage
    triggers: list[tuple[int, str]]  # token index of each trigger, and frame status
    frame_gap: str = "none"  # side and distance (sentences) of the nearest scored frame
    elsewhere: list[bool] | None = None  # a word of a rule target named elsewhere


@dataclass(slots=True)
class DocMarks:
    """What the rules found over the whole article, for every sentence's features."""

    frame_sentences: list[int]  # sentences holding a frame of a scored action
    target_words: frozenset[str]  # capitalised words of the scored actions' rule targets


def doc_marks(doc: Doc) -> DocMarks:
    frames = sorted(
        {
            f.sentence
            for k, a in enumerate(doc.actions)
            if a.status in ("imposed", "proposed") and not a.background
            for f in doc.action_frames[k]
        }
    )
    words = {
        w.lower()
        for a in doc.actions
        if a.status in ("imposed", "proposed") and not a.background
        for t in a.targets
        for w in TOKEN.findall(t.name)
        if len(w) > 2 and w[:1].isupper()
    }
    return DocMarks(frames, frozenset(words))


def _frame_gap(index: int, frames: list[int]) -> str:
    if not frames:
        return "none"
    j = min(frames, key=lambda f: (abs(index - f), f))
    side = "a" if index > j else "b" if index < j else "t"
    return side + _bucket(abs(index - j))


def sentence_features(
    doc: Doc,
    index: int,
    toks: list[Token],
    ctx: Context,
    names: gazetteer.Gazetteer,
    known: frozenset[str] | None = None,
    encoded: bool = False,
) -> list[list[str]]:
    """Each token's features; with `known`, word features the model lacks are left out.
    With `encoded`, the word, sentence and trigger features (nearly all) come as UTF-8
    bytes, the rest as str: the same features to crfsuite, which otherwise encodes
    every string on every call, but not for code that reads them as text (training).

    Built column by column (each kind of feature for every token, most of them only
    where they apply), then joined token by token in one fixed order: own word, the
    neighbours (-2, -1 with marks, +1 with marks, +2), gazetteer, capitalised run,
    rule marks, list neighbours, candidate, nearest trigger, what is open, IMO next,
    the sentence's own; BOS and EOS last."""
    sentence = doc.sentences[index]
    n = len(toks)
    words = [t.text for t in toks]
    cache = word_cache(known, encoded)
    info = [cache.get(w) or word_features(w, known, encoded) for w in words]
    lower = [wf.lower for wf in info]
    gaz = [""] * n
    word_pos = [i for i, w in enumerate(words) if w[0].isalnum()]
    for a, b in names.spans([lower[i] for i in word_pos]):
        gaz[word_pos[a]] = "B"
        for k in range(a + 1, b):
            gaz[word_pos[k]] = "I"
        for k in range(word_pos[a] + 1, word_pos[b - 1]):
            gaz[k] = gaz[k] or "I"
    where = "h" if sentence.headline else "l" if sentence.item else "s"
    first = "first" if index < 3 else "later"
    statuses = sorted({s for _, s in ctx.triggers})
    # one string for where the sentence stands and whether it opens the article ("sp=sfirst"),
    # and none for a bias: these two were two strings on every token, and each string
    # costs crfsuite a look-up (every token has one "sp=", which serves as the bias);
    # cross-validation on folds 0-3 (bench/cv.py): mean target F1 0.849 before, 0.850 after
    sent_feats = [f"sp={where}{first}", "fgap=" + ctx.frame_gap]
    sent_feats += [f"st={s}" for s in statuses]
    if not ctx.triggers:
        sent_feats.append("notrig")
    start, edge = START, EDGE
    if encoded:
        sent_feats = [f.encode() for f in sent_feats]  # type: ignore[misc]
        start = START_BYTES  # type: ignore[assignment]
        edge = EDGE_BYTES  # type: ignore[assignment]
    rule_target, rule_other, candidate = ctx.rule_target, ctx.rule_other, ctx.candidate
    # what each token shows its neighbours: its word and shape, and as the word just
    # before or after another, its marks too (built only for the few tokens with marks)
    as_before = [wf.m1 for wf in info]
    as_after = [wf.p1 for wf in info]
    for j in range(n):
        g, r, wf = gaz[j], rule_target[j], info[j]
        if g or r or wf.title:
            before, after = list(wf.m1), list(wf.p1)
            if g:
                before.append("gaz-1=" + g)
                after.append("gaz1=" + g)
            if r:
                before.append("rt-1=" + r[0])
                after.append("rt1=" + r[0])
            if wf.title:
                before.append("title-1")
                after.append("title1")
            as_before[j] = tuple(before)
            as_after[j] = tuple(after)
    two_before = [start[-2], start[-2], *[wf.m2 for wf in info]]
    one_before = [start[-1], *as_before]
    one_after = [*as_after[1:], start[1]]
    two_after = [*[wf.p2 for wf in info[2:]], start[2], start[2]]
    # the marks most tokens lack: one list per token that has any, in the fixed order
    marks: dict[int, list[str]] = {}

    def add(i: int, *feature: str) -> None:
        got = marks.get(i)
        if got is None:
            marks[i] = list(feature)
        else:
            got.extend(feature)

    for i in range(n):
        if gaz[i]:
            add(i, "gaz=" + gaz[i])
    for i, run in enumerate(cap_runs(words, [wf.capital for wf in info], lower)):
        if run:
            add(i, "run=" + run, "runp=" + run[:2])
    for i, r in enumerate(rule_target):
        if r:
            add(i, "rt=" + r, "rtk=" + r[1:])
    for i, other in enumerate(rule_other):
        if other:
            add(i, "ro")
    elsewhere = ctx.elsewhere
    if elsewhere:
        for i, named in enumerate(elsewhere):
            if named:
                add(i, "rtdoc")  # a rule target's word: the article names this party
    # list structure: a capitalised word after or before ", " or "and"
    joins = [i for i, lw in enumerate(lower) if lw in LIST_JOINS]
    if joins:
        for i in range(n):
            if words[i][:1].isupper():
                if i > 0 and lower[i - 1] in LIST_JOINS:
                    add(i, "listprev=" + lower[i - 1])
                if i + 1 < n and lower[i + 1] in LIST_JOINS:
                    add(i, "listnext=" + lower[i + 1])
    for i, kind in enumerate(candidate):
        if kind:
            add(i, "cand=" + kind)
    after_marks = [marks.get(i, ()) for i in range(n)]
    # the nearest trigger, its side and distance, and its status with the side
    trig = _trigger_column(n, ctx.triggers, encoded)
    opened = _opened_column(words, lower, encoded)
    imo = edge["imo+"]
    for i in range(n - 2):
        if lower[i + 1] == "(" and lower[i + 2] == "imo":
            opened[i] = (*opened[i], *imo)
    feats = [
        [*a, *b, *c, *d, *e, *x, *t, *o, *sent_feats]
        for a, b, c, d, e, x, t, o in zip(
            [wf.own for wf in info],
            two_before,
            one_before,
            one_after,
            two_after,
            after_marks,
            trig,
            opened,
            strict=False,  # the shifted neighbour columns run one or two past the end
        )
    ]
    if feats:
        feats[0].extend(edge["BOS"])
        feats[-1].extend(edge["EOS"])
    return feats


# the nearest trigger's features by (token index minus trigger index, clipped to
# +-9, the trigger's status, and whether as bytes): ("trig=<side><bucket>", "trs=<side><status>")
# (of any length to the type checker, as START: bytes stand in the place of str)
_TRIG_PAIRS: dict[tuple[int, str, bool], tuple[str, ...]] = {}


def _trigger_pair(delta: int, status: str, encoded: bool = False) -> tuple[str, ...]:
    pair = _TRIG_PAIRS.get((delta, status, encoded))
    if pair is None:
        side = "a" if delta > 0 else "b" if delta < 0 else "t"
        distance = abs(delta)
        trig = TRIG_FEATURES[side][distance] if distance < 9 else TRIG_FAR[side]
        pair = (trig, f"trs={side}{status}")
        if encoded:
            pair = cast("tuple[str, ...]", (pair[0].encode(), pair[1].encode()))
        _TRIG_PAIRS[delta, status, encoded] = pair
    return pair


def _trigger_column(
    n: int, triggers: list[tuple[int, str]], encoded: bool = False
) -> list[tuple[str, ...]]:
    """Each token's nearest-trigger features (the first of equally near triggers), or
    nothing in a sentence without one; `encoded`: as bytes."""
    if not triggers:
        return [()] * n
    out: list[tuple[str, ...]] = []
    for i in range(n):
        best, status = triggers[0]
        gap = abs(best - i)
        for t, s in triggers[1:]:
            if abs(t - i) < gap:
                best, status, gap = t, s, abs(t - i)
        delta = i - best
        out.append(_trigger_pair(9 if delta > 9 else -9 if delta < -9 else delta, status, encoded))
    return out


# what opens a list or aside: a list cue word (lower case), or one of these marks
OPENERS = LIST_CUES | {"(", ")", ":", "-", "–", "—"}


def _opened_column(
    words: list[str], lower: list[str], encoded: bool = False
) -> list[tuple[str, ...]]:
    """What the tokens before each one have opened: a list cue, a parenthesis, a
    colon, a dash (the features "aftercue", "paren", "colon", "dash", in that order,
    once one is seen; a closing parenthesis ends "paren"); `encoded`: as bytes, built
    once where an opener changes them, not converted by crfsuite on every token."""
    n = len(words)
    out: list[tuple[str, ...]] = []
    cue_seen = paren = colon = dash = False
    current: tuple[str, ...] = ()
    done = 0  # tokens given their column so far
    for i, lw in enumerate(lower):
        if lw not in OPENERS:
            continue
        w = words[i]
        if lw in LIST_CUES:
            cue_seen = True
        elif w == "(":
            paren = True
        elif w == ")":
            paren = False
        elif w == ":":
            colon = True
        elif w in ("-", "–", "—"):
            dash = True
        else:
            continue
        out.extend([current] * (i + 1 - done))  # this token still has the old marks
        done = i + 1
        current = tuple(
            name
            for name, on in (
                ("aftercue", cue_seen),
                ("paren", paren),
                ("colon", colon),
                ("dash", dash),
            )
            if on
        )
        if encoded:
            current = cast("tuple[str, ...]", tuple([name.encode() for name in current]))
    out.extend([current] * (n - done))
    return out


def context(doc: Doc, index: int, toks: list[Token], marks: DocMarks | None = None) -> Context:
    """Token marks from the rules' names, targets and frames in sentence `index`."""
    sentence = doc.sentences[index]
    n = len(toks)
    starts = [t.start + sentence.start for t in toks]
    rule_target = [""] * n
    rule_other = [False] * n
    candidate = [""] * n

    def mark(a: int, b: int) -> range:
        # the tokens starting in [a, b): `starts` ascends, as tokens follow one another
        return range(bisect_left(starts, a), bisect_left(starts, b))

    for action in doc.actions:
        scored = action.status in ("imposed", "proposed") and not action.background
        for target in action.targets:
            for span in target.evidence:
                if not sentence.start <= span.start < sentence.end:
                    continue
                for j, k in enumerate(mark(span.start, span.end)):
                    if scored:
                        rule_target[k] = ("B" if j == 0 else "I") + target.kind
                    else:
                        rule_other[k] = True
    if index < len(doc.names):
        for name in doc.names[index]:
            for k in mark(name.start + sentence.start, name.end + sentence.start):
                candidate[k] = name.kind
    triggers = []
    for frame in doc.frames:
        if frame.sentence == index:
            at = next((k for k in range(n) if toks[k].start >= frame.trigger_start), n - 1)
            status = "bg" if frame.background else frame.status
            triggers.append((at, status))
    if marks is None:
        return Context(rule_target, rule_other, candidate, triggers)
    elsewhere = [
        t.text.lower() in marks.target_words and not rule_target[k] for k, t in enumerate(toks)
    ]
    gap = _frame_gap(index, marks.frame_sentences)
    return Context(rule_target, rule_other, candidate, triggers, gap, elsewhere)
