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
from sanctionwatch.extract.literals import GatedPattern
from sanctionwatch.extract.lookahead import guarded, kept
from sanctionwatch.extract.names import OF_TITLES
from sanctionwatch.extract.triggers import already_verb
from sanctionwatch.extract.vocabulary import alternation, gated_rule, rule, vocabulary
from sanctionwatch.model import Span, Target

LIST_CONTINUATION = rule("targets.list_continuation")
APPOSITION = rule("targets.apposition")
OBJECT_PREP = rule("targets.object_prep")
# ", and" returns to the first list of the clause after a side remark
TOP_LEVEL = rule("targets.top_level")
STRONG_BREAK = rule("targets.strong_break")
SPEAKER_AFTER = gated_rule("targets.speaker_after")
FILLERS = frozenset(vocabulary().names["speaker_fillers"])
# '..., said Treasury Secretary X' (after a quote or comma), 'according to X'
SPEAKER_BEFORE = rule("targets.speaker_before")
# "Canada's foreign ministry said": the possessive state before an office that speaks
POSSESSIVE_SPEAKER = rule("targets.possessive_speaker")
# "Its director, X, said ...": a role opening the sentence, then the name speaks
ROLE_SPEAKER = rule("targets.role_speaker")
ROLE_SPEECH = rule("targets.role_speech")
POSSESSIVE_END = ("'s", "’s")
# "EO 14024": an executive order's tag, the ground of a listing, no party (learn.stage)
ORDER_TAG = rule("targets.order_tag")
# the writer of the article, by a bio line ("X is sanctions correspondent at ...") or a byline
AUTHOR_BIO = rule("targets.author_bio")
AUTHOR_BYLINE = rule("targets.author_byline")
# a byline stands at the head of the page: a table row of a name and a date further down
# ("X | 02 Sep 1988 | Russia") is no byline
BYLINE_LINES = 15


@dataclass(frozen=True, slots=True)
class TargetPatterns:
    cues: re.Pattern[str]
    passive: GatedPattern
    exclude_before: re.Pattern[str]
    negation: re.Pattern[str]
    title_phrase: re.Pattern[str]


@cache
def patterns() -> TargetPatterns:
    vocab = vocabulary()
    # `guarded`: the same matches, positions where none can start skipped on one test
    return TargetPatterns(
        cues=guarded(vocab.names["cues"], re.I),
        # anchored: no lookahead to read; most of the words after a name hold none of
        # the passive verbs its branches need, and then re does not run (`literals`)
        passive=GatedPattern(kept(vocab.names["passive"], re.I)),
        exclude_before=guarded(vocab.names["exclude_before"], re.I),
        negation=guarded(vocab.frames["negation"], re.I),
        title_phrase=guarded(
            # ("Minister of State for X": a junior minister's title, then the brief; "the
            # head of a Minsk prison, X": an indefinite complement, as "the" is; plural
            # titles too: "two judges of the Supreme Court, X and Y")
            rf"\b(?:{alternation([*vocab.titles, *OF_TITLES])})s?(?:\s+of\s+state)?"
            r"\s+(?:of|to|in|for)\s+(?:the\s+|an?\s+)?"
            r"(?:[\w’'-]+,?\s+){0,3}$",
            re.I,
        ),
    )


def is_speaker(text: str, name: Name) -> bool:
    """ "X said", "said Treasury Secretary X": the name speaks, it is not hit."""
    if SPEAKER_AFTER.match(text[name.end :]):
        return True
    if name.text.endswith(POSSESSIVE_END) and POSSESSIVE_SPEAKER.match(text[name.end :]):
        return True
    # (the role is searched from the clause's start: its "^" is the real start only)
    if ROLE_SPEECH.match(text, name.end) and ROLE_SPEAKER.search(text, 0, name.start):
        return True
    before = SPEAKER_BEFORE.search(text[max(0, name.start - 80) : name.start])
    if before is None:
        return False
    titles = vocabulary().titles
    between = before.group("between").split()  # the words after "said"
    if all(w[:1].isupper() or w.lower().strip("’'s,") in titles or w in FILLERS for w in between):
        return True
    # "said EU foreign policy chief X": a post in lower case, ending in a title, no cue
    return (
        len(between) > 1
        and between[-1].lower() in titles
        and all(w.replace("-", "").isalpha() for w in between)
        and last_cue(" ".join(between)) is None
    )


PARENTHESIS = rule("targets.parenthesis")
BRACKETED_NAME = rule("targets.bracketed_name")


COLON = rule("targets.colon")


def colon_cue(head: str) -> re.Match[str] | None:
    """A cue just before the colon or dash a list opens after ("They are: X, Y"; "The
    list includes: X"): it introduces the names after the break."""
    if not COLON.search(head):
        return None
    cue = last_cue(head[:-1] if head.endswith(":") else head)
    return cue if cue is not None and len(head) - cue.end() <= 30 else None


def after_break(gap: str) -> str:
    """The part of a gap after its last strong break (semicolon, dash, colon). A
    parenthesis that opens the gap and closes in it ("X (IRGC-QF) and its proxy Y")
    holds the name's alias, no break: it is left out. One that opens just before the
    name ("a Vitebsk travel company (X)") sets the name beside its description, as a
    comma would: no break either."""
    gap = BRACKETED_NAME.sub(" ", PARENTHESIS.sub(" ", gap))
    breaks = list(STRONG_BREAK.finditer(gap))
    if not breaks:
        return gap
    last = breaks[-1]
    # "They are: X", "The list includes three tankers: the X": the cue before the colon
    # opens the list (an article may open its first member)
    if gap[last.end() :].strip().lower() in ("", "the") and (cue := colon_cue(gap[: last.end()])):
        return gap[cue.start() :]
    return gap[last.end() :]


# the closing dash of a list set off by dashes ("Three firms — A, B and C — were added")
CLOSING_DASH = rule("targets.closing_dash")
# "X Co., Ltd., which was also sanctioned": a passive past the clause the name ends
RELATIVE_PASSIVE = rule("targets.relative_passive")
# "X, which makes drones for the army, was also listed": the verb past a relative aside
RELATIVE_ASIDE = rule("targets.relative_aside")
ASIDE_PASSIVE = rule("targets.aside_passive")
# "X, which runs tankers from Y, was designated": Y ends the aside, the verb is X's
ASIDE_END = rule("targets.aside_end")


def passive_follows(text: str, name: Name, clause_end: int) -> bool:
    rest = text[name.end : clause_end]
    if rest.lstrip().startswith(",") and ASIDE_END.search(text, 0, name.start):
        return False  # "X, which runs tankers from Y, was designated": Y is not hit
    if not rest.strip() and (dash := CLOSING_DASH.match(text, clause_end)):
        rest = " " + text[dash.end() :]  # the clause broke at the dash: read on past it
    elif not rest.strip() and (relative := RELATIVE_PASSIVE.match(text, clause_end)):
        rest = relative.group()  # "..., which was also sanctioned": past the clause end
    elif not rest.strip() and (aside := RELATIVE_ASIDE.match(text, clause_end)):
        # "X, which makes drones, was also listed": X is the subject past the aside
        return ASIDE_PASSIVE.match(text, aside.end()) is not None
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
# "the head of the Special Tasks Department of Georgia's interior ministry, X": the
# title's complement goes on through "of" to its parent body before the holder
COMPLEMENT_OF = rule("targets.complement_of")
LIST_OPENER = rule("targets.list_opener")
# "Four vessels, the ministry said, including A and B": a report, not one list
REPORTED_IN_LIST = rule("targets.reported_in_list")


def listed_before(text: str, name: Name, start: int) -> bool:
    """ "Four vessels, including A and B, were ...": a list before the trigger."""
    openers = list(LIST_OPENER.finditer(text, start, name.start))
    if not openers:
        return False
    opener = openers[-1]
    if any(p.search(text, start, opener.start()) for p in (HELPED_KIND, TRADE_KIND)):
        return False  # "sold crude to refiners such as A and B": whom the targets dealt with
    between = text[opener.end() : name.start]
    return len(between) < 200 and not REPORTED_IN_LIST.search(between)


# what may stand before a title that opens the object ("designated Iran’s Minister of
# Interior, X", "the group's representative to Iran X"): a determiner, a possessive, and
# up to two lower-case words ("the country's defence minister")
OPENING_TITLE = rule("targets.opening_title")


# a title whose complement a comma closes ("minister of defense, the ..."): the name
# after it is the list's next item, not the body the title belongs to
CLOSED_TITLE = rule("targets.closed_title")


def strip_title(gap: str, kind: str = "person") -> str:
    """Drop a listed person's lower-case title ("and deputy chief of the general
    staff"), so its "of" is not read as a role; appositions keep theirs. Before a
    body the title is not the name's own: "the spokesperson of the IRGC" lists the
    spokesperson, and the IRGC is only the body the title belongs to. A title that
    opens the object is the person's own too ("designated Iran’s Minister of
    Interior, X"). A title whose complement a comma closes ("the minister of
    defense, the X Institute") ends an unnamed item: the body after it is listed."""
    if APPOSITION.match(gap) and not TOP_LEVEL.search(gap):
        return gap  # "X, a senior member and co-founder of Y": the title is X's
    title = patterns().title_phrase.search(gap)
    if kind != "person":
        if title and CLOSED_TITLE.search(title.group()):
            return ", "  # "the minister of defense, the X Institute": the next list item
        return gap
    if (
        title
        # "the leaders of X, A and B": X is the body, no one's name; "the leaders of the
        # gang, A and B": a comma closes the complement, the names hold the title
        and not (plural_title(title.group()) and not title.group().rstrip().endswith(","))
        and (
            LISTED_TITLE.search(gap, 0, title.start()) or OPENING_TITLE.match(gap, 0, title.start())
        )
    ):
        return gap[: title.start()] + " "
    return gap


# after a name, more names up to a plural noun ("Grand Ravine, Kraze Barye and 400 Mawozo
# gangs"): the names are of that kind, bodies a plural title's holders serve
BODY_LIST_AFTER = rule("targets.body_list_after")


TITLE_WORDS = vocabulary().titles | OF_TITLES


def plural_title(phrase: str) -> bool:
    """A title phrase that opens on a plural title ("judges of the"), which many hold."""
    word = phrase.split()[0].lower()
    return word not in TITLE_WORDS and word.endswith("s") and word[:-1] in TITLE_WORDS


# "two firms in the United Arab Emirates, X and Y": where they are, not a role
LOCATED = rule("targets.located")


# what the name stage left out of the name before ("Hennesea Holdings of Dubai", "Governor
# X of Sistan Province", "Quds Force of the IRGC"): a complement up to the next separator
COMPLEMENT = rule("targets.complement")


def drop_location(gap: str) -> str:
    """A gap without a trailing location apposition ("firms in Iran, ") or the
    complement of the name before it ("of Dubai and the X")."""
    if complement := COMPLEMENT.match(gap):
        gap = gap[complement.end() :]
    m = LOCATED.search(gap)
    if m and vocabulary().place_re.fullmatch(m.group("place")):
        return gap[: m.start()]
    return gap


RELATIVE_APPOSITION = rule("targets.relative_apposition")
DASH_APPOSITION = rule("targets.dash_apposition")
CLAUSE_OPENER = rule("targets.clause_opener")
# "sanctions against A, which ..., and against their operator, X": the cue's second object
PARALLEL_OBJECT = rule("targets.parallel_object")
# "associates or employees of X": people of the party after it (read by learn.stage)
AFFILIATE_OF = rule("targets.affiliate_of")
ATTRIBUTIVE_HEAD = rule("targets.attributive_head")
# "both long tied to Russian state carrier X": a party the targets are tied to (learn.stage)
TIE_BEFORE = rule("targets.tie_before")
# "over the Medibank and Optus breaches": the first name shares the noun the second qualifies
SHARED_HEAD = rule("targets.shared_head")
# "sanctioned a Houthi procurement network": a name between "a" and the noun it qualifies
INDEFINITE_BEFORE = rule("targets.indefinite_before")
INDEFINITE_HEAD = rule("targets.indefinite_head")


def qualifies_only(text: str, name: Name) -> bool:
    """The name stands between an indefinite article and a lower-case noun it qualifies
    ("a Houthi procurement network", "an IRGC front company"): no party of its own."""
    return (
        INDEFINITE_BEFORE.search(text, max(0, name.start - 4), name.start) is not None
        and INDEFINITE_HEAD.match(text[name.end : name.end + 40]) is not None
    )


# a term a text defines for itself ('an updated advisory (the “Advisory”)'): no party
DEFINED_TERM = rule("targets.defined_term")
# "agencies like X", "partners including Y": a list of those who acted or helped
PARTNERS = kept(vocabulary().names["partner_lists"], re.I)
# a title in a list, after "and" or a cue ("include deputy head of the X department Y")
LISTED_TITLE = rule("targets.listed_title")


# a participle that names a party as sanctioned before, as its adjective ("U.S.-designated
# X", "for enabling designated airline X", "previously sanctioned X"): no cue, a role
PRIOR_LISTING = rule("targets.prior_listing")
PRIOR_PARTICIPLE = rule("targets.prior_participle")


def prior_listed(
    pattern: re.Pattern[str], tail: str, start: int = 0, end: int | None = None
) -> re.Match[str] | None:
    """A match of PRIOR_LISTING or PRIOR_PARTICIPLE in tail[start:end] ("previously
    sanctioned X"), leaving out "already" after a subject ("the Treasury already
    sanctioned X"), where the participle is a verb whose object X is."""
    for m in pattern.finditer(tail, start, len(tail) if end is None else end):
        opens = m.start() + len("already")
        if tail[m.start() : opens].lower() != "already" or not already_verb(tail, 0, opens):
            return m
    return None


# "a Minsk charity, known as the X": the "as" names the party described, no role
KNOWN_AS = rule("targets.known_as")


def excluded(tail: str) -> bool:
    """Words before a name that make it a role: a relational word (`exclude_before`)
    or a participle naming it as sanctioned already (`PRIOR_LISTING`)."""
    role = patterns().exclude_before.search(tail)
    known = KNOWN_AS.search(tail)
    if role and known and role.start() >= known.start():
        role = None
    if role and QUANTITY_OF.search(tail, 0, role.start()) and COUNTED_OF.match(tail, role.start()):
        role = patterns().exclude_before.search(tail, role.start() + 2)  # "dozens of firms and"
    return bool(
        role
        or prior_listed(PRIOR_LISTING, tail)
        or RELATIVE_OBJECT.search(tail)
        or LAW_TITLE.search(tail)
    )


# "five companies that helped X": X is the object of a relative clause, not of the trigger
RELATIVE_OBJECT = rule("targets.relative_object")
# "under Law No. 6415 on the Prevention of ...": the rest is the law's title
LAW_TITLE = rule("targets.law_title")
# "among the Justice, Treasury and Commerce Departments": among named parties, no list cue
AMONG_NAME = rule("targets.among_name")
# "Among the children taken was X": victims, not a kind the action hits
AMONG_BYSTANDERS = rule("targets.among_bystanders")
# "keep the sanctioned X project supplied": a participle right before the name, an adjective
THE_PARTICIPLE = rule("targets.the_participle")


def the_participle(tail: str, cue: re.Match[str]) -> bool:
    """The cue is a participle after "the" that ends `tail`, right before the name."""
    m = THE_PARTICIPLE.search(tail, max(0, cue.start() - 8))
    return m is not None and m.start() < cue.start()


def last_cue(tail: str) -> re.Match[str] | None:
    """The last cue of `tail`, leaving out a participle used as an adjective."""
    cues = [
        m
        for m in patterns().cues.finditer(tail)
        if not prior_listed(PRIOR_PARTICIPLE, tail, max(0, m.start() - 40), m.end())
        and not AMONG_NAME.match(m.group())
        and not the_participle(tail, m)
    ]
    return cues[-1] if cues else None


def number_words(low: int, high: int) -> str:
    """The one-word number words of counts.json from `low` to `high`, in order."""
    numbers: dict[str, int] = vocabulary().counts["numbers"]
    words = [w for w, v in numbers.items() if low <= v <= high and " " not in w]
    return "|".join(sorted(words, key=numbers.__getitem__))


# number words from two to ten, counting the parties of a kind ("two deputy ministers"),
# read by `COUNTED_ITEM`, `PARTITIVE` and `COUNT_BEFORE`
SMALL_NUMBERS = number_words(2, 10)
# a count right before a plural title ("two judges of the", "3 senior leaders of the")
COUNTED_TITLE = kept(r"\b(?:\d+|" + SMALL_NUMBERS + r"|both)\s+(?:[a-z-]+\s+)?$", re.I)

# a quantity before "of" ("dozens of firms and X", "three of the banks and X"): a part
# of a kind, no relation to the name after it
QUANTITY_OF = rule("targets.quantity_of")
# what such an "of" counts: a plural kind in lower case, which ends that phrase
COUNTED_OF = rule("targets.counted_of")


# a relational word and a lower-case kind before a list cue: the examples after the cue
# are of that kind ("to support regional proxy groups, including the Houthis"); "along
# with" and "together with" join the list ("along with three companies, including X")
HELPED_KIND = rule("targets.helped_kind")  # its relations: grammar.toml [targets.relations]
# people hit as members of a body, then examples of that body ("members of the judicial
# branch, including the Supreme Court"): the bodies are where they work, not targets
MEMBERS_OF = rule("targets.members_of")
# "sold Russian crude to refiners such as X": the buyers or sellers the targets dealt with
TRADE_KIND = rule("targets.trade_kind")
# cues that open a list of examples, which belong to the noun phrase before them
LIST_CUE = rule("targets.list_cue")
# "also called", "a.k.a." right before a name: another name of a party already named
ALIAS_CUE = rule("targets.alias_cue")


def after_alias_cue(text: str, at: int) -> bool:
    """The name at `at` follows an alias cue ("X, also called Y, ..."): Y is X again."""
    return ALIAS_CUE.search(text, max(0, at - 30), at) is not None


# a relational word right before a name ("In connection with Mahan Air, X was also
# designated"): the name is a role even where a passive follows it
DIRECT_ROLE = rule("targets.direct_role")

JOINED = rule("targets.joined")  # "X, together with Y, was ..."
# names joined by "and": one phrase, one role
AND_ONLY = rule("targets.and_only")
# "and" without a comma after a name that only describes: the next name describes too
DESCRIBED_AND = rule("targets.described_and")

# the gap between a title's complement and the person holding it: a comma, after an alias
# or the complement's lower-case rest ("the head of the Grodno border group, Colonel X"),
# and the holder's rank
HOLDER_GAP = rule("targets.holder_gap")
# "a procurement firm supplying drones to the RSF, X.": the role ends the phrase, and the
# name after it by a comma, ending the clause, is what the phrase describes
DESCRIBED_HEAD = rule("targets.described_head")
HOLDER_AFTER = rule("targets.holder_after")
# "The entity is the prison's supplier of surveillance equipment, X.": the counted kind
# taken up by a copula, its description, and the name that closes the clause
COPULA_DESCRIBED = rule("targets.copula_described")


def holder_gap(gap: str) -> bool:
    m = HOLDER_GAP.match(gap)
    if m is None:
        return False
    rank = m.group("rank").split()
    titles = vocabulary().titles
    return all(w.lower().rstrip(".") in titles or w.lower() in ORDINALS for w in rank)


# a counted kind between two names of a list (", two deputy defense ministers, "): it
# announces the next names, it is no apposition of the name before
COUNTED_ITEM = kept(
    r"^\s*[,;]\s*(?:and\s+|as well as\s+)?(?:\d+|"
    + SMALL_NUMBERS
    + r")\s+(?:[a-z-]+\s+){0,3}[a-z-]+s\s*[,:—–-]?\s*$"
)


# a sanctioning verb whose object opens on a counted item with no name, then "and" and
# the next item's description: that item is listed however long the two descriptions run
COUNTED_LEAD = rule("targets.counted_lead")


# a counted group of a kind that a colon opens ("three members of the X movement: ")
COUNTED_COLON = kept(
    r"\b(?:\d+|" + SMALL_NUMBERS + r"|several|both)\s+(?:[A-Za-z-]+\s+){0,2}[a-z-]+s\b"
    r"[^:;.—–]{0,60}[:—–]\s*$"
)


def counted_group(text: str, start: int, end: int) -> bool:
    """text[start:end] ends on a counted group of a kind that a colon opens, with no
    relational word before the count ("linked to three companies: ")."""
    m = COUNTED_COLON.search(text, start, end)
    if m is None:
        return False
    before = text[start : m.start()]
    if rejoin := list(TOP_LEVEL.finditer(before)):  # ", as well as three members of"
        before = before[rejoin[-1].end() :]
    return not excluded(before)


# a part of a kind, counted, its "of" no relation ("two of its Russian administrators, ")
PARTITIVE = kept(
    r"(?:\d+|one|" + SMALL_NUMBERS + r"|some|several|all|both|each)"
    r"\s+of\s+(?:its|his|her|their|the)\s+(?:[A-Za-z-]+\s+){0,3}[a-z-]+,?\s*$"
)
# "X and its financial firm, Y": the name before's own party, set off by a comma
POSSESSED_ITEM = rule("targets.possessed_item")
# "X, a property investor in west London, his business partner Y": the list goes on
POSSESSED_MEMBER = rule("targets.possessed_member")


# a name set aside from the list before it ("20 individuals, excluding X", "all banks
# except X", "among them A, but not B"): spared, the list itself stays hit
SET_ASIDE = rule("targets.set_aside")
# "Surkov is the owner of X": a copula right after a name opens no list
SUBJECT_COPULA = rule("targets.subject_copula")


@dataclass(slots=True)
class ListState:
    """Whether the list being read hits its names, and whether its first did."""

    listing: bool | None = None
    top: bool | None = None


def read_gap(state: ListState, gap: str, need_cue: bool, first: bool, kind: str) -> bool | None:
    """Read the words before a name of `kind`: True if it is hit, False if not, None if
    it only describes the name before it (the state then stays as it was)."""
    if not first and DASH_APPOSITION.match(gap):
        return None  # "X - a senior official of the Y - and Z": Y only describes X
    tail = after_break(gap)
    if not first and CLAUSE_OPENER.match(tail):
        state.listing = False  # "..., while X acted as shipping agent": X opens a clause
        return False
    cue = last_cue(tail)
    if cue is not None and need_cue and cue.group().lower() == "like":
        cue = None  # a sentence of its own: "exchanges like X are used to ...", examples
    if cue is not None and not first and SUBJECT_COPULA.match(gap):
        cue = None  # "Surkov is the owner of X": the name before is described, no list
    opened = cue is not None and need_cue and state.top is None
    if opened:
        state.top = True  # the list is open even if its first name is a role
    if (
        cue is not None
        and len(tail) - cue.end() > 50
        and not PARALLEL_OBJECT.match(tail, cue.start())
    ):
        cue = None  # too far from the name to introduce it
    rejoin = list(TOP_LEVEL.finditer(tail))
    if state.top is None and OBJECT_PREP.match(gap) and first:
        state.listing = True  # "designations of X", "sanctions on X"
    elif (
        rejoin
        and state.top is not None
        and (
            PARTITIVE.match(tail[rejoin[-1].end() :])  # ", along with two of its managers, X"
            or (
                LIST_CONTINUATION.match(tail[rejoin[-1].end() :])
                and not excluded(tail[rejoin[-1].end() :])  # ", as well as aircraft from X"
            )
        )
    ):
        state.listing = state.top
    elif state.top is not None and COUNTED_ITEM.match(tail):
        state.listing = state.top  # "..., two deputy ministers, X and Y": the list goes on
    elif PARTNERS.search(tail) or AMONG_BYSTANDERS.search(tail):
        # "agencies like X, Y and Z": who helped, not who is hit; "Among the victims were
        # X and Y": who was harmed
        state.listing = state.top = False
    elif RELATIVE_APPOSITION.match(tail):
        return None  # "X, all of whom are Y members": Y describes X
    elif (
        cue is not None
        and LIST_CUE.match(cue.group())
        and (
            any(p.search(tail, 0, cue.start()) for p in (PRIOR_LISTING, HELPED_KIND, TRADE_KIND))
            # "members of the judicial branch, including the Supreme Court": the bodies
            # they serve; a person there is one of the members ("members of local councils,
            # among them the commentator X")
            or (kind != "person" and MEMBERS_OF.search(tail, 0, cue.start()))
        )
    ):
        # "for sanctioned entities including X", "to support proxy groups, including X":
        # the examples are of a kind the action's targets helped, dealt with ("sold crude to
        # refiners such as X") or that was listed before; a list this cue opened goes on in
        # that kind (", and the Y": Y is one more)
        state.listing = False
        if opened:
            state.top = False
    elif (
        cue is not None
        and not excluded(tail[cue.end() :])
        and not SET_ASIDE.search(tail)  # ", not including X": the cue sets X aside
    ):
        state.listing = state.top = True
    elif need_cue and state.listing is None:
        return None
    elif SET_ASIDE.search(tail):
        # "sanctioned 20 individuals, excluding X, and Y": X is spared from a list that
        # is hit, and ", and" returns to it
        state.listing = False
        state.top = True if state.top is None else state.top
    elif excluded(tail):
        state.listing = False
    elif (
        state.listing
        and APPOSITION.match(tail)
        and (member := POSSESSED_MEMBER.search(tail)) is not None
        and not excluded(tail[member.start() + 1 :])
    ):
        pass  # "X, a trader in Dubai, his business partner Y": Y is one more of the list
    elif APPOSITION.match(tail) and not LIST_CONTINUATION.match(tail):
        return None  # "X, the head of Y": Y only describes X
    elif LIST_CONTINUATION.match(tail) or POSSESSED_ITEM.match(tail):
        # "and its financial firm, X": X is listed as the name before it is
        state.listing = True if state.listing is None else state.listing
    else:
        state.listing = len(tail) <= 60 or (first and COUNTED_LEAD.search(tail) is not None)
    if state.top is None and state.listing:
        state.top = True
    return state.listing


# a relative clause that opens just before a negation ("X, accused of persecuting
# artists who did not support the regime"): the negation describes X, it does not spare it
RELATIVE_NEGATION = rule("targets.relative_negation")


# "but not X," / "not including X": a list's item set aside, read by `SET_ASIDE`
SPARED_ITEM = rule("targets.spared_item")


def negated(text: str, start: int, end: int) -> bool:
    """A negation in text[start:end] that governs the clause ("although X is not
    sanctioned"); one inside a relative clause describing a name does not."""
    for m in patterns().negation.finditer(text, start, end):
        if SPARED_ITEM.match(text, m.start(), min(end, m.end() + 60)):
            continue  # "A, but not B, and C": B is set aside from a list, no clause negated
        if not RELATIVE_NEGATION.search(text, max(start, m.start() - 40), m.start()):
            return True
    return False


# a number before a one-word plural: people counted by where they are from ("three
# Chinese nationals and two Arabs", "five Britons"), no party's name
COUNT_BEFORE = kept(
    r"\b(?:\d+|" + number_words(2, 12) + r"|dozens of|"
    r"several|many|some)\s+$",
    re.I,
)


def counted(text: str, name: Name) -> bool:
    """A one-word plural counted by a number ("two Arabs"): people, not a name."""
    word = name.text
    return (
        " " not in word
        and word.endswith("s")
        and not word.isupper()
        and not word.endswith(("ss", "us", "is"))
        and COUNT_BEFORE.search(text, max(0, name.start - 20), name.start) is not None
    )


@cache
def role_head() -> re.Pattern[str]:
    """Lower-case words ending on a title or person word between two names ("(TSJ)
    president", "poisoning suspect", "sub-leader", "co-founder"): the first name
    qualifies the second's role."""
    # longest first, and alphabetical within a length: the same pattern text in every
    # process (a set's order varies with the string hash seed), so the program
    # `patterncache` keeps under that text is found again instead of built at each start
    words = sorted(
        {*vocabulary().titles, *vocabulary().names["role_words"]}, key=lambda w: (-len(w), w)
    )
    return kept(
        r"\s*(?:\([^()]*\)\s*)?(?:(?!(?:and|or|as|with|plus|to|of|in|for)\b)[a-z-]+\s+){0,2}"
        r"(?:[a-z]+-)?"  # a prefix joined to the role: "sub-leader", "co-founder", "ex-"
        rf"(?:{'|'.join(map(re.escape, words))}|{vocabulary().names['person_words']})\s+$"
    )


def modifies(text: str, name: Name, nxt: Name) -> bool:
    """ "Salisbury poisoning suspect Denis Sergeev", "Supreme Court (TSJ) president X":
    a name that only says whose or what role the person after it holds."""
    return nxt.kind == "person" and role_head().match(text, name.end, nxt.start) is not None


PORTFOLIOS = frozenset(vocabulary().names["portfolios"])


def brief(text: str) -> bool:
    """A minister's brief left over from a title ("Culture" of "Minister of Culture and
    Islamic Guidance X"): words that are all portfolios name no party."""
    words = text.lower().split()
    return bool(words) and all(w in PORTFOLIOS for w in words)


ORDINALS = frozenset(vocabulary().names["rank_words"])  # "Second Brigadier General X"
WORD = re.compile(r"[^\s,]+")  # mechanics: a word token
OF_UNIT = rule("targets.of_unit")


def own_name(name: Name) -> Name:
    """A person's own name out of a run that glues on a rank or a unit ("Second Brigadier
    General Hamed Abdollahi of the IRGC Intelligence Organization", "Hossein Nejat of
    the Basij"): the ranks before and the body after "of" are not the person's name."""
    words = list(WORD.finditer(name.text))
    titles = vocabulary().titles
    lead = 0
    while lead < len(words) - 2 and (
        (w := words[lead].group().lower().strip(".")) in titles
        or w in ORDINALS
        or f"{w} {words[lead + 1].group().lower()}" in titles  # "Rear Admiral"
    ):
        lead += 1
    first = words[lead].start() if lead else 0
    unit = OF_UNIT.search(name.text, first)
    if name.kind != "person" and not (lead and unit):
        return name
    last = unit.start() if unit else len(name.text)
    own = name.text[first:last]
    if own == name.text or not 2 <= len(own.split()) <= 5 or not own[:1].isupper():
        return name
    if name.kind != "person" and ORG_WORDS & set(own.lower().split()):
        return name  # "State Research Institute of ...": a body, not a ranked person
    if not all(w[:1].isupper() or re.split(r"[-’']", w)[0] in PARTICLES for w in own.split()):
        return name
    return Name(name.start + first, name.start + last, own, "person", list(name.aliases), name.imo)


ORG_WORDS = frozenset(vocabulary().names["org_words"]) | frozenset(vocabulary().names["unit_words"])
PARTICLES = frozenset(vocabulary().names["name_particles"]) | frozenset(
    vocabulary().names["person_particles"]
)


# "had previously sanctioned X": a verb, not a participle used as an adjective
AUXILIARY = rule("targets.auxiliary")


def masked(text: str, describers: list[Name], start: int, end: int) -> str:
    """text[start:end] with each descriptor inside it read as a lower-case word ("the
    Communist Party chief in Xinjiang, X" as "the body chief in Xinjiang, X"): a name
    that only qualifies a title is no capitalised word that ends the title's phrase."""
    out, pos = [], start
    for d in describers:
        if start <= d.start and d.end <= end:
            out.append(text[pos : d.start] + "body")
            pos = d.end
    return "".join(out) + text[pos:end]


# ", who was already sanctioned in 2019": a relative clause saying the name was listed
# before (an example of a kind, "financiers such as X, who was previously designated")
EARLIER_LISTING = rule("targets.earlier_listing")


# a registration's cue after an aircraft's make ("an ATR 72 registered EP-ITL", "Boeing
# 747 with registration EP-FQB"): the make describes the plane the registration names
REGISTERED_AFTER = rule("targets.registered_after")
AIRCRAFT_MAKE = rule("targets.aircraft_make")
RETIRED = rule("targets.retired")  # "General (ret.)", "Colonel (retd)"


# nothing but an article between the verb and its object ("sanctioned the X")
DIRECT_GAP = rule("targets.direct_gap")


def listed_earlier(text: str, name: Name, direct: bool = False) -> bool:
    """The name is followed by a relative clause saying it was listed before. A bare
    year does not tell that of the verb's `direct` object ("sanctioned X, who was
    designated in 2020 under another program"): X is listed again."""
    earlier = EARLIER_LISTING.match(text, name.end)
    return earlier is not None and not (direct and earlier.group("year"))


# "companies such as X and Y will have to obtain permits": those who must comply
EXAMPLE_CUE = rule("targets.example_cue")
COMPLIANCE_DUTY = rule("targets.compliance_duty")
# "refiners such as X, which was not itself sanctioned": named, and said to be spared
NOT_HIT_AFTER = gated_rule("targets.not_hit_after")
# "Buyers named in the release - among them X - are not targets": the clause's verb spares it
NOT_HIT_PREDICATE = rule("targets.not_hit_predicate")
# what the predicate needs: searched first, as the predicate backtracks at length without it
NOT_HIT_VERB = gated_rule("targets.not_hit_verb")
# "Insurers including X had covered the ships": an example of a trade role
ROLE_EXAMPLES = gated_rule("targets.role_examples")
ROLE_REST = rule("targets.role_rest")
# "Omani banks such as X said they were reviewing accounts": examples who speak
SPEAKING_EXAMPLES = gated_rule("targets.speaking_examples")
SPEAKING_REST = rule("targets.speaking_rest")


# "judge Dmitry Bubenchik, Minsk City Court": where the official named before sits
OFFICIAL_SEAT = rule("targets.official_seat")
OFFICIAL_SEAT_HEAD = rule("targets.official_seat_head")


def bystander(text: str, name: Name) -> bool:
    """A name the sentence itself says the action leaves alone: an example of those who
    must comply with it, who played a trade role ("Insurers including X had covered
    the ships") or who speak about it ("Banks such as X said they would comply"), or one
    a relative clause right after it or the verb of its clause says is not hit ("X and
    Y - are not targets"); or a name that only qualifies a noun phrase ("a Houthi
    procurement network"), or the court or office where an official named before it
    sits ("judge X, Minsk City Court")."""
    rest = text[name.end : name.end + 160]
    if (
        OFFICIAL_SEAT_HEAD.search(name.text) is not None
        and OFFICIAL_SEAT.search(text, max(0, name.start - 80), name.start) is not None
    ):
        return True
    if (
        qualifies_only(text, name)
        or NOT_HIT_AFTER.match(rest)
        or (NOT_HIT_VERB.search(rest) and NOT_HIT_PREDICATE.match(rest))
    ):
        return True
    if (
        ROLE_EXAMPLES.search(text, max(0, name.start - 120), name.start) is not None
        and ROLE_REST.match(text[name.end : name.end + 240]) is not None
    ):
        return True
    if (
        SPEAKING_EXAMPLES.search(text, max(0, name.start - 120), name.start) is not None
        and SPEAKING_REST.match(text[name.end : name.end + 120]) is not None
    ):
        return True
    return (
        EXAMPLE_CUE.search(text, max(0, name.start - 120), name.start) is not None
        and COMPLIANCE_DUTY.match(text[name.end : name.end + 240]) is not None
    )


def gapped_count(name: str) -> bool:
    """ "Latvia 11" in "Lithuania banned 14 officials, Latvia 11 and Estonia 13": a state
    and its count with the verb left out (counts.gapped_pairs), no name."""
    head, _, number = name.rpartition(" ")
    return number.isdigit() and vocabulary().place_re.fullmatch(head) is not None


def select(
    text: str, names: list[Name], scope: int, start: int, end: int, need_cue: bool = False
) -> list[Name]:
    """Names in text[start:end] that the action hits; `scope` is where the
    action's object may begin (the end of its trigger). With `need_cue`, a list
    must open with a cue ("include", "such as") before any name is hit."""
    chosen: list[Name] = []
    if negated(text, start, end):
        return chosen
    # a trigger used as an adjective ("for sanctioned entities including X"): the names
    # after it were listed before, they are not this action's objects
    prior = (
        scope > start
        and (adjective := prior_listed(PRIOR_PARTICIPLE, text, max(0, scope - 40), scope))
        and not AUXILIARY.search(text, max(0, adjective.start() - 20), adjective.start())
    )
    inside = [
        n
        for n in names
        if start <= n.start
        and n.end <= end
        and not n.descriptor
        and not brief(n.text)
        and not counted(text, n)
        and not ATTRIBUTIVE_HEAD.match(text[n.end : n.end + 30])
        and not SHARED_HEAD.match(text[n.end : n.end + 80])
        and not DEFINED_TERM.search(text, max(0, n.start - 12), n.start)
        and not REGISTERED_AFTER.match(text, n.end)  # "an ATR 72 registered EP-ITL": a make
        and not bystander(text, n)
        and not gapped_count(n.text)
    ]
    # a name right after a title-like descriptor is read from where the title starts
    lead = {
        n.start: d.start
        for n in inside
        for d in names
        if d.descriptor and 0 <= n.start - d.end <= 3  # a space, or "’s "
    }
    describers = [d for d in names if d.descriptor]
    state = ListState()
    prev_end = max(scope, start)
    titled = plural = passive_role = described = False
    for i, name in enumerate(inside):
        if i + 1 < len(inside) and modifies(text, name, inside[i + 1]):
            # "Supreme Court (TSJ) president X": X is read from where the modifier starts
            lead[inside[i + 1].start] = lead.get(name.start, name.start)
            continue
        if is_speaker(text, name) or passive_subject(text, inside, i, scope, end):
            # "X, a unit of Y and Z, was designated": Y and Z stand in X's apposition
            between = text[inside[i - 1].end : name.start] if i else ""
            # "..., delivered through X, which was also sanctioned": the relative clause
            # says X itself is hit, whatever role the words before it give X
            passive_role = RELATIVE_PASSIVE.match(text, name.end) is None and (
                (
                    bool(between)
                    and (
                        (
                            APPOSITION.match(between) is not None
                            and not JOINED.match(between)
                            and excluded(between)
                        )
                        or (passive_role and AND_ONLY.match(between) is not None)
                    )
                )
                or DIRECT_ROLE.search(text, max(0, name.start - 40), name.start) is not None
            )
            direct = name.start >= prev_end == max(scope, start) and bool(
                DIRECT_GAP.fullmatch(text, prev_end, name.start)
            )
            if (
                not is_speaker(text, name)
                and not passive_role
                and not listed_earlier(text, name, direct)
            ):
                chosen.append(own_name(name))  # "X was also designated"
            prev_end = max(prev_end, name.end)
            continue
        passive_role = False
        if name.start < scope:
            if listed_before(text, name, start) and not listed_earlier(text, name):
                chosen.append(own_name(name))
            continue
        if prior:
            continue
        name_start = lead.get(name.start, name.start)
        gap = masked(text, describers, prev_end, name_start) if prev_end <= name_start else ""
        if name_start != name.start and not (
            name.kind != "person"
            and (
                (APPOSITION.match(gap) and not TOP_LEVEL.search(gap))
                # "officers of the IRGC's Quds Force, among them X": the body they serve
                or AFFILIATE_OF.search(gap)
            )
        ):  # "generals of the Army Kim X": the title's complement (", a member of the
            # Cartel's X faction": no title a party holds, an apposition of the name before)
            gap = TITLE_OF.sub(" ", gap)
        if name.kind == "person" and "(" in gap:
            gap = RETIRED.sub("", gap)  # "named General (ret.) X": the rank, as "General X"
        if name.kind == "aircraft" and (make := AIRCRAFT_MAKE.search(gap)):
            gap = gap[: make.start()]  # "..., an A310 registered EP-IBN": the plane is listed
        first = prev_end == max(scope, start)
        prev_end = name.end
        if (
            titled
            and name.kind == "person"
            and holder_gap(gap)
            # "leaders of the A, B and C gangs": a plural title's complement lists bodies
            and not (plural and BODY_LIST_AFTER.match(text, name.end))
        ):
            # "the president of the National Electoral Council (CNE), X": X holds the title
            listed: bool | None = state.top is not False
            state.listing = listed
            state.top = listed if state.top is None else state.top
        elif (
            state.top is not False
            and HOLDER_AFTER.match(text, name.end)
            and (
                DESCRIBED_HEAD.search(text, max(scope, start, name_start - 160), name_start)
                or (
                    name.kind != "person"
                    and COPULA_DESCRIBED.search(text, max(start, name_start - 160), name_start)
                )
            )
        ):
            listed = state.listing = True  # "a firm supplying drones to the RSF, X."
            state.top = True if state.top is None else state.top
        elif described and DESCRIBED_AND.match(gap):
            listed = None  # "X, which paid through banks including Y and Z": Z describes X too
        elif state.top is not False and counted_group(
            text, max(scope, start, name_start - 120), name_start
        ):
            # "A and B, as well as three members of the X movement: C, D and E": the
            # counted group the list goes on with, then its members; also where no name
            # was hit before it ("two Sudanese firms linked to the RSF: C and D")
            listed = state.listing = True
        else:
            listed = read_gap(
                state, strip_title(drop_location(gap), name.kind), need_cue, first, name.kind
            )
        described = listed is None
        # the name completes a title phrase ("the president of the X"); the person named
        # right after it holds the title
        tail = after_break(gap)
        title = patterns().title_phrase.search(tail)
        plural = (titled and plural) if title is None else plural_title(title.group())
        if plural and title is not None and not COUNTED_TITLE.search(tail, 0, title.start()):
            # "leaders of the Nordic Front, Red Harbour and 88 Tigre": more bodies; "two
            # judges of the Supreme Court, X and Y": the count says the names hold it
            title = None
        titled = not listed and (
            title is not None or (titled and COMPLEMENT_OF.fullmatch(gap) is not None)
        )
        direct = first and DIRECT_GAP.fullmatch(gap) is not None
        if listed and not listed_earlier(text, name, direct):
            chosen.append(own_name(name))
    return chosen


# one party, many spellings: "Osong" and "Korea Osong Shipping" are one target


def name_tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^\w]+", text.casefold()) if t]


DIGITS = re.compile(r"\d+")  # mechanics


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


# the last page `authors` read and what it found: `learn.stage` asks twice per article
_AUTHORS: list[tuple[str, list[str]]] = []


def authors(text: str) -> list[str]:
    """The names of the article's writer: in a bio line anywhere and in the first byline
    among the page's first lines ("Lena Hartmann, London | 12 September 2025", "Markets |
    3 Jun 2025 | Anna Berg, Oslo"). A writer
    reports the action and is never one of its targets."""
    if _AUTHORS and _AUTHORS[0][0] is text:
        return list(_AUTHORS[0][1])
    found = page_authors(text)
    _AUTHORS[:] = [(text, found)]
    return list(found)


def page_authors(text: str) -> list[str]:
    found = [m.group("name") for m in AUTHOR_BIO.finditer(text)]
    byline = first_byline(text)
    if byline is not None and not in_table(text, byline.start()):
        found.append(byline.group("name") or byline.group("alone") or byline.group("late"))
    return found


def first_byline(text: str) -> re.Match[str] | None:
    """`AUTHOR_BYLINE.search(text)` when its match opens within the first `BYLINE_LINES`
    lines, else None. Every branch of the pattern opens at a line start (`(?<![^\n])`),
    so `match` at each of those lines' starts finds what `search` finds, without trying
    the pattern at every position of the whole page (about 100 us an article)."""
    pos = 0
    for _ in range(BYLINE_LINES):
        found = AUTHOR_BYLINE.match(text, pos)
        if found is not None:
            return found
        pos = text.find("\n", pos) + 1
        if pos == 0:
            return None
    return None


def in_table(text: str, at: int) -> bool:
    """Whether the line at `at` is a row of a table flattened to text: a line next to it
    (above or below) holds the same number of cell separators ("Name | DOB | Nationality"
    over "GORIN, Pavel | 12 Mar 1970 | Russia"). A byline stands alone or under a menu
    of other width; one opening with "By" is never a row."""
    lines = text.split("\n")
    row = text.count("\n", 0, at)
    cells = lines[row].count("|")
    return (
        cells > 0
        and not lines[row].startswith("By")
        and any(0 <= n < len(lines) and lines[n].count("|") == cells for n in (row - 1, row + 1))
    )
