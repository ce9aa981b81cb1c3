"""Trigger phrases: where a clause states an action, of which kind and status.

Triggers come from `data/frames.toml`, one alternation per kind (lift, propose,
threat, impose, weak); the words before a trigger turn an imposition into a
threat ("may impose") or a proposal ("agreed to impose"), and background
markers near it ("previously", "in 2019") make it context.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from sanctionwatch.extract.literals import Gated, GatedPattern
from sanctionwatch.extract.lookahead import dispatched, found_anywhere, guarded
from sanctionwatch.extract.vocabulary import gated_rule, rule, vocabulary

STATUS_OF_KIND = {
    "lift": "lifted",
    "threat": "threatened",
    "propose": "proposed",
    "impose": "imposed",
    "weak": "imposed",
}
KIND_PRIORITY = ("lift", "propose", "threat", "impose", "weak")
STRICT_CONTEXT = rule("triggers.strict_context")
CLAUSE_BREAK = rule("triggers.clause_break")
ADOPTED_DRAFT = rule("triggers.adopted_draft")
# "The UK, which left the EU in 2020, imposed ...": an aside about the subject
RELATIVE_ASIDE = rule("actors.relative_aside")


def asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The relative clauses set off by commas that close within text[start:end]
    ("The UK, which left the EU in 2020, imposed ..."): asides about the subject."""
    return [(m.start(), m.end()) for m in RELATIVE_ASIDE.finditer(text, start, end)]


@dataclass(frozen=True, slots=True)
class Patterns:
    triggers: dict[str, re.Pattern[str]]
    threatened: re.Pattern[str]
    proposed: re.Pattern[str]
    proposed_before: GatedPattern  # `proposed`, for the words before a trigger
    not_action: re.Pattern[str]
    background: Gated  # each marker tried only where its words are (`literals`)
    background_own: re.Pattern[str]
    news: re.Pattern[str]
    speech: re.Pattern[str]
    negation: re.Pattern[str]
    context: re.Pattern[str]
    prefilter: re.Pattern[str]
    kind_keywords: dict[str, re.Pattern[str]]


@cache
def patterns() -> Patterns:
    data = vocabulary().frames
    return Patterns(
        # one alternation per kind, grouped by first letter: a single scan per clause and kind
        triggers={k: dispatched(v, re.I) for k, v in data["triggers"].items()},
        threatened=guarded(data["modality"]["threatened"], re.I),
        proposed=guarded(data["modality"]["proposed"], re.I),
        # most words before a trigger hold none of the words a proposal needs: re runs
        # only where they do (`literals`)
        proposed_before=GatedPattern(guarded(data["modality"]["proposed"], re.I)),
        not_action=guarded(data["not_action"], re.I),
        background=Gated(data["background"], re.I),
        background_own=guarded(data["background_own"], re.I),
        news=guarded(data["news"], re.I),
        speech=guarded(data["speech"], re.I),
        negation=guarded(data["negation"] + "|" + data["negation_cannot"], re.I),
        # matched against lower-cased text, only to ask whether any keyword is there
        prefilter=guarded(found_anywhere(data["prefilter"])),
        kind_keywords={k: guarded(found_anywhere(v)) for k, v in data["kind_keywords"].items()},
        # only asked whether sanctions words are there (`admissible`, `describes`)
        context=guarded(found_anywhere(data["context"], re.I), re.I),
    )


@cache
def gated() -> dict[str, Gated]:
    """Each kind's trigger alternation, each branch tried only where its words are
    (`literals`): the same matches as `patterns().triggers`, found faster."""
    return {k: Gated(v, re.I) for k, v in vocabulary().frames["triggers"].items()}


# "The US Treasury already sanctioned Rosneft": "already" after a subject opens a verb
ALREADY_VERB = rule("frames.already_verb")


def already_verb(text: str, start: int, end: int) -> bool:
    """ "The US Treasury already sanctioned X", "Moscow already banned entry to X": an
    "already" that ends text[start:end] follows a subject, so the participle after it is
    a past verb, not an adjective; a plain noun that opens the sentence is no subject
    ("Firms already sanctioned by Britain include X")."""
    m = ALREADY_VERB.search(text, start, end)
    if m is None or m.group("opening") is None:
        return m is not None
    words = text[start : m.start()].split()
    return bool(words) and vocabulary().place_re.fullmatch(words[-1]) is not None


def clauses(text: str) -> list[tuple[int, int]]:
    return list(_clauses(text))


# "added X — sanctioned by Washington in 2022 — and Y to its list": an aside on a name
# between dashes that tells another party's older act does not split the clause
DASH_ASIDE = rule("triggers.dash_aside")
# "X said it would ..., and the US embassy said ...": a second speaker, its own clause
SECOND_SPEAKER = rule("triggers.second_speaker")
SPEECH_BEFORE = rule("triggers.speech_before")


@lru_cache(maxsize=256)  # frames, zones and the candidate judge split one sentence again
def _clauses(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    pos = 0
    held = (
        [(m.start(), m.end()) for m in DASH_ASIDE.finditer(text)]
        if "—" in text or "–" in text
        else []
    )
    breaks = [(m.start(), m.end(), False) for m in CLAUSE_BREAK.finditer(text)]
    if " and " in text:
        breaks += [
            (m.start(), m.end(), True)
            for m in SECOND_SPEAKER.finditer(text)
            if not any(a <= m.start() < b for a, b, _ in breaks)
        ]
        breaks.sort()
    for b_start, b_end, second in breaks:
        if any(a <= b_start < b for a, b in held):
            continue  # "added X — sanctioned by Washington in 2022 — and Y": one clause
        if second and not SPEECH_BEFORE.search(text, pos, b_start):
            continue  # "The US, Britain, and the EU said ...": one list of speakers
        spans.append((pos, b_start))
        pos = b_end
    spans.append((pos, len(text)))
    return tuple((s, e) for s, e in spans if e > s)


HEAD_WORD = re.compile(r"[\w’'-]+")  # mechanics: a word token


@dataclass(slots=True)
class Trigger:
    kind: str
    start: int
    end: int  # end of the whole phrase
    head_end: int  # end of its verb: the action's objects may start here


def find_triggers(text: str, start: int, end: int) -> list[Trigger]:
    """Triggers in text[start:end], at most one per position, best kind first."""
    pats = patterns()
    found: list[Trigger] = []
    low = text[start:end].lower()
    if not pats.prefilter.search(low):
        return found
    gates = gated()
    for kind in KIND_PRIORITY:
        keywords = pats.kind_keywords.get(kind)
        if keywords is not None and not keywords.search(low):
            continue
        for m in gates[kind].finditer(text, start, end, low):
            if any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in found):
                continue
            if kind == "propose" and ADOPTED_DRAFT.search(
                text[max(start, m.start() - 30) : m.start()]
            ):
                continue  # "adopted a draft resolution": the adoption is the act
            head = HEAD_WORD.match(text, m.start())
            head_end = head.end() if head else m.end()
            found.append(Trigger(kind, m.start(), m.end(), head_end))
    return sorted(found, key=lambda t: t.start)


# "Japan said it would freeze the assets": a decision reported, not a warning
REPORTED_DECISION = rule("triggers.reported_decision")
PENDING_AFTER = rule("triggers.pending_after")  # "will join ..., but ... still being prepared"
# "In retaliation for the U.S. sanctions, Iran will impose ...": an intention
RETALIATORY_FUTURE = rule("triggers.retaliatory_future")
# "said it would put the firms on its list if they continued ...": a condition after it
CONDITION_AFTER = rule("triggers.condition_after")
# "If the junta does not free them, Canada will freeze ...": a condition opens the sentence
CONDITION_OPENING = rule("triggers.condition_opening")
# "The UK will impose further sanctions ... in the coming weeks": an intention
FUTURE_WILL = rule("triggers.future_will")
FUTURE_LATER = rule("triggers.future_later")
# "will impose further measures on those who ...": a class of targets, a warning
CLASS_AFTER = rule("triggers.class_after")
# "Norway will adopt the EU's 19th package": an adoption still to come
FUTURE_ADOPTION = rule("triggers.future_adoption")
FUTURE_LIKELY = rule("triggers.future_likely")
# "Japan will soon impose additional sanctions": the time still to come before the verb
FUTURE_SOON = rule("triggers.future_soon")
# "he will submit to the NSDC proposals to apply restrictive measures": yet to propose
FUTURE_PROPOSAL = gated_rule("triggers.future_proposal")
# "Moldova is expected to align with the listings": expected of another, no proposal
EXPECTED_ALIGNMENT = rule("triggers.expected_alignment")
BILL_OBJECT = rule("triggers.bill_object")
BILL_ENACTED = rule("triggers.bill_enacted")
# "After weeks, in which Hungary sought exemptions, the Council adopted ...": the setting
SETTING_ASIDE = rule("frames.setting_aside")
# "Whoever sanctions Georgia will be sanctioned by Georgia": a warning to anyone, no act
WARNING_TO_ANYONE = rule("triggers.warning_to_anyone")
# "will not renew the licence": a decision that relief ends, unless its sentence sets a condition
NONRENEWAL = rule("triggers.nonrenewal")
NONRENEWAL_CONDITION = rule("triggers.nonrenewal_condition")
SENTENCE_EDGE = rule("triggers.sentence_edge")


def conditional_nonrenewal(text: str, trigger: Trigger) -> bool:
    """Relief not renewed under a condition somewhere in its sentence ("Absent progress
    ..., the US will not renew the license", "won't renew relief unless ..."): a warning."""
    if not NONRENEWAL.match(text, trigger.start):
        return False
    lo = max(0, trigger.start - 400)
    for m in SENTENCE_EDGE.finditer(text, lo, trigger.start):
        lo = m.end()
    edge = SENTENCE_EDGE.search(text, trigger.end)
    hi = edge.start() if edge else len(text)
    return NONRENEWAL_CONDITION.search(text, lo, hi) is not None


FULFILLED = gated_rule("triggers.fulfilled")


def fulfilled_end(text: str, start: int, end: int) -> int:
    """Where the words before a trigger (text[start:end]) that may make it a promise
    begin: after a promise kept ("kept its promise and sanctioned ..."), else `start`."""
    kept = [m.end() for m in FULFILLED.finditer(text, start, end)]
    return kept[-1] if kept else start


def status_of(kind: str, text: str, clause_start: int, trigger: Trigger) -> str:
    status = STATUS_OF_KIND[kind]
    if kind not in ("impose", "weak"):
        return status
    if conditional_nonrenewal(text, trigger):
        return "threatened"
    pats = patterns()
    lo = fulfilled_end(text, max(clause_start, trigger.start - 60), trigger.start)
    before = text[lo : trigger.start]
    # "After a debate, during which Slovakia threatened a veto, ...": the setting's too
    settings = [(m.start(), m.end()) for m in SETTING_ASIDE.finditer(text, 0, trigger.start)]
    for a, b in asides(text, 0, trigger.start) + settings:
        if b > lo:  # "Japan, which co-sponsored the draft, said it would adopt ...":
            # the aside's words are about the subject, not this trigger's status
            before = before[: max(a - lo, 0)] + " " * (b - max(a, lo)) + before[b - lo :]
    if FUTURE_PROPOSAL.search(text, clause_start, trigger.start):
        return "threatened"
    expected = EXPECTED_ALIGNMENT.search(text, max(clause_start, trigger.start - 40), trigger.end)
    if expected and expected.end() > trigger.start:
        return "threatened"
    if pats.proposed_before.search(before) or pats.proposed.match(text, trigger.start):
        return "proposed"
    bill = BILL_OBJECT.search(text, text.rfind(";", 0, trigger.start) + 1, trigger.end)
    if bill and bill.start() < trigger.start and not BILL_ENACTED.search(text):
        return "proposed"  # "passed a bill that would require ..., and to sanction ..."
    if pats.threatened.search(before) and not (
        REPORTED_DECISION.search(before) and not CONDITION_AFTER.match(text[trigger.end :])
    ):
        return "threatened"
    if RETALIATORY_FUTURE.search(text, clause_start, trigger.start):
        return "threatened"
    if CONDITION_OPENING.match(text[: trigger.start]):
        return "threatened"  # "If X does not stop, we will ... impose sanctions on ..."
    after = text[trigger.end :]
    if (FUTURE_WILL.search(before) or FUTURE_LIKELY.match(after)) and FUTURE_LATER.match(after):
        return "threatened"  # "will impose ... in the coming weeks", "likely ... soon"
    if FUTURE_WILL.search(before) and PENDING_AFTER.match(after):
        return "threatened"  # "will join the package, but the rules are still being prepared"
    if FUTURE_WILL.search(before) and CONDITION_AFTER.match(after):
        return "threatened"  # "warned the refiners they will be sanctioned if they keep buying"
    if FUTURE_WILL.search(before) and CLASS_AFTER.match(after):
        return "threatened"  # "will impose further measures on those who help Russia ..."
    if FUTURE_SOON.search(before):
        return "threatened"
    # "Norway will adopt the EU's 19th package": still to come; but "said on Friday it
    # would align with the EU's 14th package" reports the decision (imposed)
    if (
        FUTURE_WILL.search(before)
        and FUTURE_ADOPTION.match(text, trigger.start)
        and not REPORTED_DECISION.search(before)
    ):
        return "threatened"
    if WARNING_TO_ANYONE.search(text, clause_start, trigger.start):
        return "threatened"
    return status


# a background marker that is a pluperfect ("had imposed"), which reported speech also uses
PLUPERFECT = rule("triggers.pluperfect")
PLUPERFECT_EARLIER = rule("triggers.pluperfect_earlier")  # "had earlier": before the speech
# "since 2018, when the US reimposed ...": a clause dated by the marker before it
WHEN_AFTER = rule("triggers.when_after")


def in_background_phrase(text: str, start: int, trigger: Trigger) -> bool:
    """The trigger is the measure noun of a phrase of earlier measures ("earlier US
    designations"), which makes only that noun background, not a trigger near it."""
    lo = max(start, trigger.start - 70)
    for m in patterns().background_own.finditer(text, lo, trigger.end):
        if m.start() <= trigger.start and trigger.end <= m.end():
            return True
    return False


def _one_phrase(text: str, a: Trigger, b: Trigger) -> bool:
    """Two triggers side by side whose second is no participle ("imposed entry bans")."""
    first, second = (a, b) if a.start <= b.start else (b, a)
    if text[first.end : second.start].strip():
        return False
    words = text[second.start : second.end].split()
    return bool(words) and not words[0].lower().endswith("ed")


def _distance(pos: int, trigger: Trigger) -> int:
    """How far a marker at `pos` stands from a trigger: from its start, or, for a lifting
    whose phrase ends in its verb, from its end when it follows it ("Sanctions on the bank
    were eased in 2019, before being reimposed": the year is the easing's, whose phrase
    starts far back). An imposition's phrase may end in its object ("adding 118 vessels
    to the blacklist, bringing the total to 560"), so its start is where it stands."""
    if trigger.kind == "lift" and pos >= trigger.end:
        return pos - trigger.end
    return abs(pos - trigger.start)


# ", listing the firm X", ", adding 12 vessels": a participle that goes on with the
# verb before it
ELABORATING = rule("triggers.elaborating")
PARTICIPLE_ING = rule("triggers.participle_ing")
RELATIVE_WORD = rule("triggers.relative_word")
# "... in 2023 and Britain sanctioned", "... in 2022, the European Union listed": what
# stands between a date and the trigger of a state that opens a clause of its own after it
NEW_SUBJECT = rule("triggers.new_subject")
# "was listed in 2012 and delisted ...": what joins a second verb of the same subject
COORDINATED_VERB = rule("triggers.coordinated_verb")
# "..., which designated them in October, in freezing ...": what follows the date that
# closes the verb before it
IN_ING_AFTER = rule("triggers.in_ing_after")


# "X (sanctioned by the US in 2022)", "X — sanctioned by Washington in 2022 —", "X,
# already blacklisted by the United States since 2022,": an aside on a name that tells an
# older act of another party
MARKED_ASIDE = rule("triggers.marked_aside")
SINCE_OPENING = rule("triggers.since_opening")
PERFECT_SINCE = rule("triggers.perfect_since")
# "partners, including Japan and Norway, who have sanctioned many of the same people":
# the antecedents' record, not the day's act
RELATIVE_PERFECT = rule("triggers.relative_perfect")
CLOSING_YEAR = rule("triggers.closing_year")  # "sanctioned X, the ..., in 2022."
CLOSING_MONTH = rule("triggers.closing_month")  # "designated X as ... in February, which"
COORDINATED_AFTER = rule("triggers.coordinated_after")
# the background markers that are a bare word looking ahead to a subject and its verb
# (frames.toml [[background]]: "weeks after X sanctioned", "since X designated")
FORWARD_MARKERS = ("after", "since")


def marked_asides(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Asides in parentheses, between dashes, or a participle "already sanctioned by
    ..." between commas, within text[start:end]."""
    return [(m.start(), m.end()) for m in MARKED_ASIDE.finditer(text, start, end)]


def elaborates(text: str, trigger: Trigger) -> bool:
    """A trigger that is a participle right after a comma, going on with the act
    before it ("Britain imposed sanctions on the network in April, listing X")."""
    return (
        ELABORATING.search(text, max(0, trigger.start - 8), trigger.start) is not None
        and PARTICIPLE_ING.match(text, trigger.start) is not None
    )


# ", two months after the US sanctioned him": the clause break takes the span, which
# dates the clause after it a week or more before the news (frames.toml [[background]])
SPAN_BEFORE = rule("triggers.span_before")


# "adopting listings made by the European Union in December": the agent's own act
AGENT_NAMED = rule("triggers.agent_named")


# "sanctioned for importing crude in 2024": the reason's year, not the act's
REASON_GERUND = rule("triggers.reason_gerund")
IN_YEAR = re.compile(r"in\s+(?:19|20)\d\d$", re.I)  # mechanics: "in" and a year alone
REASON_DEED = rule("triggers.reason_deed")
PERFECT_AUXILIARY = rule("triggers.perfect_auxiliary")
RELATIVE_AUXILIARY = rule("triggers.relative_auxiliary")
IN_MONTH = rule("triggers.in_month")
MARKER_TAIL = 12  # characters a background year may run past the window ("in 2008")
YEAR_END = re.compile(r"\b(?:19|20)\d\d$")  # mechanics: a marker that ends on a year
YEAR_NEXT = re.compile(r"\s+(?:19|20)\d\d\b")  # mechanics: a year after a month's marker


def is_background(text: str, start: int, end: int, trigger: Trigger, others: list[Trigger]) -> bool:
    """Background markers near the trigger, and nearer to it than to any other
    trigger of the clause ("lifting restrictions imposed in 2023")."""
    pats = patterns()
    if SPAN_BEFORE.search(text, max(0, start - 20), start):
        return True
    lo, hi = max(start, trigger.start - 70), min(end, trigger.end + 60)
    # "The UK, which left the EU in 2020, imposed ...", "added X, whom Washington
    # sanctioned in 2022, to its list": an aside's date is not the act's (unless the
    # trigger stands inside the aside)
    skipped: list[tuple[int, int]] | None = None  # read at the first marker only
    if in_background_phrase(text, start, trigger):
        return True
    # "has been designated a Foreign Terrorist Organization by the United States since
    # 1997": a standing listing, its year past the window the markers are read in
    perfect = PERFECT_SINCE.search(text, max(start, trigger.start - 20), end)
    if perfect is not None and perfect.start("trigger") == trigger.start:
        return True
    relative = RELATIVE_PERFECT.search(text, max(0, trigger.start - 40), end)
    if relative is not None and relative.start("trigger") == trigger.start:
        return True
    # "Ukraine sanctioned X, the occupation governor of the region, in 2022.": a closing
    # past year after the object and its aside dates the verb, past the window
    if (
        (CLOSING_YEAR.match(text, trigger.end, end) or CLOSING_MONTH.match(text, trigger.end, end))
        and not any(o.start >= trigger.end for o in others)
        and not pats.news.search(text, start, end)
    ):
        return True
    # "Since the beginning of the conflict ..., Japan has imposed ...": an opening "since"
    # phrase dates the main clause, which may stand far past the 70 characters
    opening = SINCE_OPENING.match(text, start)
    if (
        opening
        and opening.end() <= trigger.start
        and pats.background.whole.search(text, start, opening.end())
        and not any(opening.end() <= o.start < trigger.start for o in others)
        and not pats.news.search(text, opening.end(), end)
    ):
        return True
    # a year that starts inside the window is read whole ("designated a Foreign Terrorist
    # Organization by the United States in 2008": the year runs past the 60 characters
    # after the trigger), in the trigger's own phrase: no comma between ("added 2
    # individuals, both of them officers named by the EU in 2023"). Only a year: "two
    # companies previously involved in trading" describes the companies.
    reach = min(end, hi + MARKER_TAIL)
    for m in pats.background.finditer(text, lo, reach, text[lo:reach].lower()):
        if m.start() >= hi or (
            m.end() > hi
            and (
                "," in text[trigger.end : m.start()]
                # "designated X as a transnational criminal organization in March 2024":
                # the month's marker runs on into its year
                or not (YEAR_END.search(m.group()) or YEAR_NEXT.match(text, m.end()))
            )
        ):
            continue
        if skipped is None:
            skipped = [
                (a, b)
                for a, b in asides(text, start, end) + marked_asides(text, start, end)
                if not a <= trigger.start < b
            ]
        if any(a <= m.start() < b for a, b in skipped):
            continue
        if (
            m.start() >= trigger.end
            and IN_YEAR.fullmatch(m.group())
            and REASON_GERUND.fullmatch(text, trigger.end, m.start())
        ):
            continue  # "sanctioned for importing crude in 2024": what the target did then
        if (
            m.start() >= trigger.end
            and PERFECT_AUXILIARY.fullmatch(m.group())
            and RELATIVE_AUXILIARY.search(text, trigger.end, m.start())
        ):
            # "reinstated sanctions on Iran that had been lifted under the deal": the
            # relative clause's own verb is what the auxiliary dates
            continue
        if (
            m.start() >= trigger.end
            and (IN_YEAR.fullmatch(m.group()) or IN_MONTH.fullmatch(m.group()))
            and REASON_DEED.fullmatch(text, trigger.end, m.start())
        ):
            continue  # "listed them over the killings of civilians in March": the deed's time
        # "Seoul's designation came a week after the US Treasury Department blacklisted
        # X": a bare "after" or "since" marker (its pattern looks ahead to a subject and
        # its verb) dates that later verb, never a trigger before it, however near
        if m.end() - m.start() <= 5 and text[m.start() : m.end()].lower() in FORWARD_MARKERS:
            if m.start() >= trigger.end:
                continue
            if not any(m.end() <= o.start < trigger.start for o in others):
                return True
        # "on Thursday amended the entries of two tankers that have been on its list
        # since 2012, ..., and designated one further vessel": the marker dates the object
        # of the verb before ", and"; the verb after it keeps the day the clause opened on
        if (
            m.end() <= trigger.start
            and COORDINATED_AFTER.search(text, m.end(), trigger.start)
            and pats.news.search(text, start, m.start())
        ):
            continue
        if (
            PLUPERFECT.match(text, m.start())
            and not PLUPERFECT_EARLIER.match(text, m.start())
            and pats.speech.search(text, max(start, m.start() - 50), m.start())
        ):
            continue  # "Wong said Australia had imposed ...": the news, told in reported speech
        # "imposed sanctions on the network in April, listing the firm X": a participle
        # after a comma goes on with the verb before it, whose date the marker is
        if elaborates(text, trigger) and any(o.end <= m.start() < trigger.start for o in others):
            continue
        # "The Federal Council on Wednesday decided to take over the sanctions the EU
        # adopted in September, adding 9 individuals": the participle goes on with the
        # verb of the day told before the marker; the marker dates what lies between
        if (
            elaborates(text, trigger)
            and m.end() <= trigger.start
            and pats.news.search(text, start, m.start())
        ):
            continue
        # "the Federal Council decided on Wednesday, aligning Swiss measures with the
        # package the EU agreed in late May": the participle goes on with the verb of the
        # day told before it; the marker after it dates what its object names
        if (
            elaborates(text, trigger)
            and m.start() >= trigger.end
            and pats.news.search(text, start, trigger.start)
            and not AGENT_NAMED.search(text, trigger.end, m.start())
        ):
            continue
        # "X sanctioned A in 2022, the EU listed B in 2023 and Britain sanctioned C on
        # Tuesday": a date right before a state's subject closes the clause before it
        if any(o.end <= m.start() for o in others) and NEW_SUBJECT.fullmatch(
            text, m.end(), trigger.start
        ):
            continue
        # "which designated the leaders in October, in freezing ...": the date closes the
        # verb before it, not the -ing verb after the comma
        if any(o.end <= m.start() for o in others) and IN_ING_AFTER.fullmatch(
            text, m.end(), trigger.start
        ):
            continue
        rivals = [
            o
            for o in others
            # "imposed entry bans ... last year": a verb and the measure noun right after
            # it are one phrase, which one marker dates (not a noun and the participle
            # after it: "in response to British sanctions imposed last month")
            if not _one_phrase(text, o, trigger)
            and not (trigger.end <= m.start() and NEW_SUBJECT.fullmatch(text, m.end(), o.start))
            # "was listed in 2012 and delisted in 2016": the date closes the first verb
            and not (
                trigger.end <= m.start()
                and (
                    COORDINATED_VERB.fullmatch(text, m.end(), o.start)
                    or IN_ING_AFTER.fullmatch(text, m.end(), o.start)
                    # "first imposed sanctions in October 2022, when it listed X": the
                    # marker dates the verb before it and the "when" clause alike
                    or WHEN_AFTER.match(text, m.end(), o.start)
                )
            )
            and not (
                m.start() < o.start
                and elaborates(text, o)
                # "sanctioned firms that shipped drones in 2023, listing ...": the
                # relative clause's date; "on Tuesday ...": the act's own day is news
                and not RELATIVE_WORD.search(text, trigger.end, m.start())
                and not pats.news.search(text, start, end)
            )
        ]
        mine = _distance(m.start(), trigger)
        if all(_distance(m.start(), o) >= mine for o in rivals):
            return True
        if m.end() <= trigger.start and WHEN_AFTER.match(text, m.end(), trigger.start):
            return True  # "since 2018, when the United States reimposed sanctions"
    return False
