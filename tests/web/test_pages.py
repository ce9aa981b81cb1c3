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
    # Unicode digits pass str.isdigit() but not int() (a 500 once, found by Hypothesis).
    ("/web/events?page=%C2%B2", 400, "page: '²' is not a whole number"),
    ("/web/events?per_page=%D9%A3", 400, "per_page: '٣' is not a whole number"),
    ("/web/events?per_page=500", 400, "per_page: 500 is more than 200"),
    ("/web/events?per_page=many", 400, "per_page: 'many' is not a whole number"),
    ("/web/events?page=99", 404, "Page 99 is past the last page"),
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
    ("/web/entity?name=Nobody+Anywhere", "No news article names this party"),
    ("/web/entity?name=Nobody+Anywhere", "No list entity matches this party"),
    ("/web/entity?name=Lukoil", "No list entity matches this party"),
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
    assert {"Number of people", "Spelling of a target"} <= fields  # not count.person
    assert "count." not in page.select_one(".disagreements").text
    values = {tr.select("td")[0].text for tr in rows}
    assert {"11", "12", "Kim Yong-bok", "Kim Yong Bok"} <= values
    sources = {a.text for a in page.select(".disagreements td a")}
    assert {"Seoul sanctions (kr-a)", "Seoul sanctions (kr-b)"} <= sources  # titles, not ids


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
    [link] = page.select("#links tbody tr")  # one row per entity; Kim Yong Su (0.57) is no match
    assert "0.93" in link.text and "Same name" in link.text
    assert "name_match" not in link.text and "{" not in link.text
    assert "Kim Yong Su" not in page.select_one("#links").text
    [profile] = page.select("#records .profile")  # demo-kim and other-kim: one party
    assert "Kim Yong Bok" in profile.h3.text
    assert "One party on 2 lists (2 entries): demo, other" in profile.text
    listings = [tr.text for tr in profile.select("table.listings tbody tr")]
    assert "DPRK3" in listings[0] and "2024-12-20" in listings[0]
    assert "UK DPRK" in listings[1] and "2025-01-10" in listings[1]
    assert "the same name and birth date" in profile.select_one(".why-joined").text
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
    assert page.select_one("#records .listings-none") is not None  # no Sanction for it
    graph = json.loads(page.select_one("#entity-graph-data").text)
    assert {"Rosneft", "Lukoil"} <= {n["label"] for n in graph["nodes"]}


def test_lists_page_and_latest_diff(client: TestClient) -> None:
    page = soup(client.get("/web/lists").text)
    row = next(tr for tr in page.select("#lists-table tbody tr") if tr.a.text == "demo")
    assert "6" in row.text
    detail = soup(client.get(row.a["href"]).text)
    assert len(detail.select("#versions-table tbody tr")) == 2
    # demo-kim's new Sanction is a change of demo-kim (a listing), not a captionless add
    assert "1 → 2: 3 added, 1 removed, 2 changed" in detail.select_one("#diff-summary").text
    changed = {
        tr.th.text: (tr.select_one("td.old").text, tr.select_one("td.new").text)
        for tr in detail.select(".diff-changed tbody tr")
    }
    assert changed["Country"] == ("ru", "ae; ru")
    assert changed["Programme"] == ("—", "DPRK3")
    assert changed["Listing date"] == ("—", "2024-12-20")
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


def test_timeline_axis_has_every_month_and_undated_actions_are_counted(
    client: TestClient, engine: object
) -> None:
    from sqlalchemy import func, select

    from sanctionwatch.store.tables import actions

    page = soup(client.get("/").text)
    months = json.loads(page.select_one("#timeline-data").text)["months"]
    steps = [(int(m[:4]) * 12 + int(m[5:])) for m in months]
    assert steps == list(range(steps[0], steps[0] + len(steps)))  # no month skipped
    with engine.connect() as conn:  # type: ignore[attr-defined]
        undated = conn.scalar(
            select(func.count()).where(actions.c.date.is_(None), actions.c.background.is_(False))
        )
    assert undated  # the fixture has undated actions, so the bucket is exercised
    assert page.select_one("#undated-total").text == str(undated)
    assert f"{undated} undated" in page.select_one("#timeline-summary").text


def test_untitled_article_shows_its_opening_words(client: TestClient, engine: object) -> None:
    from sanctionwatch.model import Article, Report
    from sanctionwatch.store import save_report

    text = "Canberra froze the assets of three shipping firms on Monday, officials said."
    save_report(engine, Report(Article(id="0f3a9c", text=text, source="abc.net.au"), []), "t")
    page = soup(client.get("/web/articles/0f3a9c").text)
    assert page.h1.text.startswith("“Canberra froze the assets")
    assert "abc.net.au" in page.h1.text and "0f3a9c" not in page.h1.text


def test_header_search_finds_list_parties_not_in_the_news(client: TestClient) -> None:
    page = soup(client.get("/web/entity", params={"name": "Trading Acme"}).text)
    assert "Acme Trading LLC" in page.select_one("#records").text


@pytest.mark.parametrize(
    ("params", "added", "changed"),
    [
        ({"country": "AE"}, [], ["Acme Trading LLC"]),
        ({"program": "dprk"}, [], ["Kim Yong Bok"]),
        ({"schema": "Person"}, [SCRIPT, "Kim Yong Su"], ["Kim Yong Bok"]),
    ],
)
def test_list_diff_filters(
    client: TestClient, params: dict[str, str], added: list[str], changed: list[str]
) -> None:
    page = soup(client.get("/web/lists/demo", params=params).text)
    assert sorted(a.text for a in page.select(".diff-added tbody a")) == sorted(added)
    assert [a.text for a in page.select(".diff-changed tbody a")] == changed
    csv_href = page.select_one("#diff-csv")["href"]
    assert all(f"{k}={v}" in csv_href for k, v in params.items())  # downloads keep the filter


def test_list_diff_downloads(client: TestClient) -> None:
    import csv
    import io

    response = client.get("/web/lists/demo/diff.csv")
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    kinds = [r["change"] for r in rows]
    assert kinds.count("added") == 3 and kinds.count("removed") == 1
    acme = [r for r in rows if r["id"] == "demo-acme"]
    assert [(r["field"], r["old"], r["new"]) for r in acme] == [("country", "ru", "ae; ru")]
    body = client.get("/web/lists/demo/diff.json", params={"schema": "Company"}).json()
    assert [r["id"] for r in body["added"]] == ["demo-rosneft"]
    assert body["filters"] == {"schema": "Company"}
    assert client.get("/web/lists/demo/diff.xml").status_code == 404
    assert client.get("/web/lists/demo", params={"country": "Russia"}).status_code == 400


def test_watch_page_lists_parties_hits_and_changes(client: TestClient, engine: object) -> None:
    from sanctionwatch.store.watch import Hit, add_party, record_hits

    party = add_party(engine, "Ocean Star", schema="Vessel", imo="9113379")  # type: ignore[arg-type]
    record_hits(engine, party.pk, [Hit("demo-acme", "Acme Trading LLC", "demo", 0.81)])  # type: ignore[arg-type]
    page = soup(client.get("/web/watch").text)
    [row] = page.select("#watch-parties tbody tr")
    assert "Ocean Star" in row.text and "9113379" in row.text and "Acme Trading LLC" in row.text
    [change] = page.select("#watch-changes tbody tr")
    assert "new hit" in change.text and "Ocean Star" in change.text


def test_reviews_page_lists_decisions(client: TestClient, engine: object) -> None:
    from sanctionwatch.store.reviews import record_review, subject_key

    subject = subject_key(["Kim Yong Bok"], "Person")
    record_review(engine, subject, "demo-kimsu", "dismissed", reason="born 1950", user="ana")  # type: ignore[arg-type]
    page = soup(client.get("/web/reviews").text)
    [row] = page.select("#reviews-table tbody tr")
    assert "dismissed" in row.text and "born 1950" in row.text and "ana" in row.text
    assert "yes" in row.text  # the record has not changed since
