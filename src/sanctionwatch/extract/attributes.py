"""Measures, programmes, reasons and hit countries of an action, read from the
sentences that state it."""

from __future__ import annotations

import re
from functools import cache

from sanctionwatch.extract.document import Mention
from sanctionwatch.extract.literals import Gated
from sanctionwatch.extract.vocabulary import rule, vocabulary

REASON = rule("attributes.reason")


@cache
def gated_measures() -> list[tuple[str, Gated]]:
    """Each measure's pattern, tried only on a text that holds the words a match of it
    must hold (`literals`)."""
    return [(name, Gated([pat.pattern], re.I)) for name, pat in vocabulary().measures.items()]


def find_measures(text: str) -> list[str]:
    """Measure names stated in a text, in vocabulary order. Each pattern is searched for
    only where its words stand: most texts hold those of one or two measures, where a
    scan for any measure, then one per measure, ran over them all (1.6 % of extraction)."""
    low = text.lower()
    end = len(text)
    return [name for name, gate in gated_measures() if gate.search(text, 0, end, low) is not None]


# "the price cap", "the maximum price ... for Russian crude", "the new cap": one programme
PRICE_CAP = rule("attributes.price_cap")
PRICE_CAP_PROGRAM = "oil price cap"
# the only country whose oil is capped
PRICE_CAP_COUNTRY = "RU"


def find_program(text: str) -> str | None:
    """The programme named first in the text; any oil price cap is "oil price cap"."""
    m = vocabulary().programs.search(text, 0, len(text), text.lower())
    if m is None:
        return None
    return PRICE_CAP_PROGRAM if PRICE_CAP.search(m.group(0)) else m.group(0)


def find_reason(text: str) -> str | None:
    m = REASON.search(text)
    if not m:
        return None
    # the first phrase is the reason; what follows a comma usually elaborates
    reason = re.split(r"[,;“”\"]", m.group("reason"))[0].strip()
    if len(reason) > 90:
        reason = reason[:90].rsplit(" ", 1)[0]
    return reason or None


# authorities that are no country: never a hit country
BLOCS = frozenset({"EU", "UN", "G7", "ECOWAS", "AFRICAN_UNION", "ARAB_LEAGUE", "OAS", "ASEAN"})


def hit_countries(mentions: list[Mention], actors: set[str], after: int) -> list[str]:
    """Countries named after the trigger that are not among those acting."""
    out: list[str] = []
    for m in mentions:
        if m.start < after or m.form == "agency" or not m.code:
            continue
        if m.code in actors or m.code in BLOCS or m.code in out:
            continue
        out.append(m.code)
    return out
