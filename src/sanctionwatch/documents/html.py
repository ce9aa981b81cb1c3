"""Main text of an HTML page, through trafilatura."""

from __future__ import annotations

import re
from datetime import date

from sanctionwatch.exc import InputError

_HTML_START = re.compile(r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html|head|body)\b", re.I | re.S)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_START.match(text[:2048]))


def html_to_article_text(html: str, where: str) -> tuple[str, str | None, date | None]:
    """(main text, title, publication date) of a page; InputError when it has no article text."""
    import trafilatura  # a third of a second to import: only when a page is HTML

    doc = trafilatura.bare_extraction(
        html, with_metadata=True, include_comments=False, include_tables=True
    )
    text = getattr(doc, "text", None)
    if not isinstance(text, str) or not text.strip():
        raise InputError(
            where, "HTML page with no article text (only scripts, navigation or markup)"
        )
    title = getattr(doc, "title", None)
    return text, title or None, _iso_date(getattr(doc, "date", None))


def _iso_date(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
