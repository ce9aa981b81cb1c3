"""The news-side domain model: articles, and the sanctions actions reported in them.

These are plain dataclasses (fast to build in the extraction hot path); `to_dict`
gives the JSON report shape of `shared/spec/ANNOTATION.md`.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

STATUSES = ("imposed", "proposed", "threatened", "lifted")
TARGET_KINDS = ("person", "organization", "vessel", "aircraft")
MEASURES = (
    "asset_freeze",
    "travel_ban",
    "blacklist",
    "export_ban",
    "import_ban",
    "arms_embargo",
    "financial_restrictions",
    "vessel_ban",
    "other",
)


@dataclass(frozen=True, slots=True)
class Span:
    """A half-open character range [start, end) into an article's text."""

    start: int
    end: int

    def to_dict(self) -> dict[str, int]:
        return {"start": self.start, "end": self.end}


@dataclass(slots=True)
class Article:
    """One news article as read from a source: text plus what is known about it."""

    id: str
    text: str
    title: str | None = None
    published: date | None = None
    url: str | None = None
    source: str | None = None
    path: str | None = None  # where it was read from, for messages

    def header(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "source": self.source,
            "url": self.url,
        }


@dataclass(slots=True)
class Target:
    """A named party hit by an action."""

    name: str
    kind: str  # one of TARGET_KINDS
    role: str | None = None
    country: str | None = None
    aliases: list[str] = field(default_factory=list)
    imo: str | None = None
    evidence: list[Span] = field(default_factory=list)
    confidence: float | None = None  # 0-1, from the extractor's target tagger

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "country": self.country,
            "aliases": list(self.aliases),
        }
        if self.imo:
            out["imo"] = self.imo
        out["evidence"] = [s.to_dict() for s in self.evidence]
        if self.confidence is not None:
            out["confidence"] = self.confidence
        return out


def empty_counts() -> dict[str, int | None]:
    return dict.fromkeys(TARGET_KINDS)


@dataclass(slots=True)
class Action:
    """One decision by one sanctioning authority, as reported in one article."""

    authority: str
    status: str  # one of STATUSES
    agency: str | None = None
    date: date | None = None
    targets: list[Target] = field(default_factory=list)
    counts: dict[str, int | None] = field(default_factory=empty_counts)
    measures: list[str] = field(default_factory=list)
    target_countries: list[str] = field(default_factory=list)
    program: str | None = None
    reason: str | None = None
    background: bool = False
    optional: bool = False
    evidence: list[Span] = field(default_factory=list)
    confidence: float | None = None  # 0-1, how sure the extractor is of this action

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "authority": self.authority,
            "agency": self.agency,
            "status": self.status,
            "date": self.date.isoformat() if self.date else None,
            "targets": [t.to_dict() for t in self.targets],
            "counts": {k: self.counts.get(k) for k in TARGET_KINDS},
            "measures": list(self.measures),
            "target_countries": list(self.target_countries),
            "program": self.program,
            "reason": self.reason,
            "background": self.background,
            "optional": self.optional,
            "evidence": [s.to_dict() for s in self.evidence],
        }
        if self.confidence is not None:
            out["confidence"] = self.confidence
        return out


@dataclass(slots=True)
class Report:
    """What extraction found in one article."""

    article: Article
    actions: list[Action] = field(default_factory=list)

    def at_least(self, confidence: float) -> Report:
        """The report without the actions and targets scored below `confidence`
        (facts with no score are kept)."""

        def sure(value: float | None) -> bool:
            return value is None or value >= confidence

        actions = [
            dataclasses.replace(a, targets=[t for t in a.targets if sure(t.confidence)])
            for a in self.actions
            if sure(a.confidence)
        ]
        return Report(article=self.article, actions=actions)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.header(),
            "actions": [a.to_dict() for a in self.actions],
        }
