"""The state that flows through the extraction stages.

A `Doc` starts as an article and gains, stage by stage, junk regions, sentences,
mentions, frames and finally actions. Every position is a character offset into
the original `article.text`: no stage rewrites the text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sanctionwatch.model import Action, Article, Span


@dataclass(slots=True)
class Sentence:
    start: int
    end: int
    text: str  # article.text[start:end], kept for speed
    headline: bool = False  # a title or heading line: weak evidence
    item: bool = False  # a bullet line of a list

    def span(self) -> Span:
        return Span(self.start, self.end)


@dataclass(slots=True)
class Mention:
    """A country, authority or agency named in a sentence."""

    start: int  # offsets relative to the sentence
    end: int
    text: str
    code: str | None  # ISO code or EU/UN/G7; None for an agency without qualifier
    form: str  # "name", "adjective", "people" or "agency"
    department: str | None = None
    label: str | None = None


@dataclass(slots=True)
class Name:
    """A capitalised name that may be a target."""

    start: int  # relative to the sentence
    end: int
    text: str
    kind: str  # person, organization, vessel, aircraft
    aliases: list[str] = field(default_factory=list)
    imo: str | None = None
    descriptor: bool = False  # a title or organisation that only describes the next name


@dataclass(slots=True)
class Frame:
    """One statement of an action by one authority in one sentence."""

    sentence: int  # index into Doc.sentences
    authority: str
    status: str
    trigger_start: int  # relative to the sentence
    trigger_end: int
    clause_start: int
    clause_end: int
    department: str | None = None
    agency: str | None = None
    background: bool = False
    optional: bool = False
    explicit: bool = True  # the clause names the authority (not taken from context)
    # its actor is the subject of a subordinate clause ("hours after the EU imposed ...")
    subordinate: bool = False
    # a participle that describes the measures another trigger of the clause takes up
    # ("Switzerland adopted the sanctions imposed by the EU on X"): X is both acts'
    describes: bool = False
    # a trigger inside the reason a counter-measure answers ("in response to sanctions
    # imposed by Canberra"): the earlier act it tells has no day of the sentence's own
    answered: bool = False
    # a state the act is taken "in coordination with", named after the trigger: it
    # acts only if the text tells no act of its own (frames.find_frames)
    partner: bool = False
    action: int | None = None  # index into Doc.actions once assembled


@dataclass(slots=True)
class Doc:
    article: Article
    published: date | None = None
    # the day "today" and "on Tuesday" count from: the page's own stamp when the
    # publication date given with it is a day or so later (a mirror, a feed), else that
    today: date | None = None
    junk: list[tuple[int, int]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[list[Mention]] = field(default_factory=list)  # per sentence
    names: list[list[Name]] = field(default_factory=list)  # per sentence
    frames: list[Frame] = field(default_factory=list)
    actions: list[Action] = field(default_factory=list)
    dates: dict[int, list[Any]] = field(default_factory=dict)  # per-sentence cache
    action_frames: list[list[Frame]] = field(default_factory=list)  # per action, its frames
    # id() of an action -> a count's kind -> where the names a joiner set beside that
    # count stand, and how many of the action's targets stood there (assembly.settle_joined)
    joined: dict[int, dict[str, tuple[int, int, int]]] = field(default_factory=dict)
    models: Any = None  # learn.models.Models; None: the shipped ones
    story: Any = None  # actors.StoryHome, built on first use (mentions and frames ask)

    @property
    def text(self) -> str:
        return self.article.text
