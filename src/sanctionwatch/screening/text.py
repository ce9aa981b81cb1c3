"""Name normalisation for screening: script, spelling variants, particles, legal forms.

Every name becomes a `NameForm`: canonical ASCII tokens plus consonant skeletons.
Both the index and the scorer read only these forms, so they agree by construction.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from anyascii import anyascii
from rapidfuzz import fuzz, process
from rigour.names import remove_obj_prefixes, remove_person_prefixes, replace_org_types_compare
from rigour.territories import lookup_territory

PERSON = "person"
ORG = "org"
OBJECT = "object"  # vessels and aircraft
ANY = "any"

_SPLIT = re.compile(r"[^a-z0-9]+")
_REPEATS = re.compile(r"(.)\1+")
# Spellings of one sound across transliteration habits (Russian 'dzh', 'kh'; French 'ou';
# English 'ee'), rewritten one way so that edit distance and skeletons see one spelling.
_PHONETIC = [
    ("dzh", "j"), ("dj", "j"), ("tch", "ch"), ("sch", "sh"), ("kh", "h"), ("gh", "g"),
    ("ph", "f"), ("ck", "k"), ("x", "ks"), ("q", "k"), ("w", "v"), ("ou", "u"), ("oo", "u"),
    ("ee", "i"), ("y", "i"), ("ch", "\0"), ("ce", "se"), ("ci", "si"), ("c", "k"), ("\0", "ch"),
]  # fmt: skip
_VOWELS_H = re.compile(r"[aeiouh]+")
_HAS_VOWEL = re.compile(r"[aeiou]")
_NAME_SEPARATORS = re.compile(
    r"\s+/\s+|;|\s+or\s+|\b(?:also known as|formerly known as|a\.?k\.?a\.?|f\.?k\.?a\.?)\b|"
    r"\(|\)|\b(?:arabic|russian|chinese|korean):",
    re.I,
)


def _data_lines(name: str) -> list[str]:
    text = resources.files("sanctionwatch.screening").joinpath("data", name).read_text("utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


def _load_equivalents(*names: str) -> dict[str, str]:
    """Spelling -> canonical spelling; the first group that names a spelling wins."""
    table: dict[str, str] = {}
    for name in names:
        for line in _data_lines(name):
            words = [_SPLIT.sub("", w.casefold()) for w in line.split()]
            for word in words:
                table.setdefault(word, words[0])
                table.setdefault(phonetic(word), words[0])
    return table


def strip_article(token: str) -> str | None:
    """'alakhras' -> 'akhras': an Arabic article written together with its noun."""
    if token[:2] in ("al", "el") and len(token) >= 6:
        return token[2:]
    return None


@lru_cache(maxsize=200_000)
def phonetic(token: str) -> str:
    """One spelling per sound: 'dzhumakh' -> 'jumah', 'alexander' -> 'aleksander'."""
    for old, new in _PHONETIC:
        token = token.replace(old, new)
    return _REPEATS.sub(r"\1", token)


@lru_cache(maxsize=200_000)
def skeleton(token: str) -> str:
    """Consonants that survive vowel spelling and abjad scripts: 'muhammad', 'mhmd' -> 'mmd'.

    Vowels and 'h' go everywhere but in first place, where any vowel is written 'a' ('ahmad'
    'amd' is not 'hamid' 'hmd'); abjad transliterations drop it, so compare `skeleton(t)
    .lstrip("a")` with those ('ishaq' 'ask', 'shq' 'sk').
    """
    if token.isdigit() or not token:
        return token
    sound = phonetic(token)
    head = "a" if sound[0] in "aeiou" else sound[0]
    body = _VOWELS_H.sub("", sound[1:])
    if not _HAS_VOWEL.search(token):
        body = body.replace("v", "")  # abjad: 'w' and 'y' write long vowels ('hbwsh' habbush)
    return _REPEATS.sub(r"\1", head + body) or sound[:1]


@lru_cache(maxsize=200_000)
def abjad_keys(token: str) -> tuple[str, ...]:
    """Skeletons an abjad token may stand for: as written, and without a glued article
    ('ltkryty' al-tikriti). Empty for tokens with vowels."""
    if _HAS_VOWEL.search(token) or token.isdigit():
        return ()
    skel = skeleton(token).lstrip("a")
    if skel.startswith("l") and len(skel) >= 3:
        return (skel, skel[1:])
    return (skel,)


def split_names(name: str) -> list[str]:
    """Names written as one ('A / B', 'A or B', 'A (B)', 'A also known as B') as several."""
    parts = [p.strip(" ,.-\"'“”«»") for p in _NAME_SEPARATORS.split(name)]
    if len(parts) < 2:
        return parts
    # '(USA)' in 'Running Brook, LLC (USA)' qualifies the name; it is no name of its own.
    return [p for p in parts if p and not _is_country(p)]


def _is_country(text: str) -> bool:
    # What followthemoney's country type does, without importing followthemoney (whose
    # schema loading is most of a CLI command's start-up).
    territory = lookup_territory(text)
    return territory is not None and territory.ftm_country is not None


EQUIVALENTS = _load_equivalents("korean.txt", "arabic.txt")
VARIANTS: dict[str, list[str]] = {}  # canonical spelling -> every spelling that maps to it
for _spelling, _canonical in EQUIVALENTS.items():
    VARIANTS.setdefault(_canonical, []).append(_spelling)
PARTICLES = frozenset(_data_lines("particles.txt"))
SPLIT_PREFIXES = tuple(sorted(_data_lines("split_prefixes.txt"), key=len, reverse=True))
GENERIC = frozenset(_data_lines("org_generic.txt"))
ORG_TYPES = frozenset(_data_lines("org_types.txt"))


def _is_cjk_syllabic(char: str) -> bool:
    # Hangul syllables and CJK ideographs: one character is one syllable, and anyascii would
    # glue them into one token ('김정은' -> 'GimJeongEun').
    code = ord(char)
    return 0xAC00 <= code <= 0xD7A3 or 0x4E00 <= code <= 0x9FFF or 0x3400 <= code <= 0x4DBF


def to_ascii(text: str) -> str:
    """Transliterate to lower-case ASCII words, splitting Hangul and Chinese per syllable."""
    text = unicodedata.normalize("NFC", text).replace("ё", "yo").replace("Ё", "Yo")
    if any(_is_cjk_syllabic(c) for c in text):
        text = " ".join(anyascii(c) if _is_cjk_syllabic(c) else c for c in text)
    return anyascii(text).casefold().replace("'", "").replace("`", "").replace("ʼ", "")


def _split_prefix(token: str) -> list[str]:
    for prefix in SPLIT_PREFIXES:
        if token.startswith(prefix) and len(token) - len(prefix) >= 4:
            rest = token[len(prefix) :]
            if rest[:2] in ("al", "el", "ul", "ar", "ur", "ad", "as") and len(rest) > 4:
                rest = rest[2:]  # 'abdulrahman' -> 'abd' + 'rahman'
            return [EQUIVALENTS.get(prefix, prefix), EQUIVALENTS.get(rest, rest)]
    return [token]


@dataclass(frozen=True, slots=True)
class NameForm:
    """One name, ready to compare: canonical tokens in order, their skeletons and weights."""

    original: str
    tokens: tuple[str, ...]
    skeletons: tuple[str, ...]
    weights: tuple[float, ...]
    joined: str
    org_type: str | None
    key: tuple[str, ...]  # tokens sorted: equal keys are the same name in another order
    total_weight: float
    # Skeletons (without a leading vowel) and 3-letter prefixes: two names sharing none
    # of these cannot align, which spares most comparisons. A tuple: a set per name would
    # be most of the index's memory.
    hooks: tuple[str, ...]


@lru_cache(maxsize=100_000)
def is_generic(token: str) -> bool:
    """A generic organisation word, or a misspelling of one ('comppany')."""
    if token in GENERIC:
        return True
    if len(token) < 4:
        return False
    return process.extractOne(token, GENERIC, scorer=fuzz.ratio, score_cutoff=85) is not None


def _token_weight(token: str, kind: str) -> float:
    # Longer tokens say more; initials and generic company words say little.
    if kind != PERSON and is_generic(token):
        return 0.2 * min(len(token), 8)
    return float(min(max(len(token), 2), 8))


@lru_cache(maxsize=200_000)
def name_form(name: str, kind: str = ANY) -> NameForm:
    """Normalise one name of a party of `kind` (person, org, object or any)."""
    text = name
    if kind in (PERSON, ANY):
        text = remove_person_prefixes(text)
    if kind in (OBJECT, ANY):
        text = remove_obj_prefixes(text)
    org_type = None
    plain = [t for t in _SPLIT.split(to_ascii(text)) if t]
    if kind in (ORG, ANY):  # before and after transliteration: rigour knows 'ООО' and 'OOO'
        text = replace_org_types_compare(text.casefold(), generic=True)
    text = to_ascii(text)
    if kind in (ORG, ANY):
        text = replace_org_types_compare(text, generic=True)
    raws = [t for t in _SPLIT.split(text) if t]
    tokens: list[str] = []
    for pos, raw in enumerate(raws):
        if kind in (ORG, ANY) and raw in ORG_TYPES:
            if kind == ANY and 0 < pos < len(raws) - 1 and len(raws) == len(plain):
                # Legal forms stand first or last; inside a name of unknown kind the
                # "form" is a syllable ('Jong In-chol', whose 'In' rigour reads as one).
                raw = plain[pos]
            else:
                org_type = org_type or raw
                continue
        if raw in PARTICLES:
            continue
        if len(raw) == 1:  # an initial: 'Y.' is no spelling of 'Yi'
            tokens.append(raw)
            continue
        canon = EQUIVALENTS.get(raw) or EQUIVALENTS.get(phonetic(raw))
        tokens.extend(_split_prefix(raw) if canon is None else [canon])
    if kind == OBJECT and tokens and tokens[0] in ("mv", "mt", "ms", "ss", "fv"):
        tokens = tokens[1:]  # 'M/V' splits into 'm', 'v' before this; see below
    if kind == OBJECT and tokens[:2] in (["m", "v"], ["m", "t"]):
        tokens = tokens[2:]
    if not tokens and org_type:
        tokens = [org_type]  # a name that is only a legal form keeps it
    return NameForm(
        original=name,
        tokens=tuple(map(sys.intern, tokens)),
        skeletons=tuple(skeleton(t) for t in tokens),
        weights=tuple(_token_weight(t, kind) for t in tokens),
        joined="".join(tokens),
        org_type=org_type,
        key=tuple(sorted(tokens)),
        total_weight=sum(_token_weight(t, kind) for t in tokens),
        hooks=tuple(  # interned: the same few strings recur across the index
            map(
                sys.intern,
                {skeleton(t).lstrip("a") for t in tokens}
                | {"^" + t[:3] for t in tokens}
                | {"=" + skeleton("".join(tokens))},
            )
        ),
    )
