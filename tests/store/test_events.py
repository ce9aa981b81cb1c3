"""Events in the store: many reports of one decision become one event, with disagreements."""

from __future__ import annotations

from datetime import date

from sanctionwatch.model import Action, Article, Report, Target
from sanctionwatch.store import get_engine, save_report
from sanctionwatch.store.events import EventFilter, get_event, list_events, rebuild_events


def _report(
    ident: str,
    text: str,
    day: int,
    people: int,
    names: list[str],
    program: str | None,
    orgs: int = 15,
) -> Report:
    action = Action(
        authority="KR",
        status="imposed",
        date=date(2024, 12, day),
        targets=[Target(name=n, kind="person") for n in names],
        counts={"person": people, "organization": orgs, "vessel": None, "aircraft": None},
        program=program,
    )
    return Report(Article(id=ident, text=text), [action])


def test_reports_of_one_decision_form_one_event(store_url: str) -> None:
    engine = get_engine(store_url)
    save_report(
        engine, _report("a", "Seoul listed 11 people.", 17, 11, ["Kim Yong-bok"], None), "t"
    )
    save_report(
        engine, _report("b", "South Korea blacklisted 12.", 17, 12, ["Kim Yong Bok"], None), "t"
    )
    save_report(engine, _report("c", "Unrelated: Seoul, March.", 2, 3, ["Other Person"], "X"), "t")
    assert rebuild_events(engine) == 2
    assert rebuild_events(engine) == 2  # rebuilding never duplicates
    total, rows = list_events(engine, EventFilter())
    assert total == 2
    merged = next(r for r in rows if r["reports"] == 2)
    event = get_event(engine, merged["id"])
    assert event is not None
    assert {a["article"]["id"] for a in event["actions"]} == {"a", "b"}
    assert sorted(d["value"] for d in event["disagreements"]["count.person"]) == ["11", "12"]
    assert "count.organization" not in event["disagreements"]  # both say 15
    [spellings] = [v for k, v in event["disagreements"].items() if k.startswith("target:")]
    assert {s["value"] for s in spellings} == {"Kim Yong-bok", "Kim Yong Bok"}
    ids_before = {r["id"] for r in rows}
    rebuild_events(engine)
    assert {r["id"] for r in list_events(engine, EventFilter())[1]} == ids_before  # stable ids


def test_event_filters_and_paging(store_url: str) -> None:
    engine = get_engine(store_url)
    for i in range(5):
        rep = _report(f"n{i}", f"text {i}", 1 + i, 1, [f"Person {i}"], None, orgs=i)
        save_report(engine, rep, "t")
    rebuild_events(engine)
    total, page = list_events(engine, EventFilter(limit=2, offset=2))
    assert total == 5 and [r["date"] for r in page] == ["2024-12-03", "2024-12-02"]
    assert list_events(engine, EventFilter(q="person 4"))[0] == 1
    assert list_events(engine, EventFilter(authority=["us"]))[0] == 0
    assert get_event(engine, "ev-unknown") is None


def test_event_filters_by_target_kind_country_programme_and_listing(store_url: str) -> None:
    from sanctionwatch.linking import relink_all
    from sanctionwatch.store.lists import ListVersionInfo, store_list_version

    engine = get_engine(store_url)
    save_report(
        engine, _report("k", "Seoul listed Kim.", 17, 1, ["Kim Yong Bok"], "DPRK regime"), "t"
    )
    save_report(engine, _report("o", "Seoul listed Other.", 2, 1, ["Other Person"], None), "t")
    rebuild_events(engine)
    assert list_events(engine, EventFilter(kind="person"))[0] == 2
    assert list_events(engine, EventFilter(kind="vessel"))[0] == 0
    assert list_events(engine, EventFilter(country="kr"))[0] == 0
    assert list_events(engine, EventFilter(program="dprk"))[0] == 1
    entity = {"id": "x1", "schema": "Person", "properties": {"name": ["KIM Yong Bok"]}}
    store_list_version(engine, ListVersionInfo("l", "ftm", "t", "s"), [entity])
    relink_all(engine)
    [listed] = list_events(engine, EventFilter(listed="listed"))[1]
    [unlisted] = list_events(engine, EventFilter(listed="unlisted"))[1]
    assert "Kim Yong Bok" in listed["title"] and "Other Person" in unlisted["title"]


def test_the_events_page_reads_the_listing_index(store_url: str) -> None:
    """The page's events table walks `ix_events_listing`, never sorting the whole table."""
    from sqlalchemy import text

    from sanctionwatch.store.events import page_query

    engine = get_engine(store_url)
    with engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            compiled = page_query(EventFilter()).compile(
                conn, compile_kwargs={"literal_binds": True}
            )
            plan = " ".join(
                str(r[-1]) for r in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")
            )
            assert "USING INDEX ix_events_listing" in plan
            assert "TEMP B-TREE" not in plan
        else:  # PostgreSQL: the index in the page's exact order (undated last)
            definition = conn.scalar(
                text("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_events_listing'")
            )
            assert "date DESC NULLS LAST, event_id" in definition
