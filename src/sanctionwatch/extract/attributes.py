"""Measures, programmes, reasons and hit countries of an action, read from the
sentences that state it."""

from __future__ import annotations

import re

from sanctionwatch.extract.document import Mention
from sanctionwatch.extract.vocabulary import rule, vocabulary

REASON = rule("attributes.reason")


def find_measures(text: str) -> list[str]:
    """Measure names stated in a text, in vocabulary order."""
    return [name for name, pat in vocabulary().measures.items() if pat.search(text)]


def find_program(text: str) -> str | None:
    """The programme named first in the text."""
    m = vocabulary().programs.search(text)
    return m.group(0) if m else None


def find_reason(text: str) -> str | None:
    m = REASON.search(text)
    if not m:
        return None
    # the first phrase is the reason; what follows a comma usually elaborates
    reason = re.split(r"[,;“”\"]", m.group("reason"))[0].strip()
    if len(reason) > 90:
        reason = reason[:90].rsplit(" ", 1)[0]
    return reason or None


def hit_countries(mentions: list[Mention], actors: set[str], after: int) -> list[str]:
    """Countries named after the trigger that are not among those acting."""
    out: list[str] = []
    for m in mentions:
        if m.start < after or m.form == "agency" or not m.code:
            continue
        if m.code in actors or m.code in ("EU", "UN", "G7") or m.code in out:
            continue
        out.append(m.code)
    return out
