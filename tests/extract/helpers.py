"""What the short texts of the extraction tests are read into."""

from datetime import date

from sanctionwatch.extract import extract
from sanctionwatch.model import Article

PUBLISHED = date(2025, 3, 4)


def authorities(text: str, published: date = PUBLISHED) -> dict[str, set[str]]:
    """authority -> names of its targets, over the imposed actions."""
    report = extract(Article(id="t", text=text, published=published))
    out: dict[str, set[str]] = {}
    for a in report.actions:
        if a.status == "imposed":
            out.setdefault(a.authority, set()).update(t.name for t in a.targets)
    return out
