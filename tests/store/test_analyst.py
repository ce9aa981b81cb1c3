"""Profiles, reviews, listings and diffs in the store, on SQLite and PostgreSQL."""

from __future__ import annotations

from typing import Any

from sanctionwatch.store import browse, get_engine
from sanctionwatch.store.lists import ListVersionInfo, diff_list, seen_dates, store_list_version
from sanctionwatch.store.profiles import build_profiles, profiles_of, split_off
from sanctionwatch.store.reviews import record_review, reviews_for, subject_key


def _e(ident: str, schema: str, **props: list[str]) -> dict[str, Any]:
    return {"id": ident, "schema": schema, "properties": props}


def _load(engine: Any, name: str, entities: list[dict[str, Any]], sha: str) -> None:
    info = ListVersionInfo(name=name, format="ftm", source=f"{name}.json", sha256=sha)
    store_list_version(engine, info, entities, force=True)


US = [
    _e("us-1", "Person", name=["KIM, Yong Bok"], birthDate=["1961-03-02"]),
    _e("us-1-sanction", "Sanction", entity=["us-1"], program=["DPRK3"], listingDate=["2024-12-20"]),
]
UK = [_e("uk-1", "Person", name=["Kim Yong Bok"], birthDate=["1961-03-02"])]


def test_profiles_listings_reviews_and_diffs(store_url: str) -> None:
    engine = get_engine(store_url)
    _load(engine, "us", US, "u1")
    _load(engine, "uk", UK, "k1")
    assert build_profiles(engine)["profiles"] == 1
    assert len(set(profiles_of(engine, ["us-1", "uk-1"]).values())) == 1
    split_off(engine, "uk-1", reason="another man", user="ana")
    assert profiles_of(engine, ["us-1", "uk-1"]) == {}

    [listing] = browse.sanctions_of(engine, ["us-1"])["us-1"]
    assert browse.listing_summary(listing)["program"] == ["DPRK3"]
    assert [e["id"] for e in browse.list_entities_named(engine, "Yong Bok Kim")] == ["uk-1", "us-1"]

    subject = subject_key(["Kim Yong Bok"], "Person")
    record_review(engine, subject, "us-1", "dismissed", reason="born 1985", user="ana")
    assert reviews_for(engine, subject, ["us-1"])["us-1"]["current"] is True
    changed = [_e("us-1", "Person", name=["KIM, Yong Bok"], birthDate=["1985-01-01"]), US[1]]
    _load(engine, "us", changed, "u2")
    assert reviews_for(engine, subject, ["us-1"])["us-1"]["current"] is False

    diff = diff_list(engine, "us")
    [row] = diff["changed"]
    assert row["changes"] == [{"field": "birthDate", "old": ["1961-03-02"], "new": ["1985-01-01"]}]
    last, first = seen_dates(engine, "us")
    assert last and first["us-1"] <= last
