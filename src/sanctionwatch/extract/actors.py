"""Who acts in a clause: the subject before a trigger, the agent after "by",
the speaker of a warning, or the list a relative clause hangs on.

Countries written after "on", "against" or "targeting" are hit, not acting, and
an adjective acts only when it qualifies a government ("the Japanese
government", "the Australian, British and American alliance").
"""

from __future__ import annotations

import re

from sanctionwatch.extract.document import Doc, Mention
from sanctionwatch.extract.lookahead import guarded, kept
from sanctionwatch.extract.triggers import Trigger, asides, clauses
from sanctionwatch.extract.vocabulary import (
    alternation,
    gated_rule,
    load_json,
    rule,
    rule_text,
    vocabulary,
)

TARGET_PREP = rule("actors.target_prep")
# "a Cyprus holding company", "an Iranian bank": a state before a noun after "a" says where
INDEFINITE_BEFORE = rule("actors.indefinite_before")
OWNED_NOUN = rule("actors.owned_noun")  # "(a Cyprus) holding company", "(an Iranian) bank"
DEFINITE_BEFORE = rule("actors.definite_before")  # "The Moscow media company X": a place too
OWNED_GAP_VERB = rule("actors.owned_gap_verb")  # "the EU listed three companies": a subject
PROGRAMME_NAME = rule("actors.programme_name")
WATCHED_STATE_COMMITTEE = rule("actors.watched_state_committee")
BLOCS = ("EU", "ECOWAS", "AFRICAN_UNION", "ARAB_LEAGUE", "ASEAN", "OAS")
# the blocs and the UN: what "the body" may stand for besides an agency, and the bodies
# whose own committees act ("the UN Security Council committee")
BODIES = (*BLOCS, "UN")
NOTICE_REGIME = rule("actors.notice_regime")
LEGISLATORS = rule("actors.legislators")
LEGISLATOR_NOUN = rule("actors.legislator_noun")
# "The governments of Australia, Canada and Norway imposed ...": the states act
GOVERNMENTS_OF = gated_rule("actors.governments_of")
STATE_OF = rule("actors.state_of")
STATE_STYLE = rule("actors.state_style")
GROUP_LABEL = rule("actors.group_label")
# "In coordination with the United Kingdom and Canada, the United States ...": partners
PARTNERS_FIRST = rule("actors.partners_first")
# ", and the Treasury ...": a coordinated clause with a subject of its own
NEW_CLAUSE = rule("actors.new_clause")
LIST_GAP = rule("actors.list_gap")
LIST_JOINED = rule("actors.list_joined")
# "suspended Niger and imposed ...": a mention right after a past-tense verb is its object
VERB_OBJECT = rule("actors.verb_object")
# "The United States warned China against ...": after a subject, the one addressed
ADDRESSEE = rule("actors.addressee")
FIRST_PERSON_ADDRESSEE = rule("actors.first_person_addressee")
MEASURES_TAKEN_OVER = rule("actors.measures_taken_over")
MEASURES_NOUN = rule("actors.measures_noun")
# "Australia and Norway joined Britain on Tuesday in sanctioning ...": Britain acts too
JOINED = rule("actors.joined")
JOINED_IN = rule("actors.joined_in")
JOINED_AFTER_RELATIVE = rule("actors.joined_after_relative")
SPEAKER_ASIDE_OPEN = rule("actors.speaker_aside_open")
SPEAKER_ASIDE_CLOSE = rule("actors.speaker_aside_close")
# "the Japanese government", "Australian, British and American (AUKUS) alliance"
GOVERNMENT_NOUN = gated_rule("actors.government_noun")
# ", and the Japanese government designated ...": an adjective opening its own clause
CLAUSE_GOVERNMENT = rule("actors.clause_government")
# "hit three Iranian officials": a counted group's adjective names those hit
COUNTED_GROUP = rule("actors.counted_group")
_COUNTS = load_json("counts.json")
# "14 US entities", "two UK firms": after a counted group, a country name qualifies the
# targets counted (any noun of a kind of target, at most two words after the name)
COUNTED_NOUN = kept(
    r"^\s+(?:[a-z][\w-]*\s+){0,2}?(?:"
    + alternation(
        [n for nouns in _COUNTS["kinds"].values() for n in nouns] + _COUNTS["partial_kinds"]
    )
    + r")\b"
)
AGENT_BY = rule("actors.agent_by")
# "by the US Treasury and by Britain's Foreign Office": a second agent of the same verb
AGENT_AGAIN = rule("actors.agent_again")
SPEAKER_AFTER = gated_rule("actors.speaker_after")
# threats where the party before the trigger is the one threatened ("Russia would face")
THREATENED_SUBJECT = rule("actors.threatened_subject")
QUOTE_OPEN_BEFORE = rule("actors.quote_open_before")
QUOTE_CLOSED_SPEAKER = rule("actors.quote_closed_speaker")
# "Syria has been designated ...": a mention right before a passive trigger is hit
# "with 2 abstentions (China, Russian Federation)": states that voted, not actors
VOTE_TALLY = rule("actors.vote_tally")
PASSIVE_PATIENT = rule("actors.passive_patient")
# the trigger of a passive: a participle ("designated", "frozen", "hit"), not "is preparing"
# nor an adjective before "to" ("Japan is prepared to impose ...": Japan acts; but "Iran
# has been sanctioned to curb ..." is a passive with a purpose)
PARTICIPLE = rule("actors.participle")
# boilerplate resolve ("will continue to ...") speaks only for an authority it names
ROUTINE_THREAT = rule("actors.routine_threat")


# "... transferring missiles to Russia, the Foreign Ministry announced": a state after
# one of these is hit or reached by the act, never the state of an agency named after it
HIT_BEFORE = rule("actors.hit_before")


# "the EU's Russia sanctions", "the Iran sanctions imposed in 2018": a state's name
# between a determiner or possessive and a sanctions noun names the regime's target
REGIME_NOUN = rule("actors.regime_noun")
REGIME_POSSESSIVE = rule("actors.regime_possessive")
REGIME_DETERMINER = rule("actors.regime_determiner")
# states written with "the" ("The US sanctions Iranian firms" is an act)
WITH_ARTICLE = frozenset(load_json("countries.json")["_with_article"]["codes"])
# "Hong Kong firms ..., Beijing said": a territory's sovereign is hit with it
SOVEREIGN: dict[str, str] = load_json("countries.json")["_sovereign"]["codes"]


# "Russian officials Ivan Petrov and Oleg Sidorov were listed": people of a country
# named right before their names are the ones hit, not a government acting
NAMED_GROUP = rule("actors.named_group")


# "the Sanctioning Russia Act of 2025", "the Iran Freedom Act": a law's name
ACT_NAME = rule("actors.act_name")


def regime_target(text: str, m: Mention) -> bool:
    """A country that names the regime ("the EU's Russia sanctions") or a law ("the
    Sanctioning Russia Act"), not its owner."""
    if m.form == "name" and ACT_NAME.match(text, m.end):
        return True
    if m.form != "name" or not REGIME_NOUN.match(text, m.end):
        return False
    before = text[max(0, m.start - 24) : m.start]  # "the remaining Syria designations"
    return REGIME_POSSESSIVE.search(before) is not None or (
        m.code not in WITH_ARTICLE and REGIME_DETERMINER.search(before) is not None
    )


def hit_state(text: str, m: Mention) -> bool:
    """A state named as what an act hits or reaches ("sanctions on Russia",
    "ammunition to Russia"), which an agency of no named state does not belong to."""
    return HIT_BEFORE.search(text, max(0, m.start - 20), m.start) is not None


def party_place(text: str, m: Mention, start: int = 0) -> bool:
    """A state named as where a firm or private party is ("a Hong Kong company, X,
    which the Foreign Ministry says ..."): no actor, and no owner of an agency after it."""
    owned = OWNED_NOUN.match(text, m.end)
    if owned is None:
        return False
    if INDEFINITE_BEFORE.search(text, max(start, m.start - 4), m.start) is not None:
        return True
    # "The Moscow media company X was listed": "the" too, with no verb before the noun
    return (
        m.form == "name"
        and DEFINITE_BEFORE.search(text, max(start, m.start - 4), m.start) is not None
        and OWNED_GAP_VERB.search(owned.group()) is None
    )


def quoted_before(text: str, m: Mention, trig_start: int) -> bool:
    """'"Canberra's course ... will receive a response," the statement said, adding
    ...': a state inside a quotation closed before the trigger, with its speaker after
    it, is what the speaker talks about, not who acts in the speaker's words after."""
    return (
        QUOTE_OPEN_BEFORE.search(text, 0, m.start) is not None
        and QUOTE_CLOSED_SPEAKER.match(text, m.end, trig_start) is not None
    )


def warner(
    text: str, mentions: list[Mention], trig: Trigger, free_only: bool = False
) -> list[Mention]:
    """Who warns, when the party before a threat is the one threatened ("the UK
    foreign secretary said Russia would face ..."): the first actor named before
    it, outside the threatened party's own words."""
    before = [
        m
        for m in mentions
        if m.form in ("name", "agency")
        and m.end <= trig.start - 25
        and not quoted_before(text, m, trig.start)
        # "We again warn Brussels that ... a firm response": the one addressed
        and not FIRST_PERSON_ADDRESSEE.search(text, max(0, m.start - 30), m.start)
        # "the council kept Mali ... suspended, and warned Guinea's military authorities
        # that they could face ...": the object of a verb or the one warned is no warner
        and not VERB_OBJECT.search(text, max(0, m.start - 30), m.start)
        and not ADDRESSEE.search(text, max(0, m.start - 30), m.start)
    ]
    free = [m for m in before if not TARGET_PREP.search(text[max(0, m.start - 30) : m.start])]
    if not free and not TARGET_PREP.search(text[: mentions[0].start] if mentions else ""):
        # "South Korean President X warned ...": an adjective before a title, first in line
        free = [
            m
            for m in mentions[:1]
            if m.form == "adjective"
            and m.end <= trig.start - 25
            and TITLE_AFTER.match(text[m.end : m.end + 40])
        ]
    return free[:1] if free or free_only else before[:1]


DASH_END = rule("actors.dash_end")
DATELINE_HEAD = rule("actors.dateline_head")
DATELINE_PREFIX = rule("actors.dateline_prefix")
DATELINE_SLASH_PREFIX = rule("actors.dateline_slash_prefix")  # "Washington/" in title case
DATELINE_REST = rule("actors.dateline_rest")
DASH_APPOSITION = rule("actors.dash_apposition")


def marks_object(text: str, m: Mention, before: str, end: int | None = None) -> bool:
    """A target preposition or dash before m ("sanctions on Russia"), except a dash
    that closes a dateline ("SEOUL, June 3 (Yonhap) -- South Korea sanctions ...")
    or, with the trigger at `end`, one that opens an apposition naming the subject
    ("The member states — Saudi Arabia, the United States and Qatar — announced")."""
    if not TARGET_PREP.search(before):
        return False
    if not DASH_END.search(before):
        return True
    if DATELINE_HEAD.match(text[: m.start]):
        return False
    return end is None or DASH_APPOSITION.match(text[m.end : end]) is None


def dateline_end(text: str) -> int:
    """Where a sentence starts after the dateline it opens on ("WASHINGTON - Two arms
    of the US government moved ..."), 0 when it opens on none: a subject is read from
    there, as the clauses of a frame are."""
    for start, _ in clauses(text)[1:2]:
        if DATELINE_HEAD.match(text[:start]):
            return start
    return 0


DATELINE_MORE = rule("actors.dateline_more")
# "Myanmar: Sanctions": a debate's topic heading, no dateline
TOPIC_HEADING = rule("actors.topic_heading")


def opens_dateline(text: str, m: Mention) -> bool:
    """A place that opens a sentence as its dateline ("PARIS — European Union
    ministers ...", "MOSCOW (UrduPoint News / Sputnik - 28th September, 2022) The
    European Commission ...", "THE HAGUE/WASHINGTON — The United States ...", "BARI,
    Italy -- Prime Minister ..."): where the story was filed, never the subject."""
    prefix = text[: m.start]
    after = text[m.end : m.end + 60]
    if DATELINE_SLASH_PREFIX.fullmatch(prefix):
        # "Washington/Managua, Feb 18 (EFE).-": the last place of a joint dateline
        return DATELINE.match(after) is not None
    if prefix.strip() and not DATELINE_PREFIX.fullmatch(prefix):
        return False
    if DATELINE_REST.match(after):
        return True  # "THE HAGUE/WASHINGTON —", "BARI, Italy --", "BEIJING/TOKYO —"
    if prefix.strip() and not prefix.rstrip().endswith("/"):
        return False  # "NEW YORK/NEW DELHI, November 2:" goes on: a joint dateline
    if DATELINE.match(after):
        return True
    if prefix.strip():
        return False
    more = DATELINE_MORE.match(after)  # "LONDON/KYIV, March 3:"
    if more and DATELINE.match(after[more.end() :]):
        return True
    return m.text.isupper() and len(m.text) > 3 and after.lstrip().startswith("(")


def in_list(text: str, prev: Mention, m: Mention) -> bool:
    """True when m continues a list with prev: "A and B", or "A, B" followed by more."""
    gap = text[prev.end : m.start]
    if not LIST_GAP.match(gap):
        return False
    if LIST_JOINED.search(gap):
        return True
    return re.match(r"\s*(?:,|and\b|&|\()", text[m.end :]) is not None


# "The listings were made by the forum's member states, A, B and C", "its members
# include A and B": the states of a joint act named as its members
MEMBERS_NAMED = rule("frames.members_named")


def states_from(text: str, ms: list[Mention], start: int) -> list[Mention]:
    """The states of one list that opens right at `start` ("A, the US and B"), no bloc."""
    listed: list[Mention] = []
    for m in ms:
        if m.start < start or m.form != "name" or m.code is None:
            continue
        if listed and not in_list(text, listed[-1], m):
            break
        if not listed and text[start : m.start].strip():
            break
        listed.append(m)
    return [m for m in listed if m.code not in BODIES]


def member_states(text: str, ms: list[Mention], start: int = 0) -> list[Mention]:
    """The states a sentence names as members, from `start` on ("its members include A
    and B"): each a member of a joint act, not one acting apart (frames.members_named)."""
    return [
        m
        for found in MEMBERS_NAMED.finditer(text, start)
        for m in states_from(text, ms, found.end())
    ]


def subject_mentions(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Authorities named as the subject in text[start:end]: not after a target
    preposition, not inside an aside, and adjectives only when they qualify a
    government."""
    chosen: list[Mention] = []
    partners: list[Mention] = []  # named before the subject: "In coordination with X, Y ..."
    prev: Mention | None = None
    prev_chosen = False
    skipped = asides(text, start, end)
    if text.find("(", start, end) >= 0:  # every tally names its states in brackets
        skipped += [(v.start(), v.end()) for v in VOTE_TALLY.finditer(text, start, end)]
    for m in mentions:
        if not (start <= m.start and m.end <= end):
            continue
        if any(a <= m.start < b for a, b in skipped):
            continue  # "The UK, which left the EU in 2020, imposed": the EU does not act
        if (
            chosen
            and m.form == "agency"
            and SPEAKER_ASIDE_CLOSE.match(text, m.end)
            and SPEAKER_ASIDE_OPEN.search(text, max(start, m.start - 8), m.start)
        ):
            continue  # "Norway aligned ..., the Ministry of Foreign Affairs said, freezing"
        if text[m.start - 1 : m.start] == "(":
            continue  # "the Sanctions Committee (DPRK)": a qualifier, not an actor
        if party_place(text, m, start):
            continue  # "stakes in a Cyprus holding company": where a firm is, no actor
        if m.form == "name" and opens_dateline(text, m):
            continue  # "PARIS — European Union foreign ministers imposed ..."
        if PROGRAMME_NAME.match(text[m.end : m.end + 60]) or regime_target(text, m):
            continue  # "its Russia Sanctions Regulations", "the EU's Iran sanctions": a regime
        if (
            m.form == "name"
            and m.code not in BODIES
            and WATCHED_STATE_COMMITTEE.match(text[m.end : m.end + 60])
        ):
            continue  # "the Security Council's Sudan committee designated": the UN acts
        if NOTICE_REGIME.search(text, max(0, m.start - 30), m.start):
            continue  # "Financial Sanctions Notice: Russia": the regime of a notice
        before = text[max(start, m.start - 30) : m.start]
        continuing = prev is not None and in_list(text, prev, m)
        if (
            continuing
            and prev is not None
            and not prev_chosen
            and "," in text[prev.end : m.start]
            and OPENING_PHRASE.match(text, start, prev.end)
            and "," not in text[list_end(text, mentions, m, end) : end]
        ):
            continuing = False  # "After a meeting in Brussels, the EU and Britain froze"
        if continuing:
            ok = prev_chosen
        elif m.form != "people" and (
            subordinate_subject(text, m, before, end)
            or opens_subordinate_list(text, mentions, m, before, end)
        ):
            ok = True
            chosen = []  # "Iran acted hours after the EU imposed ...": the nearer subject
        elif marks_object(text, m, before, end) and not (
            NEW_CLAUSE.search(before)
            and (
                m.form == "agency"
                # ", and the South Korean government designated ...": its own subject
                or (m.form == "adjective" and CLAUSE_GOVERNMENT.match(text, m.end) is not None)
            )
        ):
            # "a bipartisan group of U.S. senators": legislators act for their state;
            # "The governments of Australia, Canada ...": so do the states named
            ok = bool(
                LEGISLATORS.search(before) and LEGISLATOR_NOUN.match(text[m.end : m.end + 30])
            ) or (
                m.form != "adjective"
                and (
                    GOVERNMENTS_OF.match(text, start, m.start) is not None
                    # "The Principality of Monaco froze ...", "The President of Ukraine ..."
                    or STATE_OF.match(text, start, m.start) is not None
                )
            )
            if m.form != "adjective" and PARTNERS_FIRST.match(text, start, m.start):
                ok = True
                partners.append(m)
        elif m.form == "adjective":
            ok = (
                (
                    GOVERNMENT_NOUN.match(text[m.end : m.end + 60]) is not None
                    and NAMED_GROUP.match(text, m.end) is None
                )
                or (not chosen and acting_title(text, m, end))
            ) and not COUNTED_GROUP.search(text[max(start, m.start - 40) : m.start])
        else:
            ok = m.form != "people"
        if (
            ok
            and m.form == "name"
            and COUNTED_GROUP.search(text[max(start, m.start - 40) : m.start])
            and COUNTED_NOUN.match(text[m.end : m.end + 60])
        ):
            ok = False  # "announced that 14 US entities were added": those hit, counted
        if continuing and m.form == "adjective" and prev_chosen:
            ok = GOVERNMENT_NOUN.match(text[m.end : m.end + 60]) is not None
        # "Iran's drone programme": a possessive country is an owner, not an actor,
        # unless what it owns acts ("the UN Security Council's sanctions committee")
        if ok and m.form == "name" and possessive(text, m.end):
            ok = ACTING_BODY.match(text[m.end : m.end + 60]) is not None or (
                not chosen and acting_title(text, m, end)
            )
        if (
            ok
            and MEASURES_TAKEN_OVER.search(before)
            and MEASURES_NOUN.match(text[m.end : m.end + 40])
        ):
            ok = False  # "take over the latest EU listings, adding ...": the owner, an object
        if (
            ok
            and chosen
            and not continuing
            and APPOSITION_OPEN.fullmatch(text, chosen[-1].end, m.start)
            and APPOSITION_CLOSE.match(text, m.end, end)
        ):
            ok = False  # "Iceland and Norway, the EEA states that are not EU members, ..."
        if ok and chosen and not continuing and ADDRESSEE.search(before):
            ok = False  # "The United States warned China against ...": the one addressed
        if ok and not continuing and FIRST_PERSON_ADDRESSEE.search(before):
            ok = False  # "We again warn Brussels that ...": the one addressed
        if (
            ok
            and chosen
            and not continuing
            and REPORTED_GAP.fullmatch(text, chosen[-1].end, m.start)
            and REPORTED_SUBJECT_GAP.fullmatch(text, m.end, end)
        ):
            chosen = []  # "Japan's Foreign Ministry said the US had imposed ...": a reporter
        if ok and not continuing and VERB_OBJECT.search(before):
            # "The African Union suspended Niger and imposed ...": an object, but
            # "Norway joined Britain in sanctioning ...": a partner in the act
            ok = bool(JOINED.search(before) and JOINED_IN.match(text, m.end, m.end + 60))
        if ok and PASSIVE_PATIENT.fullmatch(text, m.end, end) and PARTICIPLE.match(text, end):
            # "Syria has been designated a state sponsor", "Rusal, a producer outside
            # China, was sanctioned": before a passive trigger, the one hit
            ok = False
        if ok and chosen and not continuing and NEW_CLAUSE.search(before):
            chosen = []  # "X imposed ..., and the Treasury designated ...": the nearer subject
        if ok:
            chosen.append(m)
            if partners and prev in partners and continuing:
                partners.append(m)  # "In coordination with the UK and Canada": both
        prev, prev_chosen = m, ok
    if partners and all(m in partners for m in chosen):
        return []  # "Together with sanctions partners X and Y, ...": no subject of its own
    chosen = opened_before(text, mentions, start, chosen)
    if len(chosen) > 1 and PRECEDENT_OPENING.match(text, start):
        # "Following the US lead, Japan and South Korea froze ...": the subject is the
        # last list of the clause, after the comma that closes the opening phrase
        run = len(chosen) - 1
        while run > 0 and in_list(text, chosen[run - 1], chosen[run]):
            run -= 1
        if run > 0 and re.search(
            r",\s*(?:the\s+)?$", text[chosen[run - 1].end : chosen[run].start]
        ):
            return chosen[run:]
    return chosen


def opened_before(
    text: str, mentions: list[Mention], start: int, chosen: list[Mention]
) -> list[Mention]:
    """ "hours after the United States and the United Kingdom sanctioned ...": the clause
    break before "and the" cut a list of subjects; the states the clause before ends on,
    in a list with the first subject and hit by nothing, act too."""
    while chosen and chosen[0].start >= start:
        before = [m for m in mentions if m.end <= start and m.start < chosen[0].start]
        if not before:
            break
        m = before[-1]
        if (
            m.form not in ("name", "agency")
            or text[m.end : chosen[0].start].strip() not in ("and", "and the")
            or not in_list(text, m, chosen[0])
            or hit_state(text, m)
            # the list opens the sentence or follows "after", "as", "when" ...
            or not (
                SUBORDINATE_SUBJECT.search(text, max(0, m.start - 30), m.start)
                or SENTENCE_OPENING.fullmatch(text, 0, m.start)
            )
        ):
            break
        chosen = [m, *chosen]
    return chosen


SENTENCE_OPENING = re.compile(r"\s*(?:the\s+)?", re.I)  # mechanics: nothing before a name
OPENING_PHRASE = rule("actors.opening_phrase")
PRECEDENT_OPENING = rule("actors.precedent_opening")


def list_end(text: str, mentions: list[Mention], m: Mention, end: int) -> int:
    """Where the list of mentions that `m` opens ends, before `end`."""
    last = m
    for o in mentions:
        if last.end <= o.start and o.end <= end:
            if not in_list(text, last, o):
                break
            last = o
    return last.end


# after a subject, ", the|a ..." up to a mention, and on to a comma: an apposition
# that describes the subject, whose mentions do not act
APPOSITION_OPEN = rule("actors.apposition_open")
APPOSITION_CLOSE = rule("actors.apposition_close")


# "X said the US had imposed ...": the subject of the reported clause acts, not X
REPORTED_GAP = rule("actors.reported_gap")
REPORTED_SUBJECT_GAP = rule("actors.reported_subject_gap")
SUBORDINATE_SUBJECT = rule("actors.subordinate_subject")
SUBJECT_GAP = rule("actors.subject_gap")
# "the sanctions that the European Union imposed on 24 June": a relative clause's subject
RELATIVE_SUBJECT = rule("actors.relative_subject")
RELATIVE_GAP = rule("actors.relative_gap")


def subordinate_subject(text: str, m: Mention, before: str, end: int) -> bool:
    """ "days after the US imposed visa bans": a mention after a subordinating
    conjunction (or a relative pronoun: "the sanctions that the EU imposed") with the
    trigger (at `end`) at most two words after it is that clause's subject.
    Adjectives count only before a government noun."""
    gap = text[m.end : end]
    # (the gap, anchored and short, first: most mentions fail it, sparing both searches)
    if not (SUBJECT_GAP.match(gap) and SUBORDINATE_SUBJECT.search(before)) and not (
        RELATIVE_GAP.match(gap) and RELATIVE_SUBJECT.search(before)
    ):
        return False
    return m.form != "adjective" or GOVERNMENT_NOUN.match(text[m.end : m.end + 60]) is not None


def opens_subordinate_list(
    text: str, mentions: list[Mention], m: Mention, before: str, end: int
) -> bool:
    """ "a day after Estonia, Latvia and Lithuania announced entry bans": the first of a
    list whose last member is the subordinate clause's subject (the subject test looks
    only at the mention right before the verb), so the whole list acts."""
    if m.form not in ("name", "agency"):
        return False
    last = m
    for o in mentions:
        if last.end <= o.start and o.end <= end:
            if o.form not in ("name", "agency") or not in_list(text, last, o):
                break
            last = o
    return last is not m and subordinate_subject(text, last, before, end)


def subordinate_subjects(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The subject of a subordinate clause ending at a trigger at `end`, if any: the
    mention right before the verb, with the list it closes ("hours after the United
    States and the United Kingdom sanctioned": both act, the conjunction before the list)."""
    inside = [m for m in mentions if start <= m.start and m.end <= end and m.form != "people"]
    for k in range(len(inside) - 1, -1, -1):
        first = k  # the list that ends on inside[k] opens here
        while (
            first > 0
            and inside[first - 1].form in ("name", "agency")
            and in_list(text, inside[first - 1], inside[first])
        ):
            first -= 1
        for opening in dict.fromkeys((k, first)):  # the mention itself, then its list
            m = inside[opening]
            if subordinate_subject(text, inside[k], text[max(start, m.start - 30) : m.start], end):
                return inside[opening : k + 1]
    return []


RELATIVE_START = rule("actors.relative_start")
POSSESSED_BY = rule("actors.possessed_by")
# "London: ...", "WASHINGTON (AP) —": a place that files the story
DATELINE = rule("actors.dateline")
ACTING_BODY = rule("actors.acting_body")
# "South Korean President X warned ...": an adjective before a title speaks
TITLE_AFTER = rule("actors.title_after")
# "Ukrainian President X imposed ...": a head of state or minister acts for the state
ACTING_TITLE = rule("actors.acting_title")
SPEECH_BETWEEN = rule("actors.speech_between")
FORMER_BEFORE = rule("actors.former_before")
PASSIVE_BETWEEN = rule("actors.passive_between")


def acting_title(text: str, m: Mention, end: int) -> bool:
    """ "Ukrainian President X on Tuesday imposed ...": a country's head of state or
    minister acts for it, unless they only speak of the act ("Syria's foreign
    minister said ... the lifting"), held the office before ("removed former
    Paraguayan President X from its list") or is the one sanctioned (a passive)."""
    return (
        ACTING_TITLE.match(text[m.end : m.end + 40]) is not None
        and FORMER_BEFORE.search(text[max(0, m.start - 12) : m.start]) is None
        and SPEECH_BETWEEN.search(text, m.end, end) is None
        # "President X was hit with sanctions": the holder is the target, not the actor
        and PASSIVE_BETWEEN.search(text, m.end, end) is None
    )


def antecedents(text: str, mentions: list[Mention], clause_start: int) -> list[Mention]:
    """ "... from the UK, France and Germany, who announced ...": the list just
    before a relative clause is its subject, a short form in brackets after it too
    ("in coordination with Mexico's Financial Intelligence Unit (UIF), which placed ...")."""
    before = [m for m in mentions if m.end <= clause_start]
    if not before or not re.fullmatch(
        r"\)?\s*,\s+(?:who|which)\s+", text[before[-1].end : clause_start]
    ):
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if not LIST_GAP.match(text[m.end : group[0].start]):
            break
        group.insert(0, m)
    # "the invasion of Ukraine, which will result in ...": a country after "of" or
    # "on" is owned or hit, and "which" then stands for the thing, not the country
    if POSSESSED_BY.search(text[max(0, group[0].start - 30) : group[0].start]):
        return []
    return group


def joiners(
    text: str, mentions: list[Mention], group: list[Mention], trigger_start: int
) -> list[Mention]:
    """ "Japan has joined the US and Britain, which designated them in October, in
    freezing ...": when the antecedents of a relative clause are what "joined" takes and
    the trigger is the "in -ing" verb after the clause, the one who joined acts; else
    the antecedents."""
    if not (
        group and JOINED_AFTER_RELATIVE.search(text, max(0, trigger_start - 12), trigger_start)
    ):
        return group
    joined_at = JOINED.search(text, max(0, group[0].start - 30), group[0].start)
    if joined_at is None:
        return group
    return subject_mentions(text, mentions, 0, joined_at.start()) or group


POSSESSIVE_S = re.compile(r"['’]s\s")  # mechanics: a possessive ending after a name


def possessive(text: str, end: int) -> bool:
    """Whether a possessive ending ("'s ") follows a name ending at `end`."""
    return POSSESSIVE_S.match(text, end) is not None


def possessive_owned(text: str, end: int) -> bool:
    """Right after a country, a possessive of what is no acting body ("Iran's drone
    programme", "North Korea's Foreign Trade Bank")."""
    return possessive(text, end) and not ACTING_BODY.match(text[end : end + 60])


def agent_mentions(text: str, mentions: list[Mention], trigger: Trigger, end: int) -> list[Mention]:
    """The agents of a passive trigger: "... were sanctioned by the UK", "announced by
    the US, Britain and the EU", "made by the US Treasury and by Britain's Foreign Office"."""
    for m in mentions:
        if trigger.end <= m.start < end and AGENT_BY.match(text[trigger.end : m.start]):
            if m.form == "name" and possessive_owned(text, m.end):
                continue  # "..., and by North Korea's Foreign Trade Bank": an owner, no agent
            group = [m]
            for other in mentions:
                gap = text[group[-1].end : other.start]
                # "by Canberra, Russia has banned ...": a comma alone ends the agents
                if other.start > group[-1].end and (
                    in_list(text, group[-1], other) or AGENT_AGAIN.match(gap)
                ):
                    group.append(other)
            return group
    return []


THREAT_SOURCE = rule("actors.threat_source")


def source_mentions(text: str, mentions: list[Mention], trigger: Trigger) -> list[Mention]:
    """The party a threat comes from: "or face retaliation from China"."""
    return [
        m
        for m in mentions
        if m.start >= trigger.end
        and m.form != "people"
        and THREAT_SOURCE.match(text[trigger.end : m.start])
    ][:1]


TRAILING_SPEAKER_OPEN = rule("frames.trailing_speaker_open")  # the same opening
TRAILING_SPEAKER = rule("actors.trailing_speaker")
SPEAKER_OFFICE = rule("actors.speaker_office")


def trailing_speaker(text: str, mentions: list[Mention], after: int) -> list[Mention]:
    """The state or agency that closes the sentence as its speaker after `after`
    ("Sanctions were imposed on X, Canada's foreign ministry said."), unless the
    sentence names its state as one hit ("on Russian banks, Moscow said"): a state
    tells of measures against itself without taking them."""
    for m in mentions:
        if (
            m.start >= after
            and m.code
            and (m.form in ("name", "agency") or SPEAKER_OFFICE.match(text, m.end))
            and TRAILING_SPEAKER_OPEN.search(text, max(after, m.start - 12), m.start)
            and TRAILING_SPEAKER.match(text, m.end)
        ):
            hit = any(
                m.code in (o.code, SOVEREIGN.get(o.code or ""))
                and (
                    o.form == "adjective"
                    or COUNTED_NOUN.match(text[o.end : o.end + 60]) is not None  # "US firms"
                    or hit_state(text, o)
                    or marks_object(text, o, text[max(0, o.start - 30) : o.start])
                )
                for o in mentions
                if o.end <= m.start
            )
            return [] if hit else [m]
    return []


def trailing_leader(text: str, after: int) -> str | None:
    """The state of a leader or minister of leaders.json who closes the sentence as its
    speaker after `after` ("The Government has added 12 lawmakers to the sanctions
    register, Foreign Minister Winston Peters said this morning."): an agency of no named
    state acts for the speaker's state, as "..., Canada's foreign ministry said" does."""
    for m in LEADER.finditer(text, after):
        if TRAILING_SPEAKER_OPEN.search(
            text, max(after, m.start() - 12), m.start()
        ) and TRAILING_SPEAKER.match(text, m.end()):
            return LEADER_CODE[m.group("leader")]
    return None


BARE_GOVERNMENT = rule("actors.bare_government")


def home_government(
    text: str, mentions: list[Mention], start: int, end: int, story: StoryHome, index: int
) -> list[Mention]:
    """ "TOKYO (Kyodo) - The government on Tuesday froze ...": a clause whose subject
    is "the government" (or "the foreign ministry", in lower case) of no named state,
    before the trigger at `end`, is the act of the home state of the story (sentence
    `index`), if a dateline names it and the clause names no state before the trigger
    ("In Tokyo, the government ...")."""
    bare = BARE_GOVERNMENT.fullmatch(text, start, end)
    if bare is None:
        return []
    if any(start <= m.start < end for m in mentions):
        return []
    at, to = bare.span("office")
    home = dateline_home(story, index, text[at:to].lower().endswith("ministry"))
    return [] if home is None else [Mention(at, to, text[at:to], home, "agency")]


def dateline_home(story: StoryHome, index: int, ministry: bool) -> str | None:
    """The home state of sentence `index` where its dateline names it (cues alone
    mislead: "White House" in a Wellington story), or where no dateline stands before it
    and many cues name it (story.json undated_home_score); None for a `ministry` where
    the home has none ("WASHINGTON - The foreign ministry ...": another state's)."""
    home = story.home(index)
    if home is None:
        return None
    if story.datelines[index] != home and (
        # with no dateline, many cues of one state may still tell it ("hon. Friend",
        # "Commons": a Commons record)
        story.datelines[index] is not None
        or (story.cues or {}).get(home, 0) < _STORY["undated_home_score"]
    ):
        return None
    return None if ministry and home in MINISTRY_FREE else home


HOME_OFFICE_SPEAKER = rule("actors.home_office_speaker")


def home_speaker(
    text: str, mentions: list[Mention], after: int, story: StoryHome, index: int
) -> list[Mention]:
    """ "SEOUL (Yonhap) -- Five North Koreans were blacklisted on Monday, the foreign
    ministry said.": a lower-case ministry of no named state closing the sentence after
    `after` speaks for the home state a dateline names, unless the sentence names that
    state (it may be the one hit)."""
    said = HOME_OFFICE_SPEAKER.search(text, after)
    if said is None:
        return []
    home = dateline_home(story, index, True)
    if home is None:
        return []  # "WASHINGTON - ..., the foreign ministry said": another state's
    if any(m.code == home and not opens_dateline(text, m) for m in mentions):
        return []
    at, to = said.span("office")
    return [Mention(at, to, text[at:to], home, "agency")]


def speaker_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    # "the council kept Mali and Sudan suspended, and warned ...": the objects of a verb
    # (a list of them too) before a speaking verb are not the ones who speak
    objects: list[Mention] = []
    for m in mentions:
        if VERB_OBJECT.search(text, max(0, m.start - 30), m.start) or (
            objects and in_list(text, objects[-1], m)
        ):
            objects.append(m)
    return [
        m
        for m in mentions
        if m.form != "adjective" and SPEAKER_AFTER.match(text[m.end :]) and m not in objects
    ]


_LEADERS = load_json("leaders.json")
LEADER_CODE = {name: code for code, names in _LEADERS["leaders"].items() for name in names}
# case-sensitive: a leader's name as written, with or without a title before it
# guarded: read over whole articles (StoryHome) and every clause's opening
LEADER = guarded(
    rf"(?<![\w-])(?:(?:{alternation(_LEADERS['titles'])})\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}?)?"
    rf"(?P<leader>{alternation(list(LEADER_CODE))})(?![\w-])"
)
LEADER_GAP = rule("actors.leader_gap")


# "Foreign Minister Winston Peters", "The Minister for Foreign Affairs, Penny Wong,": a
# leader's name right after a title, or set off by commas after it
NAMED_HOLDER = kept(
    rf"\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}?(?P<leader>{alternation(list(LEADER_CODE))})(?![\w-])"
    rf"|\s*,\s+(?:[A-Z][\w.'’-]*\s+){{0,2}}?(?P<named>{alternation(list(LEADER_CODE))}),"
)


# "By the decision of the Cabinet of Ministers of Ukraine, restrictive measures were
# applied to ...", "According to the decree of the President of Ukraine, sanctions were
# introduced ...", "By a decision of the NSDC, ...": an opening phrase that names whose
# decision the passive states
FRONTED_SOURCE = rule("actors.fronted_source")
FRONTED_FORUM = rule("actors.fronted_forum")


def fronted_source(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """The state or body an opening phrase names as the source of a passive act set
    off by a comma before the trigger at `end` ("By the decision of the Cabinet of
    Ministers of Ukraine, restrictive measures were applied ...")."""
    for m in mentions:
        if not (start <= m.start and m.end < end) or m.form not in ("name", "agency"):
            continue
        if not m.code or "," not in text[m.end : end]:
            continue
        if FRONTED_SOURCE.search(text, start, m.start):
            return [m]
        # "At the UN, the measures that came back into force include ...": the forum
        if FRONTED_FORUM.fullmatch(text, start, m.start) and text.startswith(",", m.end):
            return [m]
    return []


DECISION_OWNER = rule("actors.decision_owner")
DECISION_OWNER_PLAIN = rule("actors.decision_owner_plain")
DECISION_BY = rule("actors.decision_by")
DECISION_OWNER_BY_END = rule("actors.decision_owner_by_end")


def decision_owner(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """ "Berlin and Paris welcomed the EU's decision to sanction X": the state or body
    whose decision or move the trigger at `end` states, named right before it."""
    for m in mentions:
        if not (start <= m.start and m.end < end and m.code and m.form != "people"):
            continue
        if m.form in ("name", "agency") and DECISION_OWNER.match(text[m.end : end]):
            return [m]
        # "a Hungarian proposal to sanction X", "a proposal by Hungary to sanction X"
        if DECISION_OWNER_PLAIN.fullmatch(text, m.end, end) or (
            m.form != "adjective"
            and DECISION_BY.search(text, max(start, m.start - 30), m.start)
            and DECISION_OWNER_BY_END.fullmatch(text, m.end, end)
        ):
            return [m]
    return []


POSSESSIVE_TRIGGER = rule("actors.possessive_trigger")
POSSESSED_PATIENT = rule("actors.possessed_patient")
REACTION_BEFORE = rule("actors.reaction_before")


def possessive_owner(
    text: str, mentions: list[Mention], start: int, trig: Trigger, reacted: bool = True
) -> list[Mention]:
    """ "Berlin welcomed the EU's new listing of X": the state or body whose act the
    trigger names, by a possessive right before it, acts where another party reacts to
    it; not "Iran's designation as a state sponsor", where the owner is the one hit, nor
    "Norway aligned with the EU's listing of X", where the one who aligns acts.
    With `reacted` False, an agency owns its act with no reaction before it ("The bank
    is among the names in the Commission's proposal"): a body is never the one hit,
    and its name may wait for the text's context ("the Commission": the EU's)."""
    if POSSESSED_PATIENT.match(text, trig.end):
        return []
    for m in mentions:
        if (
            start <= m.start
            and m.end < trig.start
            and (m.code or not reacted)
            and (m.form in ("name", "agency") if reacted else m.form == "agency")
            and POSSESSIVE_TRIGGER.fullmatch(text, m.end, trig.start)
            and (not reacted or REACTION_BEFORE.search(text, max(start, m.start - 60), m.start))
        ):
            return [m]
    return []


def opening_owner(text: str, mentions: list[Mention], start: int, trig: Trigger) -> list[Mention]:
    """ "Seoul's designation came a week after the US Treasury blacklisted ...": a state's
    possessive that opens the clause, right before a noun trigger, owns the act (not
    "Iran's designation as a state sponsor", where the owner is the one hit)."""
    if POSSESSED_PATIENT.match(text, trig.end):
        return []
    for m in mentions:
        if (
            m.form == "name"
            and m.code
            and start <= m.start < trig.start
            and SENTENCE_OPENING.fullmatch(text, start, m.start)
            and POSSESSIVE_TRIGGER.fullmatch(text, m.end, trig.start)
        ):
            return [m]
    return []


ANSWERED_REASON = rule("actors.answered_reason")
NEWS_DAY = rule("frames.news_day")


def answered_reason(text: str, start: int, trig: Trigger) -> bool:
    """The trigger tells the measures a counter-measure answers ("Russia banned entry to
    200 Australians in response to sanctions imposed by Canberra", "In retaliation for
    sanctions Washington announced, Beijing ..."): an earlier act given as a reason, so
    background, unless a day of its own dates it ("... imposed by Canberra on Monday")."""
    if ANSWERED_REASON.search(text, max(start, trig.start - 100), trig.start) is None:
        return False
    comma = text.find(",", trig.end)
    return NEWS_DAY.search(text, trig.end, comma if comma >= 0 else len(text)) is None


REGIME_OWNER = rule("actors.regime_owner")
OWNER_BEFORE = rule("actors.owner_before")


def regime_owner(text: str, mentions: list[Mention], m: Mention) -> str | None:
    """The state that owns the regime or list an office of no named state acts under
    or into, named after it ("The Foreign Minister listed three oligarchs under
    Australia's autonomous sanctions framework"), None if the sentence names none."""
    for o in mentions:
        if o.start < m.end or not o.code or o.form not in ("name", "adjective"):
            continue
        if not OWNER_BEFORE.search(text, max(0, o.start - 12), o.start):
            continue
        if TARGET_ASIDE.search(text, m.end, o.start):
            continue  # "on X, who were already on Canada's sanctions list": the targets'
        regime = REGIME_OWNER.match(text[o.end : o.end + 60])
        if regime is None:
            continue
        # "under the Russia sanctions regulations", "the Russian sanctions regime": the
        # state a regime is named after is its target; a name owns only with "'s", an
        # adjective only a law, a list or "autonomous sanctions" ("Swiss sanctions law")
        if o.form == "name" and not regime.group(0).startswith(("'s", "’s")):
            continue
        if o.form == "adjective" and OWNED_BY_ADJECTIVE.search(regime.group(0)) is None:
            continue
        return o.code
    return None


# a relative clause or "already" between the office and the regime: it tells where the
# targets stand, not under whose regime the office acts
TARGET_ASIDE = rule("actors.target_aside")
OWNED_BY_ADJECTIVE = rule("actors.owned_by_adjective")


def holder_code(text: str, m: Mention) -> str | None:
    """The state of the leader or minister named right after an agency or title
    that names no state ("Foreign Minister Winston Peters announced travel bans"):
    the office acts for that state, not for the one the text spoke of before."""
    hit = NAMED_HOLDER.match(text, m.end)
    return LEADER_CODE[hit.group("leader") or hit.group("named")] if hit else None


def leader_subjects(text: str, start: int, end: int) -> list[Mention]:
    """ "President Joe Biden on Monday imposed ...": a leader named as the subject
    before a trigger at `end`, where the clause names no state, acts for the
    state they lead (the authority is the state, ANNOTATION.md)."""
    for m in LEADER.finditer(text, start, end):
        before = text[max(start, m.start() - 30) : m.start()]
        if TARGET_PREP.search(before) or not LEADER_GAP.match(text[m.end() : end]):
            continue
        name = m.group("leader")
        return [Mention(m.start(), m.end(), text[m.start() : m.end()], LEADER_CODE[name], "name")]
    return []


# Whose country a story is told from (data/story.json): "the Treasury" in a London
# story is HM Treasury, "the Korean government" in a Seoul story is South Korea's.
_STORY = load_json("story.json")
STORY_CUES = {  # guarded: each is read over the whole article
    code: guarded(rf"(?<![\w-])(?:{alternation(cues)})(?![\w-])")
    for code, cues in _STORY["cues"].items()
    if not code.startswith("_")
}
OWN_AGENCIES = {
    code: frozenset(names) for code, names in _STORY["own_agencies"].items() if code[0] != "_"
}
# home -> agency -> its department there ("the Secretary of State" in a UK notice: none)
HOME_DEPARTMENTS: dict[str, dict[str, str | None]] = {
    code: table for code, table in _STORY["home_departments"].items() if code[0] != "_"
}
# agency -> (form pattern, form -> state): "the U.S. Treasury", "HM Treasury"
AGENCY_FORMS = {
    agency: (
        kept(rf"(?<![\w-])(?:{alternation([f for fs in by.values() for f in fs])})(?![\w-])"),
        {f: code for code, fs in by.items() for f in fs},
    )
    for agency, by in _STORY["agency_forms"].items()
    if agency[0] != "_"
}
AMBIGUOUS = {w: codes for w, codes in _STORY["ambiguous_adjectives"].items() if w[0] != "_"}
AMBIGUOUS_ADJECTIVE = kept(rf"(?<![\w-])(?:{alternation(list(AMBIGUOUS))})(?![\w-])")
MINISTRY_FREE = frozenset(_STORY["ministry_free"]["codes"])
MINISTRY = kept(rf"\b(?:{_STORY['ministry_free']['ministry_word']})\b")
NATIONAL_COUNCILS = frozenset(_STORY["national_councils"]["names"])
# "the Baltic states", "the Alliance of Sahel States": a fixed group acts as its members
STATE_GROUPS: dict[str, list[str]] = _STORY["state_groups"]["groups"]
COUNCIL_OWNER = rule("actors.council_owner")


def national_councils(text: str, ms: list[Mention]) -> None:
    """ "Ukraine's Security Council", "the Security Council of Ukraine": a council read
    as the UN's by its bare name is the state's that the sentence names with it."""
    for i, m in enumerate(ms):
        if m.code != "UN" or m.text not in NATIONAL_COUNCILS:
            continue
        before = ms[i - 1] if i else None
        after = ms[i + 1] if i + 1 < len(ms) else None
        if before is not None and text[before.end : m.start][:1] in ("'", "’"):
            owner, gap = before, text[before.end : m.start]
        elif after is not None:
            owner, gap = after, text[m.end : after.start]
        else:
            continue
        if owner.form == "name" and owner.code not in (None, "UN") and COUNCIL_OWNER.match(gap):
            m.code = owner.code


class StoryHome:
    """The home state of each sentence of a document: the nearest dateline at or
    before it, plus the cues of the whole article (data/story.json). Read on the
    first question only: most articles never ask."""

    def __init__(self, sentences: list[str], mentions: list[list[Mention]], text: str) -> None:
        self.sentences, self.mentions, self.text = sentences, mentions, text
        self.cues: dict[str, int] | None = None
        self.datelines: list[str | None] = []

    def read(self) -> dict[str, int]:
        cues: dict[str, int] = {}
        for code, pattern in STORY_CUES.items():
            found = {m.group(0) for m in pattern.finditer(self.text)}
            if found:
                cues[code] = len(found)
        for code in {LEADER_CODE[m.group("leader")] for m in LEADER.finditer(self.text)}:
            cues[code] = cues.get(code, 0) + 1
        last: str | None = None
        for sentence, ms in zip(self.sentences, self.mentions, strict=True):
            first = ms[0] if ms else None
            if (
                first
                and first.form == "name"
                and first.code
                and opens_dateline(sentence, first)
                and not TOPIC_HEADING.fullmatch(sentence, first.end)
            ):
                last = first.code
            self.datelines.append(last)
        return cues

    def home(self, index: int) -> str | None:
        if self.cues is None:
            self.cues = self.read()
        scores = dict(self.cues)
        dateline = self.datelines[index] if 0 <= index < len(self.datelines) else None
        if dateline is not None:
            scores[dateline] = scores.get(dateline, 0) + _STORY["dateline_weight"]
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        if not ranked or ranked[0][1] < _STORY["min_score"]:
            return None
        if len(ranked) > 1 and ranked[1][1] == ranked[0][1]:
            return None
        return ranked[0][0]


def story_home(doc: Doc) -> StoryHome:
    """The document's StoryHome, built once for the stages that ask."""
    if doc.story is None:
        doc.story = StoryHome([s.text for s in doc.sentences], doc.mentions, doc.text)
    story: StoryHome = doc.story
    return story


def home_mentions(doc: Doc, defaults: dict[str, str | None]) -> None:
    """Stage step (after mentions): an agency read as its vocabulary default takes
    the story's home when the home owns one of that name ("the Treasury" in a London
    story), and an adjective two states share names the home's government ("the
    Korean government" in a Seoul story). `defaults`: agency name -> default state."""
    story = story_home(doc)
    sorted_any = False
    for i, sentence in enumerate(doc.sentences):
        ms = doc.mentions[i]
        text = sentence.text
        national_councils(text, ms)
        home: str | None = None
        homed = False
        for m in ms:
            if m.form != "agency" or defaults.get(m.text) != m.code:
                continue
            if not homed:
                home, homed = story.home(i), True
            owner = home if home is not None else sole_owner(doc, story, m)
            if (
                owner is not None
                and m.text in OWN_AGENCIES.get(owner, ())
                and named_last(doc.text, m.text, sentence.end) in (None, owner)
            ):
                m.code = owner
                m.department = HOME_DEPARTMENTS.get(owner, {}).get(m.text, m.department)
        if not any(w in text for w in AMBIGUOUS):
            continue
        added = False
        for hit in AMBIGUOUS_ADJECTIVE.finditer(text):
            start, end = hit.span()
            if any(m.start < end and start < m.end for m in ms):
                continue  # "South Korean", "North Korean": a state of its own
            if GOVERNMENT_NOUN.match(text[end : end + 60]) is None:
                continue  # "the Korean Peninsula", "Korean firms"
            if not homed:
                home, homed = story.home(i), True
            # a Korea the sentence names itself is the other one ("The Korean
            # government imposed sanctions on seven North Korean bankers")
            named = {m.code for m in ms if m.form != "adjective" or m.start != start}
            codes = [c for c in AMBIGUOUS[hit.group(0)] if c not in named] or AMBIGUOUS[
                hit.group(0)
            ]
            code = home if home in codes else codes[0]
            ms.append(Mention(start, end, hit.group(0), code, "adjective"))
            added = True
        if added:
            ms.sort(key=lambda m: m.start)
            sorted_any = True
    if sorted_any:  # a sentence's first mention may have changed: the stages after read again
        story.cues, story.datelines = None, []


# "Following the United Kingdom's designation of ...": a state in an opening phrase of
# what came before does not act here
EARLIER_ACT = rule("actors.earlier_act")


def sole_owner(doc: Doc, story: StoryHome, m: Mention) -> str | None:
    """With no clear home, the one state owning an agency of this bare name that the
    article names as a state ("Britain imposed ... The Treasury also froze ..."), where
    nothing names the default's state (no mention but such bare agencies, no cue).
    Only a state named before the agency's first mention can own it ("The Treasury designated
    ... Britain also sanctioned ...": the Treasury is the default's)."""
    if story.cues is None:
        story.cues = story.read()
    if story.cues.get(m.code or ""):
        return None
    owners = {c for c, names in OWN_AGENCIES.items() if m.text in names}
    named: set[str | None] = set()  # states named, and those named acting (not "in Britain")
    acting: set[str | None] = set()
    first = True  # before the first bare mention of this agency
    for sentence, ms in zip(doc.sentences, doc.mentions, strict=True):
        for o in ms:
            if o.form == "agency" and o.text == m.text:
                first = False
            elif o.form == "name" or o.form == "agency":
                named.add(o.code)
                if (
                    first
                    and not TARGET_PREP.search(sentence.text, max(0, o.start - 30), o.start)
                    and not EARLIER_ACT.search(sentence.text, 0, o.start)
                ):
                    acting.add(o.code)
    if m.code in named:
        return None
    found = owners & acting
    return found.pop() if len(found) == 1 else None


def named_last(text: str, agency: str, end: int) -> str | None:
    """The state of the form of `agency` named last before `end` ("The U.S. Treasury
    on Tuesday ...", "..., the Treasury Department said"), None if none is."""
    forms = AGENCY_FORMS.get(agency)
    if forms is None:
        return None
    pattern, state = forms
    last = None
    for hit in pattern.finditer(text, 0, end):
        last = state[hit.group(0)]
    return last


HOME_GOVERNMENTS = frozenset(_STORY["home_governments"]["names"])


def government_home(story: StoryHome, index: int, m: Mention) -> str | None:
    """ "the Government" or "the Cabinet" of no named state, with no authority acting
    before it: the government of the story's home, where a dateline or many cues name
    it (`dateline_home`)."""
    if m.form != "agency" or m.text not in HOME_GOVERNMENTS:
        return None
    return dateline_home(story, index, False)


def ministry_home(story: StoryHome, index: int, m: Mention, context: str | None) -> str | None:
    """A ministry of no named state, where the authority last acting has none ("the
    Commerce Ministry" in a Beijing story after US sanctions) or none acted yet: the
    story's home state, if it is another."""
    if m.form != "agency" or not MINISTRY.search(m.label or m.text):
        return None
    if context is not None and context not in MINISTRY_FREE:
        return None
    home = story.home(index)
    if home is None or home == context or home in MINISTRY_FREE:
        return None
    return home


PROGRAMME_NOUN = rule("actors.programme_noun")


def programme_adjective(text: str, mentions: list[Mention], code: str, trigger_start: int) -> bool:
    """ "New Iranian sanctions target ...": the clause names the state `code` only by
    an adjective right before the sanctions noun that is the trigger, which may name
    the programme ("Iran sanctions") as well as who imposes."""
    own = [m for m in mentions if m.code == code and m.start < trigger_start]
    return bool(own) and all(
        m.form == "adjective"
        and PROGRAMME_NOUN.match(text[m.end : m.end + 20]) is not None
        and m.end < trigger_start
        and not text[m.end : trigger_start].strip()
        for m in own
    )


def other_actor(text: str, mentions: list[Mention], code: str) -> str | None:
    """Another authority the sentence names as acting or speaking ("New Russian
    sanctions target X, the European Union said"): a state or agency of its own, not
    one hit ("on Russia"), not a dateline, not an adjective."""
    for m in mentions:
        if (
            m.code
            and m.code != code
            and m.form in ("name", "agency")
            and not hit_state(text, m)
            and not marks_object(text, m, text[max(0, m.start - 30) : m.start])
            and not opens_dateline(text, m)
            and not regime_target(text, m)
        ):
            return m.code
    return None


PLURAL_STATES = rule("actors.plural_states")
# its nouns as words, a quick check before it: one list in grammar.toml for both
PLURAL_STATE_NOUNS: tuple[str, ...] = tuple(rule_text("actors.plural_state_nouns").split("|"))
PLURAL_COUNTS: dict[str, int] = vocabulary().counts["numbers"]  # counts.json's number words


def listed_states(doc: Doc, index: int, before: int, n: int) -> list[Mention]:
    """The nearest list of exactly n states named before offset `before` of sentence
    `index`, in it or in the two sentences before it ("Estonia, Latvia and Lithuania
    ..."), else none."""
    for j in range(index, max(-1, index - 3), -1):
        text = doc.sentences[j].text
        limit = before if j == index else len(text)
        ms = [m for m in doc.mentions[j] if m.end <= limit and m.code and m.form == "name"]
        runs: list[list[Mention]] = []
        for m in ms:
            if runs and in_list(text, runs[-1][-1], m):
                runs[-1].append(m)
            else:
                runs.append([m])
        for run in reversed(runs):
            if len({m.code for m in run}) == n and len(run) == n:
                return run
        if any(len(run) > 1 for run in runs):
            return []  # a nearer list of another size: the number does not refer back
    return []


def state_groups(text: str, ms: list[Mention]) -> bool:
    """ "The Baltic states imposed entry bans ...": a group of story.json's
    state_groups, as a name of each member over the group's name. True if any added."""
    added = False
    for name, codes in STATE_GROUPS.items():
        at = text.find(name)
        while at >= 0:
            end = at + len(name)
            whole = (at == 0 or not text[at - 1].isalnum()) and (
                end == len(text) or not text[end].isalnum()
            )
            if whole and not any(m.start < end and at < m.end for m in ms):
                ms.extend(Mention(at, end, name, code, "name") for code in codes)
                added = True
            at = text.find(name, end)
    return added


def plural_references(doc: Doc) -> None:
    """Stage step (after mentions): "The three countries designated ..." after
    "Estonia, Latvia and Lithuania ...": each state of that list, as a name over the
    phrase, so the phrase acts (or is hit) as the list would."""
    for i, sentence in enumerate(doc.sentences):
        text = sentence.text
        added = state_groups(text, doc.mentions[i])
        if not any(w in text for w in PLURAL_STATE_NOUNS):
            if added:
                doc.mentions[i].sort(key=lambda m: m.start)
            continue
        for hit in PLURAL_STATES.finditer(text):
            start, end = hit.span()
            if any(m.start < end and start < m.end for m in doc.mentions[i]):
                continue
            n = PLURAL_COUNTS[hit.group("n")] if hit.group("n") else 2
            for m in listed_states(doc, i, start, n):
                doc.mentions[i].append(Mention(start, end, hit.group(0), m.code, "name"))
                added = True
        if added:
            doc.mentions[i].sort(key=lambda m: m.start)
