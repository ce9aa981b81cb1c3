"""Zones: the sentences after a frame that may still name its targets.

"Among those listed are ..." follows the sentence that states the action. A
zone stays with the actions of the last frame sentence for a few sentences, and
moves when a sentence names, in subject position, another authority that acted.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import TYPE_CHECKING

from sanctionwatch.extract import counts, enumerations, targets, triggers
from sanctionwatch.extract.actors import TARGET_PREP, member_states
from sanctionwatch.extract.document import Doc, Frame, Mention, Name
from sanctionwatch.extract.sentences import ENTRY_VESSEL, KIND_HEADING, LIST_ENTRY, OPEN_LIST_END
from sanctionwatch.extract.vocabulary import gated_rule, rule, rule_text, vocabulary

if TYPE_CHECKING:
    from sanctionwatch.extract.assembly import Draft

ZONE_LENGTH = 4  # sentences after a frame that may still list its targets
LIST_KEPT_AGE = 2  # the zone's age after a sentence of it that listed targets
CUT_WORDS = 8  # a last line without a full stop this long is cut-off prose, no heading
# where a sentence's acting party stands: at its start, after "the", a comma or "and"
SUBJECT_SLOT = rule("zones.subject_slot")
# "Port Olya 4 | 9298372 | Russia | Caspian Route LLC": the cells of a table row
TABLE_CELL = rule("zones.table_cell")
# "| X | removed | 15 October 2024 |": a row that tells a removal, no imposition's entry
REMOVED_CELL = rule("zones.removed_cell")
# "Tanker | IMO | Flag | Sanctioned by": the column that says whose list each row is on
LISTED_BY_COLUMN = rule("zones.listed_by_column")
TABLE_REACH = 60  # rows between a table's header and a row read under it
# "CFi.020 Name: Mahamat Saleh Garba. Title: ...": an entry of a printed list
ENTRY_NAME = gated_rule("zones.entry_name")
# "Name: 1: RI 2: SONG 3: HYOK 4: na": a UN entry's name printed in numbered parts
NUMBERED_NAME = rule("zones.numbered_name")
NAME_PART_NUMBER = re.compile(r"\s*[1-9]\s*:\s*")  # mechanics: splits the parts
UN_ENTITY_REFERENCE = rule("zones.un_entity_reference")  # "KPe.061": a body's entry
# "A.k.a.: a) X b) Y" under an entry's name: the entry's other names, no targets
ALIAS_FIELD = rule("zones.alias_field")
ALIAS_FIELD_SPLIT = rule("zones.alias_field_split")
# how many lines under an entry's name its alias field may stand ("Title:", "DOB:" between)
ALIAS_FIELD_REACH = 4
# "IDENTIFYING INFORMATION" over the entries of the act a release has told
ENTRIES_HEADING = rule("zones.entries_heading")
KIND_LABEL = rule("zones.kind_label")
# "MOROZOV, Timur Alekseyevich. DOB: ...": the name an entry under "Individuals" opens on
NOTICE_ENTRY = rule("zones.notice_entry")
# "Liu Haibin: a Chinese national who ...": a paragraph of a release given to one target
NAME_LEAD = rule("zones.name_lead")
# "Ivan Petrov, director of X, who ...": the same set off by a comma, in a list's paragraphs
ENTRY_COMMA_LEAD = rule("zones.entry_comma_lead")
# "Name" heading the first column of a table flattened one cell to a line
NAME_COLUMN = rule("zones.name_column")
# "The companies are victims, not targets": those of the sentence before are not hit
CLEARED_GROUP = rule("zones.cleared_group")
CELL_END = rule("zones.cell_end")  # what may follow a name in its cell: a seat
# "X (X) is a Moscow-based supplier ...", "X services oil fields": the same with a verb
ENTRY_VERB_LEAD = rule("zones.entry_verb_lead")
ANSWERED_ACT = rule("zones.answered_act")
ANSWERING_ACT = gated_rule("zones.answering_act")
ACTION_VERB = rule("zones.action_verb")
# "removed", "delisted": a sentence after a listing told with a removal that speaks of it
REMOVAL_WORD = rule("zones.removal_word")
RELATIVE_OPENING = rule("zones.relative_opening")
RESUMED_LIST = rule("zones.resumed_list")
# "X, who heads a militia, the judge Y and Z": a list resumed after a relative clause
# with no ", and" (aside_rejoin_at)
ASIDE_REJOIN = rule("zones.aside_rejoin")
ASIDE_REJOIN_LEAD = rule("zones.aside_rejoin_lead")
ASIDE_REJOIN_JOIN = rule("zones.aside_rejoin_join")
PLACE_LEAD = rule("zones.place_lead")  # "in occupied Mariupol,": where, not a list item
ALSO = gated_rule("zones.also")
# "appears on the UK's list": a trigger that says where a party is listed, not who acted
CROSS_LISTING = rule("zones.cross_listing")
# "X, designated by OFAC on Monday, is ...": an old act told in a participle's aside
PARTICIPLE_ASIDE = rule("zones.participle_aside")
LISTING_VERB = rule("zones.listing_verb")
# "Three of the Council's names also appear on ...": a part of the group before, unnamed
CROSS_PART = rule("zones.cross_part")
# "Another, the trading house X, has been under U.S. sanctions since 2023": a part of the
# group an open act hit, named in an apposition; "X was the second person named"
BACK_REFERENCE = rule("zones.back_reference")
BACK_REFERENCE_AFTER = rule("zones.back_reference_after")
AMONG_BACK = rule("zones.among_back")  # "Among the entities newly designated, X and Y ..."
# "The individuals and entities listed below have ...": a list further down is the act's
LISTED_BELOW = rule("zones.listed_below")
# a possessive right after a mention ("The EU's list comprises ..."): the list is its own
OWNED = rule("zones.owned")
ADJECTIVE_LIST = rule("zones.adjective_list")
# a clause that opens on its subject: "Canada listed ...", "the US designated ..."
CLAUSE_SUBJECT = rule("zones.clause_subject")
PAST_VERB = rule("zones.past_verb")


DASH_AFTER = rule("zones.dash_after")
# "whom Washington sanctioned", "which the EU had listed": a relative clause's subject
# (a mention or an agency, up to five words) right before the trigger
OLD_RELATIVE = rule("zones.old_relative")
# ", a Hong Kong firm the US Commerce Department added": the same with no pronoun, in an
# apposition set off by commas (its closing comma ends the aside)
OLD_APPOSITIVE = rule("zones.old_appositive")
# the nouns of each kind of target, those counts.json counts (no partial kinds: "The banks")
_COUNTS = vocabulary().counts
_KIND_OF_NOUN = {
    noun: kind
    for kind, nouns in _COUNTS["kinds"].items()
    for noun in nouns
    if noun not in _COUNTS["partial_kinds"] and noun.endswith("s") and noun.islower()
}
# "The firms include ...", "These tankers are ...": a list of one kind of target opened by
# its noun (zones.kind_opening; kind_noun checks the words)
KIND_OPENING = rule("zones.kind_opening")
# between a kind opening's verb and the names it lists, and between those names
KIND_CHAIN = rule("zones.kind_chain")
# "The companies — A, B and C — are ...": the same noun alone before a dash
KIND_SUBJECT = rule("zones.kind_subject")


def kind_noun(words: str) -> str | None:
    """The kind noun `words` ends on, with at most two words before it ("three front
    companies"), the longest one; the noun's own words are those of counts.json, one
    space apart."""
    starts = [0] + [
        k + 1 for k in range(len(words) - 1) if words[k].isspace() and not words[k + 1].isspace()
    ]
    return next((words[s:] for s in starts[:3] if words[s:] in _KIND_OF_NOUN), None)


# "The six are ...", "These 11 individuals include ...": a list of a counted group
COUNTED_OPENING = rule("zones.counted_opening")
# a sentence of quoted speech only, as a pull quote sets it: it tells no list
PULL_QUOTE = rule("zones.pull_quote")
# a sentence about criminal charges, with no word of sanctions: its names are defendants
CHARGES = rule("zones.charges")
# "The two amended entries are SERENA ... and SEA CLIFF": entries listed before, updated
AMENDED_ENTRIES = rule("zones.amended_entries")
KIND_APPOSITION = rule("zones.kind_apposition")
# "The judge, X, passed ...": a role the action told alone, then its holder's name
ROLE_APPOSITION = rule("zones.role_apposition")
ROLE_TOLD = rule_text("zones.role_told")  # {role} filled in per sentence
ROLE_RELATION = rule("zones.role_relation")
ALSO_LISTED = rule("zones.also_listed")
# "His company, registered in the UAE, was added": the firm named just before as his
POSSESSED_HIT = rule("zones.possessed_hit")
OWNED_BEFORE = rule("zones.owned_before")
SANCTIONS = rule("zones.sanctions_word")
DIRECT_QUESTION = rule("frames.direct_question")
# a relative pronoun at a clause's opening (the clause break may have taken it)
RELATIVE_CLAUSE = rule("zones.relative_clause")
# a clause that opens on a list item: a name or an article, after "and"
ITEM_START = rule("zones.item_start")
# "Alpha LLC, Beta Ltd and Gamma JSC supplied ...": between the names of an opening list,
# and the verb after it
LIST_GAP = rule("zones.list_gap")
LIST_VERB = rule("zones.list_verb")


# a name set off by a comma just before the rejoining ", and" ("..., who runs camps in
# Luhansk, the X Plant, and Y"): the list's item, not the relative clause's object
ITEM_BEFORE_REJOIN = rule("zones.item_before_rejoin")


def resumed(text: str, names: list[Name], start: int, end: int) -> int | None:
    """Where a list that a relative clause interrupted resumes in text[start:end]: at its
    ", and" ("X, which manages the tanker Y, and Z"), or at the comma before the name
    just ahead of it ("X, who coordinates camps in Luhansk, the Y Plant, and Z")."""
    rejoin = RESUMED_LIST.search(text, start, end)
    if rejoin is None:
        return None
    at = rejoin.start()
    for n in reversed([n for n in names if start <= n.start and n.end <= at]):
        if n.end != at or not (item := ITEM_BEFORE_REJOIN.search(text, start, n.start)):
            break
        at = item.start()
    return at


def aside_rejoin_at(text: str, names: list[Name], start: int, end: int) -> int | None:
    """Where a list that a relative clause interrupted resumes at a bare comma in
    text[start:end] ("X, who heads a militia in the east, the judge Y and Z"): the first
    comma after which two names follow joined as a list. Not a comma right after a name
    of the clause that no place word leads ("X, which supplies A, B and C": the
    clause's own objects)."""
    for comma in ASIDE_REJOIN.finditer(text, start, end):
        if any(
            start <= n.start and n.end == comma.start() and not PLACE_LEAD.search(text, 0, n.start)
            for n in names
        ):
            return None
        after = [n for n in names if comma.end() <= n.start and n.end <= end]
        for a, b in pairwise(after):
            if not ASIDE_REJOIN_LEAD.fullmatch(text, comma.end(), a.start):
                break
            if ASIDE_REJOIN_JOIN.fullmatch(text, a.end, b.start):
                return comma.start()
    return None


# a relative clause that a date or past marker stands in ("X, a lawmaker who visited
# Taipei in October, and Y"): it tells of X, the clause is no old context
DESCRIBING_CLAUSE = rule("zones.describing_clause")


def old_context(text: str, start: int, end: int) -> bool:
    """text[start:end] holds a background marker ("last year", "in 2022") outside a
    relative clause that describes a person named before it."""
    markers = triggers.patterns().background
    for m in markers.finditer(text, start, end, text[start:end].lower()):
        if not DESCRIBING_CLAUSE.search(text, max(start, m.start() - 60), m.start()):
            return True
    return False


def kind_apposition(text: str, names: list[Name]) -> list[Name]:
    """ "The company, Minsk-based Aerotekh-Sistemy OOO, assembles drones": a sentence
    that opens on the kind of a party the action told ("added a Belarusian drone
    assembler") with its name set off by commas names that party."""
    opening = KIND_APPOSITION.match(text)
    if opening is None:
        return []
    # "the provider -- X -- kept ...": the name closes with the dash it opened with
    close = opening.group("open")
    return [
        n for n in names if n.start == opening.end() and text[n.end :].lstrip().startswith(close)
    ][:1]


def dash_list(text: str, start: int, end: int) -> bool:
    """ "The list includes two ministers — A, accused of ..., and B", "The companies —
    A, B and C — are in Jalisco": a clause that ends on a list cue, or is only a kind of
    target as the subject, and breaks at a dash; the names after the dash are its list."""
    if DASH_AFTER.match(text, end) is None:
        return False
    cue = targets.last_cue(text[start:end])
    if cue is not None and end - start - cue.end() <= 50:
        return True
    subject = KIND_SUBJECT.fullmatch(text, start, end)
    return subject is not None and kind_noun(subject["words"]) is not None


def colon_list(text: str, start: int, end: int) -> bool:
    """A clause that opens a list with a cue and a colon ("The list includes: ...")."""
    colon = text.find(":", start, end)
    return colon >= 0 and targets.colon_cue(text[start : colon + 1]) is not None


def scope_end(frame: Frame, own: list[Frame], end: int) -> int:
    """Where a frame's objects end in its clause: at the trigger of a later frame of
    another authority that names its own actor ("China announced sanctions on X days
    after the US imposed visa bans on Y": Y is the US's alone)."""
    return min(
        (
            f.trigger_start
            for f in own
            if f.explicit
            and f.authority != frame.authority
            and f.trigger_start > frame.trigger_end
            # "adopted the sanctions imposed by the EU on X": X is the adopter's too
            and not f.describes
        ),
        default=end,
    )


def frame_clauses(text: str, frames: list[Frame]) -> list[tuple[int, int]]:
    """The clauses of a sentence as its frames read them: a clause that only lists the
    actors is one with the next ("Australia, Canada and the United States on Thursday
    imposed sanctions on X", frames.FrameFinder.clauses), so its targets are all three's."""
    joined = sorted({(f.clause_start, f.clause_end) for f in frames})
    out: list[tuple[int, int]] = []
    for start, end in triggers.clauses(text):
        span = next(((a, b) for a, b in joined if a <= start < b), (start, end))
        if not out or out[-1] != span:
            out.append(span)
    return out


def scope_start(frame: Frame, own: list[Frame], start: int, text: str) -> int:
    """Where a frame's names may start in its clause: after the trigger of an earlier
    frame of another named authority ("X was sanctioned by the US, and Y was
    sanctioned by Britain": X, before the US's trigger, is not Britain's), unless that
    trigger opens a participle's aside on the subject ("X, designated by OFAC on Monday,
    is on the EU list as well": X is both). A frame whose actor is a subordinate subject
    ("Russia banned A, among them B, after Canberra sanctioned C") takes nothing before
    its own trigger: those are the main act's."""
    earlier = [
        f.trigger_end
        for f in own
        if f.explicit
        and f.authority != frame.authority
        and f.trigger_end <= frame.trigger_start
        and not (
            PARTICIPLE_ASIDE.search(text, max(0, f.trigger_start - 12), f.trigger_start)
            and "," in text[f.trigger_end : frame.trigger_start]
        )
    ]
    if earlier and frame.subordinate and frame.explicit:
        return frame.trigger_start
    return max(earlier, default=start)


def answering_act(text: str, m: Mention) -> bool:
    """A state or agency that opens the sentence's clause on a counter-measure of its
    own ("Russia retaliated by barring ...", "The Kremlin banned ..."): what the
    sentence names it hits, if the state has no action of its own in the text."""
    if m.form not in ("name", "agency") or not m.code:
        return False
    before = text[max(0, m.start - 30) : m.start]
    return (
        SUBJECT_SLOT.search(before) is not None
        and TARGET_PREP.search(before) is None
        and ANSWERING_ACT.match(text, m.end) is not None
    )


def table_header(doc: Doc, i: int) -> bool:
    """A table's header row flattened to text ("Name | DOB | Nationality | Programme"):
    a row whose first cell names no one, followed by a row of as many cells; it opens
    the list of the rows under it as a line ending in a colon does (a site's menu,
    read the same way, is followed by no such row)."""
    sentences = doc.sentences
    if i + 1 >= len(sentences) or not (sentences[i].item and sentences[i + 1].item):
        return False
    text = sentences[i].text
    cells = len(TABLE_CELL.findall(text))
    return (
        cells >= 2
        and len(TABLE_CELL.findall(sentences[i + 1].text)) == cells
        and not first_cell(text, doc.names[i])
    )


def row_listers(doc: Doc, i: int) -> set[str] | None:
    """The authorities a table row's "Sanctioned by" cell names ("UK (24 Feb 2026, new),
    EU": GB and EU; "none": no one), or None where the table over row `i` has no such
    column: a row is a target only of an act whose authority its cell names."""
    sentences = doc.sentences
    j = i - 1
    while j >= max(0, i - TABLE_REACH) and sentences[j].item and not table_header(doc, j):
        j -= 1
    if j < 0 or not sentences[j].item or not table_header(doc, j):
        return None
    header = TABLE_CELL.split(sentences[j].text)
    column = next((k for k, c in enumerate(header) if LISTED_BY_COLUMN.fullmatch(c.strip())), None)
    text = sentences[i].text
    bounds = [0, *(m.end() for m in TABLE_CELL.finditer(text)), len(text) + 1]
    if column is None or column + 1 >= len(bounds):
        return None
    start, end = bounds[column], bounds[column + 1]
    return {m.code for m in doc.mentions[i] if m.code and start <= m.start < end}


def first_cell(text: str, names: list[Name]) -> list[Name]:
    """The names of a table row's first cell that holds any ("Port Olya 4 | 9298372 |
    Russia | Caspian Route LLC": the vessel, not its owner; "X | Director, Y Centre |
    Russia": the person, not where they work); a row with no cells as is. A first cell
    of words that names no one is a header ("Entity | Address | License requirement"):
    its row names no target; a cell with no letter ("1 | X | ...") only numbers it."""
    bounds = [0] + [m.end() for m in TABLE_CELL.finditer(text)] + [len(text) + 1]
    if len(bounds) == 2:
        return names
    for a, b in pairwise(bounds):
        inside = [n for n in names if a <= n.start < b]
        if inside or any(c.isalpha() for c in text[a:b]):
            return inside
    return names


def other_cell(text: str, names: list[Name], name: Name) -> bool:
    """`name` stands in a table row outside the cell that names the row's party
    (`first_cell`): an address, a post or an owner ("X Co., Ltd.<TAB>Unit 5, 17/F")."""
    if not TABLE_CELL.search(text):
        return False
    return all(n.start != name.start for n in first_cell(text, [*names, name]))


def heading_kind(text: str) -> str | None:
    """The kind of target a heading line names ("Individuals": person), if it is one."""
    heading = KIND_HEADING.fullmatch(text)
    if heading is None:
        return None
    noun = heading.group("noun").lower()
    if noun != "aircraft":  # "Entity", "Vessel": one entry's kind, as the plural reads
        noun = plural(noun)
    return "aircraft" if noun == "aircraft" else _KIND_OF_NOUN.get(noun, "organization")


def entry_tail(text: str, name: Name) -> str:
    """The words of a list entry before `name` that may make it a relation; for an
    aircraft, those before its make ("the Hawker 850XP business jet with tail number
    RA-12345": "with" cues the registration, no partner)."""
    tail = text[max(0, name.start - 60) : name.start]
    if name.kind == "aircraft" and (make := targets.AIRCRAFT_MAKE.search(tail)):
        tail = tail[: make.start()]
    return tail


def plural(noun: str) -> str:
    """ "refinery" -> "refineries", "firm" -> "firms": the plural _KIND_OF_NOUN holds."""
    if noun.endswith("s"):
        return noun
    return noun[:-1] + "ies" if noun.endswith("y") else noun + "s"


def opening_name(names: list[Name]) -> Name | None:
    """The name a sentence opens on, unless it is a descriptor ("The Treasury ...")."""
    return next((n for n in names if n.start == 0 and not n.descriptor), None)


def keeps(draft: Draft) -> bool:
    """Whether assembly keeps the draft: news, or background with a named authority."""
    return not draft.background or any(f.explicit for f in draft.frames)


class TargetCollector:
    """Walks the sentences, keeping the actions whose targets may still follow."""

    def __init__(self, doc: Doc, drafts: list[Draft]) -> None:
        self.doc = doc
        self.drafts = drafts
        self.zone: list[int] = []
        self.age = 0
        # a joint act's zone, narrowed for one sentence that names one partner ("The
        # EU Official Journal published the names ..."): restored after it
        self.held: list[int] = []
        # the zone a sentence pointed to a list below in ("listed below", "as follows"):
        # reopened at the next table header or list, however far down it comes
        self.below: list[int] = []

    def by_sentence(self) -> dict[int, list[Frame]]:
        out: dict[int, list[Frame]] = {}
        for frame in self.doc.frames:
            out.setdefault(frame.sentence, []).append(frame)
        return out

    def collect(self) -> None:
        frames_at = self.by_sentence()
        open_list = False  # after "The vessels designated are:", bullet lines list targets
        heading: str | None = None  # the kind a heading over notice entries names
        entries = False  # the paragraphs since a colon each opened on a target's name
        cells = False  # in a table whose cells were flattened one to a line, under "Name"
        # the actions a paragraph that stopped inside its list of names gave targets to
        cut: list[int] = []
        for i, sentence in enumerate(self.doc.sentences):
            if cleared := CLEARED_GROUP.match(sentence.text):
                self.clear_group(i, cleared.group("noun") or plural(cleared.group("nor")))
            if cut and not sentence.headline:
                if not sentence.item and i not in frames_at:
                    self.from_continuation(i, cut)
                cut = []
            if sentence.headline and cells and self.zone:
                self.from_cell_line(i)
                continue
            cells = False
            if self.zone and self.age <= ZONE_LENGTH and self.from_alias_field(i):
                continue
            label = KIND_LABEL.match(sentence.text) if self.zone else None
            # "Individuals: KOVALYOV Dmitry Sergeyevich; SHIN Yong-chol" reads as a heading
            # (no verb), but it lists the targets of the open action
            # "KPi.081 Name: 1: RI 2: SONG 3: HYOK" on a line of its own: a list's entry,
            # no heading, while the act it lists is open
            entry_line = (
                sentence.headline
                and self.zone
                and self.age <= ZONE_LENGTH
                and ENTRY_NAME.match(sentence.text) is not None
            )
            if sentence.headline and not self.cut_off(i) and label is None and not entry_line:
                if ENTRIES_HEADING.fullmatch(sentence.text) and self.listing(self.zone):
                    self.age = 0  # the entries printed below are the open act's
                self.switch(i)  # "Sanctions in Australia"
                # "Individuals" over a notice's numbered entries opens their list
                heading = heading_kind(sentence.text)
                # "ENERGY SECTOR" in a release that has just designated: its paragraphs
                # may each open on a target ("X is a Moscow-based supplier ...")
                entries = bool(self.zone) and self.age <= ZONE_LENGTH
                cells = entries and NAME_COLUMN.fullmatch(sentence.text) is not None
                # "China / - X Co., Ltd. / - Y Limited": a country heading over bullets
                # lists the targets of the open action that sit there
                open_list = open_list or (
                    entries
                    and any(
                        (m.start, m.end) == (0, len(sentence.text)) for m in self.doc.mentions[i]
                    )
                )
                continue
            if i not in frames_at and PULL_QUOTE.fullmatch(sentence.text):
                continue  # "“These ships are the regime’s lifeline.”": speech, no list
            if (
                i not in frames_at
                and self.age <= ZONE_LENGTH
                and BACK_REFERENCE.match(sentence.text)
            ):
                # "Seaquest itself was sanctioned by Britain in May. The second person, X,
                # ...": a part of the group told past an old act names the news act's
                self.zone = self.news_group(i) or self.zone
            zone_before, age_before = list(self.zone), self.age
            if self.reopens_below(i) and i not in frames_at:
                self.zone, self.age = list(self.below), 0
                open_list = open_list or sentence.item
            lead = None
            table_row = sentence.item and any(n.imo for n in self.doc.names[i])
            if sentence.item and heading and i not in frames_at and self.age <= ZONE_LENGTH:
                self.from_notice_entry(i, heading)
            elif (
                sentence.item
                and (open_list or table_row)
                and self.age <= ZONE_LENGTH
                and not self.own_news(frames_at.get(i, []))
                and not self.measure_item(frames_at.get(i, []), sentence.text)
            ):
                self.from_list_item(i)
            elif label is not None and i not in frames_at and self.age <= ZONE_LENGTH:
                self.from_kind_label(i, label.end(), label.group("noun"))
            elif (
                (entry := ENTRY_NAME.match(sentence.text)) and self.zone and self.age <= ZONE_LENGTH
            ):
                self.from_entry(i, entry.end())
            elif (
                (lead := self.lead_name(i, entries)) is not None
                and self.zone
                and self.age <= ZONE_LENGTH
            ):
                self.from_entry(i, 0, lead)
            elif i in frames_at:
                self.from_frames(i, frames_at[i])
            else:
                self.from_zone(i)
            if age_before <= ZONE_LENGTH and self.listing(zone_before):
                self.from_back_reference(i, zone_before)
            if not sentence.item and OPEN_LIST_END.search(sentence.text):
                # the actions it gave targets to, or those whose zone it is in
                cut = [
                    a
                    for a, d in enumerate(self.drafts)
                    if any(t[1] == i for t in d.targets)
                    or (
                        a in self.zone
                        and self.age <= ZONE_LENGTH
                        and self.hits(d)
                        and not d.background
                    )
                ]
            # a newsletter's items each tell their own act: no list of targets goes on
            open_list = (
                sentence.text.endswith(":")
                or (open_list and sentence.item and not self.own_news(frames_at.get(i, [])))
                or table_header(self.doc, i)
            )
            # "The targets are:" opens a paragraph per target, each on its name
            entries = sentence.text.endswith(":") or (entries and lead is not None)
            heading = heading if sentence.item else None
            if (
                i in frames_at
                and self.age == 0
                and self.zone != self.below
                and self.listing(self.zone)
            ):
                self.below = []  # a new act's own sentence: the list below is not its
            if (
                self.age <= ZONE_LENGTH
                and self.listing(self.zone)
                and LISTED_BELOW.search(sentence.text)
            ):
                self.below = list(self.zone)

    def news_group(self, i: int) -> list[int]:
        """When the open act is all background, the latest scored news act told before
        sentence `i`, whose group a back-reference ("The second person, X") names."""
        if not self.zone or not all(self.drafts[a].background for a in self.zone):
            return []
        told = [
            (min(f.sentence for f in d.frames), k)
            for k, d in enumerate(self.drafts)
            if not d.background and d.status in ("imposed", "proposed") and d.frames
        ]
        before = [t for t in told if t[0] < i]
        return [max(before)[1]] if before else []

    def from_back_reference(self, i: int, zone: list[int]) -> None:
        """A sentence that opens on a part of the group the open act hit ("Another, the
        trading house X, has been under U.S. sanctions since 2023", "X was the second
        person named"): its names are targets of that act (`zone`, as it stood before
        the sentence), whatever act the rest of the sentence tells of them."""
        sentence = self.doc.sentences[i]
        text, names = sentence.text, self.doc.names[i]
        if sentence.item or sentence.headline:
            return
        opening = BACK_REFERENCE.match(text)
        if opening and opening.group("group") and not kind_noun(opening.group("group")):
            return  # "One of the executed men, X, ...": a group of no targets
        if opening:
            comma = text.find(",", opening.end())
            end = comma if comma != -1 else len(text)
            chosen = targets.select(text, names, opening.end(), opening.end(), end)
        elif among := AMONG_BACK.match(text):
            # up to the sentence's own trigger: "..., X and Y have been designated by ..."
            here = [f.trigger_start for f in self.doc.frames if f.sentence == i]
            end = min([t for t in here if t > among.end()], default=len(text))
            chosen = targets.select(text, names, among.end(), among.end(), end)
            zone = self.listing_back(i, zone)  # "newly designated" after a removal's
        else:
            first = opening_name(names)
            after = first is not None and BACK_REFERENCE_AFTER.match(text, first.end)
            chosen = [first] if first is not None and after else []
        self.add_new(zone, chosen, i)

    def clear_group(self, i: int, noun: str) -> None:
        """ "At least 60 companies hired them, among them a vendor, X. The companies are
        victims, not targets": the names of the group's kind that the sentence before gave
        any action are the victims or customers it names, not targets."""
        kind = _KIND_OF_NOUN.get(noun.lower())
        if kind is None or i == 0:
            return
        for draft in self.drafts:
            draft.targets = [t for t in draft.targets if not (t[1] == i - 1 and t[0].kind == kind)]

    def from_continuation(self, i: int, cut: list[int]) -> None:
        """The paragraph after one that stopped inside its list of names ("... among them
        X Co., Ltd., Y Technology and" / "Read also: ..." / "Z Trading FZE."): the name
        it opens on, and the list that name stands in, finish that list, as targets of the
        actions the cut paragraph gave targets to."""
        text, names = self.doc.sentences[i].text, self.doc.names[i]
        first = opening_name(names)
        if first is None:
            return
        more = {m.start for m in enumerations.siblings(text, first.start, first.end)}
        chosen = [first, *(n for n in names if n.start in more and not n.descriptor)]
        self.add_new(cut, chosen, i)

    def add_new(self, actions: list[int], chosen: list[Name], i: int) -> None:
        """Sentence i's `chosen` names as targets of `actions`, each only where the action
        holds no target of that text yet (a back-reference or a list's last paragraph
        may name again who the act already holds)."""
        for a in actions:
            have = {t[0].text for t in self.drafts[a].targets}
            self.drafts[a].targets.extend((n, i, False) for n in chosen if n.text not in have)

    def listing(self, zone: list[int]) -> bool:
        """The zone holds a news act that lists targets (not a threat, not an old act)."""
        return any(self.hits(self.drafts[a]) and not self.drafts[a].background for a in zone)

    def reopens_below(self, i: int) -> bool:
        """Sentence i opens a list (a table's header row, a line ending in a colon, the
        first item of a bulleted or numbered list) that a sentence before pointed to
        ("listed below"), and no news act of its own was told since ("The UK ...")."""
        sentences = self.doc.sentences
        if not self.below or not (
            self.age > ZONE_LENGTH or not self.listing(self.zone) or self.zone == self.below
        ):
            return False
        return (
            table_header(self.doc, i)
            or sentences[i].text.endswith(":")
            or (sentences[i].item and i > 0 and not sentences[i - 1].item)
        )

    def from_cell_line(self, i: int) -> None:
        """A line of a table flattened one cell to a line under its "Name" column
        ("Name / Identifying information / Reasons / Yuliya Kastsiuk / DOB: ... /
        Sentenced journalists ..."): a line that is one name of two or more words (a
        seat after a comma at most) is a row's name cell and a target of the open action;
        the other cells (details, reasons, dates) name none."""
        text = self.doc.sentences[i].text
        first = next((n for n in self.doc.names[i] if n.start == 0 and not n.descriptor), None)
        if first is None or " " not in first.text or not CELL_END.fullmatch(text, first.end):
            return
        for a in self.zone:
            self.drafts[a].targets.append((first, i, False))

    def own_news(self, frames: list[Frame]) -> bool:
        """A list item that tells a news act of an authority it names ("• London (Wed):
        The Foreign Office lifted its sanctions on X"): a newsletter's item, read as
        prose, not one more entry of the list above it."""
        return any(f.explicit and not self.drafts[f.action or 0].background for f in frames)

    def measure_item(self, frames: list[Frame], text: str) -> bool:
        """A list item that opens on the trigger of a news act of its own, under a line
        that announced measures ("will take the following measures: / (1) Asset freeze
        measures against 8 individuals and 14 entities / (2) Removal of 1 individual
        ..."), or that opens a list of its own ("3. The following entry has been removed
        ...:"): each item is an act and opens its zone, no entry of the list before."""
        return any(
            (f.trigger_start == 0 or text.endswith(":"))
            and (f.action or 0) not in self.zone
            and self.hits(self.drafts[f.action or 0])
            and not self.drafts[f.action or 0].background
            for f in frames
        )

    def cut_off(self, i: int) -> bool:
        """The text's last line, a sentence cut off where the page ends ("Also sanctioned
        was Rafael Felix (Feli"): it reads as a heading (no full stop), but it is prose
        and may still list the targets of the action before it."""
        sentences = self.doc.sentences
        return i == len(sentences) - 1 and i > 2 and len(sentences[i].text.split()) >= CUT_WORDS

    def from_list_item(self, i: int) -> None:
        text = self.doc.sentences[i].text
        names = self.doc.names[i]
        if TABLE_CELL.search(text):
            names = first_cell(text, names)
        elif LIST_ENTRY.match(self.doc.text, start := self.doc.sentences[i].start):
            # "HSI TRADING FZE, Sharjah Airport Free Zone, ...; [SDGT]": a printed entry
            # names the party it opens on; its fields (address, risk notes) name none
            names = [n for n in names if n.start == 0]
            if vessel := ENTRY_VESSEL.match(self.doc.text, start):
                for name in names:
                    # "ZHEN HAI 7 (3FAB9) Crude Oil Tanker Panama flag; ... IMO 9598414"
                    name.kind, name.imo = "vessel", name.imo or vessel.group(1)
        chosen = targets.select(text, names, 0, 0, len(text))
        # "- X JSC, Moscow [RUSSIA-EO14024]. Linked To: ROSTEC.": an entry's relation
        # names another party (an owner, a parent), not one more entry
        chosen = [n for n in chosen if not targets.excluded(entry_tail(text, n))]
        removal = TABLE_CELL.search(text) is not None and REMOVED_CELL.search(text) is not None
        listers = row_listers(self.doc, i)
        for a in self.zone:
            if removal and self.drafts[a].status != "lifted":
                continue  # "| X | removed | ... |": the row's party came off the list
            if listers is not None and self.drafts[a].authority not in listers:
                continue  # "| MIRELLA | ... | EU, US": listed by others, not by this act
            self.drafts[a].targets.extend((n, i, False) for n in chosen)

    def from_notice_entry(self, i: int, kind: str) -> None:
        """A numbered entry under a kind heading of a notice ("Individuals / 1. MOROZOV,
        Timur Alekseyevich. DOB: ..."): the name it opens on is a target of that kind,
        its fields (position, address, a firm it works for) are none."""
        text = self.doc.sentences[i].text
        entry = NOTICE_ENTRY.match(text)
        if entry is None:
            # "OCEAN VIEW BUNKERING L.L.C., Sharjah ...; [SDGT]": a printed entry of the
            # list names the party it opens on
            if LIST_ENTRY.match(self.doc.text, self.doc.sentences[i].start):
                self.from_list_item(i)
            return
        start, end = entry.span("name")
        found = [n for n in self.doc.names[i] if n.start == start and n.end == end]
        name = found[0] if found else Name(start, end, text[start:end], kind)
        if kind == "vessel" and (
            vessel := ENTRY_VESSEL.match(self.doc.text, self.doc.sentences[i].start)
        ):
            # "Vessel / TRIPLE SUCCESS (TRA025) Products Tanker ...; IMO 9167148": a ship
            name.kind, name.imo = "vessel", name.imo or vessel.group(1)
        for a in self.zone:
            self.drafts[a].targets.append((name, i, False))

    def from_kind_label(self, i: int, label_end: int, noun: str) -> None:
        """ "Individuals: KOVALYOV Dmitry Sergeyevich; SHIN Yong-chol": the names after a
        kind label are targets of that kind; the age starts again, as at a list entry."""
        self.age = 0
        text = self.doc.sentences[i].text
        kind = heading_kind(noun)
        chosen = targets.select(text, self.doc.names[i], label_end, label_end, len(text))
        for name in chosen:
            name.kind = kind or name.kind
        for a in self.zone:
            self.drafts[a].targets.extend((n, i, False) for n in chosen)

    def lead_name(self, i: int, entries: bool = False) -> Name | None:
        """The name a sentence opens on when a dash or colon sets off its description
        ("Dhahab Bahr Shipping Company: an Oman-registered firm ..."), if it does, or a
        comma or a verb among the paragraphs of a list a colon or a heading opened
        (`entries`: "The targets are: ... Ivan Petrov, director of X, who ...", "ENERGY
        SECTOR / X is a supplier ..."); not a dateline's place in capitals
        ("VADUZ — The government ...") nor a one-word label ("Caption: A screenshot ...")."""
        sentence = self.doc.sentences[i]
        first = next((n for n in self.doc.names[i] if n.start == 0), None)
        if first is None or sentence.item or first.text.isupper() or " " not in first.text:
            return None
        lead = NAME_LEAD.match(sentence.text, first.end) or (
            entries
            and (
                ENTRY_COMMA_LEAD.match(sentence.text, first.end)
                or ENTRY_VERB_LEAD.match(sentence.text, first.end)
            )
        )
        return first if lead else None

    def from_entry(self, i: int, label_end: int, name: Name | None = None) -> None:
        """An entry of a printed list ("Name: X. Title: ... Designation: ...") or a
        paragraph given to one target ("X — A Lebanon-based financier ..."): the name
        after its label, or the one it opens on, is a target; the entry's fields in the
        sentences after it keep the zone open, so the age starts again at each entry."""
        self.age = 0
        chosen = [name] if name else [n for n in self.doc.names[i] if n.start == label_end]
        text = self.doc.sentences[i].text
        if name is None and (numbered := NUMBERED_NAME.match(text, label_end)):
            # "Name: 1: RI 2: SONG 3: HYOK 4: na": the parts joined, "na" for none; the
            # reference before the label says a person's ("KPi.081") or a body's ("KPe.061")
            parts = [
                p
                for p in NAME_PART_NUMBER.split(numbered.group("parts"))
                if p.strip() and p.strip().lower() != "na"
            ]
            kind = "organization" if UN_ENTITY_REFERENCE.match(text) else "person"
            start, end = numbered.span("parts")
            chosen = [Name(start, end, " ".join(p.strip() for p in parts), kind)]
        for a in self.zone:
            self.drafts[a].targets.extend((n, i, False) for n in chosen)

    def from_alias_field(self, i: int) -> bool:
        """ "A.k.a.: a) Haegum Shipping b) HMT Co." a few lines under an entry's name: the
        names after the label are the entry's aliases, no targets of their own; False
        where the line is no alias field or no entry of the open act stands above it."""
        text = self.doc.sentences[i].text
        field = ALIAS_FIELD.match(text)
        if field is None or any(f.sentence == i for f in self.doc.frames):
            return False
        reach = i - ALIAS_FIELD_REACH
        given = [t for a in self.zone for t in self.drafts[a].targets if reach <= t[1] < i]
        if not given:
            return False
        entry = max(given, key=lambda t: (t[1], t[0].start))[0]
        for value in ALIAS_FIELD_SPLIT.split(text[field.end() :]):
            value = value.strip(" ;,")
            # two tests, not `in (entry.text, *entry.aliases)`: mypyc cannot compile a starred tuple
            if (
                value
                and value.lower() != "na"
                and value != entry.text
                and value not in entry.aliases
            ):
                entry.aliases.append(value)
        return True

    def hits(self, draft: Draft) -> bool:
        return draft.status in ("imposed", "proposed", "lifted")

    def from_frames(self, i: int, frames: list[Frame]) -> None:
        text = self.doc.sentences[i].text
        names = self.doc.names[i]
        live = [f for f in frames if self.hits(self.drafts[f.action or 0])]
        for c_start, c_end in frame_clauses(text, frames):
            own = [f for f in live if f.clause_start == c_start]
            if own:
                for frame in own:
                    start = scope_start(frame, own, c_start, text)
                    end = scope_end(frame, own, c_end)
                    # "..., in response to London's sanctions on Y": Y is the earlier act's
                    answered = ANSWERED_ACT.search(text, frame.trigger_end, end)
                    end = answered.start() if answered else end
                    # the open news list: the zone's, or a news act earlier in the clause
                    # ("The EU sanctioned X, a firm the US added in 2023, and Y")
                    hosts = (
                        self.zone
                        or [
                            f.action or 0
                            for f in own
                            if f.trigger_end <= frame.trigger_start
                            and not self.drafts[f.action or 0].background
                        ][-1:]
                    )
                    closes = self.aside_end(text, frame, c_start, c_end, hosts)
                    if closes is not None and closes < end:
                        # "Among those listed are X, whom Washington sanctioned in 2021,
                        # and the firm Y": the old act's aside ends at its comma, and the
                        # names after it go on with the open news list
                        self.take(i, frame, text, names, frame.trigger_end, start, closes)
                        rest = targets.select(text, names, closes, closes, end)
                        for a in hosts:
                            self.drafts[a].targets.extend((n, i, False) for n in rest)
                        continue
                    self.take(i, frame, text, names, frame.trigger_end, start, end)
                continue
            if any(f.clause_start == c_start for f in frames):
                continue  # "Canada is considering similar measures against X": a threat's own
            # a clause without a trigger continues the list of the one before it, up to
            # the act it answers (", following the British sanctions on Y")
            answered = ANSWERED_ACT.search(text, max(0, c_start - 30), c_end)
            if answered and answered.end() > c_start:
                c_end = max(c_start, answered.start())
            before = [f for f in live if f.clause_end <= c_start]
            scope = c_start
            if RELATIVE_OPENING.search(text, max(0, c_start - 8), c_start):
                # "X, which manages the tanker Y, and Z": only Z continues the list
                rejoin = resumed(text, names, c_start, c_end)
                if rejoin is None:
                    rejoin = aside_rejoin_at(text, names, c_start, c_end)
                scope = c_end if rejoin is None else rejoin
            if (
                before
                and all(self.cross_listing(f, text) for f in before)
                and ";" in text[before[-1].clause_end : c_start + 1]
            ):
                # "X also appears on the EU's new list; the other two, A and B, were
                # named only by Paris": past the aside's semicolon, the news act's list
                before = []
            if before:
                last = before[-1]
                for frame in [f for f in before if f.clause_start == last.clause_start]:
                    self.take(i, frame, text, names, scope, c_start, c_end)
            elif self.zone and self.age < ZONE_LENGTH:  # "The sanctioned entities include ..."
                chosen = targets.select(text, names, c_start, c_start, c_end, need_cue=True)
                # "The EU's list includes X, while London designated Y": the list's owner
                for a in self.list_owner(i, c_start, c_end) or self.zone:
                    self.drafts[a].targets.extend((n, i, False) for n in chosen)
        # an old action no authority is named for is not kept (assembly.keep): the list
        # stays with the action before it ("... tankers that had carried sanctioned oil")
        dropped = all(not keeps(self.drafts[f.action or 0]) for f in live)
        # "X, a financier whom Washington sanctioned in 2021, ...": an old act told in a
        # relative clause is a side remark too, while a news action is open
        aside = bool(self.zone) and all(self.old_relative(text, f) for f in live)
        # "X also appears on the EU's new list": the news act stays open past the aside
        aside = aside or (bool(live) and all(self.cross_listing(f, text) for f in live))
        # "The EU imposed sanctions on 12 people. The US sanctioned several of them last
        # year. Those listed include ...": another authority's old act told beside the
        # news is a side remark too; the list after it is the news action's
        aside = aside or (
            bool(live)
            and self.age < ZONE_LENGTH
            and any(not self.drafts[a].background for a in self.zone)
            and all(
                self.drafts[f.action or 0].background
                and self.drafts[f.action or 0].authority
                not in {self.drafts[a].authority for a in self.zone}
                for f in live
            )
        )
        # a subordinate act is a side remark, except a dated one with no action open:
        # "Four Indian firms are among 17 entities that the US Treasury sanctioned on
        # Thursday" opens the story, and the list after it is that act's
        side = all(f.subordinate for f in live) and (
            bool(self.zone)
            or not any(
                triggers.patterns().news.search(text, f.clause_start, f.clause_end) for f in live
            )
        )
        if live and (side or (dropped and self.zone) or aside):
            # "The move came hours after the EU imposed ...": a side remark, the
            # sentences after it still list the targets of the action before
            self.age += 1
            return
        # "X announced the listings of A, hours after the US and the UK sanctioned the
        # same three": the main clause's act goes on in the sentences after (w1268)
        main = [f for f in live if not f.subordinate] or live
        acting = [a for f in main for a in self.joint(f)]
        news = [a for a in acting if not self.drafts[a].background]
        fresh = list(dict.fromkeys(news or acting))
        # a second department of the same state right after the first: both
        # stay open, and the verb of a follow-up sentence decides between them
        # (not a lifting after an imposition: "The following entry has been removed ...")
        same_state = {self.drafts[a].authority for a in fresh} == {
            self.drafts[a].authority for a in self.zone
        } and {self.drafts[a].status for a in fresh} <= {self.drafts[a].status for a in self.zone}
        if news and same_state and self.age <= 1:
            fresh = list(dict.fromkeys(self.zone + fresh))
        self.zone = fresh
        self.age = 0

    def list_owner(self, i: int, start: int, end: int) -> list[int]:
        """The news action of the authority whose list opens the clause text[start:end]
        ("The EU's list includes ...", "The British list includes ..."), if it acted."""
        text = self.doc.sentences[i].text
        for m in self.doc.mentions[i]:
            if not (start <= m.start < end) or not m.code:
                continue
            tail = text[m.end : m.end + 30]
            if m.form == "adjective":
                owned = ADJECTIVE_LIST.match(tail) is not None
            else:
                owned = m.form != "people" and OWNED.match(tail) is not None
                owned = owned and ADJECTIVE_LIST.match(tail[2:]) is not None
                # "Canada listed X and Y, while Britain sanctioned Z": the clause's own
                # subject, right before its verb, among the actions open here
                owned = owned or (
                    m.form != "people"
                    and CLAUSE_SUBJECT.fullmatch(text, start, m.start) is not None
                    and PAST_VERB.match(tail) is not None
                    and any(self.drafts[a].authority == m.code for a in self.zone)
                )
            if not owned or not SUBJECT_SLOT.search(text, max(start, m.start - 30), m.start):
                continue
            return [
                k
                for k, d in enumerate(self.drafts)
                if d.authority == m.code and self.hits(d) and not d.background
            ][:1]
        return []

    def aside_end(
        self, text: str, frame: Frame, start: int, end: int, hosts: list[int]
    ) -> int | None:
        """Where the relative aside that holds an old act's trigger ends ("..., whom
        Washington sanctioned in 2021, ..."), while a news action (of `hosts`) is open;
        else None."""
        if not hosts or not self.old_relative(text, frame):
            return None
        if all(self.drafts[a].background for a in hosts):
            return None
        for a, b in triggers.asides(text, start, end):
            if a <= frame.trigger_start < b:
                return b
        close = self.appositive(text, frame)
        if close is None and OLD_RELATIVE.search(
            text, max(0, frame.trigger_start - 40), frame.trigger_start
        ):
            # "X, which the EU listed in 2023 under another regime, as well as its partner
            # Y": the aside ends where a joiner takes the list up again, with no comma
            # before it ("The listings, which the EU adopted on 10 May, include A, B, and
            # C": the clause closed at its first comma, before the main verb)
            rejoin = RESUMED_LIST.search(text, frame.trigger_end, end)
            if rejoin and "," not in text[frame.trigger_end : rejoin.start()]:
                close = rejoin.start()
        return close

    def old_relative(self, text: str, frame: Frame) -> bool:
        """A background frame whose trigger stands in a relative clause ("whom
        Washington sanctioned in 2021", "which the EU listed in 2022")."""
        lo = max(0, frame.trigger_start - 40)
        return self.drafts[frame.action or 0].background and (
            OLD_RELATIVE.search(text, lo, frame.trigger_start) is not None
            or self.appositive(text, frame) is not None
        )

    def appositive(self, text: str, frame: Frame) -> int | None:
        """Where the apposition that holds a frame's trigger with no relative pronoun
        (", a Hong Kong firm the US Commerce Department added to its list in 2023,")
        ends, after its closing comma; None if it is none or does not close."""
        lo = max(0, frame.trigger_start - 80)
        if OLD_APPOSITIVE.search(text, lo, frame.trigger_start) is None:
            return None
        close = text.find(",", frame.trigger_end, frame.clause_end)
        return close + 1 if close != -1 else None

    def take(
        self, i: int, frame: Frame, text: str, names: list[Name], scope: int, start: int, end: int
    ) -> None:
        chosen = targets.select(text, names, scope, start, end)
        also = frame.explicit and ALSO.search(text, frame.clause_start, frame.trigger_start + 12)
        for a in self.joint(frame):
            self.drafts[a].targets.extend((n, i, bool(also)) for n in chosen)
        if self.cross_listing(frame, text):
            # "One of them, X, also appears on the EU's new list": X is the open news
            # act's target too, the one the sentence refers back to
            subjects = [n for n in chosen if n.end <= frame.trigger_start]
            if not subjects and CROSS_PART.search(text, frame.clause_start, frame.trigger_start):
                # "Three of the Council's names also appear on the UK's list: A, B and C"
                subjects = chosen
            for a in self.zone:
                self.drafts[a].targets.extend((n, i, False) for n in subjects)

    def cross_listing(self, frame: Frame, text: str) -> bool:
        """The frame says a party of the open news act also stands on another
        authority's list ("X also appears on the UK's list"): another authority, an
        "also" right before the trigger, and a news act of the zone still open."""
        own = self.drafts[frame.action or 0]
        return (
            frame.explicit
            and CROSS_LISTING.match(text, frame.trigger_start) is not None
            and ALSO.search(text, max(0, frame.trigger_start - 6), frame.trigger_start) is not None
            and self.age < ZONE_LENGTH
            and any(
                not self.drafts[a].background and self.drafts[a].authority != own.authority
                for a in self.zone
            )
        )

    def joint(self, frame: Frame) -> list[int]:
        """The actions a frame's list belongs to: its own, and where it names no authority
        ("Those designated are ...") and its action is one of a joint announcement just
        before ("Saudi Arabia, the United States and Qatar announced ..."), all of them."""
        own = frame.action or 0
        if frame.explicit or own not in self.zone or self.age > 1:
            return [own]
        status = self.drafts[own].status
        return [own] + [
            a
            for a in self.zone
            if a != own and self.drafts[a].status == status and not self.drafts[a].background
        ]

    def from_zone(self, i: int) -> None:
        self.held = []
        before = list(self.zone)
        listed = sum(len(self.drafts[a].targets) for a in before)
        self.read_zone(i)
        if self.held and self.zone and set(self.zone) < set(self.held):
            self.zone = self.held
        elif self.zone == before and sum(len(self.drafts[a].targets) for a in before) > listed:
            # "Under sanctions were included A and B. ... Among the individuals, there
            # are C and D": a sentence that lists the action's targets keeps its list
            # open for the sentences after it; not as a fresh frame would (an age of
            # one or less lets a next department of the same state join this zone)
            self.age = min(self.age, LIST_KEPT_AGE)
        elif self.zone == before and ALSO_LISTED.match(self.doc.sentences[i].text):
            # "A judge of a court in Tehran was also listed.": one more target told by its
            # role, whose name may come in the sentences after it
            self.age = min(self.age, LIST_KEPT_AGE)

    def read_zone(self, i: int) -> None:
        self.age += 1
        self.switch(i)
        text = self.doc.sentences[i].text
        if self.age > ZONE_LENGTH or not self.zone:
            return
        if AMENDED_ENTRIES.match(text):
            return  # "The two amended entries are A and B": listed before, not this action's
        for a in self.zone:
            self.drafts[a].follow_up.append(i)
        self.narrow_by_verb(i)
        self.to_listing(i)
        self.back_to_listing(i)
        self.narrow_by_count(i)
        self.move_by_kind(i)
        self.kind_by_opening(i)
        opened = False  # the clause before opened a list that a dash sets off
        items = False
        prev: list[Name] = []  # what the clause before chose
        names = self.doc.names[i]
        if CHARGES.search(text) and not SANCTIONS.search(text):
            return  # "These included A and B, who were charged ...": a court's, not a list's
        if DIRECT_QUESTION.search(text):
            # "Will the Minister now go further and sanction X?": asked for, not listed
            return
        if self.cut_off(i):  # the cut word is no whole name ("Radio Fre")
            names = [n for n in names if n.end < len(text)]
        old = False  # the clause before told old context
        # "The governor, X, has run the prison since 2021": the year tells his post, the
        # role names one the action told
        role_named = self.role_apposition(i, names)
        if not names and POSSESSED_HIT.match(text):
            self.possessed_firm(i)
        for start, end in triggers.clauses(text):
            rejoin = None
            if prev and RELATIVE_OPENING.search(text, max(0, start - 8), start):
                # "A, who visited Taipei in May, and B": the list goes on after the clause
                rejoin = resumed(text, names, start, end)
                if rejoin is None:  # "A, who heads a militia, the judge B and C"
                    rejoin = aside_rejoin_at(text, names, start, end)
            relative = RELATIVE_CLAUSE.search(text[max(0, start - 8) : start + 8]) is not None
            if not (start == 0 and role_named) and (
                old_context(text, start if rejoin is None else rejoin, end)
                or (old and relative and rejoin is None)
            ):
                # old context: its names were hit by earlier actions; so were those of a
                # relative clause on it ("sanctions by the EU last month on the network,
                # which included the firm X")
                opened, old = False, True
                continue
            old = False
            items = items and ITEM_START.match(text, start) is not None
            if rejoin is not None:
                chosen = targets.select(text, names, rejoin, rejoin, end)
            else:
                chosen = targets.select(
                    text, names, start, start, end, need_cue=not (opened or items)
                )
                if not chosen and start == 0:
                    chosen = self.counted_list(text, names, end)
                if not chosen and start == 0:
                    chosen = kind_apposition(text, names)
                if not chosen and start == 0:
                    chosen = role_named
            for a in self.zone:
                self.drafts[a].targets.extend((n, i, False) for n in chosen)
            opened = not chosen and dash_list(text, start, end)
            # "They are: X, a banker; Y, a general; and Z": after a listing clause that
            # ends on a semicolon, a clause opening on a name is the list's next item
            if chosen or not relative:
                # "The list includes: journalist X of the Y Times; ...": a list opened by a
                # cue and a colon goes on even when its first item is no name we found
                listing = bool(chosen) or colon_list(text, start, end)
                items = listing and text.startswith(";", end)
            else:  # "X, who raised funds for Y; Z, ...": the item's relative clause
                items = bool(prev) and text.startswith(";", end)
            prev = chosen

    def role_apposition(self, i: int, names: list[Name]) -> list[Name]:
        """ "A judge of a Revolutionary Court branch was also listed. The judge, X,
        passed ...": a sentence opening on a role and a name set off by commas names the
        one the action told by that role alone, in a clause of its own before this one."""
        text = self.doc.sentences[i].text
        opening = ROLE_APPOSITION.match(text)
        if opening is None:
            return []
        name = next((n for n in names if n.start == opening.end() and not n.descriptor), None)
        if name is None or not text.startswith(",", name.end) or targets.is_speaker(text, name):
            return []
        told = re.compile(ROLE_TOLD.replace("{role}", re.escape(opening.group("role"))))
        zone = self.zone
        clauses = [
            self.doc.sentences[f.sentence].text[f.clause_start : f.clause_end]
            for a in zone
            for f in self.drafts[a].frames
            if f.sentence < i
        ] + [
            self.doc.sentences[k].text
            for k in sorted({k for a in zone for k in self.drafts[a].follow_up if k < i})
            if SANCTIONS.search(self.doc.sentences[k].text)
        ]
        return (
            [name]
            if any(
                not ROLE_RELATION.search(c, max(0, m.start() - 60), m.start())
                for c in clauses
                for m in told.finditer(c)
            )
            else []
        )

    def possessed_firm(self, i: int) -> None:
        """ "X, the beneficial owner of Y, directs ... His company, registered in the UAE,
        was added at the same time.": the one firm the sentence before names as owned or
        run by a person joins the action's targets, from where it is named."""
        k = i - 1
        text = self.doc.sentences[k].text
        owned = [
            n
            for n in self.doc.names[k]
            if not n.descriptor and OWNED_BEFORE.search(text, max(0, n.start - 40), n.start)
        ]
        if len(owned) == 1:
            for a in self.zone:
                self.drafts[a].targets.append((owned[0], k, False))

    def counted_list(self, text: str, names: list[Name], end: int) -> list[Name]:
        """ "Japan designated three firms. Alpha LLC, Beta Ltd and Gamma JSC supplied
        drone parts": two or more names that open a sentence as one list, no more of
        each kind than an open action counted in its own clause less the targets it
        already has, are those it counted, with no cue between ("South Korea sanctioned
        11 individuals. ... Pak Chun-san, So Tong-myong and Kim Il-su have worked for
        ..." after one of the 11 was named)."""
        listed: list[Name] = []
        pos = 0
        for n in names:
            if n.end > end or not (
                text[pos : n.start].strip() == ""
                if not listed
                else LIST_GAP.fullmatch(text, pos, n.start)
            ):
                break
            listed.append(n)
            pos = n.end
        if len(listed) < 2 or not LIST_VERB.match(text, pos, end):
            return []
        for a in self.zone:
            draft = self.drafts[a]
            if draft.background:
                continue
            counted: dict[str, int] = {}
            for f in draft.frames:
                clause = self.doc.sentences[f.sentence].text[f.clause_start : f.clause_end]
                for p in counts.find_counts(clause):
                    counted[p.kind] = max(counted.get(p.kind, 0), p.value)
            kinds = {n.kind for n in listed}
            # what the count leaves once the names already taken are told off
            held = {k: sum(n.kind == k for n, _, _ in draft.targets) for k in kinds}
            if all(
                0 < sum(n.kind == k for n in listed) <= counted.get(k, 0) - held[k] for k in kinds
            ):
                return listed
        return []

    def narrow_by_verb(self, i: int) -> None:
        """ "Among those designated are ..." after "OFAC designated ..., while the
        State Department is sanctioning ...": the verb tells whose list it is."""
        if len(self.zone) < 2 or self.joint_zone():
            return
        said = {w[:6].lower() for w in ACTION_VERB.findall(self.doc.sentences[i].text)}
        # an old action's verb ("oil it sanctioned earlier") does not take the list from
        # the news action beside it: only news actions are weighed when there are any
        news = [a for a in self.zone if not self.drafts[a].background]
        owners = [a for a in news or self.zone if said & self.verbs(self.drafts[a])]
        if len(owners) == 1:
            self.zone = owners

    def to_listing(self, i: int) -> None:
        """ "Canada imposed sanctions on six individuals and three entities, and removed
        one businessman. The entities include X": where the open news acts of one state
        are a listing and a removal told in one sentence, a sentence that speaks of no
        removal lists the listing's targets."""
        if len(self.zone) < 2 or REMOVAL_WORD.search(self.doc.sentences[i].text):
            return
        drafts = [self.drafts[a] for a in self.zone]
        if any(d.background for d in drafts) or len({d.authority for d in drafts}) > 1:
            return
        if len({min(f.sentence for f in d.frames) for d in drafts}) > 1:
            return
        listing = [a for a in self.zone if self.drafts[a].status == "imposed"]
        if listing and any(self.drafts[a].status == "lifted" for a in self.zone):
            self.zone = listing

    def back_to_listing(self, i: int) -> None:
        """ "The individual removed from the list is X. The entities newly designated also
        include: ...": after a removal's sentence, a sentence whose verb designates goes
        back to the one news listing told a few sentences before (w1378)."""
        self.zone = self.listing_back(i, self.zone)

    def listing_back(self, i: int, zone: list[int]) -> list[int]:
        """`zone`, or where it holds only removals and sentence i tells new listings, the
        one news listing told a few sentences before it, if there is one."""
        if not zone or any(self.drafts[a].status != "lifted" for a in zone):
            return zone
        if not LISTING_VERB.search(self.doc.sentences[i].text):
            return zone
        recent = [
            k
            for k, d in enumerate(self.drafts)
            if d.status == "imposed"
            and not d.background
            and any(i - 2 * ZONE_LENGTH <= f.sentence < i for f in d.frames)
        ]
        return recent if len(recent) == 1 else zone

    def narrow_by_count(self, i: int) -> None:
        """ "The six are ..." after "X and Y banned six officials, and Z froze the
        assets of two of them": the list is of the actions whose clause counted six."""
        if len(self.zone) < 2:
            return
        hit = COUNTED_OPENING.match(self.doc.sentences[i].text)
        if hit is None:
            return
        value = counts.number_value(hit.group("number"), counts.patterns().numbers)
        owners = [
            a
            for a in self.zone
            if any(
                p.value == value
                for f in self.drafts[a].frames
                for p in counts.find_counts(
                    self.doc.sentences[f.sentence].text[f.clause_start : f.clause_end]
                )
            )
        ]
        if owners and len(owners) < len(self.zone):
            self.zone = owners

    def move_by_kind(self, i: int) -> None:
        """ "The US sanctioned five Chinese firms. Britain sanctioned three officers. The
        firms include ...": a list of one kind of target opened by its noun belongs to
        the latest news action whose own clause names that kind, when the open ones'
        clauses name none of it (a few sentences back at most)."""
        hit = KIND_OPENING.match(self.doc.sentences[i].text)
        noun = None if hit is None else kind_noun(hit["words"])
        if noun is None:
            return
        kind = _KIND_OF_NOUN[noun]
        if any(self.names_kind(self.drafts[a], kind) for a in self.zone):
            return
        earlier = [
            k
            for k, d in enumerate(self.drafts)
            if self.hits(d)
            and not d.background
            and any(i - ZONE_LENGTH <= f.sentence < i for f in d.frames)
            and self.names_kind(d, kind)
        ]
        if len(earlier) == 1:
            self.zone = earlier

    def kind_by_opening(self, i: int) -> None:
        """ "The two gangs are Gran Grif and Kokorat San Ras": the names that a sentence
        opening on a kind of target lists right after it, one after another, are of that
        kind (a name's own shape reads a gang of two words as a person). Not people: "The
        managers are X FZE and Y LLC" are firms whatever the noun says."""
        text = self.doc.sentences[i].text
        hit = KIND_OPENING.match(text)
        noun = None if hit is None else kind_noun(hit["words"])
        if hit is None or noun is None or _KIND_OF_NOUN[noun] == "person":
            return
        pos = hit.end()
        for name in sorted(self.doc.names[i], key=lambda n: n.start):
            if name.start < pos:
                continue
            if KIND_CHAIN.fullmatch(text, pos, name.start) is None:
                break
            name.kind, pos = _KIND_OF_NOUN[noun], name.end

    def names_kind(self, draft: Draft, kind: str) -> bool:
        """The draft's own clauses count or name targets of `kind`."""
        for f in draft.frames:
            clause = self.doc.sentences[f.sentence].text[f.clause_start : f.clause_end]
            words = set(re.findall(r"[a-z]+", clause))
            if any(_KIND_OF_NOUN.get(w) == kind for w in words):
                return True
        return False

    def verbs(self, draft: Draft) -> set[str]:
        out = set()
        for f in draft.frames:
            word = self.doc.sentences[f.sentence].text[f.trigger_start : f.trigger_end]
            out.add(word[:6].lower())
        return out

    def joint_zone(self) -> bool:
        """The open actions were stated by one trigger ("The European Union and Britain
        moved to impose ..."): one joint act, whose list the sentences after one that
        names a partner ("The EU Official Journal published the names ...") give to all."""
        if len(self.zone) < 2:
            return False
        spots = [{(f.sentence, f.trigger_start) for f in self.drafts[a].frames} for a in self.zone]
        return bool(set.intersection(*spots))

    def switch(self, i: int) -> None:
        """Move the zone to an authority this sentence names, if it acted; a
        heading ("Sanctions in Australia") names it in any position."""
        sentence = self.doc.sentences[i]
        text = sentence.text
        # "The listings were made by the member states, A, B and C": the members of a
        # joint act named together, none of them the one acting apart
        members = {(m.start, m.end) for m in member_states(text, self.doc.mentions[i])}
        for m in self.doc.mentions[i]:
            if (m.start, m.end) in members:
                continue
            # "The British list includes ...": an adjective names whose list it is
            listed = m.form == "adjective" and ADJECTIVE_LIST.match(text[m.end : m.end + 30])
            if (m.form in ("adjective", "people") and not listed) or not m.code:
                continue
            before = text[max(0, m.start - 30) : m.start]
            slot = SUBJECT_SLOT.search(before) and not TARGET_PREP.search(before)
            if not sentence.headline and not slot:
                continue  # "sanctions on Russia", "visits London": not the one acting
            # "All three lists include ...": a plural reference stands for each of its states
            codes = {o.code for o in self.doc.mentions[i] if (o.start, o.end) == (m.start, m.end)}
            acted = [
                k
                for k, d in enumerate(self.drafts)
                if d.authority in codes
                and self.hits(d)
                and not d.background
                and not all(f.subordinate for f in d.frames)  # a side remark's actor
            ]
            if not acted and (listed or OWNED.match(text[m.end : m.end + 2])):
                # "Britain sanctioned most of them in 2023. The British list includes ...":
                # a state whose act here is old owns its list still, not the news beside it
                acted = [
                    k
                    for k, d in enumerate(self.drafts)
                    if d.authority == m.code
                    and self.hits(d)
                    and any(i - ZONE_LENGTH <= f.sentence < i for f in d.frames)
                ][:1]
            if (
                not acted
                and not sentence.headline
                and all(self.drafts[k].authority != m.code for k in self.zone)
                and answering_act(text, m)
            ):
                # "Britain sanctioned X. Russia retaliated by barring British MPs Y and Z":
                # an act of a state with none of its own here, whose names are not Britain's
                self.zone = []
                return
            if m.department:
                acted = [k for k in acted if self.drafts[k].department in (None, m.department)]
            if len(codes) > 1 and len(acted) > 1:
                self.zone, self.age = acted, 1
                return
            if acted:
                kept = [k for k in self.zone if k in acted]
                # "The EU and Britain imposed ... The EU Official Journal published the
                # names. The officials include ...": one joint list, which a partner's
                # own words name ("Denmark said the list includes X") only for itself,
                # and "The EU's list comprises ..." is its own from then on
                owned = bool(listed) or OWNED.match(text[m.end : m.end + 2]) is not None
                if kept and not sentence.headline and not owned and self.joint_zone():
                    self.held = self.zone  # the narrowing lasts this sentence only
                self.zone, self.age = (kept, self.age) if kept else (acted[:1], 1)
                return
