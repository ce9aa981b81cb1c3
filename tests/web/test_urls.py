"""Article URLs become links only when they are http(s) (issue 9, defect 7)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sanctionwatch.extract import extract
from sanctionwatch.model import Article
from sanctionwatch.store import get_engine, save_report
from tests.web.conftest import TestClient, make_app, soup

TEXT = (
    "The US Treasury on Tuesday sanctioned Ocean Star Shipping Ltd for carrying Iranian oil. "
    "The company is based in Dubai."
)


@pytest.mark.parametrize(
    ("url", "linked"),
    [
        ("javascript:alert(document.domain)", False),
        (" JavaScript:alert(1)", False),
        ("data:text/html,<script>alert(1)</script>", False),
        ("vbscript:msgbox(1)", False),
        ("https://home.treasury.gov/news/press-releases/jy0001", True),
        ("HTTP://example.org/a", True),
    ],
)
def test_only_web_urls_are_links(tmp_path: Path, url: str, linked: bool) -> None:
    engine = get_engine(f"sqlite:///{tmp_path / 'web.db'}")
    article = Article(id="a1", text=TEXT, title="Treasury sanctions", url=url)
    save_report(engine, extract(article), "test")
    with TestClient(make_app(engine)) as http:
        page = soup(http.get("/web/articles/a1").text)
    hrefs = [str(a.get("href")) for a in page.find_all("a")]
    assert (url in hrefs) is linked
    assert not [
        h for h in hrefs if h.strip().lower().startswith(("javascript:", "data:", "vbscript:"))
    ]
