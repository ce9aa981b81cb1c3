"""What an analyst sees on each page, read from the HTML the server sends."""

from __future__ import annotations

import json

import pytest

from tests.web.conftest import ATTR, SCRIPT, TestClient, kr_event_id, soup


def test_home_has_the_timeline_chart_and_its_table(client: TestClient) -> None:
    page = soup(client.get("/").text)
    assert page.select_one("canvas#timeline") is not None
    data = json.loads(page.select_one("#timeline-data").text)
    assert {"US", "KR"} <= set(data["series"])
    assert all(len(v) == len(data["months"]) for v in data["series"].values())
    rows = {tr.th.text: tr for tr in page.select("table.matrix tbody tr")}
    assert "KR" in rows
    assert page.select_one('script[src$="vendor/chart.umd.min.js"]') is not None


def test_home_filters_by_status(client: TestClient) -> None:
    page = soup(client.get("/", params={"status": "lifted"}).text)
    data = json.loads(page.select_one("#timeline-data").text)
    assert set(data["series"]) == {"US"}  # only Tornado Cash was lifted
    assert page.select_one("#timeline-status option[selected]")["value"] == "lifted"


def _titles(client: TestClient, **params: str) -> list[str]:
    page = soup(client.get("/web/events", params=params).text)
    return [a.text for a in page.select("#events-table tbody td a")]


def test_events_table_lists_every_event_newest_first(client: TestClient) -> None:
    page = soup(client.get("/web/events").text)
    dates = [td.text for td in page.select("#events-table td.date")]
    dated = [d for d in dates if d != "undated"]
    assert dated == sorted(dated, reverse=True)
    assert dates[len(dated) :] == ["undated"] * (len(dates) - len(dated))  # undated last
    assert page.select_one("#events-summary").text.startswith(f"{len(dates)} events")


FILTERS = [
    ({"authority": "KR"}, ["KR imposed"]),
    ({"status": "lifted"}, ["US lifted — Tornado Cash"]),
    ({"kind": "vessel"}, []),
    ({"country": "kp"}, ["KR imposed: DPRK"]),
    ({"program": "14024"}, ["Rosneft", "Gazprom Neft"]),
    ({"listed": "listed"}, ["KR imposed: DPRK", "Rosneft"]),
    ({"q": "tornado"}, ["Tornado Cash"]),
    ({"since": "2025-01-01", "until": "2025-06-30", "status": "imposed"}, ["Gazprom Neft"]),
]


@pytest.mark.parametrize(("params", "expected"), FILTERS)
def test_events_filters(client: TestClient, params: dict[str, str], expected: list[str]) -> None:
    titles = _titles(client, **params)
    assert len(titles) == len(expected), titles
    for title, part in zip(sorted(titles), sorted(expected), strict=True):
        assert part in title or any(part in t for t in titles)


def test_unlisted_is_the_complement_of_listed(client: TestClient) -> None:
    every = set(_titles(client))
    listed, unlisted = (
        set(_titles(client, listed="listed")),
        set(_titles(client, listed="unlisted")),
    )
    assert listed | unlisted == every and not listed & unlisted


def test_events_filter_form_keeps_its_values(client: TestClient) -> None:
    page = soup(client.get("/web/events", params={"q": "kim", "country": "KP"}).text)
    form = page.select_one("#event-filters")
    assert form.select_one('input[name="q"]')["value"] == "kim"
    assert form.select_one('input[name="country"]')["value"] == "KP"


BAD = [
    ("/web/events?since=yesterday", 400, "since: 'yesterday' is not a date; use YYYY-MM-DD"),
    ("/web/events?until=2025-13-01", 400, "until: '2025-13-01' is not a date"),
    ("/web/events?since=2025-02-01&until=2025-01-01", 400, "since is after until"),
    ("/web/events?status=banned", 400, "status: 'banned' is not one of imposed"),
    ("/web/events?kind=ship", 400, "kind: 'ship' is not one of person"),
    ("/web/events?country=Russia", 400, "not a two-letter ISO code"),
    ("/web/events?listed=maybe", 400, "listed: 'maybe' is not one of listed, unlisted"),
    ("/web/events?page=0", 400, "page: '0' is not a whole number from 1 to 100,000"),
    # Past the store's integers (a 500 once), and past Python's int() digit limit.
    ("/web/events?page=" + "9" * 19, 400, "is not a whole number from 1 to 100,000"),
    ("/web/events?page=" + "9" * 5000, 400, "is not a whole number from 1 to 100,000"),
    ("/web/events?page=-3", 400, "page: '-3' is not a whole number"),
    ("/web/events?per_page=7", 400, "per_page: '7' is not one of 25, 50, 100"),
    ("/web/events?q=" + "x" * 300, 400, "q: longer than 200 characters"),
    ("/?status=maybe", 400, "status: 'maybe' is not one of"),
    ("/web/events/ev-unknown", 404, "No event has the id 'ev-unknown'"),
    ("/web/articles/no-such-article", 404, "No article has id 'no-such-article'"),
    ("/web/entity", 400, "Give a name from the news"),
    ("/web/entity?id=no-such-entity", 404, "No current list has 'no-such-entity'"),
    ("/web/entity?name=" + "x" * 400, 400, "at most 300"),
    ("/web/lists/no-such-list", 404, "No list named 'no-such-list' is loaded"),
]


@pytest.mark.parametrize(("path", "status", "message"), BAD)
def test_bad_requests_get_a_page_that_says_what_to_fix(
    client: TestClient, path: str, status: int, message: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    box = soup(response.text).select_one(".error-box")
    assert box is not None and message in box.text
    assert soup(response.text).select_one("nav a") is not None  # the page, not a bare error


EMPTY = [
    ("/web/events?q=nothing-like-this", "No events match these filters"),
    ("/web/events?page=99", "No events match these filters"),
    ("/web/entity?name=Nobody+Anywhere", "No news article names this party"),
    ("/web/entity?name=Nobody+Anywhere", "No links to list entities yet"),
    ("/web/entity?name=Lukoil", "No links to list entities yet"),
    ("/web/entity?id=demo-acme", "No news article names this party"),
    ("/?status=proposed", "No dated actions with status proposed"),
]


@pytest.mark.parametrize(("path", "message"), EMPTY)
def test_empty_results_say_so(client: TestClient, path: str, message: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert message in " ".join(e.text for e in soup(response.text).select(".empty"))


def test_event_page_shows_reports_side_by_side_and_disagreements(client: TestClient) -> None:
    page = soup(client.get(f"/web/events/{kr_event_id(client)}").text)
    reports = page.select(".reports > article.report")
    assert len(reports) == 3
    rows = page.select(".disagreements tbody tr")
    fields = {tr.th.text for tr in rows if tr.th}
    assert "count.person" in fields
    values = {tr.select("td")[0].text for tr in rows}
    assert {"11", "12", "Kim Yong-bok", "Kim Yong Bok"} <= values


def test_every_fact_links_to_its_marked_evidence(client: TestClient) -> None:
    page = soup(client.get(f"/web/events/{kr_event_id(client)}").text)
    facts = page.select("a.fact")
    assert facts
    for fact in facts:
        mark = page.find(id=str(fact["href"])[1:])
        assert mark is not None and mark.name == "mark", fact
    kim = next(a for a in facts if a.text == "Kim Yong-bok")
    target = page.find(id=str(kim["href"])[1:])
    assert target.text == "Kim Yong-bok" and "ev-name" in target["class"]
    assert target.find_parent("mark", class_="ev-sentence") is not None


def test_article_page_marks_the_evidence(client: TestClient) -> None:
    page = soup(client.get("/web/articles/us-rosneft-lukoil").text)
    names = [m.text for m in page.select(".text mark.ev-name")]
    assert "Rosneft" in names and "Lukoil" in names
    assert page.select_one(".text mark.ev-sentence") is not None
    for fact in page.select("a.fact"):
        assert page.find(id=str(fact["href"])[1:]) is not None


def test_entity_page_by_name(client: TestClient) -> None:
    page = soup(client.get("/web/entity", params={"name": "Kim Yong Bok"}).text)
    mentions = page.select("#mentions tbody tr")
    assert len(mentions) == 2  # both spellings
    [link] = page.select("#links tbody tr")
    assert "0.93" in link.text and "name_match" in link.text
    assert "Kim Yong Bok" in page.select_one("#records h3").text
    graph = json.loads(page.select_one("#entity-graph-data").text)
    labels = {n["label"] for n in graph["nodes"]}
    assert SCRIPT in labels and ATTR in labels
    assert [n["label"] for n in graph["nodes"] if n["focus"]] in (
        ["Kim Yong-bok"],
        ["Kim Yong Bok"],
    )


def test_entity_page_by_list_id(client: TestClient) -> None:
    page = soup(client.get("/web/entity", params={"id": "demo-rosneft"}).text)
    assert page.h1.text == "Rosneft"
    assert page.select("#mentions tbody tr")
    assert "0.99" in page.select_one("#links tbody").text
    graph = json.loads(page.select_one("#entity-graph-data").text)
    assert {"Rosneft", "Lukoil"} <= {n["label"] for n in graph["nodes"]}


def test_lists_page_and_latest_diff(client: TestClient) -> None:
    page = soup(client.get("/web/lists").text)
    [row] = page.select("#lists-table tbody tr")
    assert row.a.text == "demo" and "4" in row.text
    detail = soup(client.get(row.a["href"]).text)
    assert len(detail.select("#versions-table tbody tr")) == 2
    assert "1 → 2: 2 added, 1 removed, 1 changed" in detail.select_one("#diff-summary").text
    assert "Old Trading Co" in detail.select_one(".diff-removed").text


def test_screen_page_posts_to_the_match_endpoint(client: TestClient) -> None:
    page = soup(client.get("/web/screen").text)
    form = page.select_one("#screen-form")
    assert form["data-endpoint"] == "/match/default"
    assert page.select_one('script[src$="screen.js"]') is not None


def test_pages_forbid_inline_script(client: TestClient) -> None:
    csp = client.get("/").headers["content-security-policy"]
    script_src = next(d for d in csp.split(";") if d.strip().startswith("script-src"))
    assert script_src.strip() == "script-src 'self'"


def test_static_files_are_served(client: TestClient) -> None:
    for name in ("app.css", "timeline.js", "graph.js", "screen.js"):
        assert client.get(f"/web/static/{name}").status_code == 200
