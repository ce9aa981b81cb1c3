"""Article text with evidence spans marked: a tree of plain strings and marks.

Templates render the tree with autoescaping, so no text from an article ever
becomes markup. Each mark carries an anchor id built from its offsets, which
is how a fact on the page links to the sentence that states it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Highlight:
    """A span to mark: [start, end) into the text, with a CSS class and a tooltip."""

    start: int
    end: int
    kind: str  # "sentence" (an action's evidence) or "name" (a target's)
    label: str = ""


@dataclass
class Mark:
    anchor: str
    kind: str
    label: str
    children: list[str | Mark] = field(default_factory=list)


def anchor(prefix: str, start: int, end: int) -> str:
    """The element id of the span [start, end) in the article shown under `prefix`."""
    return f"{prefix}s{start}-{end}"


def _clean(spans: Iterable[Highlight], size: int) -> list[Highlight]:
    """Spans clipped to the text, empty ones dropped, one per offset pair; outer first."""
    seen: dict[tuple[int, int], Highlight] = {}
    for s in spans:
        start, end = max(0, s.start), min(size, s.end)
        if start < end and (start, end) not in seen:
            seen[(start, end)] = Highlight(start, end, s.kind, s.label)
    return sorted(seen.values(), key=lambda s: (s.start, -s.end))


def mark_text(text: str, spans: Iterable[Highlight], prefix: str = "") -> list[str | Mark]:
    """`text` as a tree in which every span is a Mark; a span crossing its parent's
    end is cut there, so marks always nest."""
    root: list[str | Mark] = []
    stack: list[tuple[list[str | Mark], int]] = [(root, len(text))]
    pos = 0
    for span in _clean(spans, len(text)):
        while span.start >= stack[-1][1]:
            pos = _close(text, stack, pos)
        end = min(span.end, stack[-1][1])
        _emit(text, stack[-1][0], pos, span.start)
        mark = Mark(anchor(prefix, span.start, span.end), span.kind, span.label)
        stack[-1][0].append(mark)
        stack.append((mark.children, end))
        pos = span.start
    while len(stack) > 1:
        pos = _close(text, stack, pos)
    _emit(text, root, pos, len(text))
    return root


def _close(text: str, stack: list[tuple[list[str | Mark], int]], pos: int) -> int:
    children, end = stack.pop()
    _emit(text, children, pos, end)
    return end


def _emit(text: str, into: list[str | Mark], start: int, end: int) -> None:
    if start < end:
        into.append(text[start:end])
