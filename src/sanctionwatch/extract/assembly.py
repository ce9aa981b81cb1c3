"""Assembly: frames become actions, and actions gain dates, targets and counts.

One authority's one announcement is one action: frames of the same authority,
status and department merge, wherever in the article they stand. Targets come
from the frame clauses and from the sentences that follow them ("Among those
listed are ..."), which stay with an action until another authority takes over.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from sanctionwatch.extract import attributes, counts, dates, targets
from sanctionwatch.extract import frames as frames_module
from sanctionwatch.extract.document import Doc, Frame, Name
from sanctionwatch.extract.vocabulary import vocabulary
from sanctionwatch.model import Action, Span, Target, empty_counts

ZONE_LENGTH = 4  # sentences after a frame that may still list its targets
BACKGROUND_DAYS = 5  # an action this long before the article's news is context
# where a sentence's acting party stands: at its start, after "the", a comma or "and"
SUBJECT_SLOT = re.compile(r"(?:^|[,;:“\"(]|\b(?:the|and|while|but|meanwhile))\s*$", re.I)
ALSO = re.compile(r"\b(?:also|in addition|additionally)\b", re.I)
DATE_BLOCKERS = re.compile(
    r"\b(?:since|until|from|before|effective|as of|take effect on|takes effect on|by)\s+$", re.I
)


@dataclass(slots=True)
class Draft:
    authority: str
    status: str
    department: str | None
    agency: str | None
    background: bool
    frames: list[Frame] = field(default_factory=list)
    targets: list[tuple[Name, int, bool]] = field(default_factory=list)  # name, sentence, also
    follow_up: list[int] = field(default_factory=list)  # sentences that continue it
    date: date | None = None
    day: str | None = None

    def same_day(self, day: str | None) -> bool:
        return self.day is None or day is None or same_day(self.day, day)

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


RELATIVE_DAYS = frozenset({"today", "yesterday", "tonight", "this morning"})


def same_day(a: str, b: str) -> bool:
    """Day keys that may name one announcement: resolved dates within the
    scorer's slack, or the same weekday; "today" in a quoted release agrees."""
    if a in RELATIVE_DAYS or b in RELATIVE_DAYS:
        return True
    try:
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 2
    except ValueError:
        return a == b


def group_frames(doc: Doc, frames: list[Frame]) -> list[Draft]:
    """Frames of one authority, status and department are one action, unless
    they name different days ("on Tuesday" ... "on Wednesday")."""
    drafts: list[Draft] = []
    for frame in frames:
        day = day_key(doc, frame)
        home = next((d for d in drafts if d.accepts(frame) and d.same_day(day)), None)
        if home is None:
            home = Draft(frame.authority, frame.status, frame.department, None, frame.background)
            drafts.append(home)
        home.day = home.day or day
        home.add(frame)
        frame.action = drafts.index(home)
    return drafts


def frame_day(doc: Doc, frame: Frame) -> dates.DateMention | None:
    """The date expression nearest the trigger in the frame's clause, else in its
    sentence; it may be unresolved ("on Tuesday" with no publication date)."""
    text = doc.sentences[frame.sentence].text
    found = [
        d
        for d in dates.sentence_dates(doc, frame.sentence)
        if not DATE_BLOCKERS.search(text[max(0, d.start - 20) : d.start])
    ]
    others = [f.trigger_start for f in doc.frames if f.sentence == frame.sentence]

    def mine(d: dates.DateMention) -> bool:
        # a date belongs to the trigger nearest to it
        nearest = min(others, key=lambda t: abs(d.start - t), default=frame.trigger_start)
        return abs(d.start - nearest) >= abs(d.start - frame.trigger_start)

    in_clause = [d for d in found if frame.clause_start <= d.start < frame.clause_end and mine(d)]
    pool = in_clause or [d for d in found if mine(d)]
    if not pool:
        return None
    return min(pool, key=lambda d: abs(d.start - frame.trigger_start))


def day_key(doc: Doc, frame: Frame) -> str | None:
    """Which day a frame speaks of, resolved or not: "2024-05-16" or "tuesday"."""
    day = frame_day(doc, frame)
    if day is None:
        return None
    if day.value:
        return day.value.isoformat()
    text = doc.sentences[frame.sentence].text[day.start : day.end].lower()
    return re.sub(r"^(?:on|this|last)\s+|['’]s$", "", text.strip())


def frame_date(doc: Doc, frame: Frame) -> date | None:
    day = frame_day(doc, frame)
    return day.value if day else None


def settle_dates(doc: Doc, drafts: list[Draft]) -> None:
    for draft in drafts:
        for frame in draft.frames:
            draft.date = frame_date(doc, frame)
            if draft.date:
                break
    news = [
        d for d in drafts if not d.background and d.status in ("imposed", "proposed") and d.date
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


class TargetCollector:
    """Walks the sentences, keeping the actions whose targets may still follow."""

    def __init__(self, doc: Doc, drafts: list[Draft]) -> None:
        self.doc = doc
        self.drafts = drafts
        self.zone: list[int] = []
        self.age = 0

    def by_sentence(self) -> dict[int, list[Frame]]:
        out: dict[int, list[Frame]] = {}
        for frame in self.doc.frames:
            out.setdefault(frame.sentence, []).append(frame)
        return out

    def collect(self) -> None:
        frames_at = self.by_sentence()
        for i, sentence in enumerate(self.doc.sentences):
            if sentence.headline:
                self.switch(i)  # "Sanctions in Australia"
                continue
            if i in frames_at:
                self.from_frames(i, frames_at[i])
            else:
                self.from_zone(i)

    def hits(self, draft: Draft) -> bool:
        return draft.status in ("imposed", "proposed", "lifted")

    def from_frames(self, i: int, frames: list[Frame]) -> None:
        text = self.doc.sentences[i].text
        names = self.doc.names[i]
        live = [f for f in frames if self.hits(self.drafts[f.action or 0])]
        for c_start, c_end in frames_module.clauses(text):
            own = [f for f in live if f.clause_start == c_start]
            if own:
                for frame in own:
                    self.take(i, frame, text, names, frame.trigger_end, c_start, c_end)
                continue
            # a clause without a trigger continues the list of the one before it
            before = [f for f in live if f.clause_end <= c_start]
            if before:
                last = before[-1]
                for frame in [f for f in before if f.clause_start == last.clause_start]:
                    self.take(i, frame, text, names, c_start, c_start, c_end)
            elif self.zone and self.age < ZONE_LENGTH:  # "The sanctioned entities include ..."
                chosen = targets.select(text, names, c_start, c_start, c_end, need_cue=True)
                for a in self.zone:
                    self.drafts[a].targets.extend((n, i, False) for n in chosen)
        acting = [f.action or 0 for f in live]
        news = [a for a in acting if not self.drafts[a].background]
        self.zone = list(dict.fromkeys(news or acting))
        self.age = 0

    def take(
        self, i: int, frame: Frame, text: str, names: list[Name], scope: int, start: int, end: int
    ) -> None:
        draft = self.drafts[frame.action or 0]
        chosen = targets.select(text, names, scope, start, end)
        also = frame.explicit and ALSO.search(text, frame.clause_start, frame.trigger_start + 12)
        draft.targets.extend((n, i, bool(also)) for n in chosen)

    def from_zone(self, i: int) -> None:
        self.age += 1
        self.switch(i)
        text = self.doc.sentences[i].text
        if self.age > ZONE_LENGTH or not self.zone:
            return
        for a in self.zone:
            self.drafts[a].follow_up.append(i)
        background = frames_module.patterns().background
        for start, end in frames_module.clauses(text):
            if background.search(text, start, end):
                continue  # old context: its names were hit by earlier actions
            chosen = targets.select(text, self.doc.names[i], start, start, end, need_cue=True)
            for a in self.zone:
                self.drafts[a].targets.extend((n, i, False) for n in chosen)

    def switch(self, i: int) -> None:
        """Move the zone to an authority this sentence names, if it acted; a
        heading ("Sanctions in Australia") names it in any position."""
        sentence = self.doc.sentences[i]
        text = sentence.text
        for m in self.doc.mentions[i]:
            if m.form in ("adjective", "people") or not m.code:
                continue
            before = text[max(0, m.start - 30) : m.start]
            slot = SUBJECT_SLOT.search(before) and not frames_module.TARGET_PREP.search(before)
            if not sentence.headline and not slot:
                continue  # "sanctions on Russia", "visits London": not the one acting
            acted = [
                k
                for k, d in enumerate(self.drafts)
                if d.authority == m.code and self.hits(d) and not d.background
            ]
            if m.department:
                acted = [k for k in acted if self.drafts[k].department in (None, m.department)]
            if acted:
                kept = [k for k in self.zone if k in acted]
                self.zone, self.age = (kept, self.age) if kept else (acted[:1], 1)
                return


def name_tokens(text: str) -> list[str]:
    return [t for t in re.split(r"[^\w]+", text.casefold()) if t]


def near(a: str, b: str) -> bool:
    """One edit apart (a spelling variant such as Shim/Sim)."""
    if abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 8:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i:] == b[i + 1 :] or a[i + 1 :] == b[i + 1 :]


def same_party(a: Target, b_name: str) -> bool:
    ta, tb = name_tokens(a.name), name_tokens(b_name)
    keys = [name_tokens(x) for x in [a.name, *a.aliases]]
    if any(k == tb for k in keys):
        return True
    if set(tb) <= set(ta) or set(ta) <= set(tb):
        return True
    return near(" ".join(ta), " ".join(tb))


def merge_targets(doc: Doc, found: list[tuple[Name, int, bool]]) -> list[tuple[Target, bool]]:
    out: list[tuple[Target, bool]] = []
    for name, i, also in found:
        sentence = doc.sentences[i]
        span = Span(sentence.start + name.start, sentence.start + name.end)
        home = next((t for t, _ in out if same_party(t, name.text)), None)
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


def count_targets(
    doc: Doc, draft: Draft, merged: list[tuple[Target, bool]]
) -> dict[str, int | None]:
    result = empty_counts()
    best: dict[str, counts.CountPhrase] = {}
    where: dict[str, int] = {}
    also_kinds: dict[str, bool] = {}
    # the clause naming the action's own department speaks for the whole of it
    ordered = sorted(draft.frames, key=lambda f: f.department != draft.department)
    for frame in ordered:
        text = doc.sentences[frame.sentence].text
        clause = text[frame.clause_start : frame.clause_end]
        also = frame.explicit and ALSO.search(clause) is not None
        for phrase in counts.find_counts(clause):
            held = best.get(phrase.kind)
            if held is None or (held.approximate and not phrase.approximate):
                best[phrase.kind] = phrase
                where[phrase.kind] = frame.sentence
                also_kinds[phrase.kind] = also
    for i in draft.follow_up:  # "The package also includes 52 other individuals"
        text = doc.sentences[i].text
        if not targets.patterns().cues.search(text):
            continue
        for phrase in counts.find_counts(text):
            if phrase.kind not in best:
                best[phrase.kind], where[phrase.kind], also_kinds[phrase.kind] = phrase, i, False
    for kind, phrase in best.items():
        value = phrase.value
        named = [(t, a) for t, a in merged if t.kind == kind]
        if phrase.other:
            value += len(named)
        elif also_kinds[kind]:
            value += sum(1 for t, _ in named if not any(
                doc.sentences[where[kind]].start <= s.start < doc.sentences[where[kind]].end
                for s in t.evidence))  # fmt: skip
        result[kind] = value
    return result


def evidence_text(doc: Doc, draft: Draft) -> str:
    seen = dict.fromkeys(f.sentence for f in draft.frames)
    return " ".join(doc.sentences[i].text for i in seen)


def build_action(doc: Doc, draft: Draft) -> Action:
    merged = merge_targets(doc, draft.targets)
    text = evidence_text(doc, draft)
    first = draft.frames[0]
    sentence = doc.sentences[first.sentence]
    hit = attributes.hit_countries(
        doc.mentions[first.sentence], {draft.authority}, first.trigger_start
    )
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
        program=attributes.find_program(text),
        reason=attributes.find_reason(sentence.text[first.trigger_start :]),
        background=draft.background,
        optional=draft.status == "threatened" and not first.explicit,
        evidence=spans,
    )


def announced_date(doc: Doc, draft: Draft) -> date | None:
    """ "The Treasury announced in a statement on Wednesday ...": a later sentence
    in which the acting authority announces gives the day."""
    speech = frames_module.patterns().speech
    for i in draft.follow_up:
        if not any(m.code == draft.authority for m in doc.mentions[i]):
            continue
        text = doc.sentences[i].text
        verb = speech.search(text)
        if verb is None:
            continue
        found = [d for d in dates.sentence_dates(doc, i) if d.value]
        if found:
            return min(found, key=lambda d: abs(d.start - verb.start())).value
    return None


def same_authority_date(draft: Draft, drafts: list[Draft]) -> date | None:
    """An undated news action takes the day of its state's dated news action
    ("Concurrently, the State Department is sanctioning ...")."""
    for other in drafts:
        if other is draft or other.background or other.date is None:
            continue
        if other.authority == draft.authority and other.status in ("imposed", "proposed"):
            return other.date
    return None


def keep(draft: Draft) -> bool:
    """Background actions are kept only when the article names who acted
    explicitly; an inferred authority on old context is too often wrong."""
    if not draft.background:
        return True
    return any(f.explicit for f in draft.frames)


def assemble(doc: Doc) -> Doc:
    """Stage: group frames into actions and fill them in."""
    vocabulary()  # loaded once; keeps the first call's cost out of the loop
    drafts = group_frames(doc, doc.frames)
    settle_dates(doc, drafts)
    TargetCollector(doc, drafts).collect()
    for draft in drafts:
        if draft.date is None and not draft.background:
            draft.date = announced_date(doc, draft) or same_authority_date(draft, drafts)
    doc.actions = [build_action(doc, d) for d in drafts if keep(d)]
    return doc
