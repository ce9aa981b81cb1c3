"""Counts and dates on short texts written for these tests (issue 11: the kinds that
fall on unseen text: background totals, another state's share, counts split by
kind, relative dates counted from the wrong day, a full date elsewhere in the text)."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.model import Article


def actions(text: str, published: date | None) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=published))
    return [a.to_dict() for a in report.actions]


def news(text: str, published: date | None) -> list[dict[str, Any]]:
    return [
        a
        for a in actions(text, published)
        if a["status"] in ("imposed", "proposed") and not a["background"]
    ]


def counts(action: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in action["counts"].items() if v is not None}


STAMPED = (
    "Treasury Sanctions Procurement Network\n"
    "July 8, 2025\n"
    "WASHINGTON — Today, the Treasury's Office of Foreign Assets Control (OFAC) is "
    "sanctioning one individual and four entities that buy drone parts for Iran.\n"
)


def test_today_counts_from_the_pages_own_stamp_when_it_was_fed_a_day_late() -> None:
    (action,) = news(STAMPED, date(2025, 7, 9))
    assert action["date"] == "2025-07-08"
    assert counts(action) == {"person": 1, "organization": 4}


def test_today_counts_from_the_publication_date_when_the_stamp_is_that_day() -> None:
    (action,) = news(STAMPED, date(2025, 7, 8))
    assert action["date"] == "2025-07-08"


def test_a_day_later_counts_past_a_background_date_to_the_news() -> None:
    text = (
        "The EU sanctioned 5 individuals on Monday over the crackdown. The group's leader "
        "was first listed on 12 May 2022. Britain followed a day later, listing 3 individuals."
    )
    dated = {a["authority"]: a["date"] for a in news(text, date(2025, 3, 6))}
    assert dated == {"EU": "2025-03-03", "GB": "2025-03-04"}


def test_a_day_later_still_counts_from_a_past_date_when_the_text_has_no_recent_one() -> None:
    text = "Russia seized the port on 3 March 2022. The EU listed 5 individuals a day later."
    (action,) = actions(text, date(2025, 3, 6))
    assert action["date"] == "2022-03-04"
