"""Measures, programmes, reasons and hit countries of an action, read from the
sentences that state it."""

from __future__ import annotations

import re
from functools import cache

from sanctionwatch.extract.document import Mention
from sanctionwatch.extract.lookahead import guarded
from sanctionwatch.extract.vocabulary import rule, vocabulary

REASON = rule("attributes.reason")


@cache
def any_measure() -> re.Pattern[str]:
    """Matches somewhere in a text exactly when one of the measure patterns does."""
    measures = vocabulary().measures.values()
    return guarded("|".join(f"(?:{pat.pattern})" for pat in measures), re.I)


def find_measures(text: str) -> list[str]:
    """Measure names stated in a text, in vocabulary order."""
    if not any_measure().search(text):
        return []  # one scan instead of one per measure: half the texts state none
    return [name for name, pat in vocabulary().measures.items() if pat.search(text)]


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
