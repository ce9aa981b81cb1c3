"""The news store: reports in, actions out, on every configured backend."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import inspect
from sqlalchemy.exc import IntegrityError

from sanctionwatch.model import Action, Article, Report, Span, Target
from sanctionwatch.store import ActionFilter, count_articles, get_engine, list_actions, save_report
from sanctionwatch.store.tables import metadata


def _report(
    text: str = "The US Treasury sanctioned the tanker Ocean Star (IMO 9113379).",
) -> Report:
    article = Article(id="a1", text=text, published=date(2024, 5, 16), url="https://example.org/a1")
    us = Action(
        authority="US",
        agency="Treasury",
        status="imposed",
        date=date(2024, 5, 16),
        targets=[
            Target(name="Ocean Star", kind="vessel", imo="9113379", evidence=[Span(38, 48)]),
            Target(name="Kim Yong-bok", kind="person", country="KP", aliases=["Kim Yong Bok"]),
        ],
        counts={"person": 2, "organization": 3, "vessel": None, "aircraft": None},
        measures=["asset_freeze", "blacklist"],
        target_countries=["KP", "RU"],
        program="EO 14024",
        evidence=[Span(0, 63)],
    )
    jp = Action(authority="JP", status="threatened", target_countries=["KP"], background=True)
    return Report(article, [us, jp])


def test_report_round_trip(store_url: str) -> None:
    engine = get_engine(store_url)
    assert save_report(engine, _report(), "test")
    rows = list_actions(engine, ActionFilter())
    assert [r["authority"] for r in rows] == ["US", "JP"]  # dated first
    us = rows[0]
    assert us["date"] == "2024-05-16" and us["program"] == "EO 14024"
    assert us["counts"] == {"person": 2, "organization": 3, "vessel": None, "aircraft": None}
    assert us["measures"] == ["asset_freeze", "blacklist"]
    assert us["target_countries"] == ["KP", "RU"]
    assert us["evidence"] == [{"start": 0, "end": 63}]
    assert us["targets"][0]["imo"] == "9113379"
    assert us["targets"][0]["evidence"] == [{"start": 38, "end": 48}]
    assert us["targets"][1]["aliases"] == ["Kim Yong Bok"]
    assert us["article"]["id"] == "a1"


def test_same_text_is_stored_once(store_url: str) -> None:
    engine = get_engine(store_url)
    assert save_report(engine, _report(), "test")
    again = _report()
    again.article.url = "https://mirror.example.com/other"
    again.article.text = "  " + again.article.text.replace(
        " ", "\n", 2
    )  # same words, other spacing
    assert not save_report(engine, again, "test")
    assert count_articles(engine) == 1
    assert len(list_actions(engine, ActionFilter())) == 2


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (ActionFilter(authority=["us"]), ["US"]),
        (ActionFilter(status=["threatened"]), ["JP"]),
        (ActionFilter(since=date(2024, 5, 1), until=date(2024, 5, 31)), ["US"]),
        (ActionFilter(since=date(2024, 6, 1)), []),
        (ActionFilter(target="yong bok"), ["US"]),  # an alias
        (ActionFilter(target="ocean"), ["US"]),
        (ActionFilter(target="100%"), []),  # LIKE wildcards are escaped
        (ActionFilter(kind="vessel"), ["US"]),
        (ActionFilter(kind="aircraft"), []),
        (ActionFilter(country="ru"), ["US"]),
        (ActionFilter(country="K"), []),  # whole codes only
        (ActionFilter(country="KP"), ["US", "JP"]),
        (ActionFilter(program="14024"), ["US"]),
        (ActionFilter(background=False), ["US"]),
        (ActionFilter(limit=1, offset=1), ["JP"]),
    ],
)
def test_filters(store_url: str, flt: ActionFilter, expected: list[str]) -> None:
    engine = get_engine(store_url)
    save_report(engine, _report(), "test")
    assert [r["authority"] for r in list_actions(engine, flt)] == expected


def test_a_failed_write_leaves_nothing_half_written(store_url: str) -> None:
    engine = get_engine(store_url)
    bad = _report("Another article entirely.")
    bad.actions[1].targets.append(Target(name=None, kind="person"))  # type: ignore[arg-type]
    with pytest.raises(IntegrityError):
        save_report(engine, bad, "test")
    assert count_articles(engine) == 0
    assert list_actions(engine, ActionFilter()) == []
    assert save_report(engine, _report(), "test")  # and the store still works


def test_migrations_create_the_declared_schema(store_url: str) -> None:
    insp = inspect(get_engine(store_url))
    for table in metadata.sorted_tables:
        assert {c["name"] for c in insp.get_columns(table.name)} == set(table.c.keys()), table.name


def test_a_sqlite_store_writes_ahead_and_keeps_full_sync(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """WAL: a commit is one append; readers do not wait for an ingest; FULL sync stays."""
    engine = get_engine(f"sqlite:///{tmp_path}/wal.db")
    save_report(engine, _report(), "test")
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
    assert (tmp_path / "wal.db-wal").exists()
