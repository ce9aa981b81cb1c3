"""Fast paths of the scorer give what the plain code they replace gives, on the names and
dates of the UN consolidated list as shipped in ../shared/lists.

- `scorer._beaten` gathers the features that do not depend on the name once per
  candidate; it must say what `combine` of the name feature and those features says.
- `text.single_letters` squeezes runs of a letter as `re.sub(r"(.)\\1+", r"\\1", ...)` does.
- `text.has_vowel` says what a search for `[aeiou]` says; `script.has_han` what its search does.
- `text.is_generic` scores only the generic words of a near length: what scoring them
  all finds; `index._korean_spelt` tests a cut's length and last letter before the regex.
"""

from __future__ import annotations

import random
import re

import pytest
from rapidfuzz import fuzz, process

from sanctionwatch.lists import read_list
from sanctionwatch.screening.index import _korean_spelt
from sanctionwatch.screening.query import Query, prepare
from sanctionwatch.screening.scorer import (
    _BASE,
    _beaten,
    _evidence,
    _fire,
    _org_types,
    combine,
)
from sanctionwatch.screening.script import _HAN, has_han
from sanctionwatch.screening.text import (
    _GENERIC_SPELT,
    _KOREAN_SYLLABLE,
    GENERIC,
    KOREAN,
    _korean_fold,
    has_vowel,
    is_generic,
    phonetic,
    single_letters,
)
from tests.conftest import LISTS

UN = LISTS / "un/consolidated.xml"


@pytest.fixture(scope="module")
def parties() -> list[Query]:
    return [
        prepare(e)
        for e in read_list(UN).entities()
        if e["schema"] != "Sanction" and e["properties"].get("name")
    ]


def _plain_beaten(
    value: float, weight: float, others: list, cut: tuple[float, str], cand_id: str | None
) -> bool:
    top = round(combine([_fire(_BASE[0], value, "", None, None, {_BASE[0]: weight}), *others]), 4)
    return top < cut[0] or (top == cut[0] and cand_id is not None and cand_id > cut[1])


def test_beaten_is_combine(parties: list[Query]) -> None:
    rng = random.Random(5)
    # Pairs of listed parties, most with dates or countries that confirm or contradict.
    dated = [p for p in parties if p.years or p.country_set]
    assert len(dated) > 200
    checked = fired = 0
    for _ in range(400):
        q, c = rng.choice(dated), rng.choice(dated)
        others = [*_evidence(q, c, {}), *_org_types(q, c, {})]
        fired += bool(others)
        for weight in (1.0, 0.9):
            for cut in ((rng.random(), c.id or ""), (1.0, "zz"), (0.0, ""), (0.9, c.id or "")):
                beaten = _beaten(weight, others, cut, c.id)
                for value in (0.0, 0.5, 0.7, 0.75, 0.8, 0.9, 0.95, 1.0, rng.random()):
                    assert beaten(value) == _plain_beaten(value, weight, others, cut, c.id)
                    checked += 1
    assert fired > 100 and checked > 10_000


def test_single_letters_is_the_template(parties: list[Query]) -> None:
    tokens = {t for p in parties for f in p.forms for t in f.tokens}
    assert len(tokens) > 1000
    repeats = re.compile(r"(.)\1+")
    for token in tokens:
        for text in (token, phonetic(token), token + token[-1], f"{token}\n\n{token}"):
            assert single_letters(text) == repeats.sub(r"\1", text)
    for text in ("", "a", "aa", "aab", "baa", "\n\n", "aa\n\naa", "абба", "ss\n"):
        assert single_letters(text) == repeats.sub(r"\1", text)


def test_generic_by_length_is_all_words(parties: list[Query]) -> None:
    words = {t for p in parties for f in p.forms for t in f.tokens if len(t) >= 4}
    # ... and each generic word with a letter doubled, dropped or changed: the misspellings
    # the fuzzy match is for ('comppany').
    for word in _GENERIC_SPELT:
        words |= {word[:i] + word[i] + word[i:] for i in range(len(word))}
        words |= {word[:i] + word[i + 1 :] for i in range(len(word))}
        words |= {word[:i] + "x" + word[i + 1 :] for i in range(len(word))}
    found = 0
    for word in words:
        if len(word) < 4 or word in GENERIC:
            continue  # not scored
        best = process.extractOne(word, _GENERIC_SPELT, scorer=fuzz.ratio, score_cutoff=85)
        assert is_generic.__wrapped__(word) == (best is not None)
        found += best is not None
    assert found > 1000


def test_korean_spelt_is_the_regex(parties: list[Query]) -> None:
    tokens = {t for p in parties for f in p.forms for t in f.tokens}
    spelt = 0
    for token in tokens:
        for i in range(1, len(token)):
            for cut in (token[:i], token[i:]):
                want = (
                    KOREAN[cut]
                    if cut in KOREAN
                    else (_korean_fold(cut) if _KOREAN_SYLLABLE.fullmatch(cut) else None)
                )
                assert _korean_spelt(cut) == want
                spelt += want is not None
    assert spelt > 1000


def test_has_vowel_and_han_are_the_regexes(parties: list[Query]) -> None:
    tokens = {t for p in parties for f in p.forms for t in f.tokens}
    tokens |= {t.upper() for t in tokens} | {"mhmd", "", "y", "عبد", "金正恩", "kim 正恩"}
    tokens |= {f.original for p in parties for f in p.forms}  # other scripts, as listed
    vowelless = 0
    for token in tokens:
        assert has_vowel(token) == (re.search("[aeiou]", token) is not None)
        assert has_han(token) == (_HAN.search(token) is not None)
        vowelless += not has_vowel(token)
    assert vowelless > 100
