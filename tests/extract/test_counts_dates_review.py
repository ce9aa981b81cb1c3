"""Counts and dates on ordinary news sentences outside the corpus, written in review of
the session-12 counts/dates rules (issue 11): each text is one those rules misread."""

from datetime import date
from typing import Any

from sanctionwatch.extract import extract
from sanctionwatch.extract.counts import find_counts
from sanctionwatch.model import Article


def news(text: str, published: date | None) -> list[dict[str, Any]]:
    report = extract(Article(id="t", text=text, published=published))
    return [a.to_dict() for a in report.actions if not a.background]


def counts(action: dict[str, Any]) -> dict[str, int]:
    return {k: v for k, v in action["counts"].items() if v is not None}


def kinds(text: str) -> list[tuple[str, int]]:
    return [(c.kind, c.value) for c in find_counts(text)]


def test_an_abbreviation_between_number_and_noun_is_no_sentence_end() -> None:
    assert kinds("The US sanctioned 4 St. Petersburg-based companies.") == [("organization", 4)]
    # a sentence that does end there still stops the count
    assert kinds("He was jailed for 5 years. Firms were hit.") == []
