"""Events updated incrementally: the same events as a full rebuild, ids kept for life.

A new report joins, bridges or starts events; a merged event's id answers for
the older one it joined; a crash between storing articles and updating events
is repaired on the next start; name variants the screening scorer calls one
party join one event.
"""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import Engine, func, select, update

from sanctionwatch.batch import run_ingest
from sanctionwatch.model import Action, Article, Report, Target
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.events import EventFilter, get_event, list_events
from sanctionwatch.store.events_writer import (
    catch_up_events,
    events_behind,
    rebuild_events,
    update_events,
)
from sanctionwatch.store.tables import (
    actions,
    articles,
    event_actions,
    events,
    events_pending,
    events_state,
)
from tests.conftest import CORPUS


def _report(
    ident: str,
    names: list[str],
    day: int,
    program: str | None = None,
    authority: str = "US",
) -> Report:
    action = Action(
        authority=authority,
        status="imposed",
        date=date(2025, 10, day),
        targets=[Target(name=n, kind="organization") for n in names],
        program=program,
    )
    return Report(Article(id=ident, text=f"{ident}: {', '.join(names)} on day {day}."), [action])


def _partition(engine: Engine) -> set[frozenset[tuple[str, int]]]:
    """Events as sets of (article content hash, action seq): comparable across stores."""
    query = (
        select(event_actions.c.event_pk, articles.c.content_hash, actions.c.seq)
        .join(actions, actions.c.pk == event_actions.c.action_pk)
        .join(articles, articles.c.pk == actions.c.article_pk)
    )
    groups: dict[int, set[tuple[str, int]]] = {}
    with engine.connect() as conn:
        for event_pk, digest, seq in conn.execute(query):
            groups.setdefault(event_pk, set()).add((digest, seq))
    return {frozenset(g) for g in groups.values()}


def _ids(engine: Engine) -> set[str]:
    return {r["id"] for r in list_events(engine, EventFilter(limit=100_000))[1]}


@pytest.mark.slow
def test_incremental_batches_give_the_events_of_a_full_rebuild(store_url: str, tmp_path) -> None:
    step = get_engine(store_url)
    for part in ("seeds", "dev", "train"):  # three ingests, each placing only its new actions
        assert run_ingest([str(CORPUS / part)], step).failed == 0
    whole = get_engine(f"sqlite:///{tmp_path / 'whole.db'}")
    run_ingest([str(CORPUS)], whole)
    rebuild_events(whole)
    assert _partition(step) == _partition(whole)
    before = _ids(step)
    rebuild_events(step)  # a rebuild of the same actions keeps every id
    assert _ids(step) == before and _partition(step) == _partition(whole)
    with step.connect() as conn:  # every news action in exactly one event
        news = conn.scalar(select(func.count()).select_from(actions).where(~actions.c.background))
        placed = conn.scalar(select(func.count()).select_from(event_actions))
    assert news == placed


def test_an_event_keeps_its_id_and_a_merged_one_answers_as_alias(store_url: str) -> None:
    engine = get_engine(store_url)
    save_report(engine, _report("a", ["Alpha Trading"], 20), "t")
    update_events(engine)
    [alpha] = _ids(engine)
    save_report(engine, _report("b", ["Beta Shipping"], 21, program="EO 14024"), "t")
    update_events(engine)
    beta = (_ids(engine) - {alpha}).pop()
    save_report(engine, _report("c", ["Alpha Trading"], 21), "t")  # joins Alpha
    update_events(engine)
    assert _ids(engine) == {alpha, beta}
    # A report naming Alpha under Beta's programme bridges the two: the older id survives.
    save_report(engine, _report("d", ["Alpha Trading", "Gamma"], 21, program="EO 14024"), "t")
    result = update_events(engine)
    assert result.merged == 1 and _ids(engine) == {alpha}
    merged = get_event(engine, beta)
    assert merged is not None and merged["id"] == alpha and merged["reports"] == 4
    assert {a["article"]["id"] for a in merged["actions"]} == {"a", "b", "c", "d"}
    before = _partition(engine)
    assert rebuild_events(engine) == 1  # a full rebuild agrees and keeps the id and alias
    assert _ids(engine) == {alpha} and _partition(engine) == before
    again = get_event(engine, beta)
    assert again is not None and again["id"] == alpha


def test_the_page_redirects_a_merged_event_to_the_one_it_joined(store_url: str) -> None:
    from fastapi import FastAPI
    from fastapi.testclient import TestClient

    from sanctionwatch import web

    engine = get_engine(store_url)
    save_report(engine, _report("a", ["Alpha Trading"], 20), "t")
    save_report(engine, _report("b", ["Beta Shipping"], 20, program="P"), "t")
    update_events(engine)
    old = {r["title"]: r["id"] for r in list_events(engine, EventFilter())[1]}
    save_report(engine, _report("c", ["Alpha Trading", "Beta Shipping"], 20), "t")
    update_events(engine)
    [survivor] = _ids(engine)
    [gone] = set(old.values()) - {survivor}
    app = FastAPI()
    web.mount(app, engine)
    client = TestClient(app)
    moved = client.get(f"/web/events/{gone}", follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"].endswith(f"/{survivor}")
    assert client.get(f"/web/events/{gone}").status_code == 200
    assert client.get("/web/events/ev-nothing").status_code == 404


@pytest.mark.parametrize(
    ("first", "second", "together"),
    [
        (["Rosneft Oil Company", "Lukoil OAO"], ["Rosneft", "Lukoil"], True),
        (["Lukoil"], ["Lukoil Oil Company"], True),
        # Within days, by one authority, 'Gazprom' for 'Gazprom Neft' is a short form
        # (the scorer: 0.85 one way, 0.60 the other; either way is enough).
        (["Gazprom Neft"], ["Gazprom"], True),
        (["Bank Melli"], ["Bank Saderat"], False),  # a shared word is not one party
        (["Kim Yong Bok"], ["Kim Yong Su"], False),
    ],
)
def test_name_variants_join_through_the_screening_scorer(
    store_url: str, first: list[str], second: list[str], together: bool
) -> None:
    # The US 22 Oct 2025 EO 14024 action, reported with and without the legal form, and
    # with programmes the extractor spells differently.
    engine = get_engine(store_url)
    save_report(engine, _report("x", first, 22, program="Executive Order (EO) 14024"), "t")
    save_report(engine, _report("y", second, 23, program="E.O. 14024"), "t")
    update_events(engine)
    assert (len(_ids(engine)) == 1) is together
    assert rebuild_events(engine) == (1 if together else 2)


def test_name_variants_far_apart_in_time_stay_apart(store_url: str) -> None:
    engine = get_engine(store_url)
    save_report(engine, _report("x", ["Rosneft Oil Company"], 1), "t")
    save_report(engine, _report("y", ["Rosneft"], 22), "t")
    assert update_events(engine).events == 2


def test_a_crash_before_events_are_updated_is_repaired_on_the_next_start(
    store_url: str, tmp_path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sanctionwatch.store.events_writer as writer

    engine = get_engine(store_url)

    def crash(_engine: Engine) -> None:
        raise SystemExit("killed after the last article committed")

    writer.update_events(engine)  # a current store: the check on start has nothing to do
    monkeypatch.setattr(writer, "update_events", crash)  # run_ingest imports it per call
    with pytest.raises(SystemExit):
        run_ingest([str(CORPUS / "seeds")], engine)
    monkeypatch.undo()
    assert events_behind(engine)
    with engine.connect() as conn:
        stranded = conn.scalar(select(func.count()).select_from(events_pending))
        assert conn.scalar(select(func.count()).select_from(events)) == 0
    assert stranded > 0
    again = run_ingest([str(CORPUS / "seeds")], engine)  # stores nothing new, yet repairs
    assert again.stored == 0 and again.repaired == stranded and again.events
    assert not events_behind(engine)
    clean = get_engine(f"sqlite:///{tmp_path / 'clean.db'}")
    run_ingest([str(CORPUS / "seeds")], clean)
    assert _partition(engine) == _partition(clean)


def test_the_events_command_notices_and_repairs(store_url: str) -> None:
    from typer.testing import CliRunner

    from sanctionwatch.cli import app

    engine = get_engine(store_url)
    save_report(engine, _report("a", ["Alpha Trading"], 20), "t")  # queued, never placed
    result = CliRunner().invoke(app, ["events", "--db", store_url, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert "1 actions were in no event" in result.output and "Alpha Trading" in result.output
    rebuilt = CliRunner().invoke(app, ["events", "rebuild", "--db", store_url])
    assert rebuilt.exit_code == 0 and "1 events rebuilt" in rebuilt.output


def test_serve_notices_and_repairs_before_it_serves(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # README: `ingest`, `events` and `serve` place any action an interrupted run left.
    import gc

    import uvicorn
    from typer.testing import CliRunner

    from sanctionwatch.cli import app

    engine = get_engine(store_url)
    save_report(engine, _report("a", ["Alpha Trading"], 20), "t")  # queued, never placed
    assert events_behind(engine)
    served: list[object] = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **_kw: served.append(application))
    try:
        result = CliRunner().invoke(app, ["serve", "--db", store_url, "--processes", "1"])
    finally:
        gc.enable()  # serve turns collection off until its first build
    assert result.exit_code == 0, result.output
    assert "1 actions were in no event" in result.output and len(served) == 1
    assert not events_behind(engine)


def test_a_store_from_before_incremental_events_is_rebuilt_once(store_url: str) -> None:
    engine = get_engine(store_url)
    save_report(engine, _report("a", ["Alpha Trading"], 20), "t")
    save_report(engine, _report("b", ["Alpha Trading"], 21), "t")
    update_events(engine)
    [ident] = _ids(engine)
    with engine.begin() as conn:  # what migration 0005 leaves: keys of version 0
        conn.execute(update(events_state).values(keys_version=0))
    assert events_behind(engine)
    assert catch_up_events(engine) == 2
    assert _ids(engine) == {ident} and not events_behind(engine)
