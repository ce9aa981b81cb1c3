"""The scorer's fast exit for token pairs (`pairs.cannot_relate`) changes no score.

Tokens come from the UN consolidated list as shipped in ../shared/lists, read by the
project's own reader: pairs drawn at random (nearly all unrelated) and pairs of tokens
next to each other in sorted order or from one party's names (many related), each scored
with the fast exit and without it.
"""

from __future__ import annotations

import random
from itertools import pairwise

import pytest
from rapidfuzz.distance import OSA

from sanctionwatch.lists import read_list
from sanctionwatch.screening import names, text
from sanctionwatch.screening import pairs as pair_checks
from sanctionwatch.screening.query import Query
from sanctionwatch.screening.text import VARIANTS
from tests.conftest import LISTS
from tests.screening.helpers import python_source

UN = LISTS / "un/consolidated.xml"


@pytest.fixture(scope="module")
def parties() -> list[Query]:
    return [Query.from_entity(e) for e in read_list(UN).entities() if e["schema"] != "Sanction"]


@pytest.fixture(scope="module")
def pairs(parties: list[Query]) -> list[tuple[str, str]]:
    own = [{t for f in p.forms for t in f.tokens} for p in parties]
    tokens = sorted(set().union(*own))
    rng = random.Random(5)
    drawn = [(rng.choice(tokens), rng.choice(tokens)) for _ in range(20_000)]
    near = list(pairwise(tokens))
    within = [(a, b) for ts in own for a in sorted(ts) for b in sorted(ts) if a != b]
    return drawn + near + within


def with_and_without_exit(
    pairs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> tuple[list[float], list[tuple[str, str]]]:
    """Each pair's token score without the fast exit, asserted equal to its score with
    it, and the tokens of the pairs that took the exit."""
    py = python_source(names)  # compiled, `names` calls the exit directly
    similarity = py.similarity
    fast_exit = py.plain_cannot_relate
    exits: list[tuple[str, str]] = []

    def counted(a: str, b: str, x: str, y: str, *masks: int) -> bool:
        found = fast_exit(a, b, x, y, *masks)
        if found:
            exits.append((a, b))
        return found

    # `token_similarity` calls the exit's second half, having read the first per token.
    monkeypatch.setattr(py, "plain_cannot_relate", counted)
    fast = [similarity(a, b) for a, b in pairs]
    monkeypatch.setattr(py, "plain_cannot_relate", lambda a, b, x, y, *masks: False)
    full = [similarity(a, b) for a, b in pairs]
    differ = [(p, f, s) for p, f, s in zip(pairs, fast, full, strict=True) if f != s]
    assert not differ, differ[:10]
    return full, exits


def test_letter_masks_never_exceed_the_edit_distance(pairs: list[tuple[str, str]]) -> None:
    """`edits_exceed` says more than k edits only where OSA counts more than k, on list
    tokens, their `phonetic` and `sound` spellings, and made-up pairs one swap apart."""
    strings = [
        *pairs,
        *((text.phonetic(a), text.phonetic(b)) for a, b in pairs[:5000]),
        *((text.sound(a), text.sound(b)) for a, b in pairs[:5000]),
        ("farm", "fram"),
        ("hassan", "hasan"),
        ("ivanov", "iwanow"),
    ]
    proved = 0
    for a, b in strings:
        distance = OSA.distance(a, b)
        masks = pair_checks.letter_mask(a), pair_checks.letter_mask(b)
        for edits in range(4):
            if pair_checks.edits_exceed(*masks, edits):
                assert distance > edits, (a, b, edits)
                proved += 1
    # Not vacuous: most drawn pairs share few letters.
    assert proved > len(strings)


def test_the_fast_exit_changes_no_token_score(
    pairs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    full, exits = with_and_without_exit(pairs, monkeypatch)
    # Not vacuous: the exit was taken for most pairs, and many pairs do score. (Not for
    # pairs with an abjad token, which compare by consonants: the list's Arabic-script
    # names bring many, read two ways, `script.other_reading`.)
    assert len(exits) > len(pairs) * 2 // 5
    # ... also for pairs with a canonical spelling, which compares by its variants too.
    assert sum(a in VARIANTS or b in VARIANTS for a, b in exits) > 1000
    assert sum(s > 0 for s in full) > 2000


def test_the_pair_cache_answers_as_the_function_and_stays_bounded(
    pairs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`token_similarity` keeps pairs in two generations of at most `limit` each: it
    answers what `similarity` finds whether a pair was kept, found in the older
    generation, or forgotten, and holds no more than twice `limit` pairs."""
    py = python_source(names)  # compiled, `token_similarity` reads its own cache
    cache = py._PairCache(50)
    monkeypatch.setattr(py, "_SIMILARITIES", cache)
    sample = pairs[:300]
    for _ in range(2):  # the second round finds some pairs kept, some forgotten
        for a, b in sample:
            assert py.token_similarity(a, b) == py.similarity(a, b)
            held = sum(map(len, cache.recent.values())) + sum(map(len, cache.older.values()))
            assert held <= 2 * cache.limit
    a, b = sample[-1]  # the latest pair is kept (in the older generation, if it filled one)
    assert cache.recent.get(a, cache.older.get(a, {}))[b] == py.similarity(a, b)


def test_the_merge_exit_changes_no_merge(
    parties: list[Query], monkeypatch: pytest.MonkeyPatch
) -> None:
    forms = [f for p in parties for f in p.forms]
    rng = random.Random(7)
    drawn = [(rng.choice(forms), rng.choice(forms)) for _ in range(20_000)]
    within = [(a, b) for p in parties for a in p.forms for b in p.forms if a is not b]
    pairs = drawn + within
    py = python_source(names)  # compiled, `names` calls `may_merge` directly
    fast = [py._merged(a, b) for a, b in pairs]
    monkeypatch.setattr(py, "may_merge", lambda joined, words: True)  # no fast exit
    full = [py._merged(a, b) for a, b in pairs]
    assert [f.tokens for f in fast] == [f.tokens for f in full]
    assert fast == full
    # A merged form's keys are those of its merged tokens, as a prepared form's are.
    for form in [*fast, *forms[:2000]]:
        assert form.word_keys == text.word_keys(form.tokens)
        assert form.joined_keys == text.joined_keys(form.tokens)
    # Not vacuous: some names do merge ('abdul rahman' for 'abdulrahman').
    assert sum(f.tokens != a.tokens for f, (a, _) in zip(full, pairs, strict=True)) > 20


def test_the_reading_bits_skip_no_scheme_that_scores(
    pairs: list[tuple[str, str]], monkeypatch: pytest.MonkeyPatch
) -> None:
    """`token_similarity` calls `_scheme_similarity` only when `_facts`' bits say a
    reading may apply: with every bit set (never skipped) no token score changes, and
    the skip is taken for most pairs while some pairs do score by a scheme's reading."""
    py = python_source(names)  # compiled, `names` calls `_facts` directly
    similarity = py.similarity
    skipped = [(a, b) for a, b in pairs if not _reading_may_apply(a, b)]
    fast = [similarity(a, b) for a, b in pairs]
    facts = py._read_facts
    monkeypatch.setattr(py, "_facts", lambda t: (*facts(t)[:2], 15, 15, *facts(t)[4:]))
    full = [similarity(a, b) for a, b in pairs]
    differ = [(p, f, s) for p, f, s in zip(pairs, fast, full, strict=True) if f != s]
    assert not differ, differ[:10]
    assert len(skipped) > len(pairs) // 2
    assert not any(names._scheme_similarity(a, b) for a, b in skipped[:5000])
    assert any(names._scheme_similarity(a, b) > 0 for a, b in pairs)


def _reading_may_apply(a: str, b: str) -> bool:
    _, _, letters_a, needed_a, *_ = names._facts(a)
    _, _, letters_b, needed_b, *_ = names._facts(b)
    return bool(letters_a & needed_b or letters_b & needed_a)


def _variant_near_one_by_one(canonical: str, other: str) -> bool:
    """`pairs._variant_near` as it was written before its tables: variant by variant."""
    for variant in VARIANTS.get(canonical, ()):
        if variant.startswith(other):
            return True
        if (
            min(len(other), len(variant)) >= 3
            and max(len(other), len(variant)) >= 4
            and OSA.distance(other, variant, score_cutoff=1) <= 1
        ):
            return True
    return False


def test_variant_near_answers_as_variant_by_variant(pairs: list[tuple[str, str]]) -> None:
    # Every canonical spelling against the list's tokens, every variant, each cut short
    # (the empty string too) and with a letter added, dropped or changed.
    variants = sorted({v for vs in VARIANTS.values() for v in vs})
    others = {t for pair in pairs[:5000] for t in pair} | set(variants)
    others |= {v[:n] for v in variants for n in range(len(v) + 1)}
    rng = random.Random(3)
    for v in variants:
        for _ in range(4):
            at, letter = rng.randrange(len(v) + 1), rng.choice("aehiklmnostuy")
            others |= {
                v[:at] + letter + v[at:],
                v[:at] + v[at + 1 :],
                v[:at] + letter + v[at + 1 :],
            }
    canonicals = [*VARIANTS, "xyz", "qwerty"]  # and two that are no canonical spelling
    calls = [(c, o) for c in canonicals for o in sorted(others)]
    got = [pair_checks._variant_near(c, o) for c, o in calls]
    assert got == [_variant_near_one_by_one(c, o) for c, o in calls]
    assert sum(got) > 2000  # not vacuous: many are near, by prefix and by one edit
    assert any(
        g and not any(v.startswith(o) for v in VARIANTS.get(c, ()))
        for g, (c, o) in zip(got, calls, strict=True)
    )


def test_align_leaves_out_only_pairs_its_matching_drops(parties: list[Query]) -> None:
    # `scored_pairs` spares the pairs of a token equal on both sides (once on each);
    # the greedy matching, and so every alignment, is the same as with every pair
    # compared. Names of one party, drawn at random, and each with a letter changed or a
    # token repeated ('Ali Ali Hasan'), so that names share some tokens and not others.
    forms = [f for p in parties for f in p.forms]
    rng = random.Random(11)
    drawn = [(rng.choice(forms), rng.choice(forms)) for _ in range(5000)]
    within = [(a, b) for p in parties[:1500] for a in p.forms for b in p.forms if a is not b]
    varied = []
    for form in forms[::3]:
        tokens = list(form.tokens)
        at = rng.randrange(len(tokens))
        if rng.random() < 0.5 and len(tokens[at]) > 3:
            word = tokens[at]
            tokens[at] = word[:2] + rng.choice("aeioukr") + word[3:]
        else:
            tokens.insert(at, tokens[at])
        varied.append((text.name_form(" ".join(tokens)), form))
    spared = 0
    for q, c in drawn + within + varied + [(b, a) for a, b in varied]:
        for initials in (True, False):
            some = names.scored_pairs(q, c, initials)
            every = names.scored_pairs(q, c, initials, spare=False)
            assert set(some) <= set(every)
            assert names.one_to_one(sorted(some, reverse=True)) == names.one_to_one(
                sorted(every, reverse=True)
            ), (q.tokens, c.tokens)
            spared += len(some) < len(every)
    assert spared > 1000


def test_the_fast_exit_after_the_consonant_checks_changes_no_token_score(
    parties: list[Query], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A pair with a vowelless token (the list's Arabic-script names read letter by
    # letter) takes the same exit once its consonant checks found nothing: drawn against
    # any token and against tokens of its first letter, where the checks below it fire.
    tokens = sorted({t for p in parties for f in p.forms for t in f.tokens if len(t) > 1})
    bare = [t for t in tokens if not pair_checks.plain(t) and not t.isdigit()]
    rng = random.Random(11)
    pairs = [(rng.choice(bare), rng.choice(tokens)) for _ in range(10_000)]
    pairs += [(rng.choice(tokens), rng.choice(bare)) for _ in range(5_000)]
    pairs += [(a, b) for a in bare for b in rng.sample(tokens, 40) if a[0] == b[0]]
    pairs += [(a, b) for a, b in pairwise(bare)]
    full, exits = with_and_without_exit(pairs, monkeypatch)
    assert len(bare) > 300
    assert len(exits) > len(pairs) // 2  # not vacuous: most such pairs exit there
    assert sum(s > 0 for s in full) > 200


def test_token_similarity_reads_alike_before_the_fast_exit(pairs: list[tuple[str, str]]) -> None:
    # `plain_cannot_relate` leaves the romanisation readings to `token_similarity`, which
    # tests them first: every pair that `reads_alike` scores 0.9 or more there, and
    # `cannot_relate` (the whole proof) never rules such a pair out.
    readings = [("dhafer", "zafer"), ("kathim", "kadhim"), ("tawfiq", "toufik"), ("hsu", "xu")]
    alike = [(a, b) for a, b in [*pairs, *readings] if pair_checks.reads_alike(a, b)]
    assert len(alike) > len(readings)  # not vacuous: the list's own tokens have some
    for a, b in alike:
        assert names.token_similarity(a, b) >= 0.9, (a, b)
        assert not pair_checks.cannot_relate(a, b), (a, b)
