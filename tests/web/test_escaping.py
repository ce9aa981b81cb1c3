"""Names from news and lists are hostile input: every page shows them as text."""

from __future__ import annotations

import pytest

from tests.web.conftest import ATTR, HOSTILE, SCRIPT, TestClient, kr_event_id, soup


def _pages(client: TestClient) -> list[str]:
    event = kr_event_id(client)
    return [
        "/",
        "/web/events",
        f"/web/events?q={SCRIPT}",
        f"/web/events/{event}",
        "/web/articles/kr-a",
        "/web/entity?name=Kim+Yong-bok",
        f"/web/entity?name={SCRIPT}",
        "/web/entity?id=demo-evil",
        "/web/lists/demo",
        f"/web/events/{ATTR}",
        f"/web/entity?id={ATTR}",
    ]


def _assert_inert(html: str) -> None:
    page = soup(html)
    for script in page.find_all("script"):
        assert script.get("src") or script.get("type") == "application/json", script
        assert "alert(1)" not in str(script.get("src"))
        assert "</script" not in script.text
    assert page.find("img") is None
    assert not [tag for tag in page.find_all(True) if any(a.startswith("on") for a in tag.attrs)]


def test_hostile_names_render_inert(client: TestClient) -> None:
    for path in _pages(client):
        response = client.get(path)
        assert response.status_code < 500, path
        _assert_inert(response.text)


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_names_are_shown_as_text(client: TestClient, name: str) -> None:
    page = soup(client.get(f"/web/events/{kr_event_id(client)}").text)
    assert name in [a.text for a in page.select("a.fact")]
    assert name in [m.text for m in page.select("mark.ev-name")]
    entity = soup(client.get("/web/entity", params={"id": "demo-evil"}).text)
    assert SCRIPT in entity.h1.text
    assert ATTR in entity.select_one("dl.props").text
