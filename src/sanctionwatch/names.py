"""Spelling-insensitive keys for names, shared by everything that compares names loosely."""

from __future__ import annotations

import re
from functools import lru_cache

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """ASCII, case-folded tokens: 'Kim Yong-bok' -> ('kim', 'yong', 'bok')."""
    return tuple(t for t in _NON_ALNUM.split(anyascii(name).casefold()) if t)


def name_key(name: str) -> str:
    """One key for a name whatever its token order, hyphens or script: 'bok kim yong'."""
    return " ".join(sorted(name_tokens(name)))


def name_keys(name: str) -> set[str]:
    """Keys that equal for the usual spellings of one name: sorted tokens and joined tokens.

    'Kim Yong-bok' and 'Kim Yongbok' share 'kimyongbok'; 'Yong-bok Kim' shares the sorted key.
    """
    tokens = name_tokens(name)
    if not tokens:
        return set()
    return {" ".join(sorted(tokens)), "".join(tokens), "".join(tokens[1:] + tokens[:1])}
