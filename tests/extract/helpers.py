"""What the short texts of the extraction tests are read into."""

from datetime import date

from sanctionwatch.extract import extract
from sanctionwatch.extract.learn.models import Models
from sanctionwatch.extract.names import find_names
from sanctionwatch.model import Action, Article

PUBLISHED = date(2025, 3, 4)
FRIDAY = date(2025, 3, 14)
THURSDAY = date(2026, 12, 3)


def rules_actions(text: str, published: date | None = FRIDAY) -> list[Action]:
    """The actions the rules alone find in `text` (no learned model over them)."""
    return extract(Article(id="t", text=text, published=published), models=Models.empty()).actions


def imposed_days(text: str, published: date) -> list[tuple[str, str | None]]:
    """(authority, ISO date or None) of each news imposition the rules alone find."""
    return [
        (a.authority, a.date.isoformat() if a.date else None)
        for a in rules_actions(text, published)
        if a.status == "imposed" and not a.background
    ]


def rules_statuses(text: str) -> list[tuple[str, str]]:
    """(authority, status) of each action the rules alone find in `text`, in order."""
    return [(a.authority, a.status) for a in rules_actions(text)]


def names(text: str) -> list[str]:
    """The names found in `text`, descriptors ("three of its banks") left out."""
    return [n.text for n in find_names(text) if not n.descriptor]


def authorities(text: str, published: date = PUBLISHED) -> dict[str, set[str]]:
    """authority -> names of its targets, over the imposed actions."""
    report = extract(Article(id="t", text=text, published=published))
    out: dict[str, set[str]] = {}
    for a in report.actions:
        if a.status == "imposed":
            out.setdefault(a.authority, set()).update(t.name for t in a.targets)
    return out


def acts(text: str, published: date = PUBLISHED) -> set[tuple[str, str]]:
    """(authority, status) of every action found in `text`."""
    report = extract(Article(id="t", text=text, published=published))
    return {(a.authority, a.status) for a in report.actions}


def targets_of(text: str, published: date = PUBLISHED) -> dict[str, set[str]]:
    """authority -> names of its targets, over every action found in `text`."""
    report = extract(Article(id="t", text=text, published=published))
    out: dict[str, set[str]] = {}
    for a in report.actions:
        out.setdefault(a.authority, set()).update(t.name for t in a.targets)
    return out


def news_targets(actions: list[Action]) -> dict[str, list[str]]:
    """authority -> target names (in order) of the imposed actions that are news."""
    out: dict[str, list[str]] = {}
    for a in actions:
        if a.status == "imposed" and not a.background:
            out.setdefault(a.authority, []).extend(t.name for t in a.targets)
    return out


def rules_news(text: str, published: date) -> dict[str, list[str]]:
    """`news_targets` of what the rules alone find."""
    return news_targets(rules_actions(text, published))


def shipped_news(text: str, published: date) -> dict[str, list[str]]:
    """`news_targets` with the shipped models over the rules."""
    return news_targets(extract(Article(id="t", text=text, published=published)).actions)


def news_actions(text: str, published: date = THURSDAY) -> list[Action]:
    """The news impositions and proposals the rules alone find."""
    return [
        a
        for a in rules_actions(text, published)
        if a.status in ("imposed", "proposed") and not a.background
    ]


def known_counts(action: Action) -> dict[str, int]:
    """An action's counts that are set."""
    return {k: v for k, v in action.counts.items() if v is not None}
