"""The API's copy of the profiles and reviewed parties: one query per answer, fresh after
every judgement and decision, and never waiting for a writer that holds the store."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from sanctionwatch.api.filters import EntityFilter
from sanctionwatch.api.profiled import Profiles
from sanctionwatch.store.profiles import build_profiles, split_off
from sanctionwatch.store.reviews import record_review, subject_of_example
from tests.api.conftest import _entity, demo_store, load_list

OTHER = [_entity("uk-kim", "Person", name=["KIM, Yong Bok"], birthDate=["1961-03-02"])]
QUERY = {"schema": "Person", "properties": {"name": ["Kim Yong Bok"]}}


@pytest.fixture
def store(tmp_path: Path) -> Engine:
    engine = demo_store(f"sqlite:///{tmp_path / 'p.db'}")
    load_list(engine, "uk", OTHER, "u1")
    build_profiles(engine)
    return engine


def _body() -> dict[str, Any]:
    results = [
        {"id": "demo-kim", "datasets": ["demo"], "referents": [], "score": 0.99},
        {"id": "uk-kim", "datasets": ["uk"], "referents": [], "score": 0.97},
    ]
    total = {"value": 2, "relation": "eq"}
    return {"responses": {"q": {"results": results, "total": total, "query": QUERY}}}


def test_one_party_on_two_lists_is_one_result(store: Engine) -> None:
    body = Profiles(store).collapse_results(_body())
    [kim] = body["responses"]["q"]["results"]
    assert kim["id"] == "demo-kim" and kim["referents"] == ["uk-kim"]
    assert kim["datasets"] == ["demo", "uk"] and kim["review"] is None
    assert body["responses"]["q"]["total"]["value"] == 1


def test_a_judgement_and_a_decision_show_on_the_next_answer(store: Engine) -> None:
    profiles = Profiles(store)
    assert len(profiles.collapse_results(_body())["responses"]["q"]["results"]) == 1
    split_off(store, "uk-kim", reason="another person", user="ana")
    build_profiles(store)  # what the CLI and the page run after a judgement
    results = profiles.collapse_results(_body())["responses"]["q"]["results"]
    assert [r["id"] for r in results] == ["demo-kim", "uk-kim"]
    subject = subject_of_example(QUERY["schema"], QUERY["properties"])
    record_review(store, subject, "uk-kim", "dismissed", reason="born 1985", user="ana")
    results = profiles.collapse_results(_body())["responses"]["q"]["results"]
    assert results[1]["review"]["decision"] == "dismissed" and results[0]["review"] is None
    assert profiles.with_referents({"id": "uk-kim", "datasets": ["uk"]}) == {
        "id": "uk-kim",
        "datasets": ["uk"],
    }


def test_answers_do_not_wait_for_a_writer_holding_the_store(store: Engine) -> None:
    profiles = Profiles(store)
    profiles.collapse_results(_body())  # a copy in memory
    database = store.url.database
    assert database is not None
    writer = sqlite3.connect(database, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")  # as a list load does once its cache spills
    answers: list[dict[str, Any]] = []
    try:
        reader = threading.Thread(target=lambda: answers.append(profiles.collapse_results(_body())))
        reader.start()
        reader.join(timeout=30)  # the store's own busy timeout is 60 s
        assert not reader.is_alive(), "an answer waited for the writer"
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    [kim] = answers[0]["responses"]["q"]["results"]
    assert kim["referents"] == ["uk-kim"]


def test_a_filter_over_every_list_accepts_all_and_a_narrower_one_does_not() -> None:
    lists = {"demo", "uk"}
    assert EntityFilter.make(frozenset(lists)).accepts_all(lists)
    assert not EntityFilter.make(frozenset({"demo"})).accepts_all(lists)
    assert not EntityFilter.make(frozenset(lists), ["Vessel"]).accepts_all(lists)
    assert not EntityFilter.make(frozenset(lists), exclude_ids=frozenset({"x"})).accepts_all(lists)
    assert not EntityFilter.make(frozenset(lists), topics=frozenset({"sanction"})).accepts_all(
        lists
    )


def test_answers_ask_the_store_again_only_after_a_commit(
    store: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    profiles = Profiles(store)
    asked: list[int] = []
    marks = profiles._marks
    monkeypatch.setattr(profiles, "_marks", lambda: asked.append(1) or marks())
    for _ in range(3):
        profiles.collapse_results(_body())
    assert len(asked) == 1  # the file's data version did not change: no query
    subject = subject_of_example(QUERY["schema"], QUERY["properties"])
    record_review(store, subject, "uk-kim", "dismissed", reason="born 1985", user="ana")
    profiles.collapse_results(_body())
    assert len(asked) == 2 and subject in profiles.current()[1].subjects


def test_the_quick_collapse_answers_from_memory_only_while_nothing_changed(store: Engine) -> None:
    """The event loop collapses an answer itself only when no store read is needed: the
    file unchanged since the copies were checked and no decision for the queried party."""
    profiles = Profiles(store)
    assert profiles.collapse_quickly(_body()) is None  # nothing in memory yet
    assert profiles.collapse_quickly(_body()) is None  # ... still nothing: it never reads
    expected = profiles.collapse_results(_body())
    assert profiles.collapse_quickly(_body()) == expected
    split_off(store, "uk-kim", reason="another person", user="ana")
    build_profiles(store)
    assert profiles.collapse_quickly(_body()) is None  # a commit: read again, off the loop
    results = profiles.collapse_results(_body())["responses"]["q"]["results"]
    assert [r["id"] for r in results] == ["demo-kim", "uk-kim"]
    assert profiles.collapse_quickly(_body()) == profiles.collapse_results(_body())
    subject = subject_of_example(QUERY["schema"], QUERY["properties"])
    record_review(store, subject, "uk-kim", "dismissed", reason="born 1985", user="ana")
    profiles.collapse_results(_body())  # the new copies, read at the new data version
    assert profiles.collapse_quickly(_body()) is None  # a decision to read for this party
    other = _body()
    other["responses"]["q"]["query"] = {"schema": "Person", "properties": {"name": ["Ana Ruiz"]}}
    quick = profiles.collapse_quickly(other)
    assert quick is not None and all(
        r["review"] is None for r in quick["responses"]["q"]["results"]
    )


# Queries as /match cleans them: names with and without words, in several scripts, and
# queries naming no party at all.
SUBJECT_QUERIES: list[Any] = [
    QUERY,
    {"schema": "Company", "properties": {"name": ["  ", "ACME Trading LLC"]}},
    {"schema": "Person", "properties": {"name": ["Ким Ён Бок"], "country": ["kp"]}},
    {"schema": "Person", "properties": {"name": ["金永福"], "birthDate": ["1961"]}},
    {"schema": "Vessel", "properties": {"name": ["-", "..."], "imoNumber": ["IMO 9113379"]}},
    {"schema": "Person", "properties": {"name": ["   "]}},
    {"schema": "Person", "properties": {"birthDate": ["1961-03-02"]}},
    {"schema": "Person", "properties": {}},
    {"schema": "Person"},
    {},
    None,
]


def test_with_no_decisions_a_result_gets_a_null_review_as_the_full_key_says(
    store: Engine,
) -> None:
    from sanctionwatch.api.profiled import _names_a_party, _Reviewed, _subject

    profiles = Profiles(store)
    # a set of reviewed parties that none of the queries is: the path that keys the party
    unmatched = _Reviewed(subjects=frozenset({"nobody/Person////"}))
    for query in SUBJECT_QUERIES:
        assert _names_a_party(query) == (_subject(query) is not None), query
        results: list[dict[str, Any]] = [{"id": "demo-kim"}, {"id": "uk-kim"}]
        profiles._add_reviews(_Reviewed(), query, results)  # no party has a decision
        expected: list[dict[str, Any]] = [{"id": "demo-kim"}, {"id": "uk-kim"}]
        profiles._add_reviews(unmatched, query, expected)
        assert results == expected, query
        assert all(("review" in r) == (_subject(query) is not None) for r in results)
    assert sum(_subject(q) is None for q in SUBJECT_QUERIES) >= 5
