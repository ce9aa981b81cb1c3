"""Hand-checked merges on the shared corpus: the figures issue #5 asks for, as a test.

The whole corpus (dev + seeds) is ingested once; a few decisions known to be
reported by two articles must be one event, and a few look-alikes must not.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import Engine

from sanctionwatch.batch import run_ingest
from sanctionwatch.store import get_engine
from sanctionwatch.store.events import EventFilter, get_event, list_events
from tests.conftest import CORPUS


@pytest.fixture(scope="module")
def corpus(module_store_url: str) -> Engine:
    engine = get_engine(module_store_url)
    result = run_ingest([str(CORPUS)], engine)
    assert result.failed == 0 and result.stored == result.articles > 100
    return engine


def _articles_by_event(engine: Engine) -> list[set[str]]:
    _, rows = list_events(engine, EventFilter(limit=10_000))
    out = []
    for row in rows:
        event = get_event(engine, row["id"])
        assert event is not None
        out.append({a["article"]["id"] for a in event["actions"]})
    return out


def _together(groups: list[set[str]], *articles: str) -> bool:
    return any(set(articles) <= g for g in groups)


def test_one_decision_reported_twice_is_one_event(corpus: Engine) -> None:
    groups = _articles_by_event(corpus)
    # South Korea's December 2024 listing (11 individuals, 15 entities), in two outlets
    assert _together(groups, "dev-01", "001_22d606b7931be867")


@pytest.mark.parametrize(
    ("a", "b", "why"),
    [
        ("dev-32", "dev-24", "Hamas financiers (2023) vs shadow-fleet tankers: both 'rounds'"),
        ("dev-36", "dev-50", "Cuba (2021) vs a delisting: one Executive Order, two decisions"),
    ],
)
def test_look_alikes_stay_apart(corpus: Engine, a: str, b: str, why: str) -> None:
    assert not _together(_articles_by_event(corpus), a, b), why


def test_reingesting_the_corpus_changes_nothing(corpus: Engine, tmp_path: Path) -> None:
    before = list_events(corpus, EventFilter(limit=10_000))
    again = run_ingest([str(CORPUS)], corpus)
    assert again.stored == 0 and again.duplicates == again.articles > 100
    assert list_events(corpus, EventFilter(limit=10_000)) == before
