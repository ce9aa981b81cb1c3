"""Action frames: in each clause, a trigger phrase, its status and who acts.

A frame is the smallest statement of an action ("the Treasury sanctioned ...").
Status comes from the trigger kind and the words before it ("may impose" is a
threat, "agreed to impose" a proposal); the authority is the subject before the
trigger, the agent after "by", or the authority the text was last talking about.
Countries written after "on", "against" or "targeting" are hit, not acting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sanctionwatch.extract.document import Doc, Frame, Mention, Sentence
from sanctionwatch.extract.vocabulary import vocabulary

STATUS_OF_KIND = {
    "lift": "lifted",
    "threat": "threatened",
    "propose": "proposed",
    "impose": "imposed",
    "weak": "imposed",
}
KIND_PRIORITY = ("lift", "propose", "threat", "impose", "weak")
STRICT_CONTEXT = re.compile(
    r"sanction|designat|blacklist|restrictive measure|asset freeze|entity list", re.I
)
CLAUSE_BREAK = re.compile(
    r";|\s+[—–-]{1,2}\s+|,?\s+(?:while|whereas)\s+|,\s+(?:but|although|though|after|following|which|who|bringing)\s+"
)
TARGET_PREP = re.compile(
    r"(?:\b(?:since|because|as|after|before|when|while|although|though|if|unless|despite|on|against|targeting|target|from|in|of|to|into|between|with|for|over|at|toward|towards|"
    r"about|by|under|including|include|includes|supporting|support|and|or|hitting|regarding)"
    r"|[-–—])\s+(?:the\s+|its\s+|their\s+)?$",
    re.I,
)
LIST_GAP = re.compile(
    r"^\s*(?:,\s*(?:and\s+|as well as\s+)?|and\s+|&\s*|as well as\s+)(?:the\s+)?$", re.I
)
# "the Japanese government", "Australian, British and American (AUKUS) alliance"
GOVERNMENT_NOUN = re.compile(
    r"^(?:\s*(?:,|and|&)?\s*(?:(?:[A-Z][\w.-]*|and)\s*,?\s*){0,4})?\s*(?:\([A-Z]+\)\s*)?"
    r"(?i:government|governments|authorities|administration|officials|alliance|side|"
    r"foreign ministry|ministry|treasury|regulators|measures|sanctions|cabinet|council|package)\b"
)
AGENT_BY = re.compile(r"^[^.;]{0,40}?\bby\s+(?:the\s+)?$", re.I)
SPEAKER_AFTER = re.compile(
    r"^[^.;:]{0,60}?\b(?:said|says|stated|announced|warned|added|told)\b", re.I
)
# threats where the party before the trigger is the one threatened ("Russia would face")
THREATENED_SUBJECT = re.compile(
    r"\b(?:would|will|could) (?:face|have|lead|pay|bring)|consequences|\bcosts?\b", re.I
)
# boilerplate resolve ("will continue to ...") speaks only for an authority it names
ROUTINE_THREAT = re.compile(r"\bwill continue\b", re.I)


def warner(text: str, mentions: list[Mention], trig: Trigger) -> list[Mention]:
    """Who warns, when the party before a threat is the one threatened ("the UK
    foreign secretary said Russia would face ..."): the first actor named before
    it, outside the threatened party's own words."""
    before = [m for m in mentions if m.form in ("name", "agency") and m.end <= trig.start - 40]
    return before[:1]


@dataclass(frozen=True, slots=True)
class Patterns:
    triggers: dict[str, re.Pattern[str]]
    threatened: re.Pattern[str]
    proposed: re.Pattern[str]
    not_action: re.Pattern[str]
    background: re.Pattern[str]
    news: re.Pattern[str]
    speech: re.Pattern[str]
    negation: re.Pattern[str]
    context: re.Pattern[str]
    prefilter: re.Pattern[str]


@cache
def patterns() -> Patterns:
    data = vocabulary().frames
    return Patterns(
        # one alternation per kind: a single scan per clause and kind
        triggers={
            k: re.compile("|".join(f"(?:{p})" for p in v), re.I)
            for k, v in data["triggers"].items()
        },
        threatened=re.compile(data["modality"]["threatened"], re.I),
        proposed=re.compile(data["modality"]["proposed"], re.I),
        not_action=re.compile(data["not_action"], re.I),
        background=re.compile("|".join(data["background"]), re.I),
        news=re.compile(data["news"], re.I),
        speech=re.compile(data["speech"], re.I),
        negation=re.compile(data["negation"] + r"|\bcan['’]?t\b|\bcannot\b", re.I),
        prefilter=re.compile(data["prefilter"], re.I),
        context=re.compile(
            r"sanction|restrictive|restriction|blacklist|designat|asset|freez|embargo|\bbans?\b|"
            r"\blist|price cap|penalt|curbs|measures|entity list",
            re.I,
        ),
    )


def clauses(text: str) -> list[tuple[int, int]]:
    spans = []
    pos = 0
    for m in CLAUSE_BREAK.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    return [(s, e) for s, e in spans if e > s]


HEAD_WORD = re.compile(r"[\w’'-]+")


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
    if not pats.prefilter.search(text, start, end):
        return found
    for kind in KIND_PRIORITY:
        for m in pats.triggers[kind].finditer(text, start, end):
            if any(t.start <= m.start() < t.end or m.start() <= t.start < m.end() for t in found):
                continue
            head = HEAD_WORD.match(text, m.start())
            head_end = head.end() if head else m.end()
            found.append(Trigger(kind, m.start(), m.end(), head_end))
    return sorted(found, key=lambda t: t.start)


def in_list(text: str, prev: Mention, m: Mention) -> bool:
    """True when m continues a list with prev: "A and B", or "A, B" followed by more."""
    gap = text[prev.end : m.start]
    if not LIST_GAP.match(gap):
        return False
    if re.search(r"\band\b|&|as well as", gap):
        return True
    return re.match(r"\s*(?:,|and\b|&|\()", text[m.end :]) is not None


def subject_mentions(text: str, mentions: list[Mention], start: int, end: int) -> list[Mention]:
    """Authorities named as the subject in text[start:end]: not after a target
    preposition, and adjectives only when they qualify a government."""
    chosen: list[Mention] = []
    prev: Mention | None = None
    prev_chosen = False
    for m in mentions:
        if not (start <= m.start and m.end <= end):
            continue
        if text[m.start - 1 : m.start] == "(":
            continue  # "the Sanctions Committee (DPRK)": a qualifier, not an actor
        before = text[max(start, m.start - 30) : m.start]
        continuing = prev is not None and in_list(text, prev, m)
        if continuing:
            ok = prev_chosen
        elif TARGET_PREP.search(before):
            ok = False
        elif m.form == "adjective":
            ok = GOVERNMENT_NOUN.match(text[m.end : m.end + 60]) is not None
        else:
            ok = m.form != "people"
        if continuing and m.form == "adjective" and prev_chosen:
            ok = GOVERNMENT_NOUN.match(text[m.end : m.end + 60]) is not None
        # "Iran's drone programme": a possessive country is an owner, not an actor
        if ok and m.form == "name" and re.match(r"['’]s\s+[a-z]", text[m.end : m.end + 4]):
            ok = False
        if ok:
            chosen.append(m)
        prev, prev_chosen = m, ok
    return chosen


ADJECTIVE_USE = re.compile(r"(?:\b(?:a|an|the|with|of|its|their|already|newly|now)\s+|-)$", re.I)
RELATIVE_START = re.compile(r",\s+(?:who|which)\s+$")


def antecedents(text: str, mentions: list[Mention], clause_start: int) -> list[Mention]:
    """ "... from the UK, France and Germany, who announced ...": the list just
    before a relative clause is its subject."""
    before = [m for m in mentions if m.end <= clause_start]
    if not before or not re.fullmatch(
        r"\s*,\s+(?:who|which)\s+", text[before[-1].end : clause_start]
    ):
        return []
    group = [before[-1]]
    for m in reversed(before[:-1]):
        if not LIST_GAP.match(text[m.end : group[0].start]):
            break
        group.insert(0, m)
    return group


def agent_mentions(text: str, mentions: list[Mention], trigger: Trigger, end: int) -> list[Mention]:
    """The agent of a passive trigger: "... were sanctioned by the UK"."""
    for m in mentions:
        if trigger.end <= m.start < end and AGENT_BY.match(text[trigger.end : m.start]):
            group = [m]
            for other in mentions:
                if other.start > group[-1].end and LIST_GAP.match(
                    text[group[-1].end : other.start]
                ):
                    group.append(other)
            return group
    return []


def speaker_mentions(text: str, mentions: list[Mention]) -> list[Mention]:
    return [m for m in mentions if m.form != "adjective" and SPEAKER_AFTER.match(text[m.end :])]


def status_of(kind: str, text: str, clause_start: int, trigger: Trigger) -> str:
    status = STATUS_OF_KIND[kind]
    if kind not in ("impose", "weak"):
        return status
    pats = patterns()
    before = text[max(clause_start, trigger.start - 60) : trigger.start]
    if pats.proposed.search(before) or pats.proposed.match(text, trigger.start):
        return "proposed"
    if pats.threatened.search(before):
        return "threatened"
    return status


def is_background(text: str, start: int, end: int, trigger: Trigger, others: list[Trigger]) -> bool:
    """Background markers near the trigger, and nearer to it than to any other
    trigger of the clause ("lifting restrictions imposed in 2023")."""
    pats = patterns()
    lo, hi = max(start, trigger.start - 70), min(end, trigger.end + 60)
    for m in pats.background.finditer(text, lo, hi):
        mine = abs(m.start() - trigger.start)
        if all(abs(m.start() - o.start) >= mine for o in others):
            return True
    return False


class FrameFinder:
    """Finds frames sentence by sentence, remembering who acted last."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.context: list[tuple[str, str | None, str | None]] = []
        self.eu_mentioned = any(m.code == "EU" for ms in doc.mentions for m in ms)
        self.found: list[Frame] = []
        self.clause_triggers: list[Trigger] = []
        self.context_status: str | None = None

    def resolve(self, m: Mention, sentence_mentions: list[Mention]) -> str | None:
        if m.code:
            return m.code
        if m.label == "Council of the EU" and m.text == "Council":
            return "EU" if self.eu_mentioned else None
        named = [o for o in sentence_mentions if o.code and o.form == "name" and o.end <= m.start]
        if named:
            return named[-1].code
        return self.context[-1][0] if self.context else None

    def actors(
        self, sentence: Sentence, ms: list[Mention], chosen: list[Mention]
    ) -> list[tuple[str, str | None, str | None]]:
        """(authority, department, agency label) per actor, departments kept apart."""
        out: list[tuple[str, str | None, str | None]] = []
        for m in chosen:
            code = self.resolve(m, ms)
            if code is None:
                continue
            same = [i for i, a in enumerate(out) if a[0] == code]
            if not same:
                out.append((code, m.department, m.label))
                continue
            i = same[-1]
            held = out[i]
            if held[1] is None or m.department is None or held[1] == m.department:
                out[i] = (code, held[1] or m.department, held[2] or m.label)
                if m.label and m.department and held[2] != m.label and "(" in (m.label or ""):
                    out[i] = (code, out[i][1], m.label)
            else:
                out.append((code, m.department, m.label))
        return out

    def frames_in(self, index: int, sentence: Sentence) -> list[Frame]:
        text = sentence.text
        ms = self.doc.mentions[index]
        pats = patterns()
        found: list[Frame] = []
        if sentence.headline:
            return found
        context = list(self.context)
        nearby = " ".join(s.text for s in self.doc.sentences[max(0, index - 2) : index + 1])
        for c_start, c_end in clauses(text):
            clause_triggers = find_triggers(text, c_start, c_end)
            self.clause_triggers = clause_triggers
            dominant: Trigger | None = None
            for trig in clause_triggers:
                if trig.kind in ("lift", "propose", "threat") and dominant is None:
                    dominant = trig
                elif dominant is not None and trig.kind in ("impose", "weak"):
                    continue  # "agreed to impose sanctions, including those targeting ..."
                if trig.kind in ("impose", "weak") and not self.plausible(text, trig, c_start):
                    continue
                if trig.kind in ("impose", "weak") and not pats.context.search(nearby):
                    continue
                if trig.kind == "weak" and not self.strong_enough(text, ms, trig, c_start):
                    continue
                if pats.not_action.search(text, c_start, trig.start) and trig.kind in (
                    "impose",
                    "weak",
                    "propose",
                ):
                    continue
                self.context = context if not found else self.context
                found.extend(self.frames_for(index, sentence, ms, trig, c_start, c_end))
        return found

    def frames_for(
        self,
        index: int,
        sentence: Sentence,
        ms: list[Mention],
        trig: Trigger,
        c_start: int,
        c_end: int,
    ) -> list[Frame]:
        text = sentence.text
        status = status_of(trig.kind, text, c_start, trig)
        chosen = agent_mentions(text, ms, trig, c_end) or subject_mentions(
            text, ms, c_start, trig.start
        )
        if not chosen:  # "added to the OFAC's sanctions list"
            chosen = [
                m
                for m in ms
                if trig.start <= m.start
                and m.end <= trig.end
                and m.form != "adjective"
                and re.match(r"['’]s\b", text[m.end : m.end + 2])
            ][:1]
        if status == "threatened" and THREATENED_SUBJECT.search(text, trig.start, trig.end):
            chosen = speaker_mentions(text, ms) or warner(text, ms, trig)
        if not chosen and RELATIVE_START.search(text[max(0, c_start - 8) : c_start]):
            chosen = antecedents(text, ms, c_start)
        if not chosen:
            chosen = [m for m in speaker_mentions(text, ms) if m.form == "agency"]
        acts = self.actors(sentence, ms, chosen)
        explicit = bool(acts)
        routine = status == "threatened" and ROUTINE_THREAT.search(text, trig.start, trig.end)
        if not acts and self.context and not routine:
            acts = [self.context[-1]]
            if status == "imposed" and self.context_status == "proposed":
                status = "proposed"  # "The measures also target ...": still the proposal
        others = [t for t in self.clause_triggers if t is not trig]
        background = is_background(text, c_start, c_end, trig, others)
        frames = [
            Frame(
                sentence=index,
                authority=code,
                status=status,
                trigger_start=trig.start,
                trigger_end=trig.head_end,
                clause_start=c_start,
                clause_end=c_end,
                department=dept,
                agency=label,
                background=background,
                explicit=explicit,
            )
            for code, dept, label in acts
        ]
        news = [f for f in frames if not f.background]
        if news and (explicit or not self.context):
            self.context.append((news[0].authority, news[0].department, news[0].agency))
            self.context_status = news[0].status
        return frames

    def plausible(self, text: str, trig: Trigger, c_start: int) -> bool:
        """Not negated ("can't be sanctioned"), not an adjective ("a sanctioned
        group"), not part of a capitalised name ("Specially Designated Nationals")."""
        before = text[max(c_start, trig.start - 25) : trig.start]
        if patterns().negation.search(before):
            return False
        if text[trig.head_end - 2 : trig.head_end] == "ed" and ADJECTIVE_USE.search(before):
            return False
        return not (
            trig.start > 0 and text[trig.start].isupper() and not before.endswith(("“", '"'))
        )

    def strong_enough(self, text: str, ms: list[Mention], trig: Trigger, c_start: int) -> bool:
        """A weak trigger ("targeted") needs sanctions words or a named actor."""
        if STRICT_CONTEXT.search(text):
            return True
        return bool(
            subject_mentions(text, ms, c_start, trig.start)
            or agent_mentions(text, ms, trig, len(text))
        )

    def credit_department(self, ms: list[Mention]) -> None:
        """ "The US Office of Foreign Assets Control said the sanctions ...": the
        department speaks for an action its state took without naming it."""
        for m in ms:
            if m.form != "agency" or not m.department or not m.code:
                continue
            mine = [f for f in self.found if f.authority == m.code and not f.background]
            if mine and all(f.department is None for f in mine):
                for f in mine:
                    f.department, f.agency = m.department, m.label
                self.context.append((m.code, m.department, m.label))
            return

    def note_context(self, index: int) -> None:
        """A sentence that names an acting authority without a trigger moves the
        context to it ("The department said ...", "Sanctions in Australia")."""
        ms = self.doc.mentions[index]
        text = self.doc.sentences[index].text
        chosen = subject_mentions(text, ms, 0, len(text))
        self.credit_department(ms)
        acted = {a[0] for a in self.context}
        for code, dept, label in self.actors(self.doc.sentences[index], ms, chosen[:1]):
            if code in acted or not self.context:  # before any action, the topic leads
                self.context.append((code, dept, label))


def find_frames(doc: Doc) -> list[Frame]:
    finder = FrameFinder(doc)
    frames: list[Frame] = []
    for i, sentence in enumerate(doc.sentences):
        found = finder.frames_in(i, sentence)
        if found:
            frames.extend(found)
            finder.found.extend(found)
        else:
            finder.note_context(i)
    return frames


def frames(doc: Doc) -> Doc:
    """Stage: find action frames."""
    doc.frames = find_frames(doc)
    return doc
