"""Country values ("Russia", "RU", "russian", "DPRK", "Côte d'Ivoire") to the codes FtM uses.

FtM's country type answers through rigour, whose name table transliterates some 29,000
territory names (names, demonyms, aliases, places) on first use: about 3 s of CPU, paid
by whichever request or command first cleans a country name. This module reads the same
territory data and keys each name as rigour would without transliterating it: ASCII
names (where rigour's key and ours are the same string) in about 0.1 s, names in other
scripts only when a value in another script is asked for. The answers are rigour's for
every code and every ASCII name (checked name by name in the tests); a value that is no
name of the table is matched the way FtM's `fuzzy` cleaning does it, by the nearest
name within 30 % of its length. The API's /match and the CLI's `screen` both clean
countries here, so the two answer alike and neither waits for the full table.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterator
from functools import cache, lru_cache
from pathlib import Path

from rapidfuzz.distance import Levenshtein
from rigour.territories import lookup_by_identifier

# The punctuation rigour drops inside a territory name ("Korea, North" -> "korea north").
_SKIP = str.maketrans("", "", ".()[],;:_-/ʻ'’")
_ASCII_GAPS = re.compile(r"[^a-z0-9]+")
FUZZY_SHARE = 0.3  # FtM's fuzzy cleaning: at most this share of a name's letters differ
FUZZY_MIN = 5  # names of fewer letters are never matched fuzzily ("Iran" is no "Iraq")

Table = dict[str, str]


def name_key(text: str) -> str:
    """The lookup key of a territory name: rigour's key for ASCII text (casefolded, its
    punctuation dropped, other gaps one space); other text keeps its letters and marks
    (rigour would transliterate it, which is what costs seconds)."""
    if text.isascii():
        return _ASCII_GAPS.sub(" ", text.lower().translate(_SKIP)).strip()
    text = unicodedata.normalize("NFKC", text).casefold().translate(_SKIP)
    kept = [c if c.isalnum() or unicodedata.category(c)[0] == "M" else " " for c in text]
    return " ".join("".join(kept).split())


def _unaccented(key: str) -> str:
    """'türkiye' -> 'turkiye': a Latin name with accents, as its ASCII spelling."""
    decomposed = unicodedata.normalize("NFKD", key)
    return "".join(c for c in decomposed if unicodedata.category(c)[0] != "M")


def _names() -> Iterator[tuple[str, list[str], list[str], list[str]]]:
    """(FtM code, strong names, weak names, places) of each territory, in rigour's order."""
    # rigour's own reader of its territory file (rigour is pinned; tests check the result)
    from rigour.territories.lookup import _load_territory_names

    for territory, strongs, weaks, places in _load_territory_names():
        yield str(territory.ftm_country), strongs, weaks, places


ASCII, OTHER, ALL = "ascii", "other", "all"  # which names a table holds


def _keys(name: str, which: str) -> list[str]:
    """The keys `name` is filed under in table `which`."""
    if which == ASCII:
        return [name_key(name)] if name.isascii() else []
    if name.isascii():
        return [name_key(name)] if which == ALL else []
    key = name_key(name)
    plain = _unaccented(key)
    if not plain.isascii() or plain == key:
        return [key]
    # rigour transliterates first: 'Argentín' is 'argentin', the key fuzzy matching uses
    return [key, plain] if which == OTHER else [plain]


@cache
def _table(which: str) -> Table:
    """Names keyed with rigour's precedence: a strong name (name, full name, official
    aliases) wins over a weak one (demonyms, informal names), which wins over a place;
    within a tier the later territory wins; the order is rigour's (the first of equally
    near names wins a fuzzy match). ASCII: the names written in ASCII, whose keys are
    rigour's own (a tenth of a second); OTHER: the rest; ALL: both, for fuzzy matching."""
    tiers: tuple[Table, Table, Table] = ({}, {}, {})
    for code, *names in _names():
        for tier, values in zip(tiers, names, strict=True):
            for name in values:
                for key in _keys(name, which):
                    tier[key] = code
    strong, weak, places = tiers
    table = dict(strong)
    table.update((k, v) for k, v in weak.items() if k not in strong)
    table.update((k, v) for k, v in places.items() if k not in table)
    return table


def _nearest(key: str, table: Table) -> str | None:
    """The code of the first name nearest to `key` within FUZZY_SHARE of its length."""
    cutoff = int(len(key) * FUZZY_SHARE)
    best, found = cutoff + 1, None
    for name, code in table.items():
        if len(name) < FUZZY_MIN or abs(len(name) - len(key)) >= best:
            continue
        distance = Levenshtein.distance(key, name, score_cutoff=cutoff)
        if distance < best:
            best, found = distance, code
    return found


@lru_cache(maxsize=4096)
def country_code(text: str, fuzzy: bool = False) -> str | None:
    """The FtM country code of a code (ISO alpha-2 or alpha-3, other codes, Wikidata
    ids), a name, a demonym or a place; None when it is none of those. `fuzzy` also
    takes the nearest name ("Rusia"), as FtM's fuzzy cleaning does."""
    territory = lookup_by_identifier(text)
    if territory is not None:
        return territory.ftm_country
    key = name_key(text)
    if not key:
        return None
    # Names written in ASCII first (where rigour's key is ours), then the others (some
    # of whose keys are ASCII too: 'Costa d’Avorio'), then the value without accents.
    code = _table(ASCII).get(key) if key.isascii() else None
    if code is None:
        code = _table(OTHER).get(key)
    if code is None and not key.isascii() and (plain := _unaccented(key)).isascii():
        key = plain  # 'Türkiye' as the ASCII 'Turkiye'
        code = _table(ASCII).get(key)
    if code is None and fuzzy:
        code = _nearest(key, _table(ALL))
    return code


# rigour's ASCII keys that no name written in ASCII gives: the ASCII spellings of names
# in other scripts ('rossiya', 'adygeya'), with their codes. Transliterating those names
# costs ~2 CPU-s, so they come from this file, written by `transliterated_keys()` from
# the pinned rigour (a test checks the file against it).
TRANSLITERATED = Path(__file__).parent / "data" / "territory_ascii_keys.json"


def transliterated_keys() -> dict[str, str | None]:
    """What TRANSLITERATED holds, computed from rigour's full table (seconds)."""
    from rigour.territories.lookup import _get_territory_names

    ascii_names = _table(ASCII)
    return {
        key: territory.ftm_country
        for key, territory in sorted(_get_territory_names().items())
        if key.isascii() and key not in ascii_names
    }


@cache
def _transliterated() -> dict[str, str | None]:
    return json.loads(TRANSLITERATED.read_text(encoding="utf-8"))


def ascii_code(text: str) -> str | None:
    """FtM's exact (not fuzzy) country code of an ASCII value, as rigour's full table
    answers it, without building that table: codes, names written in ASCII, and the
    ASCII spellings of names in other scripts (from TRANSLITERATED)."""
    territory = lookup_by_identifier(text)
    if territory is not None:
        return territory.ftm_country
    key = name_key(text)
    code = _table(ASCII).get(key)
    return code if code is not None else _transliterated().get(key)


def is_country(text: str) -> bool:
    """Whether `text` names a territory exactly (no fuzzy matching)."""
    return country_code(text) is not None


def preload() -> None:
    """Build the exact-name tables now (a third of a second), so no request pays for
    them; the fuzzy table waits for the first value that needs it."""
    _table(ASCII)
    _table(OTHER)
