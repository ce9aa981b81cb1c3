"""HTML character references left in scraped text ("Taiwan&rsquo;s", "Reuters &amp; ...").

Some scrapers keep the page's character references. Read as they stand they split
words ("Taiwan", "rsquo", "s") and hide the quotes and apostrophes the stages rely on,
so the text is decoded before extraction and every span found in the decoded text is
mapped back to the original: evidence still points into `article.text`.
"""

from __future__ import annotations

import dataclasses
import html
import re

from sanctionwatch.model import Action, Article, Span

# the syntax of an HTML character reference: named, decimal, hexadecimal
NAMED = r"[A-Za-z][A-Za-z0-9]{1,31}"
REFERENCE = re.compile(rf"&(?:#[0-9]{{1,7}}|#[xX][0-9a-fA-F]{{1,6}}|{NAMED});")  # mechanics


@dataclasses.dataclass(frozen=True, slots=True)
class Decoded:
    """The decoded text and, for every offset into it, the offset into the original."""

    text: str
    origin: tuple[int, ...]  # len(text) + 1 entries: an end offset maps too

    def span(self, span: Span) -> Span:
        return Span(self.origin[span.start], self.origin[span.end])


def decode(text: str) -> Decoded | None:
    """The text with its character references decoded; None when it has none."""
    if "&" not in text:
        return None
    parts: list[str] = []
    origin: list[int] = []
    last = 0
    for match in REFERENCE.finditer(text):
        char = html.unescape(match.group())
        if char == match.group():  # a name HTML does not define: keep it as text
            continue
        parts.append(text[last : match.start()])
        origin.extend(range(last, match.start()))
        parts.append(char)
        origin.extend([match.start()] * len(char))
        last = match.end()
    if not parts:
        return None
    parts.append(text[last:])
    origin.extend(range(last, len(text) + 1))
    return Decoded("".join(parts), tuple(origin))


def decoded_article(article: Article) -> tuple[Article, Decoded | None]:
    """The article to extract from, and the map back when its text was decoded."""
    decoded = decode(article.text)
    if decoded is None:
        return article, None
    return dataclasses.replace(article, text=decoded.text), decoded


def map_back(actions: list[Action], decoded: Decoded) -> None:
    """Evidence spans of actions and their targets, from the decoded text to the original."""
    for action in actions:
        action.evidence = [decoded.span(s) for s in action.evidence]
        for target in action.targets:
            target.evidence = [decoded.span(s) for s in target.evidence]
