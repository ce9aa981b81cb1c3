"""The pages in a real browser: headless Chromium driven by Playwright.

The app is the API's `create_app` with the pages mounted, served by uvicorn on
127.0.0.1 in a thread over the store of conftest.py. One server uses the test
stand-in scorer (screening answers); one uses the default matcher factory,
which answers 503 until the screening package is wired in (the error path).
Chromium is Debian's (SANCTIONWATCH_TEST_CHROMIUM, default /usr/bin/chromium;
`scripts/test-browser.sh` installs it); the tests skip without it, except
under CI=true. Screenshots go to $SANCTIONWATCH_SCREENSHOTS (default /tmp).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from playwright.sync_api import Browser, Page, expect, sync_playwright
from sqlalchemy import Engine

from sanctionwatch.api import create_app
from tests.api.conftest import serve
from tests.web.conftest import ATTR, SCRIPT

pytestmark = pytest.mark.browser

CHROMIUM = Path(os.environ.get("SANCTIONWATCH_TEST_CHROMIUM") or "/usr/bin/chromium")
SHOTS = Path(os.environ.get("SANCTIONWATCH_SCREENSHOTS", "/tmp"))
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _no_matcher(entities: object) -> None:
    """A server whose screening index is unavailable: /match answers 503."""
    return None


def _app(engine: Engine, *, scorer: bool) -> FastAPI:
    kwargs = {} if scorer else {"matcher_factory": _no_matcher}
    return create_app(engine, refresh_seconds=0, **kwargs)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing; run scripts/test-browser.sh")
        pytest.skip(f"{CHROMIUM} is missing; run scripts/test-browser.sh")
    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def base_url(engine: Engine) -> Iterator[str]:
    with serve(_app(engine, scorer=True)) as url:
        yield url


@pytest.fixture(scope="module")
def bare_url(engine: Engine) -> Iterator[str]:
    with serve(_app(engine, scorer=False)) as url:
        yield url


@pytest.fixture
def problems() -> list[str]:
    """What went wrong in the page: script errors, dialogs, console errors, outside requests."""
    return []


@pytest.fixture
def page(browser: Browser, problems: list[str]) -> Iterator[Page]:
    """A fresh page that fails the test on anything in `problems`."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.on("pageerror", lambda err: problems.append(f"script error: {err}"))
    tab.on("dialog", lambda d: problems.append(f"dialog opened: {d.message}"))
    tab.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    tab.on(
        "request",
        lambda r: None if r.url.startswith("http://127.0.0.1") else problems.append(r.url),
    )
    yield tab
    context.close()
    assert not problems


def _shot(page: Page, name: str) -> None:
    page.screenshot(path=str(SHOTS / f"sanctionwatch-{name}.png"), full_page=True)


def test_timeline_draws_and_filters_by_status(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    expect(page.locator("canvas#timeline")).to_have_attribute("data-drawn", "true")
    _shot(page, "home")
    page.select_option("#timeline-status", "lifted")
    expect(page).to_have_url(re.compile(r"status=lifted"))
    expect(page.locator("canvas#timeline")).to_have_attribute("data-drawn", "true")


def test_filter_events_and_follow_a_fact_to_its_sentence(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/events")
    rows = page.locator("#events-table tbody tr")
    expect(rows.first).to_be_visible()
    page.select_option("select[name=authority]", "KR")
    page.fill("input[name=country]", "KP")
    page.click("#event-filters button[type=submit]")
    expect(page.locator("#events-summary")).to_contain_text("1 event")
    _shot(page, "events")
    page.locator("#events-table tbody a").click()
    expect(page.locator(".reports > article.report")).to_have_count(3)
    expect(page.locator(".disagreements")).to_contain_text("Number of people")
    page.locator(".reports a.fact", has_text="Kim Yong-bok").click()
    target = page.locator("mark:target")
    expect(target).to_have_text("Kim Yong-bok")
    expect(target).to_be_in_viewport()
    expect(page.locator("#event-graph")).to_have_attribute("data-drawn", re.compile(r"[1-9]"))
    _shot(page, "event")


def test_hostile_names_show_as_text(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/entity?id=demo-evil")
    expect(page.locator("h1")).to_have_text(SCRIPT)
    expect(page.locator("dl.props")).to_contain_text(ATTR)
    assert page.locator("img").count() == 0
    page.goto(base_url + "/web/articles/kr-a")
    expect(page.locator("mark.ev-name", has_text=ATTR)).to_have_count(1)


def test_entity_page_draws_the_network(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/entity?name=Rosneft")
    expect(page.locator("#links")).to_contain_text("0.99")
    expect(page.locator("#entity-graph")).to_have_attribute("data-drawn", re.compile(r"[2-9]"))
    _shot(page, "entity")


def test_lists_page_shows_versions_and_diff(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/lists")
    page.click("#lists-table a")
    expect(page.locator("#versions-table tbody tr")).to_have_count(2)
    expect(page.locator("#diff-summary")).to_contain_text("3 added, 1 removed, 2 changed")
    _shot(page, "list")


def test_screening_shows_ranked_hits(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/screen")
    page.fill("#screen-name", "Kim Yong Bok")
    page.click("#screen-form button[type=submit]")
    hits = page.locator("#screen-results li.hit")
    expect(hits.first).to_contain_text("Kim Yong Bok")
    expect(page.locator("#screen-status")).to_contain_text("best first")
    expect(hits.first.locator(".features")).to_contain_text("name_match")
    _shot(page, "screen")


def test_screening_says_clearly_when_the_api_cannot_match(
    page: Page, bare_url: str, problems: list[str]
) -> None:
    page.goto(bare_url + "/web/screen")
    page.fill("#screen-name", "Kim Yong Bok")
    page.click("#screen-form button[type=submit]")
    status = page.locator("#screen-status")
    expect(status).to_contain_text("Screening is unavailable (HTTP 503)")
    expect(page.locator("#screen-results li")).to_have_count(0)
    assert problems == [
        "Failed to load resource: the server responded with a status of 503 (Service Unavailable)"
    ]
    problems.clear()
    _shot(page, "screen-error")


def test_timeline_shows_the_undated_bucket(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    expect(page.locator("canvas#timeline")).to_have_attribute("data-drawn", "true")
    total = page.locator("#undated-total")
    expect(total).to_have_text(re.compile(r"^[1-9]\d*$"))
    expect(page.locator("#timeline-summary")).to_contain_text(total.inner_text() + " undated")
    _shot(page, "undated")


def test_entity_profile_shows_one_party_across_lists(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/entity?id=demo-kim")
    profile = page.locator("#records .profile")
    expect(profile).to_have_count(1)
    expect(profile).to_contain_text("One party on 2 lists (2 entries): demo, other")
    expect(profile.locator("table.listings tbody tr")).to_have_count(2)
    profile.locator("details.record summary").nth(1).click()
    expect(profile.locator("details.record[open] .why-joined")).to_contain_text(
        "the same name and birth date"
    )
    _shot(page, "profile")


def test_list_diff_filters(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/lists/demo")
    expect(page.locator("#diff-summary")).to_contain_text("3 added, 1 removed, 2 changed")
    page.select_option("#diff-filters select[name=country]", "AE")
    page.click("#diff-filters button[type=submit]")
    expect(page.locator("#diff-summary")).to_contain_text("0 added, 0 removed, 1 changed")
    expect(page.locator(".diff-changed tbody")).to_contain_text("Acme Trading LLC")
    expect(page.locator("#diff-csv")).to_have_attribute("href", re.compile(r"country=AE"))
    _shot(page, "diff-filtered")


def test_review_flow_confirm_dismiss_and_rescreen(page: Page, base_url: str) -> None:
    page.goto(base_url + "/web/screen")
    page.fill("#screen-name", "Kim Yong Bok")
    page.fill("#screen-user", "ana")
    page.click("#screen-form button[type=submit]")
    hits = page.locator("#screen-results li.hit")
    expect(hits.first).to_contain_text("Kim Yong Bok")
    first = hits.first
    first.locator("input[name=reason]").fill("same person, DOB matches")
    first.locator("button.decide.confirmed").click()
    expect(hits.first.locator(".review-state")).to_contain_text("confirmed by ana")
    second = hits.nth(1)
    expect(second).to_be_visible()
    second.locator("input[name=reason]").fill("another person")
    second.locator("button.decide.dismissed").click()
    expect(hits.nth(1).locator(".review-state")).to_contain_text("dismissed by ana")
    # a fresh screening of the same name shows both decisions again
    page.goto(base_url + "/web/screen")
    page.fill("#screen-name", "kim yong bok")
    page.click("#screen-form button[type=submit]")
    states = page.locator("#screen-results .review-state")
    expect(states).to_have_count(2)
    expect(page.locator("#screen-results")).to_contain_text("dismissed by ana")
    page.goto(base_url + "/web/reviews")
    expect(page.locator("#reviews-table tbody tr")).to_have_count(2)
    _shot(page, "reviews")
