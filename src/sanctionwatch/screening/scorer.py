"""`score(query, entity)`: one pair, a score in [0, 1] and the features that explain it."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Final

from sanctionwatch.screening.features import FEATURES, THRESHOLD, FeatureResult
from sanctionwatch.screening.names import (
    Pending,
    bound,
    compare_names,
    finish_compare,
    korean_swap,
    may_abbreviate,
    one_edit,
    start_compare,
    token_similarity,
)
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.script import has_han
from sanctionwatch.screening.text import (
    ANY,
    OBJECT,
    ORG,
    PERSON,
    NameForm,
    is_common,
    name_form,
    patronymic_key,
    person_words,
    phonetic,
    skeleton,
)

# Kinds of party that are never one another: a person is no company and no vessel.
_EXCLUSIVE = {
    (PERSON, ORG),
    (ORG, PERSON),
    (PERSON, OBJECT),
    (OBJECT, PERSON),
    (ORG, OBJECT),
    (OBJECT, ORG),
}


@dataclass(frozen=True)
class Result:
    score: float
    features: list[FeatureResult]

    def __init__(self, score: float, features: list[FeatureResult]) -> None:
        # Written out: compiled, native, where the generated one is interpreted
        # (`FeatureResult.__init__`); one per candidate scored.
        object.__setattr__(self, "score", score)
        object.__setattr__(self, "features", features)

    def __reduce__(self) -> tuple[Any, ...]:
        # By its fields: compiled by mypyc, a frozen dataclass has no unpickling of its own.
        return Result, (self.score, self.features)

    @property
    def matched(self) -> bool:
        return self.score >= THRESHOLD


def _fire(
    name: str,
    score: float,
    detail: str,
    q: str | None,
    c: str | None,
    weights: Mapping[str, float],
) -> FeatureResult:
    weight = weights.get(name, FEATURES[name].weight)
    return FeatureResult(name, score, weight, detail, q, c)


# What `compare_names` reads of a name form: its tokens, their weights, where the given name
# stands, whether it is Korean, its legal form (an organisation's trailing letters weigh
# less beside another's legal form: `names._without_debris`); all else it reads follows
# from the tokens. Of the query's form, then the candidate's, then the kind of party.
MemoKey = tuple[
    tuple[str, ...],
    tuple[float, ...],
    int | None,
    bool,
    str | None,
    tuple[str, ...],
    tuple[float, ...],
    int | None,
    bool,
    str | None,
    str,
]
# A pair left unfinished by a bound (`_names_bounded`) is kept as it was left, its token
# similarities found: a query screened again bounds it without comparing them again.
Memo = dict[MemoKey, tuple[str, float] | Pending]

# Name comparisons kept across queries: a name screened again (a customer file screened
# each day, a client that retries) meets the same listed names. Bounded: emptied when
# full, about 300 bytes an entry (the forms themselves are the index's and the queries').
NAME_MEMO_MAX = 100_000
_NAME_MEMO: Memo = {}


def name_memo() -> Memo:
    """The memo of name comparisons shared by all queries (`score_prepared`'s `memo`).

    `compare_names` depends on its two forms and the kind alone, never on the index or
    the weights, so its results stay right whatever is indexed or asked."""
    if len(_NAME_MEMO) >= NAME_MEMO_MAX:
        _NAME_MEMO.clear()
    return _NAME_MEMO


def _names(
    query: Query,
    cand: Query,
    kind: str,
    weights: Mapping[str, float],
    memo: Memo | None = None,
) -> tuple[FeatureResult, NameForm | None, NameForm | None]:
    """The best name feature, and the two name forms it was found with.

    memo: comparisons already made (`name_memo()`, or a dict of one's own), for one
    query's candidates, which often carry one name on several lists, and for queries
    that repeat a name."""
    shared = query.form_keys & cand.form_keys
    if shared:  # the common case among hits, found without comparing pair by pair
        shared_key = min(shared)
        qf = next(f for f in query.forms if f.key == shared_key)
        cf = next(f for f in cand.forms if f.key == shared_key)
        if not korean_swap(qf, cf):  # else compared below, as any two names
            return (
                _fire("name_match", 1.0, " ".join(shared_key), qf.original, cf.original, weights),
                qf,
                cf,
            )
    best: tuple[str, float, NameForm | None, NameForm | None]
    best = ("name_token_overlap", 0.0, None, None)
    for qf, cf, key, hooked in _pairs(query, cand, kind):
        if memo is None:
            feature, value = compare_names(qf, cf, kind, hooked)
        else:
            found = memo.get(key)
            if found is None:
                found = memo[key] = compare_names(qf, cf, kind, hooked)
            elif isinstance(found, Pending):
                found = memo[key] = finish_compare(found)
            feature, value = found
        if value > best[1]:
            best = (feature, value, qf, cf)
            if value >= 1.0:
                break
    return _best_name(best, weights)


def _pairs(query: Query, cand: Query, kind: str) -> list[tuple[NameForm, NameForm, MemoKey, bool]]:
    """The pairs of forms `_names` compares, in its order, each with its memo key and
    whether the two share a hook (what `start_compare` would test again).

    Left out: a pair sharing no hook, unless one organisation's name may be the other's
    initials. `compare_names` scores such a pair 0 (no key is shared: `_names` returned
    before; one name no organisation's initials of the other), which never beats the best.

    A list, not a generator: compiled (mypyc), a generator is an object resumed per pair,
    and its tuples are built anyway; the key is written out, not unpacked from the query
    form's part (a tuple built through a list)."""
    org = kind == ORG
    out: list[tuple[NameForm, NameForm, MemoKey, bool]] = []
    for qf, q_hooks in zip(query.forms, query.hook_sets, strict=True):
        q_tokens, q_weights, q_given, q_korean, q_org = (
            qf.tokens,
            qf.weights,
            qf.given,
            qf.korean,
            qf.org_type,
        )
        for cf in cand.forms:
            hooked = not q_hooks.isdisjoint(cf.hooks)
            if not hooked and not (org and may_abbreviate(qf, cf)):
                continue
            key = (
                q_tokens,
                q_weights,
                q_given,
                q_korean,
                q_org,
                cf.tokens,
                cf.weights,
                cf.given,
                cf.korean,
                cf.org_type,
                kind,
            )
            out.append((qf, cf, key, hooked))
    return out


def _best_name(
    best: tuple[str, float, NameForm | None, NameForm | None], weights: Mapping[str, float]
) -> tuple[FeatureResult, NameForm | None, NameForm | None]:
    feature, value, q_form, c_form = best
    if q_form is None or c_form is None:
        return _fire(feature, 0.0, "no comparable names", None, None, weights), None, None
    detail = f"{' '.join(q_form.tokens)!r} ~ {' '.join(c_form.tokens)!r}"
    return _fire(feature, value, detail, q_form.original, c_form.original, weights), q_form, c_form


def _names_bounded(
    query: Query,
    cand: Query,
    kind: str,
    weights: Mapping[str, float],
    memo: Memo,
    beaten: Callable[[float], bool],
) -> tuple[FeatureResult, NameForm | None, NameForm | None] | None:
    """`_names`, or None when `beaten` says a name scoring no more than the bound of its
    pairs' comparisons (`names.bound`) cannot make the candidate's score count.

    The pairs are compared up to their token similarities first (`start_compare`), then
    finished in `_names`'s order, each only while it may still beat the best so far: a
    pair whose bound is no higher cannot, and `_names` keeps the first of equal values."""
    if not query.form_keys.isdisjoint(cand.form_keys):
        return _names(query, cand, kind, weights, memo)
    started: list[tuple[NameForm, NameForm, MemoKey, tuple[str, float] | Pending, float]] = []
    ceiling = 0.0
    for qf, cf, key, hooked in _pairs(query, cand, kind):
        found: tuple[str, float] | Pending | None = memo.get(key)
        if found is None:
            found = memo[key] = start_compare(qf, cf, kind, hooked)
        top = found[1] if not isinstance(found, Pending) else bound(found)
        started.append((qf, cf, key, found, top))
        ceiling = max(ceiling, top)
        if not isinstance(found, Pending) and top >= 1.0:
            break  # `_names` stops here
    if beaten(ceiling):
        return None
    best: tuple[str, float, NameForm | None, NameForm | None]
    best = ("name_token_overlap", 0.0, None, None)
    for qf, cf, key, found, top in started:
        if top <= best[1]:
            continue  # its value is no higher: `_names` would not take it
        if isinstance(found, Pending):
            found = memo[key] = finish_compare(found)
        feature, value = found
        if value > best[1]:
            best = (feature, value, qf, cf)
            if value >= 1.0:
                break
    return _best_name(best, weights)


def _evidence(query: Query, cand: Query, weights: Mapping[str, float]) -> list[FeatureResult]:
    """Features beyond the name: identifiers, dates and countries that confirm or contradict."""
    out: list[FeatureResult] = []
    if query.imo_set and cand.imo_set:
        shared = query.imo_set & cand.imo_set
        q, c = ",".join(sorted(query.imo_set)), ",".join(sorted(cand.imo_set))
        if shared:
            out.append(_fire("imo_match", 1.0, f"IMO {min(shared)}", q, c, weights))
        else:
            out.append(_fire("imo_mismatch", 1.0, "different IMO numbers", q, c, weights))
    shared_ids = query.identifier_set & cand.identifier_set
    if shared_ids:
        ident = min(shared_ids)
        out.append(_fire("identifier_match", 1.0, f"shared {ident}", ident, ident, weights))
    if query.years and cand.years:
        q, c = (
            ",".join(sorted(query.dates or map(str, query.years))),
            ",".join(sorted(cand.dates or map(str, cand.years))),
        )
        if query.dates & cand.dates:
            out.append(_fire("birth_date_match", 1.0, "same date", q, c, weights))
        elif query.years & cand.years and not (query.dates and cand.dates):
            out.append(_fire("birth_year_match", 1.0, "same year", q, c, weights))
        elif not any(abs(a - b) <= 1 for a in query.years for b in cand.years):
            out.append(_fire("birth_year_mismatch", 1.0, "years differ", q, c, weights))
    if query.country_set and cand.country_set:
        q, c = ",".join(sorted(query.country_set)), ",".join(sorted(cand.country_set))
        if query.country_set & cand.country_set:
            out.append(_fire("country_match", 1.0, "shared country", q, c, weights))
        else:
            out.append(_fire("country_mismatch", 1.0, "no shared country", q, c, weights))
    return out


def _org_types(query: Query, cand: Query, weights: Mapping[str, float]) -> list[FeatureResult]:
    q_types = {f.org_type for f in query.forms if f.org_type}
    c_types = {f.org_type for f in cand.forms if f.org_type}
    if q_types and c_types and not q_types & c_types:
        q, c = ",".join(sorted(q_types)), ",".join(sorted(c_types))
        return [_fire("org_type_mismatch", 1.0, "different legal forms", q, c, weights)]
    return []


_CONFIRMING = frozenset(("birth_date_match", "identifier_match", "imo_match"))
_CONTRADICTING = frozenset(("birth_year_mismatch", "country_mismatch", "imo_mismatch"))
# A shared country or birth year confirms a common name only when the whole name matches:
# 'Ali Jafari' from Iran is not 'Mohammad Ali Jafari' of Iran for that alone.
_WEAK_CONFIRMING = frozenset(("birth_year_match", "country_match"))
_WHOLE_NAME = 0.9


def _common(
    form: NameForm,
    kind: str,
    name: FeatureResult,
    features: list[FeatureResult],
    weights: Mapping[str, float],
    forms: tuple[NameForm, ...] = (),
    other: NameForm | None = None,
) -> FeatureResult | None:
    """The `common_name` cap, when the query's name is common and nothing confirms it, or
    something contradicts it; else None. forms: the query's forms, of which those of the
    same name read another way ('حسن الأحمد' from the table, 'hasan lhmd', and letter by
    letter, 'hsn lhmd') make the name common as `form` itself does. other: the
    candidate's form `form` was matched with: a common name matched in all three of its
    parts (`_three_parts`) confirms itself, and is said so (`three_part_name`)."""
    fired = {f.name for f in features}
    against = fired & _CONTRADICTING
    weak = fired & _WEAK_CONFIRMING
    confirmed = bool(fired & _CONFIRMING) or bool(weak and name.score >= _WHOLE_NAME)
    if confirmed and not against:
        return None
    if not _common_reading(form, kind, forms):
        return None
    if not against and other is not None and kind != ORG and _three_parts(form, other):
        detail = "common name matched in all three parts (given name, patronymic, surname)"
        return _fire("three_part_name", 1.0, detail, form.original, other.original, weights)
    if against:
        why = ", ".join(sorted(f.removesuffix("_mismatch").replace("_", " ") for f in against))
        detail = f"common name, and the {why} differs"
    elif weak:
        what = " and ".join(sorted(f.removesuffix("_match").replace("_", " ") for f in weak))
        detail = f"common name, only part of it matches and only the {what} confirms it"
    else:
        detail = "common name, nothing confirms it (no birth date, country or identifier)"
    return _fire("common_name", 1.0, detail, form.original, None, weights)


def _three_parts(q_form: NameForm, c_form: NameForm) -> bool:
    """Both names are three words, one a patronymic, the same three but for spelling
    ('Vasily Aleksandrovich ORLOV', 'Vasilii Aleksandrovich Orlov'; 'Орлов Василий
    Александрович'): a given name, a father's name and a surname together are far rarer
    than any two of them, as 'Sergey Ivanov' is any Sergey Ivanov. Not a typo ('Zakharov',
    'Zharov'), a word one side lacks ('Sergey IVANOV', 'Sergei Borisovich IVANOV'), or a
    Korean name (three syllables, two names). Spelling: a patronymic's key
    (`patronymic_key`), another word's sounds (`phonetic`: 'Yuriy' Yury, 'Mikhaylov'
    Mikhailov)."""
    if q_form.korean or c_form.korean:
        return False
    q_parts, c_parts = person_words(q_form), person_words(c_form)
    if len(q_parts) != 3 or len(c_parts) != 3:
        return False
    q_keys = [patronymic_key(t) for t in q_parts]
    if all(k is None for k in q_keys):
        # Three names without a patronymic are no surer: 'Mohammed Ahmed Ali', 'Nguyen
        # Van Thanh', 'Juan Carlos Ramirez' are worn by many, 'Wang Jun Zheng' is two names.
        return False
    c_keys = [patronymic_key(t) for t in c_parts]
    return sorted(k or phonetic(t) for k, t in zip(q_keys, q_parts, strict=True)) == sorted(
        k or phonetic(t) for k, t in zip(c_keys, c_parts, strict=True)
    )


def _common_reading(form: NameForm, kind: str, forms: tuple[NameForm, ...]) -> bool:
    """Whether the query's name is common: `form`, or another reading of the same name
    ('حسن الأحمد' from the table, 'hasan lhmd', and letter by letter, 'hsn lhmd').

    A person's name in Han is common as the reading that matched is, or as its pinyin
    written as the lists write it, the given name one word ('王君正' Wang Junzheng, not
    common), and not for its other readings: in syllables ('wang jun zheng', Wade-Giles
    'wang chun cheng') almost any Chinese name is three common words, as the Latin name
    written so is ('Wang Jun Zheng'), which a listed 'WANG Junzheng' is not compared by.
    So is an organisation's: '东方电子' matched as 'dongfang electronics' is not common
    for its table reading's 'oriental electronics' (`text.CHINESE_MEANINGS`)."""
    if has_han(form.original):
        joined = name_form(form.original, kind, table=False)
        return is_common(form, kind) or is_common(joined, kind)
    return is_common(form, kind) or any(
        f.original == form.original and f is not form and is_common(f, kind) for f in forms
    )


_EFFECT = {name: spec.effect for name, spec in FEATURES.items()}


def combine(features: list[FeatureResult]) -> float:
    """The score the features give, following each feature's effect.

    One pass over the features (it runs for every candidate): the best base feature,
    the adds summed in the features' order, then the floors, then the caps, each in order."""
    base: float | None = None
    adds: list[float] = []
    floors: list[float] = []
    caps: list[float] = []
    for f in features:
        effect = _EFFECT[f.name]
        if effect == "base":
            value = f.score * f.weight
            if base is None or value > base:  # as `max` keeps the first of equals
                base = value
        elif effect == "add":
            adds.append(f.weight * f.score)
        elif effect == "floor":
            floors.append(f.weight)
        elif effect == "cap":
            caps.append(f.weight)
    score = (0 if base is None else base) + sum(adds)  # `sum`, as its rounding goes
    for weight in floors:
        score = max(score, weight)
    for weight in caps:
        score = min(score, weight)
    return min(max(score, 0.0), 1.0)


def score(
    query: Query | Mapping[str, Any],
    entity: Query | Mapping[str, Any],
    *,
    weights: Mapping[str, float] | None = None,
) -> Result:
    """Score `entity` (an FtM dict or prepared Query) against `query`.

    >>> score(Query(names=["Mohammed al-Hassan"]), Query(names=["Muhammad Hasan"])).score
    1.0
    """
    return score_prepared(prepare(query), prepare(entity), weights or {})


def _shortened(token: str, other: str) -> bool:
    """One word the other cut short, as organisations' names shorten theirs ('Tech'
    Technology), or in the plural ('Technologies', 'Electronics'), as one company's names
    and their translations write one word either way: no other name."""
    short, long = sorted((token, other), key=len)
    if len(short) < 4:
        return False
    if long.startswith(short) or long in (short + "s", short + "es"):
        return True
    return short[-1] == "y" and long == short[:-1] + "ies"


# A listed name further from the candidate's word than a misspelling goes counts as
# this many: another name, not a slip of the keyboard ('Maroufi' / 'Masouti').
_FAR_NAME: Final = 3.0


def _far_name(token: str, other: str) -> bool:
    """A listed name two letters or more from the candidate's word, neither a cut of it
    nor the same consonants spelt another way: 'Karchevsky' for 'Kilchevsky', 'Gonzalo' for
    'Gonzalez', 'Semyonov' for 'Smirnov'; not 'Kolesnik' for 'Kolesnikov' (a cut name),
    'Fatima' for 'Fatemeh' (other vowels), 'Kham' for 'Cham' (one letter). Persons' names
    only: an organisation's word has other forms ('Industrial', 'Industries')."""
    if one_edit(token, other) or token.startswith(other) or other.startswith(token):
        return False
    return skeleton(token) != skeleton(other)


def _other_names(
    q_form: NameForm,
    c_form: NameForm,
    known: Callable[[str], bool],
    weights: Mapping[str, float],
    kind: str = ANY,
) -> FeatureResult | None:
    """Query tokens matched only as misspellings that are listed names in their own right;
    in an organisation's name, not a word the other name writes shortened or in the
    plural ('Hengye Technology' is 'Hengye Tech', 'Poly Technology' 'Poly Technologies',
    as a Han name's business words read in English are)."""
    others = []
    score = 0.0  # a float, as every score: compiled (mypyc), an int would be made one
    for token in q_form.tokens:
        if len(token) < 4 or token in c_form.tokens or not known(token):
            continue
        if kind == ORG and any(_shortened(token, t) for t in c_form.tokens):
            continue
        best, nearest = max(
            ((token_similarity(token, t), t) for t in c_form.tokens), default=(0.0, "")
        )
        if 0.0 < best < 0.9:
            others.append(token)
            score += _FAR_NAME if kind == PERSON and _far_name(token, nearest) else 1.0
    if not others:
        return None
    detail = f"{', '.join(others)}: listed names of their own, not misspellings"
    return _fire("other_listed_name", score, detail, q_form.original, c_form.original, weights)


# What a candidate's score may reach is bounded only while the name features weigh
# nothing negative and the features found after the name only lower the score.
_BASE = tuple(name for name, spec in FEATURES.items() if spec.effect == "base")


def _bounded(weights: Mapping[str, float]) -> float | None:
    """The largest weight of a name feature, when `score_prepared` may bound a score with
    it (no name feature weighs less than 0, a listed name of its own lowers); else None."""
    base = [weights.get(name, FEATURES[name].weight) for name in _BASE]
    if min(base) < 0 or weights.get("other_listed_name", FEATURES["other_listed_name"].weight) > 0:
        return None
    return max(base)


_DEFAULT_BOUND = _bounded({})
# Above any name score and any bound of one (`names.bound`: at most 1 plus 1e-9): a
# candidate beaten with it is beaten with whatever its names score.
_ANY_NAME = 1.0 + 1e-6


def _beaten(
    weight: float, others: list[FeatureResult], cut: tuple[float, str], cand_id: str | None
) -> Callable[[float], bool]:
    """Whether a candidate whose name scores `value` ranks below `cut`: the score with a
    name feature of `value` and `weight` and the features `others` that do not depend on
    the name, before those that only lower it (another listed name, a common name's cap):
    monotone in `value`. What `combine` gives, with the features other than the name
    gathered once rather than for each value asked."""
    adds: list[float] = []
    floors: list[float] = []
    caps: list[float] = []
    for f in others:
        effect = _EFFECT[f.name]
        if effect == "base":  # none is today; `combine` itself then, as it ranks bases
            return lambda value: _below(
                combine([_fire(_BASE[0], value, "", None, None, {_BASE[0]: weight}), *others]),
                cut,
                cand_id,
            )
        if effect == "add":
            adds.append(f.weight * f.score)
        elif effect == "floor":
            floors.append(f.weight)
        elif effect == "cap":
            caps.append(f.weight)
    added = sum(adds)  # as `combine` sums them, before the base is added

    def beaten(value: float) -> bool:
        score = value * weight + added
        for floor in floors:
            score = max(score, floor)
        for cap in caps:
            score = min(score, cap)
        return _below(min(max(score, 0.0), 1.0), cut, cand_id)

    return beaten


_ROUNDING: Final = 6e-5  # above the 5e-5 that `round(score, 4)` moves a score in [0, 1] by


def _below(score: float, cut: tuple[float, str], cand_id: str | None) -> bool:
    """Whether `score`, rounded as results are, ranks below `cut` (score, then id)."""
    # Rounding to four places moves a score by at most 5e-5 (and a float's error): away
    # from the cut's rounded score, the unrounded one says the same, without `round`,
    # which costs more than the rest of a candidate's bound.
    if score + _ROUNDING < cut[0]:
        return True
    if score - _ROUNDING > cut[0]:
        return False
    top = round(score, 4)
    return top < cut[0] or (top == cut[0] and cand_id is not None and cand_id > cut[1])


def score_prepared(
    q: Query,
    c: Query,
    weights: Mapping[str, float],
    known: Callable[[str], bool] | None = None,
    memo: Memo | None = None,
) -> Result:
    """`score` for two prepared Queries.

    known: whether a normalised token is a word of some listed name (the index knows).
    memo: name comparisons made before, keyed by what they read of the two forms (an
    empty dict at first, or `name_memo()`).
    """
    result = score_above(q, c, weights, known, memo, None)
    assert result is not None  # only a cut leaves a candidate unscored
    return result


def score_above(
    q: Query,
    c: Query,
    weights: Mapping[str, float],
    known: Callable[[str], bool] | None,
    memo: Memo | None,
    cut: tuple[float, str] | None,
) -> Result | None:
    """`score_prepared`, or None for a candidate that ranks below `cut`: what the index
    calls for each candidate.

    cut: (score, entity id) of the last result the caller keeps so far, ranked by score
    then id. None is returned, and the names are compared no further, once the score is
    known to rank below it: a bound on the name score (`names.bound`) with the features
    that do not depend on the name says so. The score is as without `cut` otherwise.
    """
    kind = q.kind if q.kind != ANY else c.kind
    if (q.kind, c.kind) in _EXCLUSIVE:
        feature = _fire(
            "schema_mismatch", 1.0, f"{q.schema} vs {c.schema}", q.schema, c.schema, weights
        )
        return Result(0.0, [feature])
    evidence = _evidence(q, c, weights)
    org_types = _org_types(q, c, weights) if kind in (ORG, ANY) else []
    weight = None
    if cut is not None:
        weight = _bounded(weights) if weights else _DEFAULT_BOUND
    if cut is None or weight is None:
        name, q_form, c_form = _names(q, c, kind, weights, memo)
    else:
        beaten = _beaten(weight, [*evidence, *org_types], cut, c.id)
        if beaten(_ANY_NAME):
            return None  # not even the best name could make it rank: none is compared
        found = _names_bounded(q, c, kind, weights, {} if memo is None else memo, beaten)
        if found is None or beaten(found[0].score):
            return None
        name, q_form, c_form = found
    features = [name, *evidence]
    if known is not None and q_form and c_form and name.name == "name_token_overlap":
        other = _other_names(q_form, c_form, known, weights, kind)
        if other is not None:
            features.append(other)
    features += org_types
    if q_form is not None and name.score * name.weight >= FEATURES["common_name"].weight:
        common = _common(q_form, kind, name, features, weights, q.forms, c_form)
        if common is not None:
            features.append(common)
    return Result(round(combine(features), 4), features)
