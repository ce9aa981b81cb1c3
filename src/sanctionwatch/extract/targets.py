"""Which named parties an action hits.

A name is hit when it stands where sanctions language puts its objects: after a
trigger or a list cue ("sanctioned X", "the listings include X, Y and Z"), or
before a passive one ("X was also designated"). Names after a relational word
("linked to X", "a subsidiary of X", "with the vessel X") are roles, names in an
apposition ("X, the head of Y") describe, speakers ("X said") announce, and
names in a negated clause ("although X is not") are spared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sanctionwatch.extract.document import Doc, Name
from sanctionwatch.extract.lookahead import guarded
from sanctionwatch.extract.vocabulary import alternation, rule, vocabulary
from sanctionwatch.model import Span, Target

LIST_CONTINUATION = rule("targets.list_continuation")
APPOSITION = rule("targets.apposition")
OBJECT_PREP = rule("targets.object_prep")
# ", and" returns to the first list of the clause after a side remark
TOP_LEVEL = rule("targets.top_level")
STRONG_BREAK = rule("targets.strong_break")
SPEAKER_AFTER = rule("targets.speaker_after")
FILLERS = frozenset(vocabulary().names["speaker_fillers"])
# '..., said Treasury Secretary X' (after a quote or comma), 'according to X'
SPEAKER_BEFORE = rule("targets.speaker_before")


@dataclass(frozen=True, slots=True)
class TargetPatterns:
    cues: re.Pattern[str]
    passive: re.Pattern[str]
    exclude_before: re.Pattern[str]
    negation: re.Pattern[str]
    title_phrase: re.Pattern[str]


@cache
def patterns() -> TargetPatterns:
    vocab = vocabulary()
    # `guarded`: the same matches, positions where none can start skipped on one test
    return TargetPatterns(
        cues=guarded(vocab.names["cues"], re.I),
        passive=re.compile(vocab.names["passive"], re.I),  # anchored: no lookahead to read
        exclude_before=guarded(vocab.names["exclude_before"], re.I),
        negation=guarded(vocab.frames["negation"], re.I),
        title_phrase=guarded(
            rf"\b(?:{alternation(list(vocab.titles))})\s+(?:of|to|in|for)\s+(?:the\s+)?"
            r"(?:[\w’'-]+,?\s+){0,3}$",
            re.I,
        ),
    )


def is_speaker(text: str, name: Name) -> bool:
    """ "X said", "said Treasury Secretary X": the name speaks, it is not hit."""
    if SPEAKER_AFTER.match(text[name.end :]):
        return True
    before = SPEAKER_BEFORE.search(text[max(0, name.start - 80) : name.start])
    if before is None:
        return False
    titles = vocabulary().titles
    between = before.group("between").split()  # the words after "said"
    return all(
        w[:1].isupper() or w.lower().strip("’'s,") in titles or w in FILLERS for w in between
    )


def after_break(gap: str) -> str:
    """The part of a gap after its last strong break (semicolon, dash, colon)."""
    breaks = list(STRONG_BREAK.finditer(gap))
    return gap[breaks[-1].end() :] if breaks else gap


# the closing dash of a list set off by dashes ("Three firms — A, B and C — were added")
CLOSING_DASH = re.compile(r"\s*[—–-]+\s*")


def passive_follows(text: str, name: Name, clause_end: int) -> bool:
    rest = text[name.end : clause_end]
    if not rest.strip() and (dash := CLOSING_DASH.match(text, clause_end)):
        rest = " " + text[dash.end() :]  # the clause broke at the dash: read on past it
    return patterns().passive.match(rest) is not None


def passive_subject(text: str, inside: list[Name], i: int, scope: int, end: int) -> bool:
    """True when names[i] heads a list that a passive trigger follows. A list that
    starts before the trigger ends there; in a clause without one (`scope` at or
    before the name) the list runs on ("— A, B and C — were added")."""
    last = inside[i]
    crosses = last.start < scope
    for nxt in inside[i + 1 :]:
        if (crosses and nxt.start >= scope) or not LIST_CONTINUATION.match(
            text[last.end : nxt.start]
        ):
            break
        last = nxt
    return passive_follows(text, last, end)


TITLE_OF = rule("targets.title_of")
LIST_OPENER = rule("targets.list_opener")


def listed_before(text: str, name: Name, start: int) -> bool:
    """ "Four vessels, including A and B, were ...": a list before the trigger."""
    openers = list(LIST_OPENER.finditer(text, start, name.start))
    if not openers:
        return False
    opener = openers[-1]
    between = text[opener.end() : name.start]
    return len(between) < 200 and not re.search(r"\b(?:said|told|according)\b", between)


# what may stand before a title that opens the object ("designated Iran’s Minister of
# Interior, X", "the group's representative to Iran X"): a determiner, a possessive, and
# up to two lower-case words ("the country's defence minister")
OPENING_TITLE = re.compile(
    r"\s*(?:(?:the|its|his|her|their)\s+)?(?:[\w’'-]+[’']s\s+)?(?:[a-z-]+\s+){0,2}$"
)


def strip_title(gap: str, kind: str = "person") -> str:
    """Drop a listed person's lower-case title ("and deputy chief of the general
    staff"), so its "of" is not read as a role; appositions keep theirs. Before a
    body the title is not the name's own: "the spokesperson of the IRGC" lists the
    spokesperson, and the IRGC is only the body the title belongs to. A title that
    opens the object is the person's own too ("designated Iran’s Minister of
    Interior, X")."""
    if kind != "person":
        return gap
    title = patterns().title_phrase.search(gap)
    if title and (
        LISTED_TITLE.search(gap, 0, title.start()) or OPENING_TITLE.match(gap, 0, title.start())
    ):
        return gap[: title.start()] + " "
    return gap


# "two firms in the United Arab Emirates, X and Y": where they are, not a role
LOCATED = re.compile(
    r"\b(?:based\s+)?in\s+(?:the\s+)?(?P<place>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}),\s*$"
)


def drop_location(gap: str) -> str:
    """A gap without a trailing location apposition ("firms in Iran, ")."""
    m = LOCATED.search(gap)
    if m and vocabulary().place_re.fullmatch(m.group("place")):
        return gap[: m.start()]
    return gap


RELATIVE_APPOSITION = rule("targets.relative_apposition")
# "agencies like X", "partners including Y": a list of those who acted or helped
PARTNERS = re.compile(vocabulary().names["partner_lists"], re.I)
# a title in a list, after "and" or a cue ("include deputy head of the X department Y")
LISTED_TITLE = rule("targets.listed_title")


# a participle that names a party as sanctioned before, as its adjective ("U.S.-designated
# X", "for enabling designated airline X", "previously sanctioned X"): no cue, a role
PRIOR_OPENING = (
    r"(?:[\w.]-|\b(?:previously|already|formerly|earlier|for|with|to|by|from|enabling|"
    r"supporting|helping|assisting|supplying|serving|servicing)\s+)"
)
PARTICIPLES = r"(?:designated|sanctioned|blacklisted|listed)"
PRIOR_LISTING = re.compile(PRIOR_OPENING + PARTICIPLES + r"\s+(?:[\w’'.-]+\s+){0,3}$", re.I)
PRIOR_PARTICIPLE = re.compile(PRIOR_OPENING + PARTICIPLES + "$", re.I)


def excluded(tail: str) -> bool:
    """Words before a name that make it a role: a relational word (`exclude_before`)
    or a participle naming it as sanctioned already (`PRIOR_LISTING`)."""
    return bool(patterns().exclude_before.search(tail) or PRIOR_LISTING.search(tail))


def last_cue(tail: str) -> re.Match[str] | None:
    """The last cue of `tail`, leaving out a participle used as an adjective."""
    cues = [
        m
        for m in patterns().cues.finditer(tail)
        if not PRIOR_PARTICIPLE.search(tail, max(0, m.start() - 40), m.end())
    ]
    return cues[-1] if cues else None


@dataclass(slots=True)
class ListState:
    """Whether the list being read hits its names, and whether its first did."""

    listing: bool | None = None
    top: bool | None = None


def read_gap(state: ListState, gap: str, need_cue: bool, first: bool) -> bool | None:
    """Read the words before a name: True if it is hit, False if not, None if it
    only describes the name before it (the state then stays as it was)."""
    tail = after_break(gap)
    cue = last_cue(tail)
    if cue is not None and need_cue and state.top is None:
        state.top = True  # the list is open even if its first name is a role
    if cue is not None and len(tail) - cue.end() > 50:
        cue = None  # too far from the name to introduce it
    rejoin = list(TOP_LEVEL.finditer(tail))
    if state.top is None and OBJECT_PREP.match(gap) and first:
        state.listing = True  # "designations of X", "sanctions on X"
    elif (
        rejoin
        and state.top is not None
        and LIST_CONTINUATION.match(tail[rejoin[-1].end() :])
        and not excluded(tail[rejoin[-1].end() :])  # ", as well as aircraft from X"
    ):
        state.listing = state.top
    elif PARTNERS.search(tail):
        state.listing = state.top = False  # "agencies like X, Y and Z": who helped, not who is hit
    elif RELATIVE_APPOSITION.match(tail):
        return None  # "X, all of whom are Y members": Y describes X
    elif cue is not None and not excluded(tail[cue.end() :]):
        state.listing = state.top = True
    elif need_cue and state.listing is None:
        return None
    elif excluded(tail):
        state.listing = False
    elif APPOSITION.match(tail) and not LIST_CONTINUATION.match(tail):
        return None  # "X, the head of Y": Y only describes X
    elif LIST_CONTINUATION.match(tail):
        state.listing = True if state.listing is None else state.listing
    else:
        state.listing = len(tail) <= 60
    if state.top is None and state.listing:
        state.top = True
    return state.listing


# a relative clause that opens just before a negation ("X, accused of persecuting
# artists who did not support the regime"): the negation describes X, it does not spare it
RELATIVE_NEGATION = re.compile(r"\b(?:who|whom|whose|which|that)\s+(?:[a-z’'-]+\s+){0,3}$")


def negated(text: str, start: int, end: int) -> bool:
    """A negation in text[start:end] that governs the clause ("although X is not
    sanctioned"); one inside a relative clause describing a name does not."""
    for m in patterns().negation.finditer(text, start, end):
        if not RELATIVE_NEGATION.search(text, max(start, m.start() - 40), m.start()):
            return True
    return False


PORTFOLIOS = frozenset(vocabulary().names["portfolios"])


def brief(text: str) -> bool:
    """A minister's brief left over from a title ("Culture" of "Minister of Culture and
    Islamic Guidance X"): words that are all portfolios name no party."""
    words = text.lower().split()
    return bool(words) and all(w in PORTFOLIOS for w in words)


def select(
    text: str, names: list[Name], scope: int, start: int, end: int, need_cue: bool = False
) -> list[Name]:
    """Names in text[start:end] that the action hits; `scope` is where the
    action's object may begin (the end of its trigger). With `need_cue`, a list
    must open with a cue ("include", "such as") before any name is hit."""
    chosen: list[Name] = []
    if negated(text, start, end):
        return chosen
    inside = [
        n
        for n in names
        if start <= n.start and n.end <= end and not n.descriptor and not brief(n.text)
    ]
    # a name right after a title-like descriptor is read from where the title starts
    lead = {
        n.start: d.start
        for n in inside
        for d in names
        if d.descriptor and 0 <= n.start - d.end <= 3  # a space, or "’s "
    }
    state = ListState()
    prev_end = max(scope, start)
    for i, name in enumerate(inside):
        if is_speaker(text, name) or passive_subject(text, inside, i, scope, end):
            if not is_speaker(text, name):
                chosen.append(name)  # "X was also designated"
            prev_end = max(prev_end, name.end)
            continue
        if name.start < scope:
            if listed_before(text, name, start):
                chosen.append(name)
            continue
        name_start = lead.get(name.start, name.start)
        gap = text[prev_end:name_start] if prev_end <= name_start else ""
        if name_start != name.start:  # "generals of the Army Kim X": the title's complement
            gap = TITLE_OF.sub(" ", gap)
        first = prev_end == max(scope, start)
        prev_end = name.end
        if read_gap(state, strip_title(drop_location(gap), name.kind), need_cue, first):
            chosen.append(name)
    return chosen


# one party, many spellings: "Osong" and "Korea Osong Shipping" are one target


def name_tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^\w]+", text.casefold()) if t]


DIGITS = re.compile(r"\d+")


def near(a: str, b: str) -> bool:
    """One edit apart (a spelling variant such as Shim/Sim); a different number is
    a different party ("Hao Fan 2" and "Hao Fan 6" are sister ships)."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 8:
        return False
    if DIGITS.findall(a) != DIGITS.findall(b):
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or a[i + 1 :] == b[i + 1 :]


def same_party(a: Target, b_name: str, b_kind: str = "organization") -> bool:
    """A later, shorter reference ("Osong", "López Miera") or a spelling
    variant is the same party; a fuller name after a bare surname is not
    ("Assad", then "Maher al-Assad"), after a given name it is ("Asma", then
    "Asma al-Assad"), and organisations grow either way."""
    ta, tb = name_tokens(a.name), name_tokens(b_name)
    keys = [name_tokens(x) for x in [a.name, *a.aliases]]
    if any(k == tb for k in keys):
        return True
    if set(tb) <= set(ta):
        return True
    if set(ta) <= set(tb) and ("person" not in (a.kind, b_kind) or ta[:1] == tb[:1]):
        return True
    return near(" ".join(ta), " ".join(tb))


def best_home(candidates: list[Target], name: str) -> Target | None:
    """Of the parties a name may be, the one sharing its first word ("Asma
    al-Assad" is Asma, not Assad), then the one sharing most words."""
    if not candidates:
        return None
    words = name_tokens(name)

    def score(t: Target) -> tuple[bool, int]:
        theirs = name_tokens(t.name)
        return (theirs[:1] == words[:1], len(set(theirs) & set(words)))

    return max(candidates, key=score)


def merge_targets(doc: Doc, found: list[tuple[Name, int, bool]]) -> list[tuple[Target, bool]]:
    out: list[tuple[Target, bool]] = []
    for name, i, also in found:
        sentence = doc.sentences[i]
        span = Span(sentence.start + name.start, sentence.start + name.end)
        home = best_home([t for t, _ in out if same_party(t, name.text, name.kind)], name.text)
        if home is None:
            target = Target(name.text, name.kind, aliases=list(name.aliases), imo=name.imo)
            target.evidence.append(span)
            out.append((target, also))
            continue
        if len(name_tokens(name.text)) > len(name_tokens(home.name)):
            home.aliases.append(home.name)
            home.name, home.kind = name.text, name.kind
        elif name.text != home.name and name.text not in home.aliases:
            home.aliases.append(name.text)
        home.aliases.extend(a for a in name.aliases if a not in home.aliases)
        home.imo = home.imo or name.imo
        if span not in home.evidence:
            home.evidence.append(span)
    return out
