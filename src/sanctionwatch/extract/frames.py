"""Action frames: in each clause, a trigger, its status and who acts.

A frame is the smallest statement of an action ("the Treasury sanctioned ...").
The authority is the subject before the trigger, the agent after "by", or the
authority the text was last talking about (its context).
"""

from __future__ import annotations

import dataclasses
import re
from datetime import date

from sanctionwatch.extract.actors import (
    ACTING_BODY,
    BODIES,
    DATELINE,
    GOVERNMENT_NOUN,
    GROUP_LABEL,
    JOINED_AFTER_RELATIVE,
    NEW_CLAUSE,
    RELATIVE_START,
    ROUTINE_THREAT,
    STATE_STYLE,
    SUBJECT_GAP,
    THREATENED_SUBJECT,
    TOPIC_HEADING,
    WITH_ARTICLE,
    agent_mentions,
    answered_reason,
    antecedents,
    dateline_end,
    decision_owner,
    fronted_source,
    government_home,
    hit_state,
    holder_code,
    home_government,
    home_speaker,
    in_list,
    joiners,
    leader_subjects,
    marks_object,
    member_states,
    ministry_home,
    opening_owner,
    opens_dateline,
    party_place,
    possessive_owner,
    quoted_before,
    regime_owner,
    regime_target,
    source_mentions,
    speaker_mentions,
    states_from,
    story_home,
    subject_mentions,
    subordinate_subject,
    subordinate_subjects,
    trailing_leader,
    trailing_speaker,
    warner,
)
from sanctionwatch.extract.dates import WEEKDAYS, clause_day
from sanctionwatch.extract.document import Doc, Frame, Mention, Sentence
from sanctionwatch.extract.names import menu
from sanctionwatch.extract.triggers import (
    HEAD_WORD,
    NONRENEWAL,
    STATUS_OF_KIND,
    STRICT_CONTEXT,
    Trigger,
    already_verb,
    asides,
    clauses,
    find_triggers,
    fulfilled_end,
    in_background_phrase,
    is_background,
    patterns,
    status_of,
)
from sanctionwatch.extract.vocabulary import gated_rule, rule, vocabulary

CUMULATIVE = rule("frames.cumulative")
# "Australia has now sanctioned more than 1,000 ...": a running tally, never news
TALLY = rule("frames.tally")
PERFECT_TALLY = rule("frames.perfect_tally")
# "denied a report that it was preparing sanctions": no act of any kind
DENIAL = rule("frames.denial")
# "Asked whether Beijing would retaliate, ...": a question, no act of any kind
QUESTION = rule("frames.question")
# "said he would challenge the US designation in court", "would ask Israel for more
# information on the designations": a measure already taken, taken to court or queried
CHALLENGED = rule("frames.challenged")
# "the designations would freeze all assets": what a measure does, no one's threat
MEASURE_EFFECT = rule("frames.measure_effect")
# "Those who fuel violence will face consequences": boilerplate, no threat of an act
GENERIC_WARNING = rule("frames.generic_warning")
# "urged Copenhagen to consider sanctions": a call by a third party, nobody's threat
REQUESTED_THREAT = rule("frames.requested_threat")
# "did not say whether it would adopt similar measures": no threat either way
OPEN_QUESTION = rule("frames.open_question")
SETTING_ASIDE = rule("frames.setting_aside")
# "In a statement, in which China condemned the listing, the ministry said it would ...":
# who speaks in a statement's aside is the one who acts after it
SPOKEN_SETTING = rule("frames.spoken_setting")
# "The Commission presented its package. It would also freeze ...": the proposal goes on
PROPOSAL_GOES_ON = rule("frames.proposal_goes_on")
PRONOUN_SUBJECT = rule("frames.pronoun_subject")
# "The US Treasury on Tuesday took two steps. It revoked ...": the sentence before names who
OPENING_PRONOUN = rule("frames.opening_pronoun")
OPENING_ARTICLE = rule("frames.opening_article")
SECOND_CLAUSE = rule("frames.second_clause")
TOLD_ELSEWHERE = gated_rule("frames.told_elsewhere")
# "The European Commission unveiled its 20th package": the body proposes, the Council adopts
PROPOSING_BODY = rule("frames.proposing_body")
# "passed the X Act, which would require the president to impose ...": the passer acts
LAW_RELATIVE = rule("frames.law_relative")
# "imposed in coordination with Australia and the United States": partners after the act
PARTNERS_AFTER = gated_rule("frames.partners_after")
JOINT_MEMBERS = rule("frames.joint_members")
CHAIRED_BY = rule("frames.chaired_by")
# how many sentences after a joint act's may name its members
MEMBERS_WITHIN = 3
# "The US Treasury ... did not announce measures of its own": that state is no partner
ABSTAINS = rule("frames.abstains")
# "A US designation blocks all property ...", "the asset freeze means that ...": a measure
# in general or defined, how sanctions work
GENERIC_NOUN = rule("frames.generic_noun")
DEFINES = rule("frames.defines")
KINDS_OF = rule("frames.kinds_of")
NOUN_TRIGGER = rule("frames.noun_trigger")
RE_PREFIX = rule("frames.re_prefix")
# "the punishment imposed after ...": a participle describing sanctions already there
REDUCED_RELATIVE = rule("frames.reduced_relative")
OWNER_OF_LIST = rule("frames.owner_of_list")
ARTICLE_OWNER_OF_LIST = rule("frames.article_owner_of_list")
OWNER_OF_SANCTIONS = rule("frames.owner_of_sanctions")
UNDER_OWNER = rule("frames.under_owner")
ACTOR_LIST_REST = rule("frames.actor_list_rest")
PRESENT_TENSE = rule("frames.present_tense")
FOLLOWED_OTHER_ACT = rule("frames.followed_other_act")
# the triggers of frames.toml that repeat another's act ("followed suit", "did likewise")
FOLLOW_SUIT = rule("frames.follow_suit")
GOVERNMENT_HEAD = rule("frames.government_head")
LIST_APPOSITION = rule("frames.list_apposition")
# "Britain and four partners" before "-- Canada, Australia ... -- imposed": one list of actors
PARTNERS_TAIL = rule("frames.partners_tail")
# "vowed to respond to any new sanctions imposed by the EU": no act of its own
HYPOTHETICAL = rule("frames.hypothetical")
# "a sanctioned group", "the designated vessels": participles that describe
ADJECTIVE_USE = rule("frames.adjective_use")
# "When the UK designates a person, ...": how sanctions work whenever taken
GENERIC_CONDITION = rule("frames.generic_condition")
# "announced no new sanctions": the measures named as not taken
NO_MEASURE = rule("frames.no_measure")
# "adopted a resolution urging governments to list ...": the measures asked for, not taken
CALLING_RESOLUTION = rule("frames.calling_resolution")
NO_BEFORE = rule("frames.no_before")
BACK_REFERENCE = rule("frames.back_reference")
# "The measures were imposed during the civil war": a passive of measures being lifted
PASSIVE_BEFORE = rule("frames.passive_before")
# "asked the United Nations to blacklist ...": who is asked
ASKED_BODY = rule("frames.asked_body")
# "Opposition parties have asked the EU to ...": a caller outside the EU's institutions
THIRD_PARTY_CALLER = rule("frames.third_party_caller")
# "RightsWatch Europe urges the EU to ...": a subject that is one proper name
NAMED_CALLER = rule("frames.named_caller")
UN_DRAFT = rule("frames.un_draft")
COORDINATED_VERB = rule("frames.coordinated_verb")
# "Their designations stay in place": standing listings, no act
STANDING_AFTER = rule("frames.standing_after")
# "Bolivia listed none": the object says nobody was hit
NOTHING_AFTER = rule("frames.nothing_after")
# "The EU imposes sanctions by a unanimous decision ...": how sanctions work, no act
GENERIC_HEAD = rule("frames.generic_head")
# "also", "new", "separately": an imposition of its own inside a lifting story
FRESH_ACT = rule("frames.fresh_act")
GENERIC_MODAL = gated_rule("frames.generic_modal")
# "a law ..., which allows the government to freeze assets": a power given, dated or not
ENABLING_LAW = rule("frames.enabling_law")
PRESENT_PASSIVE = rule("frames.present_passive")
GENERIC_CUE = rule("frames.generic_cue")
GENERIC_NOUN_PASSIVE = rule("frames.generic_noun_passive")
NEWS_DAY = rule("frames.news_day")
ACTED_AFTER = rule("frames.acted_after")
# "The Foreign Ministry warned that China would ...": whose intention an agency reports
REPORTED_SPEAKER = rule("frames.reported_speaker")
REPORTED_INTENT = rule("frames.reported_intent")
REACTION = gated_rule("frames.reaction")
REACTION_VERB = rule("actors.reaction_verb")
GENERIC_SUBJECT = rule("frames.generic_subject")
FAILED_PROPOSAL = rule("frames.failed_proposal")
# "preparing a draft resolution to remove him": a proposal to lift, no action
LIFTING_PROPOSAL = rule("frames.lifting_proposal")
# "Hungary's proposal to remove X from the list": a lifting sought, not done
LIFT_SOUGHT = rule("frames.lift_sought")
LIFT_GRANTED = rule("frames.lift_granted")
PLURAL_SUBJECT = rule("frames.plural_subject")
HEADING_SEPARATOR = rule("frames.heading_separator")  # "DELISTING — NEW ZEALAND"
HEADLINE_CLAUSE = rule("frames.headline_clause")
ADOPTED_ON = rule("frames.adopted_on")
COMMENTATOR = gated_rule("frames.commentator")
DIRECT_QUESTION = rule("frames.direct_question")
PRESENT_NEWS = rule("frames.present_news")
SPOKEN_OF = rule("frames.spoken_of")
READING_LIST = rule("frames.reading_list")
RETRACTED = rule("frames.retracted")
OTHER_PACKAGE = rule("frames.other_package")
HABIT = rule("frames.habit")
EFFECT_VERB = rule("frames.effect_verb")
GENERIC_OBJECT = rule("frames.generic_object")
# between an authority and its verb: nothing but an adverb ("Canada now bans")
ACTOR_BEFORE_VERB = rule("frames.actor_before_verb")
STATE_PARTICIPLE = rule("frames.state_participle")
RELATIVE_BEFORE = rule("frames.relative_before")


# "adopted the sanctions", "took up the measures": a trigger span ending on its measures
MEASURES_END = rule("frames.measures_end")
# "aligned its sanctions with restrictions imposed by the EU": the measures taken up
MEASURES_TAKEN_UP = rule("frames.measures_taken_up")
BARE_THE = rule("frames.bare_the")
# ", New Zealand sanctioned Y": a comma or "and" before a subject right before its verb
LIST_SUBJECT = rule("frames.list_subject")


def verb_stem(verb: str) -> str:
    """Enough of a verb to compare it: "redesignated" and "designated" agree."""
    verb = verb.lower()
    return RE_PREFIX.sub("", verb, count=1)[:6]


def asked_body(text: str, trig: Trigger) -> tuple[int, int] | None:
    """Where the asked party stands in a request trigger ("asked the UN to ...")."""
    if trig.kind != "propose":
        return None
    m = ASKED_BODY.match(text, trig.start, trig.end)
    return m.span("body") if m else None


def partners_after(text: str, ms: list[Mention], trig: Trigger, c_end: int) -> list[str]:
    """The states an act is taken "in coordination with", named after its trigger in
    its clause ("These sanctions are imposed in coordination with Australia and the
    United States"): one list right after the phrase."""
    found = PARTNERS_AFTER.search(text, trig.end, c_end)
    if found is None:
        return []
    partners: list[Mention] = []
    for m in ms:
        if m.start < found.end() or m.end > c_end or m.form != "name" or m.code is None:
            continue
        if partners and not in_list(text, partners[-1], m):
            break
        if not partners and text[found.end() : m.start].strip():
            break
        partners.append(m)
    return [m.code for m in partners if m.code is not None]


def members_named(doc: Doc, frames: list[Frame]) -> list[Frame]:
    """ "Riyadh and its partners in the centre jointly designated four people ... The
    designations were made by the centre's member states, A, B and C": a joint act of a
    body's members whose states a sentence close after names (or the same sentence, after
    the trigger) is each named state's act, with the frame's sentence and trigger; a
    state listed as a chair beside them ("co-chaired by A and B, and its members include
    C") is a member too. A bloc's own members act through the bloc: none is added."""
    added: list[Frame] = []
    for f in frames:
        if f.status != "imposed" or f.background or f.partner or f.authority in BODIES:
            continue
        text = doc.sentences[f.sentence].text
        if not JOINT_MEMBERS.search(text, f.clause_start, f.trigger_end):
            continue
        held = {g.authority for g in frames if g.sentence == f.sentence}
        held |= {g.authority for g in added if g.sentence == f.sentence}
        last = min(len(doc.sentences), f.sentence + MEMBERS_WITHIN + 1)
        for i in range(f.sentence, last):
            here = doc.sentences[i].text
            ms = doc.mentions[i]
            start = f.trigger_end if i == f.sentence else 0
            codes = [m.code for m in member_states(here, ms, start) if m.code]
            if not codes:
                continue
            for m in CHAIRED_BY.finditer(here, start):
                chairs = [c.code for c in states_from(here, ms, m.end()) if c.code]
                codes = chairs + codes
            for code in codes:
                if code not in held:
                    held.add(code)
                    added.append(
                        dataclasses.replace(f, authority=code, department=None, agency=None)
                    )
            break
    return added


def choose_actors(
    text: str,
    ms: list[Mention],
    trig: Trigger,
    status: str,
    c_start: int,
    c_end: int,
    agent_end: int | None = None,
    objects_from: int | None = None,
    lead_start: int | None = None,
) -> list[Mention]:
    """Who acts, by the strongest evidence the clause offers: the agent after
    "by", the subject, the owner of the list ("the OFAC's list"), the one who
    warns, the list a relative clause hangs on, or a speaking agency.

    objects_from: where the objects of an earlier trigger of the clause begin
    ("The administration hit Venezuela with new sanctions targeting ..."): a
    country there is hit by that trigger, not the subject of this one.
    lead_start: where the nearest earlier trigger of the clause starts."""
    asked = asked_body(text, trig)
    if asked is not None:  # "asked the United Nations to blacklist": the asked body
        bodies = [
            m
            for m in ms
            if asked[0] <= m.start
            and m.end <= asked[1]
            and m.form != "people"
            and (m.form != "adjective" or GOVERNMENT_NOUN.match(text[m.end : m.end + 60]))
        ]
        # a request to a UN committee tables a listing there, and one inside an authority
        # ("the Commission called on the 27 EU member states to approve") is its proposal;
        # one state asking another ("Kyiv had asked the EU and the UK to list the same
        # vessels") is no act of either
        askers = {m.code for m in ms if c_start <= m.start and m.end <= trig.start and m.code}
        if askers:
            bodies = [m for m in bodies if m.code == "UN" or m.code in askers]
        return bodies
    # "adopted the sanctions imposed ... by the US": the agent belongs to the
    # trigger it follows, not to one before that
    chosen = agent_mentions(text, ms, trig, agent_end or c_end)
    if not chosen:
        # "the sanctions adopted by the EU on 20 November in the context of its 19th
        # package": a trigger that opens on a participle and its agent
        opened = OPENING_AGENT.match(text, trig.start, trig.end)
        chosen = [m for m in ms if opened and m.start == opened.end() and m.end <= trig.end][:1]
    if chosen and RELATIVE_AGENT.match(text[trig.end : chosen[0].start]):
        # "Switzerland aligned itself with the sanctions adopted by the EU": the agent
        # of a participle on the measures the subject takes up, not the subject's own
        subject = subject_mentions(text, ms, c_start, trig.start)
        # with no subject, only where the trigger takes the measures over ("The
        # decision aligns with the sanctions adopted by the EU"): the aligner is in context
        takes_over = TAKES_OVER.match(text, trig.start) is not None
        if MEASURES_END.search(text[: trig.end]) and (subject or takes_over):
            chosen = subject
    if not chosen:  # "welcomed the EU's decision to sanction X": the EU's act
        chosen = decision_owner(text, ms, c_start, trig.start)
    if not chosen:  # "welcomed the EU's new listing of X", "Britain's freeze of ..."
        chosen = possessive_owner(text, ms, c_start, trig)
    if not chosen:  # "among the names in the Commission's proposal": the body's own act
        chosen = possessive_owner(text, ms, c_start, trig, reacted=False)
    if not chosen:  # "Seoul's designation came a week after ...": the opening owner
        chosen = opening_owner(text, ms, c_start, trig)
    if not chosen and objects_from is not None:
        # "announced sanctions days after the US imposed ...": a subject of its own
        chosen = subordinate_subjects(text, ms, objects_from, trig.start)
    if not chosen and objects_from is not None and lead_start is not None:
        # "announced sanctions days after the US imposed visa bans and asset freezes":
        # a measure the subordinate verb governs is its subject's, not the main one's
        chosen = subordinate_subjects(text, ms, objects_from, lead_start)
    # "aligned with the Council decision of 24 February that added ...": a relative
    # clause in the objects of an earlier trigger has its antecedent as subject (the
    # body named in it, or none), never the subject of the main clause
    relative = (
        RELATIVE_BEFORE.search(text, max(objects_from, trig.start - 20), trig.start)
        if objects_from is not None
        else None
    )
    if not chosen and relative is not None:
        chosen = [
            m
            for m in ms
            if objects_from is not None
            and objects_from <= m.start
            and m.end <= relative.start()
            and relative.start() - m.end <= 50
            and m.form == "agency"  # not "a draft submitted by the United States that"
        ][-1:]
    if not chosen and objects_from is not None and relative is None:
        # "The EU sanctioned X, and Switzerland followed suit": a coordinated clause
        # after the earlier trigger's objects has a subject of its own
        chosen = [
            m
            for m in ms
            if objects_from <= m.start
            and m.form in ("name", "agency")
            and (
                (
                    NEW_CLAUSE.search(text, max(0, m.start - 30), m.start)
                    and (
                        SUBJECT_GAP.match(text[m.end : trig.start])
                        # "..., and Japan said it was ready to sanction ...": a state that
                        # speaks in the coordinated clause is the subject of what it says
                        or (m.end < trig.start and SPEAKS_AFTER.match(text, m.end))
                    )
                )
                # "Australia sanctioned X, New Zealand sanctioned Y and Canada
                # sanctioned Z": a name right before the verb, after a comma or "and"
                or (
                    m.end < trig.start
                    and LIST_SUBJECT.search(text, max(0, m.start - 12), m.start)
                    and not text[m.end : trig.start].strip()
                )
            )
        ][-1:]
    if not chosen and objects_from is not None and relative is None:
        chosen = subject_mentions(text, ms, c_start, objects_from)
    if not chosen and relative is None:
        chosen = subject_mentions(text, ms, c_start, trig.start)
        if chosen and spoken_of(text, trig, chosen[-1].end):
            chosen = []  # "Zimbabwe's spokesman said the new designations ...": a speaker
        if status == "threatened":
            # '"We will not stand by while Russia funds its war," the minister said, adding
            # that more designations were being prepared': the quoted state is talked about
            chosen = [m for m in chosen if not quoted_before(text, m, trig.start)]
    if not chosen and relative is None:
        chosen = fronted_source(text, ms, 0, trig.start)  # "By the decision of X, ..."
    # "President of Ukraine Volodymyr Zelensky signed ...": the state in the leader's
    # own title names no other subject
    if not chosen and not any(
        c_start <= m.start < trig.start and holder_code(text, m) != m.code for m in ms
    ):
        chosen = leader_subjects(text, c_start, trig.start)  # "Biden on Monday imposed"
        if chosen and spoken_of(text, trig, chosen[-1].end):
            chosen = []  # "Putin said the sanctions imposed on X were illegal": a speaker
    if not chosen:  # "added to the OFAC's sanctions list"
        chosen = [
            m
            for m in ms
            if trig.start <= m.start
            and m.end <= trig.end
            and (
                (
                    m.form != "adjective"
                    and OWNER_OF_LIST.match(text[m.end : m.end + 40]) is not None
                )
                # "placed under US sanctions", "put under British sanctions"
                or (
                    (m.form == "adjective" or m.text.replace(".", "").isupper())
                    and OWNER_OF_SANCTIONS.match(text[m.end : m.end + 40]) is not None
                    and UNDER_OWNER.search(text, max(0, m.start - 8), m.start) is not None
                )
                # "was added to the EU list": a state written with "the" owns it
                or (
                    m.form != "adjective"
                    and m.code in WITH_ARTICLE
                    and text[max(0, m.start - 4) : m.start].lower() == "the "
                    and ARTICLE_OWNER_OF_LIST.match(text[m.end : m.end + 40])
                )
            )
        ][:1]
    if status == "threatened" and THREATENED_SUBJECT.search(text, trig.start, trig.end):
        chosen = (
            source_mentions(text, ms, trig) or speaker_mentions(text, ms) or warner(text, ms, trig)
        )
    if not chosen and RELATIVE_START.search(text[max(0, c_start - 8) : c_start]):
        chosen = joiners(text, ms, antecedents(text, ms, c_start), trig.start)
    if not chosen and status != "threatened":
        chosen = trailing_speaker(text, ms, trig.end)  # "..., Canada's ministry said."
    if not chosen:
        chosen = [m for m in speaker_mentions(text, ms) if m.form == "agency"]
    if not chosen and status == "threatened":
        chosen = warner(text, ms, trig, free_only=True)  # "Washington's envoy warned ..."
    if not chosen and status == "threatened":
        # "It would also freeze the assets of European firms, the Kremlin warned": a
        # threat with no subject of its own is the trailing speaker's, not the context's
        chosen = [
            m
            for m in ms
            if m.start >= trig.end
            and m.form == "name"
            and TRAILING_SPEAKER_OPEN.search(text, max(trig.end, m.start - 30), m.start)
            and TRAILING_SPEAKER.match(text, m.end)
        ][:1]
    if status == "threatened":
        chosen = leading_list(text, chosen)
    return chosen


THAT_BEFORE = rule("frames.that_before")
RELATIVE_AGENT = rule("frames.relative_agent")
TAKES_OVER = rule("frames.takes_over")
OPENING_AGENT = gated_rule("frames.opening_agent")
# "..., and Japan said ...": the state opens a clause of its own
SPEAKS_AFTER = rule("frames.speaks_after")


def leading_list(text: str, chosen: list[Mention]) -> list[Mention]:
    """A threat's actors: the first one and those listed with it ("The US and the EU
    warned ..."), not states named later in the clause ("Beijing's Taiwan Affairs
    Office ... warned of countermeasures", "said Tokyo was ... and warned Moscow
    would respond"): a state that warns seldom shares its threat with another. A state
    that opens a later reported clause ("said the E3 action is void and that Iran will
    give a response") is nearer the threat than those before it."""
    opened = [i for i, m in enumerate(chosen) if i and THAT_BEFORE.search(text, 0, m.start)]
    start = opened[-1] if opened else 0
    kept = chosen[start : start + 1]
    for m in chosen[start + 1 :]:
        if not in_list(text, kept[-1], m):
            break
        kept.append(m)
    return kept


# ", the Kremlin warned.", ", Kremlin spokesman Dmitry Peskov warned": a warning that
# closes the sentence (not "sanctions on North Korea, Prime Minister's office said"; not
# "It would also freeze the assets of 12 banks, Ukraine's foreign minister said": another
# state telling what the proposal holds)
TRAILING_SPEAKER_OPEN = rule("frames.trailing_speaker_open")
TRAILING_SPEAKER = rule("frames.trailing_speaker")
# ", and removed one businessman": a lifting joined to the act told before it
JOINED_LIFT = rule("frames.joined_lift")


def spoken_of(text: str, trig: Trigger, subject_end: int) -> bool:
    """A measure noun that a speaker's reported clause speaks of ("The Zimbabwean
    government's spokesman said the new designations replace ..."): the subject
    before the reporting verb speaks of measures already taken, it does not impose."""
    span = text[trig.start : trig.end]
    return (
        trig.kind in ("impose", "weak")
        and (
            NOUN_TRIGGER.search(span) is not None
            # "Russia said the sanctions imposed on Rosneft were illegal": a participle
            # that qualifies the measures noun the speaker speaks of
            or MEASURES_END.search(text[: trig.start].rstrip()) is not None
        )
        and SPOKEN_OF.search(text, subject_end, trig.start) is not None
    )


def own_end(triggers: list[Trigger], trig: Trigger, end: int) -> int:
    """Where the words of `trig` end: at the next trigger of the clause, else at `end`
    (an agent after "by" there belongs to that later trigger)."""
    return min((t.start for t in triggers if t.start >= trig.end), default=end)


def un_council(
    text: str, ms: list[Mention], status: str, c_start: int, c_end: int
) -> tuple[str, str | None, str | None] | None:
    """The UN as the authority of a proposal tabled at it: a proposal clause that
    names the UN and a draft, resolution or committee ("The United States on
    Wednesday circulated a draft resolution at the Security Council ...")."""
    if status != "proposed" or not UN_DRAFT.search(text, c_start, c_end):
        return None
    for m in ms:
        if m.code == "UN" and c_start <= m.start < c_end:
            return ("UN", None, m.label)
    return None


class FrameFinder:
    """Finds frames sentence by sentence, remembering who acted last."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.context: list[tuple[str, str | None, str | None]] = []
        self.eu_mentioned = any(m.code == "EU" for ms in doc.mentions for m in ms)
        self.found: list[Frame] = []
        self.clause_triggers: list[Trigger] = []
        self.context_status: str | None = None
        self.verbs: list[str] = []  # the trigger verb of each context entry
        self.days: list[date | None] = []  # and the day it names
        self.story = story_home(doc)  # whose country the story is told from
        self.index = 0  # the sentence being read
        self.heading: str | None = None  # the state of the section heading read last
        self.threat_at: set[int] = set()  # the context entries a threat put there
        self.heading_at = 0  # len(self.context) when the heading was read
        self.menu_topic = False  # the context holds only a topic a site's menu line set
        # the sentence and actors of the latest frame that named its authority, news or
        # background: "it" in a later clause of that sentence stands for them
        self.named: tuple[int, list[tuple[str, str | None, str | None]]] = (-1, [])
        self.abstained: set[str] = set()  # states the text says did not act (ABSTAINS)

    def resolve(
        self, m: Mention, sentence_mentions: list[Mention], text: str | None = None
    ) -> str | None:
        if m.code:
            return m.code
        # "the Council", "the Commission": the EU's, where the EU is named in the text
        agency = vocabulary().agencies.get(m.text) if m.form == "agency" else None
        if agency is not None and agency.authority is None and agency.needs_context == "EU":
            return "EU" if self.eu_mentioned else None
        if text is not None and m.form == "agency":
            holder = holder_code(text, m)
            if holder is not None:
                return holder  # "Foreign Minister Winston Peters announced ..."
        named = [
            o
            for o in sentence_mentions
            if o.code
            and o.form == "name"
            and o.end <= m.start
            and not (
                text is not None
                and (hit_state(text, o) or regime_target(text, o) or party_place(text, o))
            )
        ]
        if named:
            # "The Russia Sanctions Act 2022 lets the Government freeze ...": a state in a
            # law's or regime's name owns no agency named after it
            return named[-1].code
        owner = regime_owner(text, sentence_mentions, m) if text is not None else None
        if owner is not None:
            return owner  # "The Foreign Minister listed ... under Australia's sanctions law"
        speaker = trailing_speaker(text, sentence_mentions, m.end) if text is not None else []
        if speaker:
            return speaker[0].code  # "The Foreign Ministry has banned ..., Moscow said."
        leader = trailing_leader(text, m.end) if text is not None and m.form == "agency" else None
        if leader is not None:
            return leader  # "The Government has added ..., Foreign Minister X said."
        # "The Foreign Ministry warned that China would take countermeasures": an agency
        # of no named state speaks for the state whose intention it reports, not for
        # the authority in context (often the one whose sanctions it answers)
        if text is not None:
            for o in sentence_mentions:
                if (
                    o.code
                    and o.form == "name"
                    and o.start >= m.end
                    and REPORTED_SPEAKER.match(text, m.end, o.start)
                    and REPORTED_INTENT.match(text, o.end)
                ):
                    return o.code
        if self.heading is not None and all(
            # "Iran" over "Canada on Friday imposed ... The Ministry ...": a state that
            # acts under the heading is the office's
            c[0] == self.heading
            for c in self.context[self.heading_at :]
        ):
            # "NEW ZEALAND" above "The Ministry of Foreign Affairs ...", "Australia." above
            # "the Minister for Foreign Affairs imposed ..."
            return self.heading
        context = self.context[-1][0] if self.context else None
        if context is None:
            # "this morning the Government designated ..." in a Commons record: the home's
            home = government_home(self.story, self.index, m)
            if home is not None:
                return home
        # "the Commerce Ministry" in a Beijing story after US sanctions: the home's
        return ministry_home(self.story, self.index, m, context) or context

    def actors(
        self, sentence: Sentence, ms: list[Mention], chosen: list[Mention]
    ) -> list[tuple[str, str | None, str | None]]:
        """(authority, department, agency label) per actor, departments kept apart."""
        out: list[tuple[str, str | None, str | None]] = []
        prev: Mention | None = None
        for m in chosen:
            code = self.resolve(m, ms, sentence.text)
            # "the Finance Ministry and the Foreign Ministry said": one joint release
            joint = prev is not None and in_list(sentence.text, prev, m)
            prev = m
            if code is None:
                continue
            same = [i for i, a in enumerate(out) if a[0] == code]
            if not same:
                out.append((code, m.department, m.label))
                continue
            i = same[-1]
            held = out[i]
            if joint:
                continue
            if held[1] is None or m.department is None or held[1] == m.department:
                out[i] = (code, held[1] or m.department, held[2] or m.label)
                if m.label and m.department and held[2] != m.label and "(" in (m.label or ""):
                    out[i] = (code, out[i][1], m.label)
            else:
                out.append((code, m.department, m.label))
        return out

    def frames_in(self, index: int, sentence: Sentence) -> list[Frame]:
        self.index = index
        text = sentence.text
        # "Petroleos de Venezuela", "Iran Air": a place inside a name does not act
        spans = [(n.start, n.end) for n in self.doc.names[index] if not n.descriptor]
        ms = [
            m
            for m in self.doc.mentions[index]
            if not any(s <= m.start < e for s, e in spans)
            # ... but "Canada's foreign ministry", read as one name, is the state acting
            or ACTING_BODY.match(text[m.end : m.end + 60])
            # ... and so is an agency that opens the name ("The Security Council
            # Committee established pursuant to ...", "The Office of Foreign Assets
            # Control of US Treasury"): the name is that body
            or (m.form == "agency" and any(s == m.start for s, _ in spans))
            # ... and a state inside its own formal style ("The Kingdom of Saudi Arabia")
            or any(m.end == e and STATE_STYLE.fullmatch(text, s, m.start) for s, e in spans)
            # ... or after a label of its group ("The Candidate Countries Montenegro")
            or any(m.end == e and GROUP_LABEL.fullmatch(text, s, m.start) for s, e in spans)
        ]
        found: list[Frame] = []
        if sentence.headline or READING_LIST.match(text):
            return found  # "Related reading: ... | Russia: new designations": links
        if RETRACTED.match(text):
            return found  # "An earlier version of this article said the EU had ..."
        nearby = " ".join(s.text for s in self.doc.sentences[max(0, index - 2) : index + 1])
        carried: Trigger | None = None  # a proposal or threat a relative clause describes
        for c_start, c_end in self.clauses(text, ms):
            for no in ABSTAINS.finditer(text, c_start, c_end):
                self.abstained.update(
                    m.code for m in subject_mentions(text, ms, c_start, no.start()) if m.code
                )
            clause_triggers = self.present_tense(text, ms, c_start, c_end)
            clause_triggers += find_triggers(text, c_start, c_end)
            clause_triggers.sort(key=lambda t: t.start)
            self.clause_triggers = clause_triggers
            # "introduced the Sanctioning Russia Act, which would ... impose a tariff":
            # a relative clause after a proposal or threat describes it
            relative = RELATIVE_START.search(text[max(0, c_start - 8) : c_start]) is not None
            dominant: Trigger | None = carried if relative else None
            for trig in clause_triggers:
                if self.repeats_other_act(text, trig):
                    continue  # "France expelled two diplomats, and Germany did likewise"
                if trig.kind in ("lift", "propose", "threat") and dominant is None:
                    dominant = trig
                elif (
                    dominant is not None
                    and trig.kind in ("impose", "weak")
                    and not (
                        dominant.kind == "threat"
                        and agent_mentions(text, ms, trig, own_end(clause_triggers, trig, c_end))
                        and not HYPOTHETICAL.search(text, max(c_start, trig.start - 40), trig.start)
                    )
                    # "lifted all economic sanctions ..., and at the same time listed
                    # three commanders": a coordinated verb of its own
                    and not (
                        dominant.kind == "lift"
                        and dominant.end <= trig.start
                        and COORDINATED_VERB.search(text, dominant.end, trig.start)
                    )
                    # "vowed to take countermeasures after the US sanctioned ...": the
                    # subordinate clause reports another authority's act
                    and not (
                        dominant.end <= trig.start
                        and subordinate_subjects(text, ms, dominant.end, trig.start)
                    )
                ):
                    # "agreed to impose sanctions, including those targeting ...", but
                    # "vowed to respond to the sanctions imposed by Japan" reports both
                    continue
                if self.admissible(text, ms, trig, c_start, nearby):
                    found.extend(self.frames_for(index, sentence, ms, trig, c_start, c_end))
                elif trig.kind in ("impose", "weak") and patterns().negation.search(
                    text, max(c_start, trig.start - 25), trig.start
                ):
                    # "The United States has yet to sanction Rosneft, but on Monday it
                    # designated Lukoil": who did not act is still whom "it" names
                    self.note_subject(sentence, ms, c_start, trig.start)
            carried = dominant if dominant is not None and dominant.kind != "lift" else None
        return found

    def repeats_other_act(self, text: str, trig: Trigger) -> bool:
        """ "France expelled two Russian diplomats, and Germany did likewise": a
        followed-suit trigger after a clause of its sentence that holds no trigger
        repeats that clause's act, not sanctions."""
        if trig.kind != "impose" or not FOLLOW_SUIT.match(text, trig.start):
            return False
        joints = [m.start() for m in FOLLOWED_OTHER_ACT.finditer(text, 0, trig.start)]
        return bool(joints) and not find_triggers(text, 0, joints[-1])

    def note_subject(self, sentence: Sentence, ms: list[Mention], start: int, end: int) -> None:
        """The context moves to the subject of a clause whose act is negated."""
        chosen = subject_mentions(sentence.text, ms, start, end)
        for code, dept, label in self.actors(sentence, ms, chosen[:1]):
            self.context.append((code, dept, label))
            self.verbs.append("")
            self.days.append(None)

    def clauses(self, text: str, ms: list[Mention]) -> list[tuple[int, int]]:
        """The clauses of a sentence, a clause that only lists authorities joined to
        the next ("South Korea, Japan and the US on Friday sanctioned ...")."""
        out: list[tuple[int, int]] = []
        piece = 0  # where the last piece joined to out[-1] starts
        for start, end in clauses(text):
            if out and (
                self.only_actors(text, ms, piece, start)
                or self.ends_in_subjects(text, ms, out[-1][0], out[-1][1])
            ):
                out[-1] = (out[-1][0], end)
            else:
                out.append((start, end))
            piece = start
        return out

    def ends_in_subjects(self, text: str, ms: list[Mention], start: int, end: int) -> bool:
        """A clause with no trigger that ends in authorities it names as subjects, the
        break after them splitting one list of actors ("On Tuesday, Australia, Canada,
        Norway" before "and the UK imposed ...", "The governments of Australia, Canada"
        before "and the United States on Tuesday imposed ...")."""
        inside = [m for m in ms if start <= m.start and m.end <= end and m.form != "people"]
        if not inside:
            return False
        tail = text[inside[-1].end : end]
        if (
            tail.strip(" ,")
            and not LIST_APPOSITION.fullmatch(tail)
            and not PARTNERS_TAIL.fullmatch(tail)
        ):
            return False  # "..., Norway and the UK - five close allies -" may end it
        chain = [inside[-1]]
        for m in reversed(inside[:-1]):
            if not in_list(text, m, chain[0]):
                break
            chain.insert(0, m)
        chosen = subject_mentions(text, ms, start, end)
        if not all(m in chosen for m in chain):
            return False
        return not find_triggers(text, start, end)

    def only_actors(self, text: str, ms: list[Mention], start: int, end: int) -> bool:
        inside = [m for m in ms if start <= m.start and m.end <= end and m.form != "people"]
        if not inside or opens_dateline(text, inside[0]):
            return False  # "PARIS — European Union ministers ...": a dateline, no list
        rest, pos = [], start
        for m in inside:
            rest.append(text[pos : m.start])
            pos = m.end
        rest.append(text[pos:end])
        return ACTOR_LIST_REST.match(" ".join(rest)) is not None

    def present_tense(self, text: str, ms: list[Mention], start: int, end: int) -> list[Trigger]:
        """ "Japan sanctions 11 Russian individuals": the noun as a verb, right after
        an authority named as the clause's subject."""
        out = []
        for m in ms:
            if not (start <= m.start and m.end < end) or m.form == "people":
                continue
            head = m.end
            if m.form == "adjective":
                # "The British government sanctions Iranian officials": the adjective
                # and its government noun are the subject
                noun = GOVERNMENT_HEAD.match(text, m.end, end)
                if noun is None:
                    continue
                head = noun.end()
            hit = PRESENT_TENSE.match(text[head:end])
            if hit is None or marks_object(text, m, text[max(0, m.start - 30) : m.start]):
                continue  # "relief from US sanctions The ...": not a subject
            verb = text.index("sanctions", head)
            out.append(Trigger("impose", verb, verb + len("sanctions"), verb + len("sanctions")))
        # (present_tense matches the word "sanctions" as written: without it, no leader)
        if not out and text.find("sanctions", start, end) >= 0:
            # "Trump sanctions Russian oil giants ...": a leader as the subject
            for leader in leader_subjects(text, start, min(end, start + 50)):
                if any(start <= m.start < leader.end for m in ms):
                    break  # a state before the leader is the subject, if any
                if PRESENT_TENSE.match(text[leader.end : end]):
                    verb = text.index("sanctions", leader.end)
                    n = len("sanctions")
                    out.append(Trigger("impose", verb, verb + n, verb + n))
                break
        return out

    def admissible(
        self, text: str, ms: list[Mention], trig: Trigger, c_start: int, nearby: str
    ) -> bool:
        """An imposition needs sanctions words nearby, a plausible verb and, if
        weak, a named actor; condemnations and denials are no actions."""
        pats = patterns()
        imposing = trig.kind in ("impose", "weak")
        # relief not renewed ("will not renew the licence") is sanctions language itself
        relief_ends = NONRENEWAL.match(text, trig.start) is not None
        if imposing and not (
            self.plausible(text, trig, c_start) and (relief_ends or pats.context.search(nearby))
        ):
            return False
        if trig.kind == "weak" and not self.strong_enough(text, ms, trig, c_start):
            return False
        if (
            trig.kind == "lift"
            and LIFT_SOUGHT.search(text, max(c_start, trig.start - 60), trig.start)
            and not LIFT_GRANTED.search(text, c_start, trig.start)
        ):
            return False
        if DENIAL.search(text, c_start, trig.start) or QUESTION.search(text, c_start, trig.start):
            return False
        if DIRECT_QUESTION.search(text):
            return False  # "How is a ship sanctioned?": a question asks, it states no act
        if imposing and CHALLENGED.search(text, max(c_start, trig.start - 100), trig.start):
            return False
        if (
            (imposing or trig.kind == "propose")
            and "package" in text[trig.start : trig.end].lower()
            and OTHER_PACKAGE.search(text, max(c_start, trig.start - 10), trig.end + 40)
        ):
            return False  # "approved the $330 million package of aircraft parts"
        if imposing and self.habitual(text, ms, trig, c_start):
            return False  # "Treasury's SDN list freezes assets": how it works, no act
        if imposing and (
            NO_MEASURE.match(text, trig.head_end)
            or NO_BEFORE.search(text, max(0, trig.start - 4), trig.start)
        ):
            return False  # "The statement condemned ..., but announced no new sanctions"
        if imposing and self.back_reference(text, trig):
            return False  # "aligning with that listing": an act told before, not a new one
        if imposing and CALLING_RESOLUTION.match(text, trig.head_end):
            return False  # "adopted a resolution urging EU governments to list ..."
        if imposing and GENERIC_CONDITION.search(text, 0, trig.start) and not NEWS_DAY.search(text):
            return False  # "When the UK designates a person, the asset freeze extends ..."
        if imposing and STANDING_AFTER.match(text[trig.end : trig.end + 40]):
            return False
        if imposing and NOTHING_AFTER.match(text, trig.head_end, trig.head_end + 60):
            return False
        if imposing and any(
            self.explains(text, t, c_start) for t in self.clause_triggers if t.start <= trig.start
        ):
            return False  # "A US designation blocks all property of ...": how it works
        # "kept its promise and sanctioned ...": a promise kept keeps no measure in force
        kept = fulfilled_end(text, c_start, trig.start)
        denied = self.denied(text, kept, trig.start)
        # "Iran condemned the sanctions imposed by Britain on ...": who condemns does not
        # act, but the agent the imposition names does
        if (
            denied
            and imposing
            and REACTION_VERB.search(text, c_start, trig.start)
            and agent_mentions(text, ms, trig, len(text))
        ):
            denied = False
        if denied and (imposing or trig.kind == "propose"):
            return False
        if trig.kind == "propose" and FAILED_PROPOSAL.search(text, trig.start):
            return False  # "A draft tabled by Russia that would have postponed ... was rejected"
        if trig.kind == "propose" and LIFTING_PROPOSAL.match(text, trig.end):
            return False
        return not ((imposing or trig.kind == "propose") and self.generic(text, trig, c_start))

    @staticmethod
    def denied(text: str, start: int, end: int) -> bool:
        """A word that makes the clause no act (frames.toml [not_action]) in
        text[start:end], outside an aside about the subject or the setting ("The EU,
        which has condemned the attacks, imposed ...", "After weeks in which Hungary
        opposed it, the Council adopted ...")."""
        found = list(patterns().not_action.finditer(text, start, end))
        if not found:
            return False
        skipped = asides(text, start, end) + [
            (m.start(), m.end()) for m in SETTING_ASIDE.finditer(text, start, end)
        ]
        return any(not any(a <= m.start() < b for a, b in skipped) for m in found)

    def explains(self, text: str, trig: Trigger, c_start: int) -> bool:
        """A measure named in general or defined ("A US designation blocks all
        property ...", "The EU's asset freeze means that ..."): the clause explains
        how sanctions work, its triggers state no act."""
        span = text[trig.start : trig.end]
        if trig.kind not in ("impose", "weak") or not NOUN_TRIGGER.search(span):
            return False
        if DEFINES.match(text[trig.end : trig.end + 20]):
            return True
        if KINDS_OF.search(text, max(c_start, trig.start - 30), trig.start):
            return NEWS_DAY.search(text) is None  # "The measures range from asset freezes ..."
        # "An entry ban was also imposed on them by Latvia on Friday" is news, not a definition
        return (
            GENERIC_NOUN.search(text, c_start, trig.start) is not None
            and NEWS_DAY.search(text) is None
            and ACTED_AFTER.match(text, trig.end) is None
        )

    def habitual(self, text: str, ms: list[Mention], trig: Trigger, c_start: int) -> bool:
        """An imposing verb in the simple present or a present passive, in a sentence
        with no day ("All property of the designated parties is frozen", "Norway
        follows the EU's sanctions, under which 2,400 persons are listed", "Türkiye
        applies only the sanctions of the UN"): a standing state or a habit, not the
        act of a day; news prose tells acts in the past or perfect (headlines, in
        the present, give no frames)."""
        if NEWS_DAY.search(text) is not None or PRESENT_NEWS.search(text, c_start, trig.head_end):
            return False
        head = text[trig.start : trig.head_end]
        if (GENERIC_HEAD.fullmatch(head) or EFFECT_VERB.fullmatch(head)) and GENERIC_OBJECT.match(
            text, trig.head_end, trig.head_end + 80
        ):
            return True  # "Japan freezes the assets of those on its list": how it works
        if GENERIC_HEAD.fullmatch(head) is not None:
            # "This action designates key officials": a release tells its act in the
            # present; only a habit or what a measure does is no act
            if self.habit(text, trig, c_start):
                return True
            # "Canada bans imports of ...": an authority right before the verb acts; a
            # list or measure that "freezes assets" only works
            acting = any(
                m.form in ("name", "agency")
                and c_start <= m.start
                and ACTOR_BEFORE_VERB.fullmatch(text, m.end, trig.start) is not None
                for m in ms
            )
            return not acting and EFFECT_VERB.fullmatch(head) is not None
        return (
            STATE_PARTICIPLE.fullmatch(head) is not None
            and PRESENT_PASSIVE.search(text, max(c_start, trig.start - 30), trig.start) is not None
        )

    @staticmethod
    def habit(text: str, trig: Trigger, c_start: int) -> bool:
        """A word of habit in the clause before the trigger, outside a relative aside
        ("Singapore rarely imposes"), or right after it ("Türkiye applies only the
        sanctions of the UN"); not one of a clause about the object ("The EU designates
        Alpha LLC, a firm that only operates in occupied Crimea")."""
        skipped = asides(text, c_start, trig.start)
        for m in HABIT.finditer(text, c_start, trig.start):
            if not any(a <= m.start() < b for a, b in skipped):
                return True
        after = len(text) - len(text[trig.head_end :].lstrip())
        return HABIT.match(text, after) is not None

    def generic(self, text: str, trig: Trigger, c_start: int) -> bool:
        """A sentence that explains how sanctions are decided or work ("The EU
        imposes sanctions by a unanimous decision of the Council", "Under the law,
        the minister may designate persons who ..."): a simple present or a modal of
        ability before the trigger, a cue of a rule described, and no day; or a law that
        allows someone to take the measure (frames.enabling_law), dated or not."""
        if ENABLING_LAW.search(text, max(0, trig.start - 160), trig.start):
            return True
        present = (
            GENERIC_HEAD.fullmatch(text, trig.start, trig.head_end) is not None
            or (
                text[trig.head_end - 2 : trig.head_end] == "ed"
                and PRESENT_PASSIVE.search(text, max(c_start, trig.start - 30), trig.start)
                is not None
            )
            # "Designations under most programs are made by OFAC": a noun and its
            # present passive
            or GENERIC_NOUN_PASSIVE.match(text, trig.start) is not None
        )
        modal = GENERIC_MODAL.search(text, max(c_start, trig.start - 40), trig.start)
        if not present and modal is None:
            return False
        return GENERIC_CUE.search(text) is not None and NEWS_DAY.search(text) is None

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
        status = self.status(text, ms, trig, c_start)
        later = [t.start for t in self.clause_triggers if t.start >= trig.end]
        earlier = [
            t.head_end
            for t in self.clause_triggers
            if t.end <= trig.start and t.kind in ("impose", "weak", "threat")
        ]
        lead_start = max(
            (t.start for t in self.clause_triggers if t.end <= trig.start), default=None
        )
        chosen = choose_actors(
            text,
            ms,
            trig,
            status,
            c_start,
            c_end,
            min(later, default=c_end),
            min(earlier, default=None),
            lead_start,
        )
        if not chosen:
            law = LAW_RELATIVE.search(text, max(0, c_start - 80), trig.start)
            if law is not None and law.start() < c_start:
                # "The House passed the X Act, which would require the president to
                # impose sanctions": the relative clause tells what the law would do
                chosen = subject_mentions(text, ms, 0, law.start())
        if not chosen:
            self.note_antecedent(index, trig)
        if not chosen and (not self.context or (not self.found and dateline_end(text) > 0)):
            # "TOKYO (Kyodo) - The government on Tuesday froze ...", but after "Canada
            # sanctioned X" in a Washington story, "The government" is still Canada's; a
            # topic before any act ("National | North Korea | Politics", a site's menu)
            # does not outweigh the dateline the sentence opens on
            chosen = home_government(text, ms, c_start, trig.start, self.story, index)
        if not chosen and not self.context and status != "threatened":
            # "SEOUL -- Five North Koreans were blacklisted, the foreign ministry said."
            chosen = home_speaker(text, ms, trig.end, self.story, index)
        settings = [
            (m.start(), m.end())
            for m in SETTING_ASIDE.finditer(text, c_start, trig.start)
            if not SPOKEN_SETTING.search(text, max(0, m.start() - 12), m.start())
        ]
        if settings:
            # "After weeks in which Germany sought to limit it, the Council adopted ...":
            # who acts in the setting does not act here
            chosen = [m for m in chosen if not any(a <= m.start < b for a, b in settings)]
        acts = [self.with_department(a) for a in self.actors(sentence, ms, chosen)]
        if (
            status == "imposed"
            and chosen
            and all(m.code in ("EU", None) and PROPOSING_BODY.fullmatch(m.text) for m in chosen)
            and all(a[0] == "EU" for a in acts)
        ):
            status = "proposed"
        council = un_council(text, ms, status, c_start, c_end)
        if council is not None and acts:
            acts = [council]  # a state tables a draft; the Security Council decides it
        explicit = bool(acts)
        if not explicit and asked_body(text, trig) is not None:
            return []  # "asked the company to ...": no authority is asked
        if explicit and self.outside_call(text, ms, trig, c_start, acts):
            return []  # "DRC's minister asked the EU to sanction ...": a call, no proposal
        # a list of subjects that opens before the clause ("hours after the United States
        # and the United Kingdom sanctioned": the clause opens at "and the", w1268)
        opening = max(0, min([c_start, *(m.start for m in chosen)]) - 30)
        subordinate = bool(chosen) and any(
            all(
                subordinate_subject(text, m, text[max(c_start, m.start - 30) : m.start], end)
                for m in chosen
            )
            # "hours after the United States and the United Kingdom sanctioned": the
            # conjunction opens the list of subjects, not each of them (w1268)
            or (
                len(chosen) > 1
                and opening < c_start - 30
                and all(
                    any(m is o for o in subordinate_subjects(text, ms, opening, end))
                    for m in chosen
                )
            )
            # "days after the US imposed visa bans and asset freezes": so is "asset"
            for end in (trig.start, lead_start or trig.start)
        )
        if not subordinate and self.context:
            # "The Department of State is concurrently designating entities it describes
            # in a separate fact sheet": the act of another release, told aside; the
            # list after it is still this release's
            subordinate = TOLD_ELSEWHERE.search(text, trig.end, c_end) is not None
        if not explicit and self.describes(text, trig, c_start, c_end):
            return []
        if not explicit and ADOPTED_ON.match(text, trig.start):
            return []  # "a second decision under its regime, adopted on 10 February, ...":
            # a participle adoption whose adopter the clause does not name
        if not explicit and GENERIC_SUBJECT.search(text, max(c_start, trig.start - 40), trig.start):
            return []  # "Those who introduced these restrictions ...": nobody in particular
        if not explicit and PLURAL_SUBJECT.search(text, max(c_start, trig.start - 90), trig.start):
            return []  # "Western countries have responded by coordinating their own designations"
        if not explicit and COMMENTATOR.search(text):
            return []  # "..., said an analyst at a Seoul think tank": a view, not an act
        if status == "threatened" and (
            MEASURE_EFFECT.search(text, max(c_start, trig.start - 40), trig.start)
            or GENERIC_WARNING.search(text, c_start, trig.end)
            or REQUESTED_THREAT.search(text, c_start, trig.start)
            # "Tokyo did not say whether it would follow suit": a question left open
            or OPEN_QUESTION.search(text, max(c_start, trig.start - 40), trig.start)
        ):
            return []
        if (
            status == "threatened"
            and self.context_status == "proposed"
            and PROPOSAL_GOES_ON.match(text[: trig.start])
            # "..., the Kremlin warned": another authority's threat, not the proposal's
            and not any(a[0] != self.context[-1][0] for a in acts if self.context)
        ):
            status = "proposed"  # "It would also freeze the assets of 31 firms": its content
        routine = status == "threatened" and ROUTINE_THREAT.search(text, trig.start, trig.end)
        day = clause_day(self.doc, index, c_start, c_end, trig.start)
        if (
            not acts
            and self.named[0] == index
            and PRONOUN_SUBJECT.search(text, c_start, trig.start)
        ):
            # "Since 2022 Britain has sanctioned ..., and on Thursday it added 12 more":
            # "it" is the subject named in the sentence, even one of a background act
            acts = list(self.named[1])
        if not acts and self.context and not routine:
            acts = [self.from_context(text[trig.start : trig.head_end], day, status)]
            if status == "imposed" and self.context_status == "proposed":
                status = "proposed"  # "The measures also target ...": still the proposal
        others = [t for t in self.clause_triggers if t is not trig]
        background = is_background(text, c_start, c_end, trig, others)
        if (
            not explicit
            and status == "imposed"
            and self.context_status == "lifted"
            and PASSIVE_BEFORE.search(text, c_start, trig.start)
        ):
            background = True  # "The measures were imposed during the war": being lifted
        if (
            status == "imposed"
            and not background
            and self.lifted_before(index)
            and day is None
            and not FRESH_ACT.search(text, c_start, c_end)
        ):
            # "... lifted sanctions on Syria's banks. The Treasury sanctioned them under
            # EO 13582": an undated imposition told inside a lifting story is its past
            background = True
        lead = next(
            (t for t in others if t.kind in ("impose", "weak") and t.end <= trig.start), None
        )
        # "In response to the US sanctions imposed last week, China on Tuesday added ...":
        # a subject of the trigger's own after the earlier trigger starts another act
        own_subject = lead is not None and (
            any(lead.end <= m.start < trig.start for m in chosen)
            # "Japan has joined the US, which designated them in October, in freezing
            # ...": the one who joined, before the relative clause, is its own subject
            or (
                bool(chosen)
                and all(m.end <= c_start for m in chosen)
                and JOINED_AFTER_RELATIVE.search(text, max(0, trig.start - 12), trig.start)
                is not None
            )
        )
        if lead is not None and not own_subject and in_background_phrase(text, c_start, trig):
            # "Japan imposed sanctions on Beta Corp, aligning with earlier US designations":
            # the earlier measures the act refers to, no act of their own
            return []
        # "Switzerland adopted the sanctions imposed by the EU on X": a participle with
        # its agent, right after the measures the earlier trigger takes up, tells an
        # earlier act of that agent
        # (the trigger right before, where several stand before it: "signed a decree
        # synchronizing its sanctions with those imposed by the UK")
        near = max(
            (t for t in others if t.kind in ("impose", "weak") and t.end <= trig.start),
            key=lambda t: t.end,
            default=None,
        )
        describes = (
            near is not None
            and bool(chosen)
            and MEASURES_END.search(text, near.start, near.end) is not None
            and (
                (
                    all(m.start >= trig.end for m in chosen)
                    and not text[near.end : trig.start].strip()
                )
                # "Norway adopted the sanctions the European Union imposed on X": the
                # same with the agent as the subject of a relative clause with no pronoun
                or (
                    all(near.end <= m.start and m.end <= trig.start for m in chosen)
                    and BARE_THE.fullmatch(text, near.end, chosen[0].start) is not None
                    and not text[chosen[-1].end : trig.start].strip()
                )
            )
        )
        # "signed a decree synchronising its sanctions with restrictions imposed by the
        # UK", "aligned its sanctions with restrictions imposed by the EU on X": the same,
        # the measures the nearest earlier trigger takes up named again after "with"
        describes = describes or (
            near is not None
            and bool(chosen)
            and all(m.start >= trig.end for m in chosen)
            and MEASURES_TAKEN_UP.fullmatch(text, near.end, trig.start) is not None
        )
        answered = not background and answered_reason(text, c_start, trig)
        if describes or answered:
            background = True
        if lead is not None and not background and not own_subject:
            # "have already targeted 2,500 entities through travel bans and asset
            # freezes": a later trigger of the clause describes the earlier act
            lead_others = [t for t in self.clause_triggers if t is not lead]
            background = is_background(text, c_start, c_end, lead, lead_others)
        tally = PERFECT_TALLY.search(text, max(c_start, trig.start - 30), c_end)
        if (
            tally is not None
            and tally.start("trigger") == trig.start
            and not patterns().news.search(text, c_start, c_end)
        ):
            background = True  # "Britain has sanctioned more than 450 ..., including X"
        if TALLY.search(text, c_start, c_end) or (
            background and CUMULATIVE.search(text, c_start, c_end)
        ):
            return []  # "bringing the total listed by the EU to 77": a tally, not an action
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
                optional=bool(routine) or (not explicit and status == "threatened"),
                subordinate=subordinate,
                describes=describes,
                answered=answered,
            )
            for code, dept, label in acts
        ]
        if frames and not background and status == "imposed":
            held = {f.authority for f in frames}
            for code in partners_after(text, ms, trig, c_end):
                if code not in held:
                    held.add(code)
                    frames.append(
                        dataclasses.replace(
                            frames[0], authority=code, department=None, agency=None, partner=True
                        )
                    )
        if explicit:
            self.named = (index, acts)
        news = [f for f in frames if not f.background]
        # a subordinate clause's actor ("hours after the EU imposed ...") is a side
        # remark: the context stays with the authority the text is about
        if news and (explicit or not self.context) and not (subordinate and self.context):
            if news[0].status == "threatened":
                self.threat_at.add(len(self.context))
            self.context.append((news[0].authority, news[0].department, news[0].agency))
            self.verbs.append(verb_stem(text[trig.start : trig.head_end]))
            self.days.append(day)
            self.context_status = news[0].status
        return frames

    def outside_call(
        self,
        text: str,
        ms: list[Mention],
        trig: Trigger,
        c_start: int,
        acts: list[tuple[str, str | None, str | None]],
    ) -> bool:
        """A state that asks the EU to sanction ("The Albanian government asked the
        European Union to add the group to its list", "Trump urged the EU to impose
        tariffs"): the EU proposes through its own institutions, a state's request is
        a call by a third party, no action (ANNOTATION.md), as is one by parties, groups,
        lawmakers or the European Parliament ("Opposition parties have asked the EU to
        freeze ..."). A state asking a UN committee to list is a proposal to it, as every
        member may make one."""
        if asked_body(text, trig) is None or any(code != "EU" for code, _, _ in acts):
            return False
        askers = subject_mentions(text, ms, c_start, trig.start) or leader_subjects(
            text, c_start, trig.start
        )
        if any(m.code and m.code != "EU" for m in askers):
            return True
        named = NAMED_CALLER.fullmatch(text, c_start, trig.start)
        if named is not None and not leader_subjects(text, c_start, trig.start):
            name_start, name_end = named.span("name")
            if not any(m.start <= name_start + 4 and m.end >= name_end for m in ms):
                # "Amnesty International urged ...", "RightsWatch Europe urges ...": a
                # group or firm by its own name ("The European Commission" is one whole
                # mention, its "The " aside), no authority
                return True
        # "the European Parliament", "European lawmakers": only the adjective names the EU
        return all(m.form == "adjective" for m in askers) and (
            THIRD_PARTY_CALLER.search(text, c_start, trig.start) is not None
        )

    def lifted_before(self, index: int) -> bool:
        """The story so far is a lifting: the news last found is a lifting stated in
        an earlier sentence."""
        if self.context_status != "lifted":
            return False
        lifts = [f for f in self.found if f.status == "lifted" and not f.background]
        if not lifts or lifts[-1].sentence >= index:
            return False
        # "Canada on Wednesday imposed sanctions on six individuals ..., and removed one
        # businessman": a removal joined to the same state's news listing before it is a
        # part of that story; "Anand said those listed include X" is the listing's (not
        # "..., although the committee grants them exemptions": an aside of its own)
        last = lifts[-1]
        text = self.doc.sentences[last.sentence].text
        coordinated = JOINED_LIFT.search(text, max(0, last.trigger_start - 70), last.trigger_start)
        return coordinated is None or not any(
            f.status == "imposed"
            and not f.background
            and f.sentence == last.sentence
            and f.authority == last.authority
            and f.trigger_start < last.trigger_start
            for f in self.found
        )

    def status(self, text: str, ms: list[Mention], trig: Trigger, c_start: int) -> str:
        """The status of a trigger; a later imposition in the clause with no modal
        word of its own shares the first one's ("said it would align with the EU's
        package, listing 48 individuals": the "would" is read once)."""
        imposing = ("impose", "weak")
        before = [t for t in self.clause_triggers if t.end <= trig.start]
        if not before or trig.kind not in imposing:
            return status_of(trig.kind, text, c_start, trig)
        # the words after the last trigger are this one's own
        own = status_of(trig.kind, text, before[-1].end, trig)
        lead = next((t for t in before if t.kind in imposing), None)
        if own != STATUS_OF_KIND[trig.kind] or lead is None:
            return own
        if subordinate_subjects(text, ms, before[-1].end, trig.start):
            # "Iran vowed to impose reciprocal sanctions after the EU listed 20
            # commanders": a subordinate clause with a subject of its own states a fact
            return own
        if agent_mentions(text, ms, trig, own_end(self.clause_triggers, trig, len(text))):
            # "vowed to respond to the new sanctions imposed by South Korea": a
            # participle with an agent of its own states that agent's act, as it is
            return own
        return status_of(lead.kind, text, c_start, lead)

    def describes(self, text: str, trig: Trigger, c_start: int, c_end: int) -> bool:
        """A trigger with no actor of its own that only describes: a participle
        after a sanctions noun ("the punishment imposed after the crackdown"), or
        a weak verb in a clause without a word of sanctions ("deadly attacks
        targeting the Alawite minority")."""
        head = text[trig.start : trig.head_end].lower()
        if head.endswith("ed") and REDUCED_RELATIVE.search(
            text, max(c_start, trig.start - 40), trig.start
        ):
            return True
        if trig.kind == "weak":
            return patterns().context.search(text, c_start, c_end) is None
        return False

    def note_antecedent(self, index: int, trig: Trigger) -> None:
        """The context moves to the authority that opens the sentence before as its
        subject, where this one opens on "It" or "They" as the trigger's subject ("The US
        Treasury on Tuesday took two steps against Venezuela's oil sector. It revoked
        ..."): the pronoun stands for it, not for a masthead's state or the dateline's.
        A sentence before of two clauses ("... put the text forward; it received 13
        votes") leaves the pronoun unclear."""
        text = self.doc.sentences[index].text
        if index == 0 or OPENING_PRONOUN.fullmatch(text, 0, trig.start) is None:
            return
        before = self.doc.sentences[index - 1]
        if SECOND_CLAUSE.search(before.text):
            return
        ms = self.doc.mentions[index - 1]
        start = dateline_end(before.text)
        opening = OPENING_ARTICLE.match(before.text, start)
        chosen = subject_mentions(before.text, ms, start, len(before.text))[:1]
        if not chosen or opening is None or chosen[0].start != opening.end():
            return
        for actor in self.actors(before, ms, chosen):
            if not self.context or self.context[-1] != actor:
                self.context.append(actor)
                self.verbs.append("")
                self.days.append(None)

    def with_department(
        self, actor: tuple[str, str | None, str | None]
    ) -> tuple[str, str | None, str | None]:
        """ "... sanctioned by the United States" after the State Department spoke:
        the state without a department is the department in context."""
        if actor[1] is None and self.context:
            code, department, label = self.context[-1]
            if code == actor[0] and department is not None:
                return (code, department, label)
        return actor

    def from_context(
        self, verb: str, day: date | None, status: str
    ) -> tuple[str, str | None, str | None]:
        """The context actor for a frame that names none: the latest, unless an
        earlier department of the same state acted on the day this frame names
        ("OFAC today sanctioned ...; State on Tuesday ... Those designated today
        ..."), or used the same verb ("Among those designated ...")."""
        top = len(self.context) - 1
        if status == "imposed" and top in self.threat_at:
            # "Pyongyang said it would take countermeasures. It is the first South Korean
            # designation this year": who only threatened has imposed nothing
            acted = [k for k in range(top) if k not in self.threat_at]
            # unless it names a day of its own or has "it" for subject ("Beijing vowed
            # countermeasures. On Thursday, it imposed sanctions ..."): the threatener's act
            said = self.doc.sentences[self.index].text
            pronoun = re.search(rf"\b(?:it|they)\s+(?:\w+\s+)?{re.escape(verb)}", said, re.I)
            if acted and pronoun is None and (day is None or day == self.days[acted[-1]]):
                return self.context[acted[-1]]
            # "Russia warned it would retaliate after the Japanese government froze ...
            # The measures, approved by the Cabinet on Friday, also target ...": with no
            # act in context, the act told beside the threat (in its subordinate clause)
            told = [f for f in self.found if f.status == "imposed" and f.explicit]
            if not acted and pronoun is None and told and not told[-1].background:
                return (told[-1].authority, told[-1].department, told[-1].agency)
        latest = self.context[-1]
        recent = list(zip(self.context[-3:], self.verbs[-3:], self.days[-3:], strict=True))
        same_state = [(a, v, d) for a, v, d in reversed(recent) if a[0] == latest[0]]
        if day is not None:
            dated = [a for a, _, d in same_state if d == day]
            if dated:
                return dated[0]
        stem = verb_stem(verb)
        return next((a for a, v, _ in same_state if v == stem), latest)

    def plausible(self, text: str, trig: Trigger, c_start: int) -> bool:
        """Not negated ("can't be sanctioned"), not an adjective ("a sanctioned
        group"), not part of a capitalised name ("Specially Designated Nationals")."""
        before = text[max(c_start, trig.start - 25) : trig.start]
        if patterns().negation.search(before):
            return False
        if (
            text[trig.head_end - 2 : trig.head_end] == "ed"
            and ADJECTIVE_USE.search(before)
            # "The US Treasury already sanctioned Rosneft": a verb of its subject
            and not already_verb(text, max(c_start, trig.start - 25), trig.start)
        ):
            return False
        return not (
            trig.start > 0 and text[trig.start].isupper() and not before.endswith(("“", '"'))
        )

    @staticmethod
    def back_reference(text: str, trig: Trigger) -> bool:
        """ "that listing", "those designations": a noun trigger after a distal
        demonstrative names an act already told."""
        return BACK_REFERENCE.search(text, max(0, trig.start - 7), trig.head_end) is not None

    def strong_enough(self, text: str, ms: list[Mention], trig: Trigger, c_start: int) -> bool:
        """A weak trigger ("targeted") needs sanctions words or a named actor, which may
        be the antecedent of the relative clause it opens ("... in concert with Canada,
        which on the same day listed four of the same officers", session 26)."""
        if STRICT_CONTEXT.search(text):
            return True
        return bool(
            subject_mentions(text, ms, c_start, trig.start)
            or agent_mentions(text, ms, trig, len(text))
            or (
                RELATIVE_START.search(text[max(0, c_start - 8) : c_start])
                and antecedents(text, ms, c_start)
            )
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
                self.verbs.append("")
                self.days.append(None)
            return

    @staticmethod
    def section_heading(sentence: Sentence, ms: list[Mention]) -> Mention | None:
        """The state a short heading line names, when the line is little more than
        that name ("UNITED KINGDOM — Monday", "DELISTING — NEW ZEALAND", "Australia."):
        the section heading of a roundup, not the article's title."""
        text = sentence.text
        named = [m for m in ms if m.code and m.form == "name"]
        if len(named) != 1:  # "Japan", "Japan:", "Australia.": the line is only the name
            return None
        if text[: named[0].start].rstrip().endswith("("):
            return None  # "(Türkiye)" after "... Sanayi A.Ş.": a list item's country
        if not text[: named[0].start].strip() and TOPIC_HEADING.fullmatch(text, named[0].end):
            return None  # "Myanmar: Sanctions", a debate's topic: the state is no actor
        rest = (text[: named[0].start] + " " + text[named[0].end :]).strip(" .:—–-")
        words = HEAD_WORD.findall(rest)
        if HEADING_SEPARATOR.search(text):
            # "Tuesday – Japan.", "UNITED KINGDOM — Monday": a weekly roundup heads each
            # section with its day and state; the day is no topic word
            words = [w for w in words if w.lower() not in WEEKDAYS]
        if len(words) > 2 or (words and not (sentence.headline and HEADING_SEPARATOR.search(text))):
            return None  # "Iran news", "Russia sanctions": a kicker over the story
        return named[0]

    def note_context(self, index: int) -> None:
        """A sentence that names an acting authority without a trigger moves the
        context to it ("The department said ...", "Sanctions in Australia"), unless it
        only reacts to sanctions ("Tehran has denounced the new sanctions")."""
        ms = self.doc.mentions[index]
        sentence = self.doc.sentences[index]
        text = sentence.text
        end = len(text)
        # a title is the story's headline, no section's ("US sanctions refiners" over a
        # Beijing story: the Ministry of Commerce below is China's), unless a dash sets
        # the name off ("DELISTING — NEW ZEALAND") or the line is only the name ("JAPAN")
        heading = self.section_heading(sentence, ms)
        if (
            heading is not None
            and index == 0
            and not HEADING_SEPARATOR.search(text)
            and HEAD_WORD.search(text[: heading.start] + " " + text[heading.end :])
        ):
            heading = None
        if heading is not None or sentence.headline:
            # "JAPAN", "DELISTING — NEW ZEALAND", "Australia.": a roundup's section
            # heading; an office of no named state under it is that state's (resolve),
            # though the section may as well gather targets ("2. Türkiye"); another
            # heading ("What comes next") ends the section
            self.heading = heading.code if heading is not None else None
            self.heading_at = len(self.context)
            if heading is not None and not sentence.headline:
                return
        if sentence.headline:
            # "Zelensky signs sanctions on Chinese makers, Beijing protests": a headline's
            # topic is the subject of its first clause; a leader there acts for the state
            # led (the authority is the state, ANNOTATION.md)
            cut = HEADLINE_CLAUSE.search(text)
            end = cut.start() if cut else end
            leader = leader_subjects(text, 0, min(end, 40))
            if leader and not any(m.start < leader[0].start for m in ms if m.end <= end):
                ms = [*leader, *(m for m in ms if m.start >= end)]
        # "London: The growing shadow fleet ...": a dateline place leads no topic
        chosen = [
            m
            # "MANAGUA/LONDON — The British government ...": the subject after the dateline
            for m in subject_mentions(text, ms, dateline_end(text), end)
            if (text[: m.start].strip() or not DATELINE.match(text[m.end : m.end + 40]))
            # "Tehran has denounced the new sanctions": who reacts to sanctions is not
            # who imposes the ones the next sentences speak of
            and not REACTION.match(text, m.end)
        ]
        self.credit_department(ms)
        acted = {a[0] for a in self.context}
        headline_subject = (
            bool(chosen) and sentence.headline and not text[: chosen[0].start].strip()
        )
        for code, dept, label in self.actors(self.doc.sentences[index], ms, chosen[:1]):
            # before any action, the topic leads; a headline that opens on its subject
            # outweighs the topic of a menu line above it ("National | North Korea |
            # Politics" over "Seoul imposes sanctions on North Korean bankers": the site's
            # section, not the story's actor)
            if (
                code in acted
                or not self.context
                or (headline_subject and self.menu_topic and not self.found)
            ):
                self.menu_topic = menu(text) and not self.context
                self.context.append((code, dept, label))
                self.verbs.append("")
                self.days.append(None)


def find_frames(doc: Doc) -> list[Frame]:
    finder = FrameFinder(doc)
    frames: list[Frame] = []
    for i, sentence in enumerate(doc.sentences):
        found = finder.frames_in(i, sentence)
        if found:
            frames.extend(found)
            finder.found.extend(found)
        if not found or (not finder.context and all(f.background for f in found)):
            # "Canada said in March it was looking at sanctions ... On Friday it
            # imposed them": before any news act, a background act's subject leads
            finder.note_context(i)
    # a partner whose own act the text tells, before or after, keeps that act ("froze
    # accounts of the same persons on Thursday, in coordination with Washington")
    # ... and one the text says did not act ("The US Treasury ... did not announce
    # measures of its own") has none
    frames.extend(members_named(doc, frames))
    told = {(f.authority, f.status) for f in frames if not f.partner and not f.background}
    # ... and one whose own earlier act the same sentence tells after the phrase ("in
    # coordination with the United States, which sanctioned the firm in May 2023"): the
    # coordination is with that act, already reported as background, not a new one
    return [
        f
        for f in frames
        if not (
            f.partner
            and (
                (f.authority, f.status) in told
                or f.authority in finder.abstained
                or any(
                    g.sentence == f.sentence
                    and g.authority == f.authority
                    and g.trigger_start > f.trigger_start
                    and not g.partner
                    and g.background
                    for g in frames
                )
            )
        )
    ]


def frames(doc: Doc) -> Doc:
    """Stage: find action frames."""
    doc.frames = find_frames(doc)
    return doc
