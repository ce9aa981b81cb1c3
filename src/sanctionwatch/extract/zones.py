"""Zones: the sentences after a frame that may still name its targets.

"Among those listed are ..." follows the sentence that states the action. A
zone stays with the actions of the last frame sentence for a few sentences, and
moves when a sentence names, in subject position, another authority that acted.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from sanctionwatch.extract import targets, triggers
from sanctionwatch.extract.actors import TARGET_PREP
from sanctionwatch.extract.document import Doc, Frame, Name
from sanctionwatch.extract.vocabulary import rule

if TYPE_CHECKING:
    from sanctionwatch.extract.assembly import Draft

ZONE_LENGTH = 4  # sentences after a frame that may still list its targets
# where a sentence's acting party stands: at its start, after "the", a comma or "and"
SUBJECT_SLOT = rule("zones.subject_slot")
ACTION_VERB = rule("zones.action_verb")
RELATIVE_OPENING = rule("zones.relative_opening")
RESUMED_LIST = rule("zones.resumed_list")
ALSO = rule("zones.also")


DASH_AFTER = re.compile(r"\s+[—–-]{1,2}\s+")


def dash_list(text: str, start: int, end: int) -> bool:
    """ "The list includes two ministers — A, accused of ..., and B": a clause that
    ends on a list cue and breaks at a dash; the names after the dash are its list."""
    cue = targets.last_cue(text[start:end])
    return (
        cue is not None
        and end - start - cue.end() <= 50
        and DASH_AFTER.match(text, end) is not None
    )


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
        open_list = False  # after "The vessels designated are:", bullet lines list targets
        for i, sentence in enumerate(self.doc.sentences):
            if sentence.headline:
                self.switch(i)  # "Sanctions in Australia"
                continue
            table_row = sentence.item and any(n.imo for n in self.doc.names[i])
            if sentence.item and (open_list or table_row) and self.age <= ZONE_LENGTH:
                self.from_list_item(i)
            elif i in frames_at:
                self.from_frames(i, frames_at[i])
            else:
                self.from_zone(i)
            open_list = sentence.text.endswith(":") or (open_list and sentence.item)

    def from_list_item(self, i: int) -> None:
        text = self.doc.sentences[i].text
        chosen = targets.select(text, self.doc.names[i], 0, 0, len(text))
        for a in self.zone:
            self.drafts[a].targets.extend((n, i, False) for n in chosen)

    def hits(self, draft: Draft) -> bool:
        return draft.status in ("imposed", "proposed", "lifted")

    def from_frames(self, i: int, frames: list[Frame]) -> None:
        text = self.doc.sentences[i].text
        names = self.doc.names[i]
        live = [f for f in frames if self.hits(self.drafts[f.action or 0])]
        for c_start, c_end in triggers.clauses(text):
            own = [f for f in live if f.clause_start == c_start]
            if own:
                for frame in own:
                    self.take(i, frame, text, names, frame.trigger_end, c_start, c_end)
                continue
            # a clause without a trigger continues the list of the one before it
            before = [f for f in live if f.clause_end <= c_start]
            scope = c_start
            if RELATIVE_OPENING.search(text, max(0, c_start - 8), c_start):
                # "X, which manages the tanker Y, and Z": only Z continues the list
                rejoin = RESUMED_LIST.search(text, c_start, c_end)
                scope = rejoin.start() if rejoin else c_end
            if before:
                last = before[-1]
                for frame in [f for f in before if f.clause_start == last.clause_start]:
                    self.take(i, frame, text, names, scope, c_start, c_end)
            elif self.zone and self.age < ZONE_LENGTH:  # "The sanctioned entities include ..."
                chosen = targets.select(text, names, c_start, c_start, c_end, need_cue=True)
                for a in self.zone:
                    self.drafts[a].targets.extend((n, i, False) for n in chosen)
        if live and all(f.subordinate for f in live):
            # "The move came hours after the EU imposed ...": a side remark, the
            # sentences after it still list the targets of the action before
            self.age += 1
            return
        acting = [f.action or 0 for f in live]
        news = [a for a in acting if not self.drafts[a].background]
        fresh = list(dict.fromkeys(news or acting))
        # a second department of the same state right after the first: both
        # stay open, and the verb of a follow-up sentence decides between them
        same_state = {self.drafts[a].authority for a in fresh} == {
            self.drafts[a].authority for a in self.zone
        }
        if news and same_state and self.age <= 1:
            fresh = list(dict.fromkeys(self.zone + fresh))
        self.zone = fresh
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
        self.narrow_by_verb(i)
        background = triggers.patterns().background
        opened = False  # the clause before opened a list that a dash sets off
        for start, end in triggers.clauses(text):
            if background.search(text, start, end):
                opened = False
                continue  # old context: its names were hit by earlier actions
            chosen = targets.select(text, self.doc.names[i], start, start, end, need_cue=not opened)
            for a in self.zone:
                self.drafts[a].targets.extend((n, i, False) for n in chosen)
            opened = not chosen and dash_list(text, start, end)

    def narrow_by_verb(self, i: int) -> None:
        """ "Among those designated are ..." after "OFAC designated ..., while the
        State Department is sanctioning ...": the verb tells whose list it is."""
        if len(self.zone) < 2:
            return
        said = {w[:6].lower() for w in ACTION_VERB.findall(self.doc.sentences[i].text)}
        owners = [a for a in self.zone if said & self.verbs(self.drafts[a])]
        if len(owners) == 1:
            self.zone = owners

    def verbs(self, draft: Draft) -> set[str]:
        out = set()
        for f in draft.frames:
            word = self.doc.sentences[f.sentence].text[f.trigger_start : f.trigger_end]
            out.add(word[:6].lower())
        return out

    def switch(self, i: int) -> None:
        """Move the zone to an authority this sentence names, if it acted; a
        heading ("Sanctions in Australia") names it in any position."""
        sentence = self.doc.sentences[i]
        text = sentence.text
        for m in self.doc.mentions[i]:
            if m.form in ("adjective", "people") or not m.code:
                continue
            before = text[max(0, m.start - 30) : m.start]
            slot = SUBJECT_SLOT.search(before) and not TARGET_PREP.search(before)
            if not sentence.headline and not slot:
                continue  # "sanctions on Russia", "visits London": not the one acting
            acted = [
                k
                for k, d in enumerate(self.drafts)
                if d.authority == m.code
                and self.hits(d)
                and not d.background
                and not all(f.subordinate for f in d.frames)  # a side remark's actor
            ]
            if m.department:
                acted = [k for k in acted if self.drafts[k].department in (None, m.department)]
            if acted:
                kept = [k for k in self.zone if k in acted]
                self.zone, self.age = (kept, self.age) if kept else (acted[:1], 1)
                return
