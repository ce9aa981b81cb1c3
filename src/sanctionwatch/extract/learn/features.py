"""Tokens of a sentence and the features the target tagger reads.

Features are plain strings (python-crfsuite's cheapest input): the word and its
shape, its neighbours, whether a list name covers it (gazetteer), whether the
rules took it as a target or a candidate name, and where it stands relative to
the sentence's trigger (before/after, how far), list structure (bullets, "such
as", colons, dashes, parentheses, IMO numbers) and title words before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sanctionwatch.extract.document import Doc
from sanctionwatch.extract.learn import gazetteer
from sanctionwatch.extract.vocabulary import load_lines, vocabulary
from sanctionwatch.names import NAME_ENDINGS

TOKEN = re.compile(r"\w+(?:['’\-&.]\w+)*|[^\w\s]")
SHAPE_RUNS = re.compile(r"(.)\1+")
LIST_CUES = frozenset(
    ("including", "include", "includes", "such", "namely", "among", "are", "were", "entities")
)


@dataclass(slots=True)
class Token:
    start: int  # relative to the sentence
    end: int
    text: str


def tokenize(text: str) -> list[Token]:
    return [Token(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


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


@lru_cache(maxsize=1 << 16)  # bounded: memory stays flat over a long stream
def _shape(word: str) -> str:
    head = word[:12]
    if head.isascii():
        return SHAPE_RUNS.sub(r"\1", head.translate(ASCII_SHAPES))
    out = []
    for c in head:
        out.append("X" if c.isupper() else "x" if c.islower() else "d" if c.isdigit() else c)
    return SHAPE_RUNS.sub(r"\1", "".join(out))


@dataclass(frozen=True, slots=True)
class WordFeatures:
    """The features of one word that depend on the word alone, as the token itself
    (`own`) and as each neighbour of another token (`near[-2]`, ...)."""

    lower: str
    own: tuple[str, ...]
    near: dict[int, tuple[str, ...]]
    title: bool
    capital: bool  # `_capitalised`: may stand in a capitalised run


# Built once per distinct word: a word recurs across sentences and articles, and
# these strings are most of a sentence's features. One cache per model vocabulary
# (`known`), each bounded, so memory stays flat.
_WORDS: dict[frozenset[str] | None, dict[str, WordFeatures]] = {}
WORD_CACHE = 1 << 16


def word_cache(known: frozenset[str] | None) -> dict[str, WordFeatures]:
    cache = _WORDS.get(known)
    if cache is None:
        if len(_WORDS) >= 4:  # models come and go (cross-validation trains five)
            _WORDS.clear()
        cache = _WORDS[known] = {}
    return cache


# each neighbour offset with the prefixes of its word and shape features ("w-2=", "sh-2=")
NEAR_KEYS = tuple((off, f"w{off}=", f"sh{off}=") for off in (-2, -1, 1, 2))


def word_features(w: str, known: frozenset[str] | None = None) -> WordFeatures:
    """The word's own and neighbour features; with `known` (the features a model
    holds) only those: crfsuite skips the others, at a cost per string."""
    cache = word_cache(known)
    got = cache.get(w)
    if got is not None:
        return got
    lw = w.lower()
    sh = _shape(w)
    title = lw in title_words()
    own = ["b", "w=" + lw, "sh=" + sh, "s3=" + lw[-3:], "p3=" + lw[:3]]
    if w[:1].isupper():
        own.append("cap")
    if w.isupper() and len(w) > 1:
        own.append("upper")
    if title:
        own.append("title")
    if lw in org_words():
        own.append("orgw")
    near: dict[int, tuple[str, ...]] = {}
    for off, word_key, shape_key in NEAR_KEYS:
        pair = (word_key + lw, shape_key + sh)
        if known is not None:
            pair = tuple([f for f in pair if f in known])
        near[off] = pair
    if known is not None:
        own = [f for f in own if f in known]
    if len(cache) >= WORD_CACHE:
        cache.clear()
    got = cache[w] = WordFeatures(lw, tuple(own), near, title, _capitalised(w))
    return got


def _bucket(n: int) -> str:
    return "0" if n == 0 else "1" if n == 1 else "2" if n <= 3 else "4" if n <= 8 else "9"


BUCKETS = tuple(_bucket(k) for k in range(9))  # _bucket of 0-8; "9" past them
# the trigger-distance feature of each side ("a"fter, "b"efore, "t"he trigger) and
# distance 0-8, and past 8
TRIG_FEATURES = {side: tuple(f"trig={side}{b}" for b in BUCKETS) for side in "abt"}
TRIG_FAR = {side: f"trig={side}9" for side in "abt"}
# the neighbour features of a position past either end of the sentence
START = {d: (f"w{d}=<s>",) for d in (-2, -1, 1, 2)}
LIST_JOINS = frozenset((",", ";", "and", "&"))


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
) -> list[list[str]]:
    """Each token's features; with `known`, word features the model lacks are left out."""
    sentence = doc.sentences[index]
    n = len(toks)
    words = [t.text for t in toks]
    cache = word_cache(known)
    info = [cache.get(w) or word_features(w, known) for w in words]
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
    sent_feats = [f"sent={where}", f"pos={first}", "fgap=" + ctx.frame_gap]
    sent_feats += [f"st={s}" for s in statuses]
    if not ctx.triggers:
        sent_feats.append("notrig")
    rule_target, rule_other, candidate = ctx.rule_target, ctx.rule_other, ctx.candidate
    runs = cap_runs(words, [wf.capital for wf in info], lower)
    elsewhere = ctx.elsewhere
    nearest = _nearest_triggers(n, ctx.triggers)
    # what each token shows its neighbours, built once per token rather than once per
    # neighbour: its word and shape, then its marks (as the word before: offset -1)
    as_before: list[tuple[str, ...]] = []
    as_after: list[tuple[str, ...]] = []
    for j in range(n):
        wf, g, r = info[j], gaz[j], rule_target[j]
        if g or r or wf.title:
            before, after = list(wf.near[-1]), list(wf.near[1])
            if g:
                before.append("gaz-1=" + g)
                after.append("gaz1=" + g)
            if r:
                before.append("rt-1=" + r[0])
                after.append("rt1=" + r[0])
            if wf.title:
                before.append("title-1")
                after.append("title1")
            as_before.append(tuple(before))
            as_after.append(tuple(after))
        else:
            as_before.append(wf.near[-1])
            as_after.append(wf.near[1])
    # what the tokens so far open: a list cue, a parenthesis, a colon, a dash (as the
    # features "aftercue", "paren", "colon", "dash", in that order, once one is seen)
    cue_seen = paren = colon = dash = False
    opened: tuple[str, ...] = ()
    trig_status: dict[tuple[str, str], str] = {}
    feats: list[list[str]] = []
    for i in range(n):
        w, lw = words[i], lower[i]
        # own word features, then the neighbours' (-2, -1 with marks, +1 with marks, +2)
        f = [
            *info[i].own,
            *(info[i - 2].near[-2] if i >= 2 else START[-2]),
            *(as_before[i - 1] if i >= 1 else START[-1]),
            *(as_after[i + 1] if i + 1 < n else START[1]),
            *(info[i + 2].near[2] if i + 2 < n else START[2]),
        ]
        if gaz[i]:
            f.append("gaz=" + gaz[i])
        run = runs[i]
        if run:
            f.append("run=" + run)
            f.append("runp=" + run[:2])
        r = rule_target[i]
        if r:
            f.append("rt=" + r)
            f.append("rtk=" + r[1:])
        if rule_other[i]:
            f.append("ro")
        if elsewhere and elsewhere[i]:
            f.append("rtdoc")  # a rule target's word: the article names this party
        if w[:1].isupper():  # list structure: a capitalised word after ", " or "and"
            if i > 0 and lower[i - 1] in LIST_JOINS:
                f.append("listprev=" + lower[i - 1])
            if i + 1 < n and lower[i + 1] in LIST_JOINS:
                f.append("listnext=" + lower[i + 1])
        if candidate[i]:
            f.append("cand=" + candidate[i])
        if nearest:  # the nearest trigger, its side and distance
            t, status = nearest[i]
            side, distance = ("a", i - t) if i > t else ("b", t - i) if i < t else ("t", 0)
            f.append(TRIG_FEATURES[side][distance] if distance < 9 else TRIG_FAR[side])
            both = trig_status.get((side, status))
            if both is None:
                both = trig_status[side, status] = f"trs={side}{status}"
            f.append(both)
        if opened:
            f.extend(opened)
        if i + 2 < n and lower[i + 1] == "(" and lower[i + 2] == "imo":
            f.append("imo+")
        f.extend(sent_feats)
        feats.append(f)
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
        opened = tuple(
            name
            for name, on in (
                ("aftercue", cue_seen),
                ("paren", paren),
                ("colon", colon),
                ("dash", dash),
            )
            if on
        )
    if feats:
        feats[0].append("BOS")
        feats[-1].append("EOS")
    return feats


def _nearest_triggers(n: int, triggers: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """For each token, the trigger nearest to it (the first of equals), or [] without any."""
    if not triggers:
        return []
    if len(triggers) == 1:
        return triggers * n
    return [min(triggers, key=lambda ts: abs(ts[0] - i)) for i in range(n)]


def context(doc: Doc, index: int, toks: list[Token], marks: DocMarks | None = None) -> Context:
    """Token marks from the rules' names, targets and frames in sentence `index`."""
    sentence = doc.sentences[index]
    n = len(toks)
    starts = [t.start + sentence.start for t in toks]
    rule_target = [""] * n
    rule_other = [False] * n
    candidate = [""] * n

    def mark(a: int, b: int) -> list[int]:
        return [k for k in range(n) if a <= starts[k] < b]

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
