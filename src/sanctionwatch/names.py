"""Names compared loosely: ASCII tokens and spelling-insensitive keys, and the legal-form
table, shared by extraction, events and screening."""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def _legal_forms() -> dict[str, frozenset[str]]:
    """`data/legal_forms.txt`: each use ('screen', 'name', 'abbrev') -> its forms."""
    text = resources.files("sanctionwatch").joinpath("data", "legal_forms.txt").read_text("utf-8")
    uses: dict[str, set[str]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            form, *marks = line.split()
            for mark in marks:
                uses.setdefault(mark, set()).add(form)
    return {mark: frozenset(forms) for mark, forms in uses.items()}


# One legal-form table for extraction and screening; each reads the forms marked for it.
_FORMS = _legal_forms()
ORG_TYPES = _FORMS["screen"]  # the scorer's legal forms, compared apart from the name
NAME_ENDINGS = _FORMS["name"]  # extraction: words that end a firm's name
DOTTED_FORMS = _FORMS["abbrev"]  # extraction: forms written with a dot mid-sentence


# About 460 bytes an entry (the name, its tokens, the cache's link): 65,536 entries held
# 30 MB, the most of a long-running ingest's heap growth. Names repeat within an article
# or a query, rarely across thousands of them, so a small cache keeps its hits.
@lru_cache(maxsize=8192)
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
