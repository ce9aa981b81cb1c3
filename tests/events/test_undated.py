"""Undated reports in the store: never bridging decisions years apart, on both paths.

The incremental update and the full rebuild must give the same events whatever
order reports arrive in; a part split off a wrongly merged event takes back the
id it had before the merge.
"""

from __future__ import annotations

import dataclasses
import itertools
import random
from datetime import date, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, update

from sanctionwatch.documents.readers import read_articles
from sanctionwatch.extract import extract
from sanctionwatch.model import Action, Article, Report, Target
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.events import EventFilter, get_event, list_events
from sanctionwatch.store.events_writer import _merge, catch_up_events, rebuild_events, update_events
from sanctionwatch.store.tables import event_aliases, events, events_state
from tests.conftest import CORPUS
from tests.events.test_incremental import _partition


def _report(ident: str, names: list[str], day: date | None) -> Report:
    action = Action(
        authority="EU",
        status="imposed",
        date=day,
        targets=[Target(name=n, kind="organization") for n in names],
    )
    return Report(Article(id=ident, text=f"{ident}: {', '.join(names)}."), [action])


EARLY = _report("early", ["Volga Shipping"], date(2019, 3, 4))
LATE = _report("late", ["Volga Shipping"], date(2023, 6, 1))
UNDATED = _report("undated", ["Volga Shipping"], None)


def _articles_of(engine: Engine) -> dict[str, set[str]]:
    """Event id -> the ids of the articles behind it."""
    out = {}
    for row in list_events(engine, EventFilter(limit=1000))[1]:
        event = get_event(engine, row["id"])
        assert event is not None
        out[row["id"]] = {a["article"]["id"] for a in event["actions"]}
    return out


def _ingest(engine: Engine, reports: list[Report]) -> None:
    for report in reports:
        assert save_report(engine, report, "t")
        update_events(engine)


@pytest.mark.parametrize("order", list(itertools.permutations(range(3))))
def test_2019_2023_and_an_undated_report_are_two_events_in_any_order(
    store_url: str, order: tuple[int, ...]
) -> None:
    engine = get_engine(store_url)
    _ingest(engine, [(EARLY, LATE, UNDATED)[i] for i in order])
    grouped = sorted(map(sorted, _articles_of(engine).values()))
    # No publication date: the undated report joins the most recent decision.
    assert grouped == [["early"], ["late", "undated"]]
    before = _partition(engine)
    ids = set(_articles_of(engine))
    assert rebuild_events(engine) == 2
    assert _partition(engine) == before and set(_articles_of(engine)) == ids


def test_a_wrong_merge_is_split_and_the_split_part_takes_its_id_back(store_url: str) -> None:
    engine = get_engine(store_url)
    _ingest(engine, [EARLY, LATE, UNDATED])
    ids = {frozenset(v): k for k, v in _articles_of(engine).items()}
    early_id, late_id = ids[frozenset({"early"})], ids[frozenset({"late", "undated"})]
    # What the previous keys (version 2) made of it: the undated report bridged both,
    # the 2019 event's id survived and the 2023 one's became its alias.
    with engine.begin() as conn:
        pk = dict(conn.execute(select(events.c.event_id, events.c.pk)).all())
        _merge(conn, pk[early_id], [pk[late_id]])
        conn.execute(update(events_state).values(keys_version=2))
    assert _articles_of(engine) == {early_id: {"early", "late", "undated"}}
    assert catch_up_events(engine) == 3  # the start-up check rebuilds with the new keys
    assert _articles_of(engine) == {early_id: {"early"}, late_id: {"late", "undated"}}
    with engine.connect() as conn:
        assert conn.scalar(select(event_aliases.c.alias)) is None  # taken back: no alias
    split = get_event(engine, late_id)
    assert split is not None and split["id"] == late_id


def test_an_update_moves_an_undated_report_and_its_id_follows_it(store_url: str) -> None:
    engine = get_engine(store_url)
    _ingest(engine, [UNDATED, EARLY])
    [(founded, members)] = _articles_of(engine).items()
    assert members == {"undated", "early"}  # one decision as far as the store knows
    _ingest(engine, [LATE])  # a second decision: the undated report goes to the recent one
    now = _articles_of(engine)
    # The id was made from the undated report (it founded the event), so it goes with it;
    # the 2019 report is an event of its own, with a new id.
    assert now[founded] == {"undated", "late"}
    assert sorted(map(sorted, now.values())) == [["early"], ["late", "undated"]]
    rebuild_events(engine)
    assert _articles_of(engine) == now


# --- the invariant: incremental in any order == full rebuild -------------------------

YEARS = timedelta(days=4 * 365)


@pytest.fixture(scope="module")
def corpus_reports() -> list[Report]:
    """Reports of corpus articles, each also as a copy four years on (a second decision on
    the same targets), a copy two days on (the same decision) and an undated copy, some
    of those with the article's publication date kept."""
    articles = [a for a in read_articles([str(CORPUS / "dev")]) if isinstance(a, Article)]
    base: list[Report] = []
    for article in sorted(articles, key=lambda a: a.id):  # the first 8 with a dated target
        report = extract(article)
        if any(a.date and a.targets for a in report.actions):
            base.append(report)
        if len(base) == 8:
            break
    out: list[Report] = []
    for n, report in enumerate(base):
        for tag, shift, keep_date in (
            ("", timedelta(0), True),
            ("later", YEARS, True),
            ("next", timedelta(days=2), True),
            ("undated", timedelta(0), False),
        ):
            acts = [
                dataclasses.replace(a, date=a.date + shift if a.date and keep_date else None)
                for a in report.actions
            ]
            art = report.article
            published = art.published if keep_date or n % 2 else None
            text = f"{art.text}\n\n{tag}" if tag else art.text
            out.append(Report(Article(id=f"{art.id}{tag}", text=text, published=published), acts))
    return out


def test_incremental_updates_in_random_orders_give_the_rebuilds_events(
    corpus_reports: list[Report], tmp_path: Path
) -> None:
    # every undated copy brings at least one undated action (the count also follows how
    # many undated actions the extractor leaves in the originals, so only the floor)
    assert sum(1 for r in corpus_reports for a in r.actions if a.date is None) >= 8
    whole = get_engine(f"sqlite:///{tmp_path / 'whole.db'}")
    for report in corpus_reports:
        save_report(whole, report, "t")
    rebuild_events(whole)
    expected = _partition(whole)
    assert len(expected) > 10
    for seed in range(4):
        order = corpus_reports[:]
        rng = random.Random(seed)
        rng.shuffle(order)
        engine = get_engine(f"sqlite:///{tmp_path / f'order{seed}.db'}")
        while order:  # a few reports per update: the queue is placed in chunks
            size = rng.randint(1, 4)
            for report in order[:size]:
                save_report(engine, report, "t")
            update_events(engine)
            order = order[size:]
        assert _partition(engine) == expected, f"order {seed}"
