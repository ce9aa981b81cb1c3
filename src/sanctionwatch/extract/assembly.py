"""Assembly: frames become actions, and actions gain dates, targets and counts.

One authority's one announcement is one action: frames of the same authority,
status and department merge, wherever in the article they stand. Targets come
from the frame clauses and from the sentences that follow them ("Among those
listed are ..."), which stay with an action until another authority takes over.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from itertools import islice

from sanctionwatch.extract import attributes, counts, dates, frames, targets, triggers, zones
from sanctionwatch.extract.actors import (
    BLOCS,
    GOVERNMENT_NOUN,
    LEADER_CODE,
    dateline_end,
    in_list,
    other_actor,
    programme_adjective,
    subject_mentions,
)
from sanctionwatch.extract.document import Doc, Frame, Mention, Name
from sanctionwatch.extract.lookahead import kept
from sanctionwatch.extract.vocabulary import load_json, rule, vocabulary
from sanctionwatch.model import TARGET_KINDS, Action, Target, empty_counts

BACKGROUND_DAYS = 5  # an action this long before the article's news is context
# an act dated most of a year or more before the article is a retelling however it is
# told ("NIS was put under US sanctions on January 10, 2025" in a story of late 2026),
# even with no other act beside it; a half-year look back may still be the story's own
# (a report of July on a UN listing of late December)
STALE_DAYS = 270
DATE_BLOCKERS = rule("assembly.date_blockers")
OTHER_ACT_DATE = rule("assembly.other_act_date")
OTHER_ACT_RELATIVE = rule("assembly.other_act_relative")  # "that the EU listed on ..."
RELATIVE_AFTER_DATE = rule("assembly.relative_after_date")
# "added X to its list on Friday and warned of ...": the day is the first verb's too
SHARED_DAY = rule("assembly.shared_day")
# "X fell on Tuesday after Washington put its unit on a blacklist": the main clause's day
MAIN_CLAUSE_DAY = rule("assembly.main_clause_day")
# "imposed sanctions ... late on Wednesday": no clause break between trigger and day
OWN_CLAUSE_GAP = rule("assembly.own_clause_gap")
STAMP_BEFORE = rule("assembly.stamp_before")
STAMP_AFTER = rule("assembly.stamp_after")
DATELINE_PLACE = rule("assembly.dateline_place")
DATELINE_DASH = rule("assembly.dateline_dash")
ANNOUNCEMENT = rule("assembly.announcement")
SUMMARY = rule("assembly.summary")
ANNOUNCED_BEFORE = 2  # sentences before an action's first frame that may date it
SAME_DAY = rule("assembly.same_day")
SAME_DAY_BACK = 4  # sentences before "the same day" whose last named day it may mean
DAYS_LATER = rule("assembly.days_later")
TRAILING_ADD = rule("assembly.trailing_add")
SEPARATE_ACTION = rule("assembly.separate_action")
LEGAL_BASIS = rule("assembly.legal_basis")
NAMED_REGULATIONS = rule("assembly.named_regulations")
SAME_ACT = rule("assembly.same_act")
ALIGNED_WITH_DECISION = rule("assembly.aligned_with_decision")
SAME_TARGETS = rule("assembly.same_targets")
SAMENESS = rule("assembly.sameness")
# "added the 13 persons and firms to its own list": another's listing mirrored
OWN_LIST = rule("assembly.own_list")
AS_DID = rule("assembly.as_did")


@dataclass(slots=True)
class Draft:
    """An action being assembled: the frames grouped into it so far."""

    authority: str
    status: str
    department: str | None
    agency: str | None
    background: bool
    frames: list[Frame] = field(default_factory=list)
    basis: str | None = None  # the executive order its frames name, if any
    targets: list[tuple[Name, int, bool]] = field(default_factory=list)  # name, sentence, also
    follow_up: list[int] = field(default_factory=list)  # sentences that continue it
    date: date | None = None
    day: str | None = None
    # a count's kind -> where the names a joiner sets beside it stand, and how many of
    # the action's targets stood there when it was counted (Doc.joined)
    joined: dict[str, tuple[int, int, int]] = field(default_factory=dict)

    def same_day(self, day: str | None) -> bool:
        return self.day is None or day is None or same_day(self.day, day)

    def same_basis(self, basis: str | None) -> bool:
        return self.basis is None or basis is None or self.basis == basis

    def accepts(self, frame: Frame) -> bool:
        if (self.authority, self.status) != (frame.authority, frame.status):
            return False
        if self.status == "threatened":
            return True  # one stated intention per authority
        if self.background != frame.background:
            return False
        if self.background:
            return True
        return self.department is None or frame.department in (None, self.department)

    def add(self, frame: Frame) -> None:
        self.frames.append(frame)
        self.department = self.department or frame.department
        if frame.agency and (self.agency is None or "(" in frame.agency):
            self.agency = frame.agency


RELATIVE_DAYS = frozenset(dates.CALENDAR["relative_days"])


WEEKDAY_MARK = "@"  # a day key resolved from a weekday name: "2018-05-16@wednesday"


def same_day(a: str, b: str) -> bool:
    """Day keys that may name one announcement: resolved dates within the
    scorer's slack, or the same weekday; "today" in a quoted release agrees.
    Two different weekday names are two days ("On Wednesday, the Treasury
    designated ..." after "announced on Thursday"), however near."""
    if a in RELATIVE_DAYS or b in RELATIVE_DAYS:
        return True
    if WEEKDAY_MARK in a and WEEKDAY_MARK in b:
        return a == b
    a, b = a.split(WEEKDAY_MARK)[0], b.split(WEEKDAY_MARK)[0]
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 2
    except ValueError:
        return a == b


AGREED = rule("assembly.agreed")


def fold_agreements(doc: Doc, frames: list[Frame]) -> None:
    """ "The Council on Monday added 48 individuals ... The ministers also agreed to
    list 74 vessels": a political agreement reported beside the adoption of the same
    authority folds into it (ANNOTATION.md, multi-stage decisions), so it is imposed."""
    imposed = {
        f.authority for f in frames if f.status == "imposed" and f.explicit and not f.background
    }
    for f in frames:
        if f.status != "proposed" or f.background or f.authority not in imposed:
            continue
        text = doc.sentences[f.sentence].text
        if AGREED.match(text, f.trigger_start):
            f.status = "imposed"


# "All three would face an asset freeze", "The bill would freeze any US assets of
# those named": what a proposal would do, told after it with a bare "would"
WOULD_DO = rule("assembly.would_do")


def fold_proposal_effects(doc: Doc, frames: list[Frame]) -> None:
    """A bare "would" after a proposal of the same authority tells what the proposal
    would do (ANNOTATION.md, multi-stage decisions): the threat folds into it."""
    first: dict[str, int] = {}
    for f in frames:
        if f.status == "proposed" and not f.background:
            first.setdefault(f.authority, f.sentence)
    for f in frames:
        if f.status != "threatened" or first.get(f.authority, f.sentence) >= f.sentence:
            continue
        text = doc.sentences[f.sentence].text
        if WOULD_DO.search(text, f.clause_start, f.trigger_start + 1):
            f.status = "proposed"


def programme_frames(doc: Doc, frames: list[Frame]) -> None:
    """ "New Iranian sanctions target X. The US Treasury designated the two ...": a
    frame whose only actor is a country adjective before the sanctions noun belongs to
    another authority the article names acting, when there is one: the one its own
    sentence names ("..., the European Union said"), else the nearest news frame of
    the same status (the later first). The adjective named the programme; it stays
    the actor only when nothing else acts and its state acts nowhere else."""
    for f in frames:
        if not f.explicit or f.background or f.subordinate:
            continue
        text = doc.sentences[f.sentence].text
        ms = doc.mentions[f.sentence]
        if not programme_adjective(text, ms, f.authority, f.trigger_start):
            continue
        plain = [
            o
            for o in frames
            if o is not f
            and o.explicit
            and not o.background
            and not programme_adjective(
                doc.sentences[o.sentence].text, doc.mentions[o.sentence], o.authority,
                o.trigger_start,
            )
        ]  # fmt: skip
        if any(o.authority == f.authority for o in plain):
            continue  # "Iranian sanctions ... Iran also banned ...": Iran acts
        code = other_actor(text, ms, f.authority)
        if code is None:
            same = [o for o in plain if o.status == f.status and o.authority != f.authority]
            later = [o for o in same if o.sentence >= f.sentence]
            pick = later[:1] or same[-1:]
            code = pick[0].authority if pick else None
        if code is None:
            continue
        old, f.authority = f.authority, code
        # "Among those designated was X": the frames after it that took their
        # authority from the text's context took the adjective's state too
        for o in frames[frames.index(f) + 1 :]:
            if o.explicit:
                break
            if o.authority == old:
                o.authority = code


def echo_frames(doc: Doc, frames: list[Frame]) -> None:
    """ "The United States imposed sanctions on X on Tuesday, as did Britain and
    Canada": the authorities after "as did" act in the same act, a frame each beside
    the frame they follow (frames appended to `frames`, which is doc.frames)."""
    for f in list(frames):
        if not f.explicit or f.background or f.status not in ("imposed", "proposed"):
            continue
        text = doc.sentences[f.sentence].text
        ms = [m for m in doc.mentions[f.sentence] if f.trigger_end <= m.start < f.clause_end]
        have = {o.authority for o in frames if o.sentence == f.sentence}
        group: list[Mention] = []
        for m in ms:
            if group:  # the list goes on: "as did Britain, Canada and Japan"
                if not in_list(text, group[-1], m):
                    break
                group.append(m)
            elif AS_DID.search(text, max(f.trigger_end, m.start - 30), m.start):
                group.append(m)
        for m in group:
            if m.form == "people" or m.code is None or m.code in have:
                continue
            if m.form == "adjective" and GOVERNMENT_NOUN.match(text[m.end : m.end + 60]) is None:
                continue
            have.add(m.code)
            frames.append(dataclasses.replace(f, authority=m.code, agency=None, department=None))


# "..., after the EU sanctioned ...": a clause that opens on a conjunction of what came first
EARLIER_CLAUSE = rule("assembly.earlier_clause")


def older_than_background(doc: Doc, frames: list[Frame]) -> None:
    """ "In 2021, Beijing imposed sanctions on European lawmakers after the EU sanctioned
    Chinese officials": an act told in a subordinate clause of an old act came before
    it, so it is old too."""
    for f in frames:
        if not f.explicit or f.background:
            continue
        text = doc.sentences[f.sentence].text
        opening = EARLIER_CLAUSE.search(text, max(0, f.clause_start - 12), f.clause_start)
        if f.subordinate or opening is not None:
            before = [
                o for o in frames if o.sentence == f.sentence and o.trigger_start < f.trigger_start
            ]
            # the act the clause hangs on is the nearest before it ("China had sanctioned
            # ..., and it said on Monday it would respond after the US sanctioned ...")
            last = max((o.trigger_start for o in before), default=None)
            f.background = any(
                o.background
                and o.status != "threatened"  # "would respond after the US sanctioned ..."
                and o.explicit
                and not o.subordinate
                and o.authority != f.authority
                and o.trigger_start == last
                for o in before
            )


def group_frames(doc: Doc, frames: list[Frame]) -> list[Draft]:
    """Frames of one authority, status and department are one action, unless
    they name different days ("on Tuesday" ... "on Wednesday")."""
    older_than_background(doc, frames)
    fold_agreements(doc, frames)
    fold_proposal_effects(doc, frames)
    programme_frames(doc, frames)
    echo_frames(doc, frames)
    drafts: list[Draft] = []
    for frame in frames:
        day = day_key(doc, frame)
        basis = legal_basis(doc, frame)
        home = next(
            (d for d in drafts if d.accepts(frame) and d.same_day(day) and d.same_basis(basis)),
            None,
        )
        if home is not None and separate(doc, frame) and frame.status != "threatened":
            home = None  # "Also on December 7, the government amended ...": another decision
        if (
            home is not None
            and renewal(doc, frame)
            and not any(renewal(doc, f) or f.sentence == frame.sentence for f in home.frames)
        ):
            home = None  # "The Council also decided to extend its measures until ...": a
            # renewal of the regime is a decision apart from the day's new listings (not
            # "a resolution renewing the regime and adding four leaders": one decision)
        if home is None:
            home = Draft(frame.authority, frame.status, frame.department, None, frame.background)
            drafts.append(home)
        home.day = home.day or day
        home.basis = home.basis or basis
        home.add(frame)
        frame.action = drafts.index(home)
    return drafts


# not an extension in scope ("extended the sanctions to cover three more airlines, which
# will be barred until further notice"): no "to" before the end date
RENEWAL = rule("assembly.renewal")


def renewal(doc: Doc, frame: Frame) -> bool:
    """A frame that extends a regime in time ("extend its Venezuela restrictive measures
    until 10 January 2026"), told in its own clause."""
    if frame.status != "imposed" or frame.background or not frame.explicit:
        return False  # "It extends the asset freeze until ...": the decision just told
    text = doc.sentences[frame.sentence].text
    return RENEWAL.match(text, frame.trigger_start) is not None


def legal_basis(doc: Doc, frame: Frame) -> str | None:
    """The executive order a frame's own clause names ("under E.O. 14024"), if any;
    threats and background frames name none that splits an action."""
    if frame.status == "threatened" or frame.background:
        return None
    text = doc.sentences[frame.sentence].text
    m = LEGAL_BASIS.search(text, frame.clause_start, frame.clause_end)
    if m is not None:
        return m.group("number")
    # "... in Schedule 1 of the Iran Regulations", "... under the Hamas Regulations"
    m = NAMED_REGULATIONS.search(text, frame.clause_start, frame.clause_end)
    return m.group("name") if m else None


def separate(doc: Doc, frame: Frame) -> bool:
    """A frame that names its authority at the opening of a sentence reporting another
    decision ("Also on December 7, the Canadian government amended ...")."""
    if frame.background:
        return False
    text = doc.sentences[frame.sentence].text
    first = min(f.trigger_start for f in doc.frames if f.sentence == frame.sentence)
    if frame.trigger_start != first:
        return False
    if not frame.explicit:
        # "In a separate announcement the same day, the ministry put 15 entities on ...":
        # the authority in context, in a decision the sentence says is another
        opening = SEPARATE_OPENING.match(text)
        # not "Separately, the department said the designations were made under ...": a
        # retelling of the day's act
        return opening is not None and not SPOKEN.search(text, opening.end(), frame.trigger_start)
    return SEPARATE_ACTION.match(text) is not None


SPOKEN = rule("assembly.spoken")
RELATIVE_TRIGGER = rule("assembly.relative_trigger")
COORDINATED_TRIGGER = rule("assembly.coordinated_trigger")
SEPARATE_OPENING = rule("assembly.separate_opening")


def frame_day(doc: Doc, frame: Frame) -> dates.DateMention | None:
    """The date expression nearest the trigger in the frame's clause, else in its
    sentence; it may be unresolved ("on Tuesday" with no publication date)."""
    text = doc.sentences[frame.sentence].text
    found = [
        d
        for d in dates.sentence_dates(doc, frame.sentence)
        if not DATE_BLOCKERS.search(text[max(0, d.start - 20) : d.start])
        and not is_stamp(text, d)
        # "designated its director, WU, Jianguo; DOB 14 Aug 1971": a birth date
        and not dates.END_OR_BIRTH.search(text, max(0, d.start - 25), d.start)
        and not after_page(doc, d)
    ]
    # the date of a dateline ("OTTAWA, Dec 3 - ") dates the filing: a frame takes it only
    # when the sentence tells no day of its own ("... on Monday"), else the two triggers
    # of one decision would split it over two days
    told = [d for d in found if not in_dateline(text, d)]
    found = told or found
    if frame.answered:
        found = [d for d in found if answered_day(text, frame, d)]
    same = [f for f in doc.frames if f.sentence == frame.sentence]
    others = [f.trigger_start for f in same]

    def mine(d: dates.DateMention) -> bool:
        # a date belongs to the trigger nearest to it (an answered act's only if its own)
        near = [f.trigger_start for f in same if not f.answered or answered_day(text, f, d)]
        nearest = min(near, key=lambda t: abs(d.start - t), default=frame.trigger_start)
        if frame.trigger_start < d.start < nearest and SHARED_DAY.fullmatch(text, d.end, nearest):
            return True  # the verb after "and" shares the day of the one before it
        return abs(d.start - nearest) >= abs(d.start - frame.trigger_start)

    def spare(d: dates.DateMention) -> bool:
        # the date nearest another trigger, which has a nearer date of its own ("aligned
        # with the Council decision of 24 February that added ..., published on
        # Tuesday": 24 February dates "added", Tuesday is left for "aligned")
        nearest = min(others, key=lambda t: abs(d.start - t), default=frame.trigger_start)
        return any(abs(e.start - nearest) < abs(d.start - nearest) for e in found)

    # "in response to London's sanctions of November 19": another act's day, unless
    # this frame's trigger is in that phrase ("the sanctions adopted by the EU on ...")
    own = [d for d in found if not other_act_day(text, d, frame)]
    in_clause = [d for d in own if frame.clause_start <= d.start < frame.clause_end and mine(d)]
    if not in_clause and not any(mine(d) for d in own):
        antecedent = relative_antecedent(doc, frame)
        if antecedent is not None:
            # "presented a revised draft of its package that proposes to list ...": the
            # relative clause tells the content of the act just told, so its day, not a
            # day left over in the sentence
            return frame_day(doc, antecedent)
    pool = in_clause or [d for d in own if mine(d)] or [d for d in own if spare(d)]
    if not pool:
        return None
    day = min(pool, key=lambda d: abs(d.start - frame.trigger_start))
    if main_clause_day(doc, frame, day):
        # "Shares fell on Thursday after the US imposed sanctions late on Wednesday": the
        # subordinate clause's own day, right after its trigger, beats the main clause's
        told_after = [d for d in pool if own_clause_after(text, frame, d)]
        if told_after:
            return told_after[0]
    return day


def relative_antecedent(doc: Doc, frame: Frame) -> Frame | None:
    """The nearest earlier frame of the sentence, by the same authority with the same
    status, whose object a relative clause opening on this frame's trigger describes
    ("presented a draft that proposes to list"); None when the trigger opens no
    relative clause or no such frame precedes it."""
    text = doc.sentences[frame.sentence].text
    if not RELATIVE_TRIGGER.search(text, max(0, frame.trigger_start - 30), frame.trigger_start):
        return None
    earlier = [
        f
        for f in doc.frames
        if f.sentence == frame.sentence
        and f.trigger_start < frame.trigger_start
        and (f.authority, f.status, f.background)
        == (frame.authority, frame.status, frame.background)
    ]
    return max(earlier, key=lambda f: f.trigger_start, default=None)


def own_clause_after(text: str, frame: Frame, day: dates.DateMention) -> bool:
    """A day written after the trigger with no clause break between ("imposed blocking
    sanctions on the two oil companies late on Wednesday")."""
    return day.start > frame.trigger_end and bool(
        OWN_CLAUSE_GAP.fullmatch(text, frame.trigger_end, day.start)
    )


def main_clause_day(doc: Doc, frame: Frame, day: dates.DateMention | None) -> bool:
    """Whether the day a frame after a conjunction takes is told before it, the main
    clause's ("Shares fell on Tuesday after Washington put the unit on a blacklist"): it
    dates the act only when nothing else does, and splits no action."""
    if day is None or day.end > frame.trigger_start:
        return False
    text = doc.sentences[frame.sentence].text
    # the clause opens on the conjunction ("..., after Washington put ...") or its
    # subject follows one
    opening = EARLIER_CLAUSE.search(text, max(0, frame.clause_start - 12), frame.clause_start)
    if not frame.subordinate and (opening is None or day.end > frame.clause_start):
        return False
    # the main clause tells no act of its own ("Liechtenstein froze ... on Friday ...,
    # after both were named on the EU list": Friday is the freeze's, frame_day's choice)
    return (
        not any(
            f.sentence == frame.sentence and f.trigger_start < frame.trigger_start
            for f in doc.frames
        )
        and MAIN_CLAUSE_DAY.search(text, day.end, frame.trigger_start) is not None
    )


def answered_day(text: str, frame: Frame, day: dates.DateMention) -> bool:
    """Whether a day is told of the act a counter-measure answers (`frame.answered`):
    right after it, with no comma between ("in response to sanctions imposed by Canberra
    on November 18"); "..., the ministry said on Wednesday" dates the counter-measure."""
    return day.start > frame.trigger_end and "," not in text[frame.trigger_end : day.start]


PAGE_LAG = timedelta(days=1)  # a page dated in one time zone may report the next day's act


def after_page(doc: Doc, day: dates.DateMention) -> bool:
    """A day later than the page: when the act ends, takes effect or is due ("extended
    ... by 12 months, to 10 January 2028", "a wind-down period until January 5, 2027"),
    never the day it was taken or announced."""
    return (
        doc.published is not None and day.value is not None and day.value > doc.published + PAGE_LAG
    )


def other_act_day(text: str, day: dates.DateMention, frame: Frame) -> bool:
    """The date of another act, told in a measure phrase that ends at it (the
    phrase holds no trigger of `frame`)."""
    phrase = OTHER_ACT_DATE.search(text, max(0, day.start - 90), day.start) or (
        OTHER_ACT_RELATIVE.search(text, max(0, day.start - 90), day.start)
    )
    if phrase is None or phrase.start() <= frame.trigger_start < day.start:
        return False
    # "the Council decision of 24 February that added 48 individuals": the relative
    # clause's trigger tells the act the date is of
    return not (
        day.end <= frame.trigger_start
        and RELATIVE_AFTER_DATE.fullmatch(text, day.end, frame.trigger_start) is not None
    )


def is_stamp(text: str, day: dates.DateMention) -> bool:
    """A dateline stamp in parentheses ("(Sputnik - 19th November, 2019)")."""
    return bool(
        STAMP_AFTER.match(text[day.end : day.end + 4])
        and STAMP_BEFORE.search(text[max(0, day.start - 6) : day.start])
    )


def in_dateline(text: str, day: dates.DateMention) -> bool:
    """A date in the dateline that opens a sentence ("OTTAWA, Dec 3 - Canada ...")."""
    return bool(DATELINE_PLACE.fullmatch(text, 0, day.start) and DATELINE_DASH.match(text, day.end))


DAY_AFFIXES = rule("assembly.day_affixes")  # "on tuesday", "tuesday’s"


SPOKEN_DAY = rule("assembly.spoken_day")
SPOKEN_DAY_END = rule("assembly.spoken_day_end")


def spoken_day(doc: Doc, frame: Frame, day: dates.DateMention | None) -> bool:
    """Whether the day a frame takes is its trailing speaker's ("Latvia has barred 12
    officers ..., Interior Minister X said on Thursday"): the day the act was told."""
    if day is None or day.start < frame.trigger_end:
        return False
    text = doc.sentences[frame.sentence].text
    return (
        SPOKEN_DAY.search(text, max(frame.trigger_end, day.start - 80), day.start) is not None
        and SPOKEN_DAY_END.match(text, day.end) is not None
    )


def weak_day(doc: Doc, frame: Frame, day: dates.DateMention | None) -> bool:
    """Whether the day a frame takes is another clause's (`main_clause_day`) or its
    speaker's (`spoken_day`): it dates the act only when nothing else does, and splits
    no action."""
    return main_clause_day(doc, frame, day) or spoken_day(doc, frame, day)


def day_key(doc: Doc, frame: Frame) -> str | None:
    """Which day a frame speaks of, resolved or not: "2024-05-16" or "tuesday"."""
    day = frame_day(doc, frame)
    if day is None or weak_day(doc, frame, day):
        return None
    back = days_back(doc, frame, day)
    if back:
        # "halted on Friday, a day after the Treasury sanctioned it": the act's own day,
        # as frame_date gives it, so that the day's other statements of it join it
        return (day.value - timedelta(days=back)).isoformat() if day.value else None
    text = doc.sentences[frame.sentence].text[day.start : day.end].lower()
    word = DAY_AFFIXES.sub("", text.strip())
    if day.value:
        weekday = word in dates.WEEKDAYS
        return day.value.isoformat() + (WEEKDAY_MARK + word if weekday else "")
    return word


# "..., a day after the European Union included it": the distance back to the act
DAYS_AFTER = rule("assembly.days_after")
# the number words of assembly.days_after and days_later ("two days later"): counts.json's
DAY_COUNTS: dict[str, int] = vocabulary().counts["numbers"]


def frame_date(doc: Doc, frame: Frame) -> date | None:
    day = frame_day(doc, frame)
    if day is None or day.value is None:
        return None
    return day.value - timedelta(days=days_back(doc, frame, day))


def days_back(doc: Doc, frame: Frame, day: dates.DateMention) -> int:
    """How many days before the main clause's day the frame's act came: "Ltd. on Friday
    denied ..., a day after the EU included it" is 1; 0 where no such phrase stands."""
    text = doc.sentences[frame.sentence].text
    after = DAYS_AFTER.search(text, max(0, frame.clause_start - 30), frame.clause_start)
    if after is None or day.start >= frame.clause_start:
        return 0
    n = after.group("n").lower()
    return DAY_COUNTS.get(n) or int(n)


# "The warning came a day after Estonia ... announced": counted back from the step before
SEQUENCE_AFTER = rule("assembly.sequence_after")


def sequence_day(doc: Doc, drafts: list[Draft], draft: Draft) -> date | None:
    """The day of an undated act told in a sentence that opens "The warning came a day
    after ...": that many days before the latest dated act of an earlier sentence."""
    for frame in draft.frames:
        text = doc.sentences[frame.sentence].text
        seq = SEQUENCE_AFTER.match(text)
        if seq is None or seq.end() > frame.trigger_start:
            continue
        told = [(max(f.sentence for f in d.frames), d.date) for d in drafts if d.frames]
        earlier = [(s, day) for s, day in told if day is not None and s < frame.sentence]
        if not earlier:
            return None
        n = seq.group("n").lower()
        return max(earlier)[1] - timedelta(days=DAY_COUNTS.get(n) or int(n))
    return None


def settle_dates(doc: Doc, drafts: list[Draft]) -> None:
    for draft in drafts:
        # a main clause's day ("Shares fell on Tuesday after Washington put ...") only
        # when no frame of the action tells a day of its own
        # or a speaker's day ("..., the minister said on Thursday") beside the act's own
        weak = [f for f in draft.frames if weak_day(doc, f, frame_day(doc, f))]
        for frame in [f for f in draft.frames if f not in weak] + weak:
            draft.date = frame_date(doc, frame)
            if draft.date:
                break
    for draft in drafts:
        if draft.date is None:
            draft.date = sequence_day(doc, drafts, draft)
    if doc.published is not None:  # a retelling, even as the only act (STALE_DAYS)
        for draft in drafts:
            if draft.date is not None and (doc.published - draft.date).days > STALE_DAYS:
                draft.background = True
    # a lifting is news too: in a lifting story, an imposition dated weeks before it
    # ("NIS, which was designated on January 10") is its background
    news = [
        d
        for d in drafts
        if not d.background and d.status in ("imposed", "proposed", "lifted") and d.date
    ]
    main = news[0].date if news else doc.published
    lead = news[0] if news else None
    for draft in drafts:
        if draft is lead or not (main and draft.date):
            continue
        recent = doc.published is not None and (doc.published - draft.date).days <= 3
        if (main - draft.date).days > BACKGROUND_DAYS and not recent:
            draft.background = True
    for draft in drafts:
        if draft.status == "threatened" and draft.date is None:
            same = [d for d in news if d.authority == draft.authority]
            draft.date = same[0].date if same else None
    undated = [d for d in drafts if d.date is None and not d.background]
    if undated and doc.published is not None and live_blog(doc.text):
        # "12:10 / London has followed within hours. The Foreign Office said it had
        # sanctioned ...": a live blog's entries are told on its day
        for draft in undated:
            draft.date = doc.published


LIVE_STAMP = rule("assembly.live_stamp")
LIVE_ENTRIES = 3  # time stamps on lines of their own that make a page a live blog


def live_blog(text: str) -> bool:
    """A page of time-stamped entries ("09:15", "10:41", "12:10" on lines of their own)."""
    stamps = islice(LIVE_STAMP.finditer(text), LIVE_ENTRIES)
    return sum(1 for _ in stamps) == LIVE_ENTRIES


def better(phrase: counts.CountPhrase, held: counts.CountPhrase) -> bool:
    """Whole-kind counts beat part counts ("banks"), exact ones approximate ones, and a
    count that spans several states one state's share of it told first ("three Indian
    companies" ... "added 42 entities from India, China and Turkey": 42)."""
    if held.partial != phrase.partial:
        return held.partial
    if held.national and phrase.origins > 1 and phrase.value > held.value:
        return True
    return held.approximate and not phrase.approximate


def counted_before(doc: Doc, index: int) -> str | None:
    """The one kind the sentence before counts ("14 individuals"), if it counts one."""
    if index == 0:
        return None
    kinds = {p.kind for p in counts.find_counts(doc.sentences[index - 1].text)}
    return kinds.pop() if len(kinds) == 1 else None


def coordinated(text: str, lifting: Frame) -> bool:
    """Whether a lifting trigger is a second act joined to the listing ("..., and
    removed one businessman"), not a complement ("refusal to suspend")."""
    start = lifting.trigger_start
    return COORDINATED_TRIGGER.search(text, max(0, start - 40), start) is not None


def counted_by(pos: int, own: int, rivals: list[int]) -> bool:
    """Whether a count at `pos` of a clause belongs to the trigger at `own` and not to a
    trigger of another authority or department in it (`rivals`): the nearest trigger
    before the count governs it, the first one any count before all triggers ("Seoul
    blacklisted eight individuals, Washington designated four individuals": four is
    Washington's)."""
    if not rivals:
        return True
    before = [t for t in (own, *rivals) if t <= pos]
    return (max(before) if before else min(own, *rivals)) == own


# "OFAC also designated three ...": "also" right before the trigger and its counted object
ALSO_OBJECT = rule("assembly.also_object")
ALSO_GAP = len(" also ")


def own_measure(doc: Doc, frame: Frame, lead: Frame) -> bool:
    """A named department's trade ban told with "also" after another voice stated the
    action ("The Japanese government decided to freeze assets of 11 individuals and
    three organizations. The Ministry of Economy, Trade and Industry also banned exports
    to 20 more entities"): a measure of its own, whose counts are not the first
    announcement's; "The Treasury also designated ... two companies" after "The United
    States sanctioned X" is the same designation (the caller checks the "also"). The
    department must be named in the frame's sentence."""
    if frame.sentence <= lead.sentence or frame.department in (None, lead.department):
        return False
    if not any(m.department == frame.department for m in doc.mentions[frame.sentence]):
        # "Tokyo also banned exports to 22 entities": the department is only the one in
        # context (the ministry quoted before), the state goes on with its own action
        return False
    own = set(attributes.find_measures(clause_text(doc, frame)))
    return (
        bool(own)
        and own <= TRADE_BANS
        and not own & set(attributes.find_measures(clause_text(doc, lead)))
    )


TRADE_BANS = frozenset({"export_ban", "import_ban"})


def clause_text(doc: Doc, frame: Frame) -> str:
    return doc.sentences[frame.sentence].text[frame.clause_start : frame.clause_end]


def gapped_counts(doc: Doc, draft: Draft) -> dict[str, int]:
    """Counts given to this action's authority in a gapped pair after another
    authority's count ("Lithuania banned 14 officials, Latvia 11 and Estonia 13":
    Latvia's 11), in a sentence after the action's first statement."""
    out: dict[str, int] = {}
    if draft.background:
        return out
    first = min(f.sentence for f in draft.frames)
    for i in range(first, len(doc.sentences)):
        if not any(m.code == draft.authority and m.start > 0 for m in doc.mentions[i]):
            continue
        text = doc.sentences[i].text
        for phrase in counts.find_counts(text):
            for start, end, value in counts.gapped_pairs(text, phrase):
                if any(
                    m.start == start and m.end == end and m.code == draft.authority
                    for m in doc.mentions[i]
                ):
                    out.setdefault(phrase.kind, value)
    return out


def count_targets(
    doc: Doc, draft: Draft, merged: list[tuple[Target, bool]]
) -> dict[str, int | None]:
    result = empty_counts()
    best: dict[str, counts.CountPhrase] = {}
    where: dict[str, int] = {}
    also_kinds: dict[str, bool] = {}
    counted_in: dict[str, str | None] = {}  # the department of the frame a count is from
    # a count from a clause with "also": "part", or "more" ("four more employees")
    in_also: dict[str, str] = {}

    def part_of_whole(phrase: counts.CountPhrase, held: counts.CountPhrase) -> bool:
        return (
            bool(in_also.get(phrase.kind))
            and not (held.added or held.other)
            and not in_also_clause
            and frame.sentence < where[phrase.kind]
            and not frame.background
        )

    # the clause naming the action's own department speaks for the whole of it
    ordered = sorted(draft.frames, key=lambda f: f.department != draft.department)
    lead = min(draft.frames, key=lambda f: (f.sentence, f.trigger_start))
    for frame in ordered:
        text = doc.sentences[frame.sentence].text
        clause = text[frame.clause_start : frame.clause_end]
        in_also_clause = adds_also(clause)
        also = frame.explicit and in_also_clause
        if also and own_measure(doc, frame, lead):
            continue
        # "Seoul designated 11 hackers, and more names will follow": a threat that shares
        # its clause with another action counts only from its own trigger on
        lo = 0
        if frame.status == "threatened" and any(
            f.sentence == frame.sentence and f.status != "threatened" for f in doc.frames
        ):
            lo = max(frame.trigger_start - frame.clause_start, 0)
        # (a background act keeps the clause's counts: they are not scored, and the action
        # judge, which reads whether an action is counted, learnt them so)
        rivals = [
            f.trigger_start - frame.clause_start
            for f in doc.frames
            if not frame.background
            and f.sentence == frame.sentence
            # another voice's trigger, or the same voice's of a lifting beside a listing
            # ("imposed sanctions on six individuals ... and removed one businessman")
            and (
                (f.authority, f.department) != (frame.authority, frame.department)
                or (
                    f.status != frame.status
                    and "lifted" in (f.status, frame.status)
                    and coordinated(text, f if f.status == "lifted" else frame)
                )
            )
            and f.trigger_start != frame.trigger_start
            and frame.clause_start <= f.trigger_start < frame.clause_end
            and not RELATIVE_TRIGGER.search(text, max(0, f.trigger_start - 30), f.trigger_start)
            # "Switzerland adopted the sanctions imposed by the EU against six individuals":
            # the participle tells the measures taken up, its counts are the adopter's too
            and not f.describes
        ]
        own = frame.trigger_start - frame.clause_start
        for phrase in counts.find_counts(clause):
            if phrase.start < lo or not counted_by(phrase.start, own, rivals):
                continue
            held = best.get(phrase.kind)
            if held is None or better(phrase, held) or part_of_whole(phrase, held):
                # "Canada sanctioned five commanders ... X and Y were also designated, along
                # with two officers": the count of an "also" clause read first (its frame
                # names the department) is a part; the earlier plain statement's is the
                # whole, and a part that says it is more adds to it ("two of its
                # administrators ... In addition, Britain listed ... four more employees")
                more = in_also.get(phrase.kind) == "more"
                best[phrase.kind] = counts.plus(phrase, held) if held and more else phrase
                where[phrase.kind] = frame.sentence
                also_kinds[phrase.kind] = also
                counted_in[phrase.kind] = frame.department
                in_also[phrase.kind] = also_part(clause, phrase) if in_also_clause else ""
            elif (
                where[phrase.kind] != frame.sentence
                and counted_in[phrase.kind] == frame.department
                and frame.status == draft.status
                and not frame.background
                and not (phrase.partial or phrase.other or held.partial or held.other)
                and ALSO_OBJECT.fullmatch(clause, own - ALSO_GAP, phrase.start) is not None
            ):
                # "OFAC sanctioned five individuals and two entities. OFAC also designated
                # three trucking companies": the same department's further part adds up
                # (5); another department's "also" measure is its own (w974's METI ban)
                best[phrase.kind] = counts.plus(held, phrase)
                where[phrase.kind] = frame.sentence
            elif (
                phrase.added
                and where[phrase.kind] != frame.sentence
                and not (phrase.partial or phrase.other or held.partial or held.other)
            ):
                # "freezing the assets of 11 organizations ... The decision also bans
                # exports to 22 entities": the export ban is a further part (33), as in a
                # sentence that follows the action
                best[phrase.kind] = counts.plus(held, phrase)
                where[phrase.kind] = frame.sentence
            elif (
                held.added
                and not phrase.added
                and where[phrase.kind] != frame.sentence
                and not (phrase.partial or phrase.other or held.partial or held.other)
            ):
                # the same, read in the other order: the export ban's frame came first
                # (its department leads the action), the first statement's count adds
                best[phrase.kind] = counts.plus(phrase, held)
                where[phrase.kind] = frame.sentence
                also_kinds[phrase.kind] = also
                counted_in[phrase.kind] = frame.department
    for frame in ordered:
        # "... its proposal for a 21st package, which would add 40 vessels to the list":
        # the rest of a sentence that states no other action speaks for this one
        if any(f.sentence == frame.sentence and f not in draft.frames for f in doc.frames):
            continue
        text = doc.sentences[frame.sentence].text
        adds = TRAILING_ADD.search(text, frame.clause_end)
        if adds is None:
            continue  # "Ocean Star Shipping, which operates 12 vessels" counts no vessel
        for phrase in counts.find_counts(text[adds.end() :]):
            # "and add 118 more vessels to the list": more than the list held, the count
            # of the action (the named ones come on top, as for any "other" count)
            if phrase.kind not in best and not phrase.partial:
                best[phrase.kind], where[phrase.kind] = phrase, frame.sentence
                also_kinds[phrase.kind] = False
    for i in draft.follow_up:  # "The package also includes 52 other individuals"
        text = doc.sentences[i].text
        found = counts.find_counts(text)
        cued = targets.patterns().cues.search(text) or counts.patterns().follow_cue.search(text)
        if not (cued or any(p.added for p in found)) or frames.TALLY.search(text):
            continue  # a running tally ("has now sanctioned 1,000 ...") counts no action
        for phrase in found:
            if phrase.kind not in best:
                best[phrase.kind], where[phrase.kind], also_kinds[phrase.kind] = phrase, i, False
            elif phrase.added and where[phrase.kind] != i and not best[phrase.kind].partial:
                # "The measures also prohibit export to 21 entities": a further part
                best[phrase.kind] = counts.plus(best[phrase.kind], phrase)
    for frame in ordered:
        # "The US sanctioned 14 individuals. Canada also listed 5 of them": the kind the
        # sentence before counted
        text = doc.sentences[frame.sentence].text
        shares = counts.shares_of_them(text[frame.clause_start : frame.clause_end])
        kind = counted_before(doc, frame.sentence) if len(shares) == 1 else None
        if kind is not None and kind not in best:
            best[kind] = counts.CountPhrase(kind, shares[0], 0, 0, False, False)
            where[kind], also_kinds[kind] = frame.sentence, False
    summed: set[int] = set()
    for i in dict.fromkeys([*(f.sentence for f in ordered), *draft.follow_up]):
        text = doc.sentences[i].text
        if i in summed or not SUMMARY.match(text) or zones.ALSO.search(text):
            continue
        summed.add(i)
        if frames.TALLY.search(text):
            continue
        first = triggers.clauses(text)[:1]
        if (
            first
            and any(f.sentence == i for f in ordered)
            and not any(f.sentence == i and f.clause_start <= first[0][0] for f in ordered)
        ):
            # "The package lists 69 individuals ..., while the UK targeted 30 vessels": the
            # summing clause is not this action's; its frame stands in a later clause
            continue
        summed_kinds: set[str] = set()
        for phrase in counts.find_counts(text):
            # the first count of a kind sums it up ("A total of 27 ships were sanctioned,
            # including two ships that store LNG": 27)
            if not phrase.partial and not phrase.other and phrase.kind not in summed_kinds:
                summed_kinds.add(phrase.kind)
                best[phrase.kind], where[phrase.kind], also_kinds[phrase.kind] = phrase, i, False
    for kind, value in gapped_counts(doc, draft).items():
        if kind not in best:
            best[kind] = counts.CountPhrase(kind, value, 0, 0, False, False)
            where[kind], also_kinds[kind] = draft.frames[0].sentence, False
    for kind, phrase in best.items():
        value = phrase.value
        named = [(t, a) for t, a in merged if t.kind == kind]
        if phrase.other or phrase.affiliated:
            # "Pars Trading and four other companies": the names beside the phrase come on
            # top, and those a later sentence adds ("Also listed were ..."), not those that
            # name the others ("The others are ...", "four other individuals, including
            # his son X"); all named when none stands beside it, less those some of the
            # others. Those tied to the one named ("Krona and three affiliated
            # companies") add only the names beside.
            here = doc.sentences[where[kind]]
            parts = here.start + others_named_from(here.text, phrase)
            beside = sum(1 for t, _ in named if any(
                here.start <= s.start < parts for s in t.evidence))  # fmt: skip
            # "The four others include his deputy X": a later sentence names some of them
            told = [z for z in doc.sentences if z.start >= here.end and OTHERS_ARE.match(z.text)]
            among = sum(1 for t, _ in named if any(
                parts <= s.start < here.end or any(z.start <= s.start < z.end for z in told)
                for s in t.evidence))  # fmt: skip
            added = sum(1 for t, _ in named if any(
                zones.ALSO.search(z.text) is not None and z.start <= s.start < z.end
                for s in t.evidence for z in doc.sentences if z is not here))  # fmt: skip
            if phrase.affiliated and not phrase.other:
                value += beside
            else:
                value += beside + added if beside else len(named) - among
        elif (span := joined_span(doc, where[kind], phrase)) is not None:
            # "X was targeted along with Y and three firms": the names of the count's kind
            # a joiner sets beside it come on top ("the same two men, along with Z")
            beside = within(named, *span)
            draft.joined[kind] = (*span, beside)
            value += beside
        elif also_kinds[kind]:
            # ... but not those of the list the count opens ("also identified three
            # aircraft as blocked property:" over a line for each tail number)
            start, end = with_its_list(doc, where[kind])
            value += sum(1 for t, _ in named if not any(
                start <= s.start < end for s in t.evidence))  # fmt: skip
        result[kind] = value
    return result


# "The four others include ...", "The other two are ...": a sentence that names some of
# the counted others, after the one that counts them
OTHERS_ARE = rule("assembly.others_are")


# a joiner before a count ("along with ... three firms") or right after it ("two men,
# along with X")
JOINED_BEFORE = rule("assembly.joined_before")
JOINED_AFTER = rule("assembly.joined_after")


def joined_span(doc: Doc, index: int, phrase: counts.CountPhrase) -> tuple[int, int] | None:
    """Where in the text the names stand that a joiner sets beside the count in sentence
    `index` ("X was targeted along with Y and three Kyrgyz firms": before the joiner;
    "the same two men, along with Z": after it), or None where no joiner stands by it.
    The names on the count's own side of the joiner ("two men, A and B, along with C")
    are the counted ones."""
    here = doc.sentences[index]
    text = here.text
    for found in counts.find_counts(text):
        if (found.kind, found.value) != (phrase.kind, phrase.value) or found.other:
            continue
        if before := JOINED_BEFORE.search(text, 0, found.start):
            return here.start, here.start + before.start()
        if after := JOINED_AFTER.match(text, found.end):
            return here.start + after.end(), here.end
        return None
    return None


def within(named: list[tuple[Target, bool]], lo: int, hi: int) -> int:
    return sum(1 for t, _ in named if any(lo <= s.start < hi for s in t.evidence))


def settle_joined(doc: Doc) -> None:
    """A name a joiner set beside a count that only a later step gave the action, or
    took from it, or gave its kind ("The UK designated ... Ekrem Öztunç ... The US has
    today designated Öztunç as well, along with two Turkish nationals": the short form
    is a person once its full form is read) moves the count with it."""
    for action in doc.actions:
        for kind, (lo, hi, beside) in doc.joined.get(id(action), {}).items():
            value = action.counts.get(kind)
            if value is None:
                continue
            now = within([(t, False) for t in action.targets if t.kind == kind], lo, hi)
            action.counts[kind] = value + now - beside
            doc.joined[id(action)][kind] = (lo, hi, now)


# "5 individuals, 3 of whom are also listed by Canada": the "also" is the part's own
PARTITIVE_RELATIVE = rule("assembly.partitive_relative")


# "against 56 legal entities and 2 individuals, and also 74 vessels": an "also" after
# "and" that a count follows joins the parts of one list
LIST_ALSO = rule("assembly.list_also")


def adds_also(clause: str) -> bool:
    """Whether the clause says "also" of its own act, not only inside a partitive
    relative ("3 of whom are also listed by Canada") or as the joiner of a list of
    counts ("and also 74 vessels")."""
    found = zones.ALSO.search(clause)
    while found is not None and LIST_ALSO.fullmatch(
        clause, max(0, found.start() - 12), found.end()
    ):
        if not any(p.start == found.end() + 1 for p in counts.find_counts(clause)):
            break
        found = zones.ALSO.search(clause, found.end())
    if found is None:
        return False
    part = PARTITIVE_RELATIVE.search(clause, 0, found.start())
    return part is None or zones.ALSO.search(clause, 0, part.start()) is not None


def also_part(clause: str, phrase: counts.CountPhrase) -> str:
    """How a count in a clause with "also" stands to the action's whole count: "more"
    when it says so ("four more employees"), else "part"."""
    more = counts.patterns().other.search(clause, phrase.start, phrase.end)
    return "more" if more else "part"


# "four other individuals, including his son X": what follows names some of the others
OTHERS_INCLUDING = rule("assembly.others_including")


def others_named_from(text: str, phrase: counts.CountPhrase) -> int:
    """Where in the sentence `text` the names that are some of the counted others
    begin ("four other individuals, including ..."); its length when none follow."""
    for found in counts.find_counts(text):
        if (found.kind, found.value, found.other) == (phrase.kind, phrase.value, phrase.other):
            including = OTHERS_INCLUDING.match(text, found.end)
            if including is not None:
                return including.end()
    return len(text)


def with_its_list(doc: Doc, index: int) -> tuple[int, int]:
    """Where sentence `index` stands in the text, with the item lines of the list it
    opens when it ends on a colon."""
    sentence = doc.sentences[index]
    end = sentence.end
    if sentence.text.endswith(":"):
        for item in doc.sentences[index + 1 :]:
            if not item.item:
                break
            end = item.end
    return sentence.start, end


def evidence_text(doc: Doc, draft: Draft, follow_up: bool = False) -> str:
    """The frame sentences, and with `follow_up` the sentences that continue them."""
    seen = dict.fromkeys([f.sentence for f in draft.frames])
    if follow_up:
        seen.update(dict.fromkeys(draft.follow_up))
    return " ".join(doc.sentences[i].text for i in seen)


def build_action(doc: Doc, draft: Draft) -> Action:
    merged = targets.merge_targets(doc, draft.targets)
    # "the first round of sanctions under President Lee Jae-myung": the acting state's own
    # leader (leaders.json) is the one who acts or the era, never a party it hits
    merged = [(t, a) for t, a in merged if LEADER_CODE.get(t.name) != draft.authority]
    text = evidence_text(doc, draft)
    first = draft.frames[0]
    sentence = doc.sentences[first.sentence]
    hit = attributes.hit_countries(
        doc.mentions[first.sentence], {draft.authority}, first.trigger_start
    )
    program_text = evidence_text(doc, draft, follow_up=True)
    program = attributes.find_program(program_text)
    if not hit:  # the frames' own programme: the same text when no sentence follows them
        own = program if program_text == text else attributes.find_program(text)
        if own == attributes.PRICE_CAP_PROGRAM:
            hit = [attributes.PRICE_CAP_COUNTRY]  # "apply the new cap": Russian oil
    spans = list(dict.fromkeys(doc.sentences[f.sentence].span() for f in draft.frames))
    return Action(
        authority=draft.authority,
        status=draft.status,
        agency=draft.agency,
        date=draft.date,
        targets=[t for t, _ in merged],
        counts=count_targets(doc, draft, merged),
        measures=attributes.find_measures(text),
        target_countries=hit,
        program=program,
        reason=attributes.find_reason(sentence.text[first.trigger_start :]),
        background=draft.background,
        # boilerplate resolve ("will continue to ...") is an uncertain threat
        optional=all(f.optional for f in draft.frames),
        evidence=spans,
    )


def announced_date(doc: Doc, draft: Draft) -> date | None:
    """ "The Treasury announced in a statement on Wednesday ...": a later sentence
    (else one just before the action, "On 21 July, the Ministry of Norway
    reported ...") in which the acting authority announces gives the day."""
    first = min(f.sentence for f in draft.frames)
    before = range(max(0, first - ANNOUNCED_BEFORE), first)
    # the sentences right after the first frame, even those stating other actions
    # ("... previously sanctioned by the US, according to a list published Friday")
    after = range(first + 1, min(len(doc.sentences), first + 1 + ANNOUNCED_BEFORE))
    for i in dict.fromkeys([*draft.follow_up, *after, *before]):
        named = any(m.code == draft.authority for m in doc.mentions[i])
        if not named and i != first + 1:
            continue
        text = doc.sentences[i].text
        verb = ANNOUNCEMENT.search(text)
        if verb is None:
            continue
        # the sentence right after may name no authority before its verb ("Speaking in
        # a video statement on September 19, 2025, von der Leyen declared ..."): the
        # one who speaks there speaks for the action before
        # ("Foreign Minister Penny Wong announced the measures on Monday": a title or an
        # agency of no named state is the acting state's own speaker)
        if not named and any(
            m.code is not None and m.code != draft.authority
            for m in subject_mentions(text, doc.mentions[i], 0, verb.start())
        ):
            continue
        found = [d for d in dates.sentence_dates(doc, i) if d.value and not is_stamp(text, d)]
        if found:
            return min(found, key=lambda d: abs(d.start - verb.start())).value
    return None


def referred_date(doc: Doc, draft: Draft, drafts: list[Draft]) -> date | None:
    """ "Norway froze the assets of 3 companies. The decision, dated 27 February 2025,
    ...": the sentence right before or after the action's first frame (or one that
    continues it) that refers to the act and dates it in full, when no other
    authority's action is told there."""
    first = min(f.sentence for f in draft.frames)
    others = {f.sentence for d in drafts if d.authority != draft.authority for f in d.frames}
    near = [*draft.follow_up, first + 1, first + 2, first - 1]
    indices = [i for i in dict.fromkeys(near) if 0 <= i < len(doc.sentences) and i not in others]
    return dates.referred_day(doc, indices)


def same_authority_date(draft: Draft, drafts: list[Draft]) -> date | None:
    """An undated news action takes the day of its state's dated news action
    ("Concurrently, the State Department is sanctioning ...")."""
    for other in drafts:
        if other is draft or other.background or other.date is None:
            continue
        if other.authority == draft.authority and other.status in ("imposed", "proposed"):
            return other.date
    return None


def same_day_date(doc: Doc, draft: Draft, drafts: list[Draft]) -> date | None:
    """ "Britain announced coordinated sanctions the same day": the day of the
    news action reported before it."""
    if not any(SAME_DAY.search(doc.sentences[f.sentence].text) for f in draft.frames):
        return None
    first = draft.frames[0].sentence
    for other in drafts:
        if other is draft or other.background or other.date is None:
            continue
        if other.frames[0].sentence <= first:
            return other.date
    # no news act told before: the day named last in the sentences just before it, not
    # one after the page (a deadline, a date of effect: "the list takes effect on 29 May")
    for i in range(first - 1, max(-1, first - SAME_DAY_BACK - 1), -1):
        days = [
            d.value
            for d in dates.sentence_dates(doc, i)
            if d.value is not None and (doc.published is None or d.value <= doc.published)
        ]
        if days:
            return days[-1]
    return None


def days_later_date(doc: Doc, draft: Draft, drafts: list[Draft]) -> date | None:
    """ "A day later, Mexico's financial unit said it had added the seven people": the
    day of the last dated news action reported before it, plus the days it says."""
    first = draft.frames[0].sentence
    found = DAYS_LATER.search(doc.sentences[first].text)
    if found is None:
        return None
    word = (found.group("n") or "1").lower()
    days = DAY_COUNTS.get(word) or int(word)
    before = [
        other
        for other in drafts
        if other is not draft
        and not other.background
        and other.date is not None
        and other.frames[0].sentence < first
    ]
    if not before:
        return None
    last = max(before, key=lambda d: d.frames[0].sentence)
    return last.date + timedelta(days=days) if last.date else None


SUBJECT_DAY_GAP = 16  # "The US Treasury on Wednesday": at most this many characters between
# "The US government moved on Thursday": a head noun and a verb between subject and day
SUBJECT_VERB_DAY = rule("assembly.subject_verb_day")


def subject_day(doc: Doc, draft: Draft) -> date | None:
    """ "The US Treasury on Wednesday identified eight aircraft ... as blocked
    property", "When EU foreign ministers rubber-stamped the package on Tuesday":
    a sentence before the action's first frame in which its authority is the
    subject with a day written right beside it ("X on Tuesday", "On Tuesday, X")
    dates the action, whatever verb the rules did not read there; so does such a
    sentence among the two right after it that tells no act of its own ("The Foreign
    Office on Tuesday named the ships": the names of the act told before)."""
    first = min(f.sentence for f in draft.frames)
    told = {f.sentence for f in doc.frames}
    end = min(len(doc.sentences), first + 1 + ANNOUNCED_BEFORE)
    following = [j for j in range(first + 1, end) if j not in told]
    for i in [*range(first), *following]:
        sentence = doc.sentences[i]
        if sentence.headline:
            continue
        days = [d for d in dates.sentence_dates(doc, i) if d.value]
        if not days:
            continue
        text = sentence.text
        for m in subject_mentions(text, doc.mentions[i], dateline_end(text), len(text)):
            if m.code != draft.authority:
                continue
            for d in days:
                after = 0 <= d.start - m.end <= SUBJECT_DAY_GAP or (
                    d.start > m.end and SUBJECT_VERB_DAY.fullmatch(text, m.end, d.start) is not None
                )
                before = d.start <= 3 and 0 <= m.start - d.end <= SUBJECT_DAY_GAP
                if (after or before) and not is_stamp(text, d):
                    return d.value
    return None


# "Several European capitals moved on Thursday against ...": a group that names no state
GROUP_SUBJECT_DAY = rule("assembly.group_subject_day")
GROUP_REACH = 3  # sentences after such an opening whose acts it dates
# what such a group may name: the blocs its states belong to ("Several European capitals")
GROUPS = (*BLOCS, "G7")


def group_day(doc: Doc, draft: Draft) -> date | None:
    """ "Several European capitals moved on Thursday against the network. France froze
    ...": a sentence shortly before the action's first frame that opens on a group of
    states (or of one state's bodies) naming none, a plain verb and a day, dates the
    acts told after it; the group's own words name no authority for subject_day."""
    first = min(f.sentence for f in draft.frames)
    for i in range(max(0, first - GROUP_REACH), first):
        text = doc.sentences[i].text
        hit = GROUP_SUBJECT_DAY.match(text, dateline_end(text))
        if hit is None or any(
            hit.start() <= m.start < hit.end()
            and m.code != draft.authority
            and m.code not in GROUPS
            for m in doc.mentions[i]
        ):
            continue  # "Two arms of the British government": another state's acts
        for d in dates.sentence_dates(doc, i):
            if d.value and d.start == hit.end():
                return d.value
    return None


def lead_dates(actions: list[Action]) -> None:
    """An undated news action of an article whose news is dated takes the day of
    the first dated news action: an article reports the decisions of one day ("In
    London, the Foreign Office said Britain was also sanctioning ...", "Canada
    listed 14 officials" after "The EU on Friday imposed ..."), and a day the text
    does not name is that day, not none. Run after the action judge (the learned
    stage), which reads whether the text itself dates an action."""
    scored = [a for a in actions if a.status in ("imposed", "proposed") and not a.background]
    lead = next((a.date for a in scored if a.date is not None), None)
    if lead is None:
        return
    for action in scored:
        if action.date is None:
            action.date = lead


# "Australia has imposed sanctions on ...": the auxiliary of a present perfect or
# progressive right before a trigger
PERFECT_BEFORE = rule("assembly.perfect_before")
PERFECT_INSTRUMENT = rule("assembly.perfect_instrument")
PERFECT_REACH = 30  # characters before a trigger its auxiliary and adverb may take


def perfect_dates(doc: Doc) -> None:
    """A news page whose news no sentence dates ("The Foreign Office has frozen the
    assets of ..." under a "Posted 21 Oct 2025" stamp): the first news action told in
    the present perfect or progressive ("is designating") is an act of the page's day,
    and the other undated news actions follow it as in lead_dates. Run after lead_dates,
    so a day the text names always wins, and after the action judge, which reads an
    action's date as a feature."""
    today = doc.today or doc.published
    scored = [
        (a, fs)
        for a, fs in zip(doc.actions, doc.action_frames, strict=True)
        if a.status in ("imposed", "proposed") and not a.background
    ]
    if today is None or any(a.date is not None for a, _ in scored):
        return
    # "Registered October 6, 2025 — summary published October 9, 2025": a page that
    # writes another full day at its top may tell an act of that day
    if top_days(doc) - {today, doc.published}:
        return
    for action, frames_ in scored:
        if any(perfect(doc, f) for f in frames_):
            action.date = today
            lead_dates(doc.actions)
            return


def top_days(doc: Doc) -> set[date | None]:
    """The full dates written near the top of the page."""
    days: set[date | None] = set()
    for m, _, _ in dates.top_dates(doc.text):
        year, month, day = dates.parts(m)
        if year is not None and month is not None and day is not None:
            days.add(dates.safe_date(year, month, day))
    return days - {None}


def perfect(doc: Doc, frame: Frame) -> bool:
    """Whether a frame's trigger is told in the present perfect ("has imposed") or, for
    an -ing trigger, the present progressive ("is designating"), outside a quotation,
    in a sentence that names no day."""
    text = doc.sentences[frame.sentence].text
    if dates.sentence_dates(doc, frame.sentence):
        # "has added ..., transposing sanctions imposed on 30 March": a sentence that
        # dates another act leaves this one's day unsaid
        return False
    start = frame.trigger_start
    aux = PERFECT_BEFORE.search(text, max(0, start - PERFECT_REACH), start)
    if aux is None and not dates.quoted(text, start):
        # "The president has signed Decree No. 12, which enacts the council's decision on
        # measures against ...": the present relative clause tells the content of the
        # instrument the main clause's perfect verb issued, the act of that day
        relative = RELATIVE_TRIGGER.search(text, max(0, start - 30), start)
        head = text[start : frame.trigger_end].split(maxsplit=1)[0].lower()
        return (
            relative is not None
            and not head.endswith("ed")
            and PERFECT_INSTRUMENT.search(text, 0, relative.start()) is not None
        )
    if aux is None or dates.quoted(text, start):
        return False
    return not aux.group("progressive") or text[start : frame.trigger_end].lower().endswith("ing")


REFERENCES = load_json("references.json")
_NUMBERS = "|".join(REFERENCES["numbers"])
# "designated the same company": a target named by an earlier action; up to two
# words may qualify the noun ("the same two shipping companies", "the same Russian banks")
SAME_REFERENCE = kept(
    rf"\bthe same\s+(?:(?P<number>{_NUMBERS}|\d{{1,2}})\s+)?"
    r"(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,2}?"
    rf"(?P<noun>{'|'.join(sorted(REFERENCES['same'], key=len, reverse=True))})\b",
    re.I,
)
# "the same 11 individuals and eight entities": a second kind joined to the phrase
SAME_JOINED = kept(
    rf"\s+and\s+(?:(?P<number>{_NUMBERS}|\d{{1,2}})\s+)?"
    rf"(?P<noun>{'|'.join(sorted(REFERENCES['same'], key=len, reverse=True))})\b",
    re.I,
)
# "The UK listed the same four", "sanctioned all five": a number with no noun
BARE_REFERENCE = rule("assembly.bare_reference")
# "the same vessels, A and B": what stands between the phrase and the first name
APPOSITION = rule("assembly.apposition")
# "the same people, A, B and C": the phrase opens an apposition of names
APPOSITION_OPEN = rule("assembly.apposition_open")
# "two of the same vessels": a number of them, right before the phrase
PART_OF = kept(rf"\b(?P<number>{_NUMBERS}|\d{{1,2}})\s+of\s+$", re.I)
# "also designated the key Hezballah-affiliated individuals and entities"
JOINT_REFERENCE = kept(rf"\bthe\s+(?:[\w-]+\s+){{0,4}}(?:{'|'.join(REFERENCES['joint'])})\b", re.I)


def reference_of(match: re.Match[str]) -> tuple[str | None, int | None]:
    """The kind a "the same ..." phrase refers to (None: any, "the same four"), and
    how many (None: all of them)."""
    noun = (match.groupdict().get("noun") or "").lower()
    kind = REFERENCES["same"][noun] if noun else None
    number = match.group("number")
    if number:
        return kind, int(number) if number.isdigit() else REFERENCES["numbers"][number.lower()]
    return kind, None if noun in REFERENCES["plural"] else 1


def same_references(text: str, start: int, end: int) -> list[re.Match[str]]:
    """The "the same ..." phrases between `start` and `end`, with the kind joined to
    each ("the same two individuals and one entity"), and the bare numbers."""
    found: list[re.Match[str]] = []
    for m in SAME_REFERENCE.finditer(text, start, end):
        found.append(m)
        joined = SAME_JOINED.match(text, m.end(), end)
        if joined is not None:
            found.append(joined)
    return found + list(BARE_REFERENCE.finditer(text, start, end))


def short_form_after(text: str, start: int, end: int, name: Name) -> bool:
    """A person named before stands, by the last word of the name, in the apposition
    right after a "the same ..." phrase ("the same people, Beltrán Guzmán and ...")."""
    if name.kind != "person" or APPOSITION_OPEN.match(text, start, end) is None:
        return False
    last = name.text.split()[-1]
    return len(last) > 3 and re.search(rf"\b{re.escape(last)}\b", text[start:end]) is not None


def resolve_references(doc: Doc, drafts: list[Draft]) -> None:
    """ "The Treasury designated the same company": the most recent target(s) of
    that kind named by another action before the phrase are this action's too."""
    for draft in drafts:
        for frame in draft.frames:
            text = doc.sentences[frame.sentence].text
            for m in same_references(text, frame.trigger_start, frame.clause_end):
                if text[m.end() : m.end() + 1] in ("'", "’"):
                    continue  # "the same individuals' accusers": others, not them
                kind, number = reference_of(m)
                if any(
                    i == frame.sentence
                    and kind in (None, name.kind)
                    and APPOSITION.fullmatch(text, m.end(), name.start)
                    for name, i, _ in draft.targets
                ):
                    continue  # "two of the same vessels, A and B": the clause names them
                part = PART_OF.search(text, max(0, m.start() - 16), m.start())
                if part is not None:  # "two of the same vessels": a part of them
                    word = part.group("number").lower()
                    number = int(word) if word.isdigit() else REFERENCES["numbers"][word]
                here = (frame.sentence, m.start())
                earlier = [
                    (i, name.start, name, k)
                    for k, other in enumerate(drafts)
                    if other is not draft
                    for name, i, _ in other.targets
                    if kind in (None, name.kind) and (i, name.start) < here
                ]
                after = not earlier
                if not earlier:
                    # "The UK added four individuals ... The US designated the same
                    # persons" before the UK's list: the targets of the action told just
                    # before the phrase, though named after it
                    told = [
                        (max(at), k)
                        for k, other in enumerate(drafts)
                        if other is not draft
                        and other.status == draft.status
                        and (at := [(f.sentence, f.trigger_start) for f in other.frames
                                    if (f.sentence, f.trigger_start) < here])
                    ]  # fmt: skip
                    if told:
                        k = max(told)[1]
                        earlier = [
                            (i, name.start, name, k)
                            for name, i, _ in drafts[k].targets
                            if kind in (None, name.kind)
                        ]
                if not earlier:
                    continue
                earlier.sort(key=lambda e: (e[0], e[1]))
                # "three of the same people, Beltrán Guzmán, Quintero Ayala and Parra
                # Lugo": the short forms after the phrase pick which of them
                told_again = [
                    e for e in earlier if short_form_after(text, m.end(), frame.clause_end, e[2])
                ]
                if told_again and (number is None or len(told_again) == number):
                    picked = told_again
                elif after and part is not None:
                    # "listed three of the same people" before the other act's names:
                    # which three the text says later ("named by both"), if at all; the
                    # list's order does not (the last three were Treasury's own, w1259)
                    continue
                elif number is None:  # all of them, from the latest action naming any
                    latest = earlier[-1][3]
                    picked = [e for e in earlier if e[3] == latest]
                else:
                    picked = earlier[-number:]
                held = {(i, n.start) for n, i, _ in draft.targets}
                for i, start, name, _ in picked:
                    if (i, start) not in held:
                        draft.targets.append((name, i, False))


def share_joint_targets(doc: Doc, drafts: list[Draft]) -> None:
    """ "The other six members also designated the key individuals": a scored
    action with no target of its own, an "also" and a definite plural in its
    clause takes the targets of the scored action of another authority named
    before it (joint actions give each authority the same targets)."""
    for draft in drafts:
        if draft.targets or draft.background or draft.status not in ("imposed", "proposed"):
            continue
        first = min(f.sentence for f in draft.frames)
        for frame in draft.frames:
            clause = doc.sentences[frame.sentence].text[frame.clause_start : frame.clause_end]
            # "The other six members also designated the key individuals", "it added the
            # 13 persons and firms to its own list"
            joint = (zones.ALSO.search(clause) or OWN_LIST.search(clause)) and (
                JOINT_REFERENCE.search(clause)
            )
            # "Canada also designated them", "matching sanctions on the two men"
            pointed = SAMENESS.search(clause) and SAME_TARGETS.search(clause)
            # "The Candidate Countries ... align themselves with this Council Decision":
            # the decision told before, news or context
            aligned = ALIGNED_WITH_DECISION.search(clause) is not None
            if not (joint or pointed or aligned or SAME_ACT.search(clause)):
                continue  # "Britain and Canada followed suit": the same act
            others = [
                d
                for d in drafts
                if d is not draft
                and d.authority != draft.authority
                and d.targets
                and (aligned or not d.background)
                and d.status == draft.status
            ]
            earlier = [d for d in others if min(f.sentence for f in d.frames) <= first]
            if earlier:
                draft.targets.extend(earlier[-1].targets)
                break
            if aligned and others:
                # "Norway aligned itself with the EU's latest listings. The listings, which
                # the EU adopted on 10 November, include X": the decision told after it
                draft.targets.extend(others[0].targets)
                break


SAME_SET = rule("assembly.same_set")


def share_same_sets(doc: Doc) -> None:
    """ "The Treasury sanctioned four people, in coordination with Mexico's UIF, which
    placed the same targets on its list": an act of another authority told in the same
    sentence that hits "the same" set holds the same targets and counts, whichever of
    the two the names that follow were given to (run on the rules' actions and again once the
    learned parts have added theirs)."""
    scored = [
        k
        for k, a in enumerate(doc.actions)
        if not a.background and a.status in ("imposed", "proposed")
    ]
    for k in scored:
        for frame in doc.action_frames[k]:
            text = doc.sentences[frame.sentence].text
            if not SAME_SET.search(text, frame.trigger_start, frame.clause_end):
                continue
            for j in scored:
                one, other = doc.actions[k], doc.actions[j]
                if (
                    j == k
                    or other.authority == one.authority
                    or other.status != one.status
                    or not any(f.sentence == frame.sentence for f in doc.action_frames[j])
                ):
                    continue
                take_set(one, other, None)
                take_set(other, one, None)
    share_told_sets(doc, scored)


def take_set(to: Action, source: Action, kinds: set[str] | None) -> None:
    """`to` holds `source`'s targets and counts of `kinds` (None: every kind): one set
    told twice (a count `to` has of its own stays)."""
    for t in source.targets:
        if kinds is None or t.kind in kinds:
            join_party(to.targets, t)
    for kind, value in source.counts.items():
        if (kinds is None or kind in kinds) and to.counts.get(kind) is None:
            to.counts[kind] = value  # the same set counts the same


# "added the four persons and 13 companies to its list": a definite numbered set, each
# part a number and a kind ("the 12 vessels"; a second part joined by "and")
TOLD_SET = kept(
    rf"\s+(?:also\s+)?the\s+(?P<number>{_NUMBERS}|\d{{1,3}})\s+"
    rf"(?P<noun>{'|'.join(sorted(REFERENCES['same'], key=len, reverse=True))})\b",
    re.I,
)


def told_set_kinds(text: str, frame: Frame, source: Action) -> set[str] | None:
    """The kinds of a definite numbered set that is the object right after the
    trigger ("added the four persons and 13 companies"), when every part counts what
    `source` counts of that kind (so it is that act's set, not a part of it nor
    another one); None where there is no such set. Not a set further on in the clause
    ("froze accounts linked to the six people": the accounts are the object)."""
    m = TOLD_SET.match(text, frame.trigger_end, frame.clause_end)
    if m is None:
        return None
    parts = [m]
    joined = SAME_JOINED.match(text, m.end(), frame.clause_end)
    if joined is not None:
        parts.append(joined)
    told = [reference_of(p) for p in parts]
    if all(kind is not None and source.counts.get(kind) == number for kind, number in told):
        return {kind for kind, _ in told if kind is not None}
    return None


def same_set_kinds(text: str, frame: Frame) -> set[str] | None:
    """The kinds "the same ..." names in the frame's clause ("so the same six targets
    are sanctioned there too": any kind; "listed the same three individuals": people
    only), or None where the clause has no such phrase."""
    m = SAME_SET.search(text, frame.clause_start, frame.clause_end)
    if m is None:
        return None
    noun = m.group().split()[-1].lower()
    kind = REFERENCES["same"].get(noun)
    return set(TARGET_KINDS) if kind is None else {kind}


def share_told_sets(doc: Doc, scored: list[int]) -> None:
    """ "The Treasury sanctioned four people and 13 companies. The same day, Mexico's
    UIF added the four persons and 13 companies to its list" / "Moldova aligned its
    list, so the same six targets are sanctioned there too": an act of another
    authority with no targets of its own whose clause points back at the set of the
    latest act told before it ("the same" targets, or a definite set of the very
    counts that act has) holds that act's targets and counts of the kinds it names."""
    for k in scored:
        one = doc.actions[k]
        if one.targets or not doc.action_frames[k]:
            continue
        here = min((f.sentence, f.trigger_start) for f in doc.action_frames[k])
        told = [
            (at, j)
            for j in scored
            if j != k
            and doc.action_frames[j]
            and doc.actions[j].authority != one.authority
            and doc.actions[j].status == one.status
            and doc.actions[j].targets
            and (at := min((f.sentence, f.trigger_start) for f in doc.action_frames[j])) < here
        ]
        if not told:
            continue
        source = doc.actions[max(told)[1]]
        for frame in doc.action_frames[k]:
            text = doc.sentences[frame.sentence].text
            kinds = same_set_kinds(text, frame) or told_set_kinds(text, frame, source)
            if kinds is None:
                continue
            take_set(one, source, kinds)
            break


ON_BOTH_LISTS = rule("assembly.on_both_lists")
BY_BOTH = rule("assembly.by_both")


def both_lists_names(who: str) -> list[str]:
    """The names before "was on both lists": after the last word ending in a full stop
    (a sentence the splitter kept whole, "... Co., Ltd. Choe was on both lists"), split
    at commas and "and"."""
    words = who.split()
    cut = max((k + 1 for k, w in enumerate(words[:-1]) if w.endswith(".")), default=0)
    return [part for part in counts.LIST_SPLIT.split(" ".join(words[cut:])) if part]


def share_both_lists(doc: Doc) -> None:
    """ "The US designated X, Choe Song Il and Y ... Britain's Foreign Office added four
    people. Choe was on both lists.": the party a short form names, a target of one of the
    two latest scored acts of different authorities told before the phrase, is a target of
    both; "X was named by both governments": the parties the sentence gave either of the
    two are both's (run on the rules' actions and again after the learned parts)."""
    scored = [
        k
        for k, a in enumerate(doc.actions)
        if not a.background and a.status in ("imposed", "proposed") and doc.action_frames[k]
    ]
    if len(scored) < 2:
        return

    def pair_before(here: tuple[int, int]) -> list[int]:
        """The two latest scored acts of different authorities told before `here`."""
        told: dict[str, tuple[tuple[int, int], int]] = {}
        for k in scored:
            at = min((f.sentence, f.trigger_start) for f in doc.action_frames[k])
            authority = doc.actions[k].authority
            if at < here and (authority not in told or told[authority] < (at, k)):
                told[authority] = (at, k)
        return [k for _, k in sorted(told.values())[-2:]] if len(told) >= 2 else []

    for i, sentence in enumerate(doc.sentences):
        if "both" not in sentence.text:
            continue
        for m in BY_BOTH.finditer(sentence.text):
            # "X was named by both governments": what the sentence gave either act
            pair = pair_before((i, m.start()))
            inside = [
                t
                for k in pair
                for t in doc.actions[k].targets
                if any(sentence.start <= s.start < sentence.end for s in t.evidence)
            ]
            for k in pair:
                for t in inside:
                    join_party(doc.actions[k].targets, t)
        for m in ON_BOTH_LISTS.finditer(sentence.text):
            pair = pair_before((i, m.start("who") + len(m.group("who"))))
            for name in both_lists_names(m.group("who")):
                homes = {
                    id(t): t
                    for k in pair
                    for t in doc.actions[k].targets
                    if targets.same_party(t, name, "person")
                }
                if len(homes) != 1:
                    continue  # no party of theirs, or two that the short form could be
                (home,) = homes.values()
                for k in pair:
                    join_party(doc.actions[k].targets, home)


def full_forms(doc: Doc) -> None:
    """ "The first person named, Artyom Zhelezny, ... Washington's list carries both
    administrators, Zhelezny and Pasko": a person's short form, a target of one act, is
    named in full before it as another act's target; the full name stands, the short one
    as its alias, when exactly one person of the article's targets has that short form."""
    people = [t for a in doc.actions for t in a.targets if t.kind == "person" and t.evidence]
    # each person's name words, read once (a renamed target's again, below)
    tokens = {id(p): targets.name_tokens(p.name) for p in people}
    for action in doc.actions:
        for t in list(action.targets):
            if not t.evidence:
                continue
            words = targets.name_tokens(t.name)
            # named in full before the short form: a bare surname told first is another
            # person ("Chile sanctioned Rojas ... also sanctioned Pedro Rojas, his brother")
            at = min(s.start for s in t.evidence)
            fuller = {
                " ".join(tokens[id(p)]): p
                for p in people
                if len(tokens[id(p)]) > len(words) and set(words) <= set(tokens[id(p)])
            }
            if len(fuller) != 1:
                continue  # no fuller name, or two people it could be ("Assad")
            (full,) = fuller.values()
            if min(s.start for s in full.evidence) > at:
                continue
            held = next((h for h in action.targets if h.name == full.name), None)
            if held is not None:  # the act names them in full too: one target
                action.targets.remove(t)
                held.aliases.extend(a for a in [t.name, *t.aliases] if a not in held.aliases)
                continue
            if t.name not in t.aliases:
                t.aliases.insert(0, t.name)
            t.name, t.kind = full.name, full.kind
            if id(t) in tokens:
                tokens[id(t)] = tokens[id(full)]


def join_party(held: list[Target], t: Target) -> None:
    """Add a copy of `t` to `held` unless a target there is the same party told in
    another form ("Slobodskoy" beside "Kirill Alekseyevich Slobodskoy", w1268): that
    one then keeps the fuller name and the other as an alias."""
    home = next(
        (
            h
            for h in held
            if targets.same_party(h, t.name, t.kind) or targets.same_party(t, h.name, h.kind)
        ),
        None,
    )
    if home is None:
        held.append(dataclasses.replace(t, aliases=list(t.aliases)))
        return
    if len(targets.name_tokens(t.name)) > len(targets.name_tokens(home.name)):
        home.aliases.append(home.name)
        home.name, home.kind = t.name, t.kind
    home.aliases.extend(a for a in [t.name, *t.aliases] if a != home.name and a not in home.aliases)


ALIGNING = rule("assembly.aligning")


def share_aligned_sets(doc: Doc) -> None:
    """ "Montenegro, Albania and three others have aligned with the EU's latest sanctions
    against Belarus. The Council's decision of 10 November added 12 individuals ...,
    among them X": a state that aligns with another authority's act, named after its
    trigger, applies that act's measures to the same parties, so an aligning action
    that names none of its own holds the targets and counts of the act it aligns with
    when the article tells that act (news or background)."""
    for k, one in enumerate(doc.actions):
        if one.background or one.status != "imposed" or one.targets:
            continue
        for frame in doc.action_frames[k]:
            text = doc.sentences[frame.sentence].text
            if not ALIGNING.match(text, frame.trigger_start, frame.trigger_end):
                continue
            codes = {
                m.code
                for m in doc.mentions[frame.sentence]
                if m.code
                and m.code != one.authority
                and frame.trigger_start < m.start
                and m.start < frame.clause_end
            }
            sources = [
                a
                for a in doc.actions
                if a.authority in codes and a.status == "imposed" and a.targets
            ]
            if len(sources) != 1:
                continue
            source = sources[0]
            one.targets.extend(dataclasses.replace(t) for t in source.targets)
            for kind, value in source.counts.items():
                if one.counts.get(kind) is None:
                    one.counts[kind] = value
            break


# "is preparing more sanctions", "drawing up a package": the head of a preparation trigger
PREPARATION = rule("assembly.preparation")


def told_proposal(doc: Doc, draft: Draft, drafts: list[Draft]) -> bool:
    """ "The EU is preparing more sanctions against individuals in Iran" beside the
    EU's proposal of "around 30" more at Monday's meeting: one package told twice, and
    the preparation with no decision set (a threat alone) is the proposal."""
    return (
        draft.status == "threatened"
        and any(
            o.status == "proposed" and o.authority == draft.authority and not o.background
            for o in drafts
        )
        and all(
            PREPARATION.fullmatch(doc.sentences[f.sentence].text, f.trigger_start, f.trigger_end)
            for f in draft.frames
        )
    )


def keep(draft: Draft) -> bool:
    """Background actions are kept only when the article names who acted
    explicitly; an inferred authority on old context is too often wrong."""
    return zones.keeps(draft)  # the target collector asks the same


def assemble(doc: Doc) -> Doc:
    """Stage: group frames into actions and fill them in."""
    vocabulary()  # loaded once; keeps the first call's cost out of the loop
    drafts = group_frames(doc, doc.frames)
    settle_dates(doc, drafts)
    zones.TargetCollector(doc, drafts).collect()
    resolve_references(doc, drafts)
    share_joint_targets(doc, drafts)
    for draft in drafts:
        if draft.date is None and not draft.background:
            day = (
                announced_date(doc, draft)
                or same_authority_date(draft, drafts)
                or same_day_date(doc, draft, drafts)
                or days_later_date(doc, draft, drafts)
                or subject_day(doc, draft)
                or group_day(doc, draft)
                or referred_date(doc, draft, drafts)
                or dates.heading_day(doc, min(f.sentence for f in draft.frames))
            )
            # a day after the page is when something ends or takes effect ("a wind-down
            # licence through 12:01 a.m. EST on December 12"), never the act's (session 26)
            late = doc.published is not None and day is not None and day > doc.published + PAGE_LAG
            draft.date = None if late else day
    kept = [d for d in drafts if keep(d) and not told_proposal(doc, d, drafts)]
    doc.actions = [build_action(doc, d) for d in kept]
    doc.joined = {id(a): d.joined for a, d in zip(doc.actions, kept, strict=True) if d.joined}
    doc.action_frames = [d.frames for d in kept]
    share_same_sets(doc)
    share_aligned_sets(doc)
    share_both_lists(doc)
    settle_joined(doc)
    headline_counts(doc)
    return doc


def headline_counts(doc: Doc) -> None:
    """ "US Treasury Hits 4 People, 5 Firms In Mideast": the headline's counts belong
    to the article's first news action when its body states none of that kind and
    the headline names no other authority."""
    lead = next(
        (a for a in doc.actions if a.status in ("imposed", "proposed") and not a.background),
        None,
    )
    if lead is None:
        return
    first = min(f.sentence for f in doc.action_frames[doc.actions.index(lead)])
    for i, sentence in enumerate(doc.sentences[:first]):
        if not sentence.headline:
            continue
        codes = {m.code for m in doc.mentions[i] if m.code and m.form != "people"}
        named = [m for m in doc.mentions[i] if m.code == lead.authority]
        if codes - {lead.authority} and not named:
            continue  # another authority's headline
        for phrase in counts.find_counts(sentence.text):
            if phrase.partial or phrase.other or lead.counts.get(phrase.kind) is not None:
                continue
            lead.counts[phrase.kind] = phrase.value
